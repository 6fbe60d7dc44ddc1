/**
 * PERSON names, in layers: cue phrases ("my name is", "this is X from", "Mr.", "Dear X,", signatures,
 * ticket prefixes), a name list confirmed by case and context, and extension over the surname so
 * that a first name never leaves its surname behind.
 */
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import {
  isCommonWord,
  isStopWord,
  isStrongFirstName,
  isStrongName,
  isWeakName,
  CUE_TRIGGERS,
  SURNAME_PARTICLES,
  TITLES,
} from './lexicon.js';
import { scanText } from './scan.js';
import { tokenizeNames, type NameToken } from './tokens.js';

/** How much a cue vouches for the word after it. */
type CueStrength =
  /** "my name is", "Mr.", "name on the card": whatever word follows is a name unless it is a stop word. */
  | 'strong'
  /** "this is", "speaking with", "i'm": a listed or capitalised name, or an unknown word before "from"/"calling". */
  | 'intro'
  /** "hi", "thanks", "Customer:", "agent": a listed or capitalised name. */
  | 'soft';

interface Cue {
  /** Index of the first token of the name. */
  at: number;
  strength: CueStrength;
  label: string;
}

const POSSESSIVE_BEFORE_NAME = new Set([
  'my', 'his', 'her', 'your', 'their', 'our', 'the', 'full', 'first', 'last', 'middle', 'maiden', 'legal',
  'sur', 'given', 'family', "customer's", "caller's", "cardholder's", 'whose', 'his', "husband's",
  "wife's", "son's", "daughter's", "mother's", "father's",
]);
const SKIP_AFTER_NAME_CUE = new Set(['is', 'was', "'s", 's', ':', '-', 'on', 'the', 'card', 'account', 'reads', 'says', 'be', 'would', 'should', 'it', "it's", 'its', 'of', 'please', ',', 'just', 'um', 'uh', 'as', 'listed']);
const INTRO_FOLLOWERS = new Set(['from', 'with', 'calling', 'at', 'speaking', 'here', 'on', 'and', 'in', 'over', 'for', 'your', 'the', 'i', 'how', 'thank', 'thanks', 'um', 'uh']);
const TIME_WORDS = new Set(['today', 'now', 'tonight', 'this', 'again']);
const SPEAK_VERBS = new Set(['speaking', 'talking', 'spoke', 'speak', 'talk', 'talked', 'spoken']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'bye', 'goodbye', 'morning', 'afternoon', 'evening', 'welcome', 'congratulations', 'sorry']);
const AGENT_WORDS = new Set(['agent', 'rep', 'representative', 'advisor', 'adviser', 'specialist', 'technician', 'associate', 'supervisor', 'manager', 'colleague', 'coworker', 'teammate']);
const FAMILY = new Set(['husband', 'wife', 'son', 'daughter', 'mother', 'mom', 'father', 'dad', 'partner', 'brother', 'sister', 'spouse', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'fiance', 'fiancee', 'friend', 'boyfriend', 'girlfriend']);
const LINE_LABELS = new Set(['cust', 'customer', 'caller', 'cardholder', 'client', 'member', 'contact', 'cx', 'patient', 'requester', 'requestor', 'from', 'to', 'cc', 'attn', 'attention', 'name', 'customer name', 'cm', 'user', 'owner', 'holder', 'signed', 'sender', 'recipient', 'submitted by', 'reported by', 'assigned to', 'agent', 'rep']);
const SIGN_OFFS = new Set(['thanks', 'thank you', 'regards', 'best', 'best regards', 'kind regards', 'warm regards', 'sincerely', 'cheers', 'respectfully', 'many thanks', 'all the best', 'yours truly', 'yours', 'yours sincerely', 'thanks again', 'best wishes', 'take care', 'warmly', 'thx', 'rgds', 'br']);

function word(tokens: NameToken[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.w : undefined;
}

function isWordAt(tokens: NameToken[], i: number): boolean {
  return tokens[i]?.kind === 'word';
}

/** Punctuation, a line end or the end of text after i: the name was the last thing said. */
function endsPhrase(tokens: NameToken[], i: number): boolean {
  const t = tokens[i];
  return !t || t.kind !== 'word' || t.w === 'and' || t.w === 'here' || t.w === 'speaking';
}

function atLineStart(tokens: NameToken[], i: number): boolean {
  return tokens[i]!.lineStart;
}

function findCues(tokens: NameToken[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(CUE_TRIGGERS.has(t.w) || t.lineStart)) continue;
    const w = t.w;
    const prev = word(tokens, i - 1);
    if (w === 'name' || w === 'surname' || w === 'lastname' || w === 'firstname' || w === 'names') {
      const labelled = tokens[i + 1]?.w === ':';
      const onCard = word(tokens, i + 1) === 'on' && /^(?:card|account|file|reservation|booking|order|policy)$/.test(word(tokens, i + 3) ?? '');
      if (w === 'name' && !labelled && !onCard && !(prev && POSSESSIVE_BEFORE_NAME.has(prev)) && prev !== 'under') continue;
      if (w === 'names') continue;
      let j = i + 1;
      while (j < tokens.length && j < i + 8 && SKIP_AFTER_NAME_CUE.has(tokens[j]!.w)) j++;
      if (isWordAt(tokens, j)) cues.push({ at: j, strength: 'strong', label: 'name' });
      continue;
    }
    if (w === 'holder' || w === 'cardholder' || w === 'accountholder') {
      if (w === 'holder' && prev !== 'card' && prev !== 'account') continue;
      let j = i + 1;
      while (j < tokens.length && j < i + 6 && (SKIP_AFTER_NAME_CUE.has(tokens[j]!.w) || tokens[j]!.w === 'name')) j++;
      if (isWordAt(tokens, j)) cues.push({ at: j, strength: 'strong', label: 'card holder' });
      continue;
    }
    if (TITLES.has(w)) {
      let j = i + 1;
      if (tokens[j]?.w === '.') j++;
      // "Dr"/"St" after a house number is a street ("12 Oak Dr").
      const nearNumber = [i - 1, i - 2, i - 3].some((k) => k >= 0 && /^\d/.test(tokens[k]!.w));
      if (isWordAt(tokens, j) && !(w === 'dr' && nearNumber)) cues.push({ at: j, strength: 'strong', label: 'title' });
      continue;
    }
    if (w === 'this' && word(tokens, i + 1) === 'is') {
      cues.push({ at: i + 2, strength: 'intro', label: 'this is' });
      continue;
    }
    if ((w === "i'm" || w === 'im') || (w === 'am' && prev === 'i')) {
      cues.push({ at: i + 1, strength: 'intro', label: "i'm" });
      continue;
    }
    if (SPEAK_VERBS.has(w)) {
      const n = word(tokens, i + 1);
      if (n === 'with' || n === 'to') cues.push({ at: i + 2, strength: 'intro', label: 'speaking with' });
      continue;
    }
    if ((w === 'transfer' || w === 'transferred' || w === 'transferring') && word(tokens, i + 1) === 'you' && word(tokens, i + 2) === 'to') {
      cues.push({ at: i + 3, strength: 'intro', label: 'transfer to' });
      continue;
    }
    if ((w === 'ask' || w === 'asked' || w === 'asking') && word(tokens, i + 1) === 'for') {
      cues.push({ at: i + 2, strength: 'soft', label: 'ask for' });
      continue;
    }
    if (w === 'behalf' && word(tokens, i + 1) === 'of') {
      cues.push({ at: i + 2, strength: 'intro', label: 'on behalf of' });
      continue;
    }
    if (w === 'named' || w === 'called') {
      cues.push({ at: i + 1, strength: w === 'named' ? 'intro' : 'soft', label: w });
      continue;
    }
    if (GREETINGS.has(w) || (w === 'you' && prev === 'thank')) {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'soft', label: 'greeting' });
      continue;
    }
    if (FAMILY.has(w) && (prev === 'my' || prev === 'our' || prev === 'his' || prev === 'her')) {
      let j = i + 1;
      if (tokens[j]?.w === ',') j++;
      cues.push({ at: j, strength: 'soft', label: 'family' });
      continue;
    }
    if (AGENT_WORDS.has(w) && tokens[i + 1]?.w !== ':') {
      cues.push({ at: i + 1, strength: 'soft', label: 'agent' });
      continue;
    }
    if (atLineStart(tokens, i)) {
      // Ticket and e-mail header prefixes: "Cust: JOHN SMITH", "Customer name: ...", "From: ...".
      let j = i;
      let label = w;
      if (isWordAt(tokens, i + 1) && tokens[i + 2]?.w === ':') {
        label = `${w} ${tokens[i + 1]!.w}`;
        j = i + 1;
      }
      if (tokens[j + 1]?.w === ':' && LINE_LABELS.has(label)) {
        cues.push({ at: j + 2, strength: label.includes('name') ? 'strong' : 'soft', label: 'line label' });
      }
    }
  }
  return cues;
}

/** May the token at i open a name, given how strongly the cue vouches for it? */
function acceptsFirst(tokens: NameToken[], i: number, strength: CueStrength): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.w;
  if (/^\d/.test(w) || isStopWord(w)) return false;
  if (strength === 'strong') return true;
  if (isStrongName(w)) return true;
  const weak = isWeakName(w);
  if (t.cap) return !isCommonWord(w) || weak;
  if (weak) {
    if (isMonthOrBrand(w)) return false;
    const next = word(tokens, i + 1) ?? '';
    return endsPhrase(tokens, i + 1) || (strength === 'intro' && (INTRO_FOLLOWERS.has(next) || TIME_WORDS.has(next)) && next !== 'i');
  }
  if (strength === 'intro' && !isCommonWord(w) && w.length >= 2) {
    return INTRO_FOLLOWERS.has(word(tokens, i + 1) ?? '') || endsPhrase(tokens, i + 1);
  }
  return false;
}

/** May the token at i continue a name (a surname, a middle name)? `first` is the surname slot. */
function acceptsNext(tokens: NameToken[], i: number, slot: number, cued: boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  const w = t.w;
  if (/^\d/.test(w) || isStopWord(w)) return false;
  if (isStrongName(w)) return true;
  if (t.cap) return !(isCommonWord(w) && !isWeakName(w)) || isStrongName(w);
  if (isWeakName(w)) return (cued || slot === 0) && endsPhrase(tokens, i + 1) && !isMonthOrBrand(w);
  // Lower-case or caseless text: an unknown word right after a first name is its surname.
  return slot === 0 && w.length >= 2 && !isCommonWord(w) && /^[a-z\u00C0-\u024F][a-z\u00C0-\u024F'-]*$/.test(w);
}

const MONTH_OR_BRAND = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'amazon', 'walmart', 'visa', 'netflix', 'apple', 'target', 'chase', 'google', 'paypal', 'venmo',
]);
function isMonthOrBrand(w: string): boolean {
  return MONTH_OR_BRAND.has(w);
}

/** Extends a name that starts at `first` over middle names, initials, particles and surnames. */
function extendName(tokens: NameToken[], first: number, cued: boolean): number {
  let last = first;
  let slot = 0;
  for (let guard = 0; guard < 6 && slot < 4; guard++) {
    const n = last + 1;
    const t = tokens[n];
    if (!t) break;
    // "Smith-Jones": a hyphen with no space on either side joins the next word.
    if (t.w === '-' && t.start === tokens[last]!.end && tokens[n + 1]?.kind === 'word' && tokens[n + 1]!.start === t.end) {
      last = n + 1;
      continue;
    }
    if (t.kind !== 'word') break;
    // A middle initial: "John Q. Public", "JOHN Q PUBLIC".
    if (t.w.length === 1 && (t.cap || t.caseless) && /[a-z]/.test(t.w) && t.w !== 'i' && t.w !== 'a') {
      let k = n + 1;
      if (tokens[k]?.w === '.') k++;
      if (acceptsNext(tokens, k, slot, cued) || isStrongName(word(tokens, k) ?? '')) {
        last = k;
        slot++;
        continue;
      }
      break;
    }
    if (SURNAME_PARTICLES.has(t.w)) {
      let k = n + 1;
      while (SURNAME_PARTICLES.has(word(tokens, k) ?? '') && k < n + 3) k++;
      const nt = tokens[k];
      if (nt && nt.kind === 'word' && (isStrongName(nt.w) || nt.cap || (!isCommonWord(nt.w) && !isStopWord(nt.w)))) {
        last = k;
        slot++;
        continue;
      }
      break;
    }
    if (acceptsNext(tokens, n, slot, cued)) {
      last = n;
      slot++;
      continue;
    }
    break;
  }
  return last;
}

/** A listed surname (or "SMITH," in a ticket) just before a first name belongs to it. */
function extendBack(tokens: NameToken[], first: number): number {
  const p = tokens[first - 1];
  if (p && p.kind === 'word' && p.end < tokens[first]!.start && !isStopWord(p.w)) {
    if (isStrongName(p.w) || (p.cap && !isCommonWord(p.w))) return first - 1;
  }
  return first;
}

interface Found {
  start: number;
  end: number;
  score: number;
  context?: string;
}

const SIGN_OFF_RE =
  /^[ \t]*(?:thanks(?: again)?|thank you|(?:best|kind|warm|warmest)? ?regards|best(?: wishes)?|sincerely|yours(?: truly| sincerely)?|cheers|respectfully|many thanks|all the best|take care|warmly|thx|rgds)[ \t]*[,!.]?[ \t]*\r?$/gim;

/** Sign-off lines ("Thanks,", "Best regards,") followed by a short line of names: a signature. */
function findSignatures(text: string, out: Found[]): void {
  SIGN_OFF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGN_OFF_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      SIGN_OFF_RE.lastIndex++;
      continue;
    }
    let from = m.index + m[0].length;
    while (from < text.length && /\s/.test(text[from]!)) from++;
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from > 60 || to <= from) continue;
    const tokens = tokenizeNames(text, from, to);
    let words = 0;
    let named = false;
    let bad = false;
    for (const t of tokens) {
      if (t.kind === 'word') {
        words++;
        if (isStopWord(t.w) && !SURNAME_PARTICLES.has(t.w)) bad = true;
        if (isStrongName(t.w) || t.cap || isWeakName(t.w)) named = true;
      } else if (t.w !== '.' && t.w !== '-' && t.w !== "'") {
        bad = true;
      }
    }
    if (bad || !named || words === 0 || words > 4) continue;
    let last = tokens.length - 1;
    while (last > 0 && tokens[last]!.kind !== 'word') last--;
    out.push({ start: tokens[0]!.start, end: tokens[last]!.end, score: 0.85, context: 'signature' });
  }
}

export class PersonNameRecognizer implements Recognizer {
  readonly name = 'PersonNameRecognizer';
  readonly types = ['PERSON'] as const;

  analyze(ctx: AnalysisContext): Span[] {
    const found: Found[] = [];
    for (const [from, to] of scanText(ctx.text).names) analyzeWindow(tokenizeNames(ctx.text, from, to), found);
    findSignatures(ctx.text, found);
    return mergeFound(found).map((f) => ({
      type: 'PERSON' as const,
      start: f.start,
      end: f.end,
      score: f.score,
      recognizer: this.name,
      evidence: f.context ? { context: f.context } : {},
    }));
  }
}

function analyzeWindow(tokens: NameToken[], found: Found[]): void {
    const covered = new Set<number>();

    for (const cue of findCues(tokens)) {
      if (!acceptsFirst(tokens, cue.at, cue.strength)) continue;
      const last = extendName(tokens, cue.at, true);
      const score = cue.strength === 'strong' ? 0.9 : cue.strength === 'intro' ? 0.85 : 0.8;
      found.push({ start: tokens[cue.at]!.start, end: tokens[last]!.end, score, context: cue.label });
      for (let k = cue.at; k <= last; k++) covered.add(k);
    }

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || covered.has(i) || !isStrongFirstName(t.w)) continue;
      // A title-case word in mixed text, or any case in caseless text; lower case in mixed text is weaker.
      const lowerInMixed = !t.cap && !t.caseless;
      const last = extendName(tokens, i, false);
      const first = extendBack(tokens, i);
      const full = last > i || first < i;
      let score = full ? 0.8 : 0.6;
      if (lowerInMixed) score -= 0.15;
      found.push({ start: tokens[first]!.start, end: tokens[last]!.end, score, context: full ? 'first name + surname' : 'first name' });
      for (let k = first; k <= last; k++) covered.add(k);
      i = last;
    }
}

/** Overlapping finds become one span with the highest score. */
export function mergeFound(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      if (f.score > last.score) {
        last.score = f.score;
        if (f.context) last.context = f.context;
      }
    } else {
      out.push({ ...f });
    }
  }
  return out;
}
