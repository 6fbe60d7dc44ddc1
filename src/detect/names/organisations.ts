/**
 * The company a conversation is held with names itself in set ways: "Thank you for calling X",
 * "X Customer Care", "X Assistant:", "Priya (X):", "X, my name is Lee", a mailbox "X <help@x.com>".
 * Its name is often made of words that could be names ("Lumen Air", "Parcelo"); once the text has
 * said it is the company, those words are no person anywhere in that text.
 */
import { BUSINESS_WORDS, isStopWord, isStrongFirstName } from './lexicon.js';
import { C, classOf, tokenizeNames, type NameToken } from './tokens.js';

/** Words that end a company's own name in a signature, a mailbox or a bot's label: "Acme Customer Care". */
const DESK_SUFFIXES = new Set(['support', 'care', 'assistant', 'bot', 'security', 'team', 'website', 'helpdesk', 'billing', 'notifications', 'alerts', 'customer', 'service', 'services', 'virtual']);
/** Which of those are written with a capital right after the company's name (looked up with indexOf). */
const DESK_CUES = ['Support', 'Care', 'Assistant', 'Security', 'Team', 'Website', 'Helpdesk', 'Bot'];
/** Mailboxes that belong to a company, not a person: "help@", "no-reply@". */
const ROLE_MAILBOXES = /^(?:support|help|helpdesk|care|billing|noreply|no-reply|donotreply|do-not-reply|info|hello|contact|service|services|customerservice|cs|notifications?|alerts?|security|team|accounts?|sales|admin|office|mail)$/;
/** Roles, not names, before a bracket in a speaker label: "Customer (Ana Ruiz):". */
const LABEL_ROLES = new Set(['agent', 'customer', 'caller', 'cust', 'client', 'rep', 'representative', 'support', 'visitor', 'guest', 'user', 'speaker', 'member', 'patient', 'cardholder', 'you', 'me', 'operator', 'advisor', 'specialist', 'supervisor', 'manager', 'tech', 'technician', 'bot', 'system', 'host']);
/** What ends the company's name after "thank you for calling": the agent going on to introduce themselves. */
const AFTER_COMPANY = new Set(['this', 'my', 'how', 'where', 'what', 'today', 'you', 'we', 'i', 'and', 'for', 'me', 'us', 'back', 'again', 'so', 'please', 'how', 'it', 'is', 'the', 'a', 'an', 'to']);

/** The words of the company's own name in `text`, lower-cased (empty when it never names itself). */
export function ownOrganisationWords(text: string, lower: string): Set<string> {
  const out = new Set<string>();
  const sameOffsets = lower.length === text.length;
  if (!sameOffsets) return out;
  afterGreeting(text, lower, out);
  beforeDeskWords(text, out);
  mailboxNames(text, lower, out);
  bracketTeams(text, out);
  beforeOwnIntroduction(text, lower, out);
  beforeDeskIntroduction(text, lower, out);
  botLabels(text, lower, out);
  return out;
}

function lineEndAt(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}

/** Adds the words of a company's name when they read as one: one to four words, none a stop word alone. */
function addName(words: string[], out: Set<string>): void {
  if (words.length === 0 || words.length > 4) return;
  // "thanks for calling Maria": a lone first name is whom was called, not a company.
  if (words.length === 1 && isStrongFirstName(words[0]!)) return;
  for (const w of words) if (w.length >= 2 && w !== 'and' && w !== '&') out.add(w);
}

/** "Thank you for calling Lumen Air, this is ...", "thanks for contacting parcelo", "welcome to Acme Bank". */
function afterGreeting(text: string, lower: string, out: Set<string>): void {
  for (const cue of ['for calling ', 'for contacting ', 'for choosing ', 'for chatting with ', 'welcome to ']) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + cue.length)) {
      const from = at + cue.length;
      const tokens = tokenizeNames(text, from, Math.min(lineEndAt(text, from), from + 60), lower);
      const words: string[] = [];
      for (let k = 0; k < tokens.length && words.length <= 4; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') {
          if (t.w === '&' && words.length > 0) continue;
          break;
        }
        // "bramble and co": the joining word inside a company's name.
        if (t.w === 'and' && words.length > 0 && tokens[k + 1]?.w === 'co') continue;
        if (AFTER_COMPANY.has(t.w) || (isStopWord(t.w) && t.w !== 'co')) break;
        // In mixed-case text the company is written with capitals.
        if (!t.caseless && !t.cap) break;
        words.push(t.w);
      }
      addName(words, out);
    }
  }
}

/**
 * "Brightwave Mobile Customer Care | ...", "NovaStream Assistant:", "Parcelo Security Team": one to
 * three capitalised words just before a capitalised desk word are the company's name.
 */
function beforeDeskWords(text: string, out: Set<string>): void {
  for (const cue of DESK_CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const end = at + cue.length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const from = Math.max(lineStart, at - 60);
      const tokens = tokenizeNames(text, wordStartAtOrAfter(text, from), at);
      const words: string[] = [];
      let k = tokens.length - 1;
      while (k >= 0 && tokens[k]!.kind === 'word' && DESK_SUFFIXES.has(tokens[k]!.w)) k--;
      for (; k >= 0 && words.length < 4; k--) {
        const t = tokens[k]!;
        if (t.kind !== 'word') {
          if (t.w === '&') continue;
          break;
        }
        if (!t.cap || isStopWord(t.w) || LABEL_ROLES.has(t.w)) break;
        words.unshift(t.w);
      }
      // "Dear Ana Support": a person's name before a desk word would be read here; names that are first names are left.
      if (words.some((w) => isStrongFirstName(w))) continue;
      addName(words, out);
    }
  }
}

/** The start of the first word at or after `from` (tokenizeNames must not start inside a word). */
function wordStartAtOrAfter(text: string, from: number): number {
  while (from > 0 && isWordChar(text.charCodeAt(from - 1)) && isWordChar(text.charCodeAt(from))) from++;
  return from;
}

function isWordChar(c: number): boolean {
  const k = classOf(c);
  return k === C.Lower || k === C.Upper || k === C.Digit;
}

/**
 * "Brightwave Mobile <help@brightwavemobile.com>", "Lumen Air Support <support@lumenair.com>": a display
 * name whose first words spell the domain, on a mailbox that is a company's (a role or a desk word).
 */
function mailboxNames(text: string, lower: string, out: Set<string>): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const lt = text.lastIndexOf('<', at);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (lt < lineStart || at - lt > 40) continue;
    const local = lower.slice(lt + 1, at);
    let d = at + 1;
    while (d < text.length && isWordChar(text.charCodeAt(d))) d++;
    const domain = lower.slice(at + 1, d);
    if (domain.length < 3) continue;
    let to = lt;
    while (to > lineStart && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 34)) to--;
    const tokens = tokenizeNames(text, wordStartAtOrAfter(text, Math.max(lineStart, to - 60)), to, lower);
    const words: NameToken[] = [];
    for (let k = tokens.length - 1; k >= 0 && tokens[k]!.kind === 'word'; k--) words.unshift(tokens[k]!);
    if (words.length === 0) continue;
    let desk = false;
    for (const t of words) if (DESK_SUFFIXES.has(t.w)) desk = true;
    if (!desk && !ROLE_MAILBOXES.test(local)) continue;
    // The display's words that spell the domain ("brightwave" + "mobile" = "brightwavemobile").
    let spelled = '';
    let used = 0;
    for (const t of words) {
      const next = spelled + t.w.replace(/[^a-z]/g, '');
      if (!domain.startsWith(next)) break;
      spelled = next;
      used++;
    }
    if (used === 0 || spelled.length < 3) continue;
    // "Lumenet Fiber <no-reply@lumenet.net>": the words after the spelled ones name the same company.
    addName(words.filter((t) => !DESK_SUFFIXES.has(t.w)).map((t) => t.w), out);
  }
}

/** "Priyanka (Lumen Air):", "[10:39] Hannah (NovaStream):": the team in brackets after an agent's name. */
function bracketTeams(text: string, out: Set<string>): void {
  for (let at = text.indexOf('):'); at >= 0; at = text.indexOf('):', at + 2)) {
    const open = text.lastIndexOf('(', at);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (open < lineStart || at - open > 40 || open - lineStart > 40) continue;
    const outer = tokenizeNames(text, lineStart, open);
    const inner = tokenizeNames(text, open + 1, at);
    const names: string[] = [];
    let roles = false;
    for (const t of outer) if (t.kind === 'word' && t.w !== 'am' && t.w !== 'pm') names.push(t.w);
    for (const w of names) if (LABEL_ROLES.has(w)) roles = true;
    if (roles || names.length === 0 || names.length > 3) continue;
    const words: string[] = [];
    let ok = inner.length > 0;
    for (const t of inner) {
      if (t.kind !== 'word') {
        ok = ok && t.w === '&';
        continue;
      }
      if (!(t.cap || t.upper) || LABEL_ROLES.has(t.w) || names.includes(t.w)) ok = false;
      words.push(t.w);
    }
    if (ok) addName(words, out);
  }
}

/** "AGENT: Parcelo, my name is Marco", "Agent: Bramble & Co, this is Roberto speaking": the company before the agent. */
function beforeOwnIntroduction(text: string, lower: string, out: Set<string>): void {
  for (const cue of [', my name is', ', this is', ", my name's"]) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + cue.length)) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const colon = text.lastIndexOf(':', at);
      const from = colon >= lineStart ? colon + 1 : lineStart;
      if (at - from > 50) continue;
      const tokens = tokenizeNames(text, from, at, lower);
      const words: string[] = [];
      let ok = tokens.length > 0;
      for (const t of tokens) {
        if (t.kind !== 'word') {
          ok = ok && t.w === '&';
          continue;
        }
        if (isStopWord(t.w) && t.w !== 'co') ok = false;
        if (!t.caseless && !t.cap) ok = false;
        words.push(t.w);
      }
      // "Hi, this is ...": a greeting is no company.
      if (ok && !(words.length === 1 && (words[0] === 'hi' || words[0] === 'hello' || words[0] === 'hey'))) addName(words, out);
    }
  }
}

/** Desk words an agent answers with before their name: "Bramble & Co billing, Ashley here". */
const ANSWERING_DESKS = [' billing', ' support', ' customer care', ' care', ' customer service'];

/**
 * "Agent: Bramble & Co billing, Ashley here.", "northgate bank billing curtis here": an utterance that
 * opens on the company and its desk, then the agent's name and "here" or "speaking".
 */
function beforeDeskIntroduction(text: string, lower: string, out: Set<string>): void {
  for (const cue of ANSWERING_DESKS) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + cue.length)) {
      const end = at + cue.length;
      if (isWordChar(text.charCodeAt(end))) continue;
      const lineEnd = lineEndAt(text, end);
      const after = lower.slice(end, Math.min(lineEnd, end + 40));
      if (!/^,?\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?(?:\s+|,\s*)(?:here|speaking)\b/u.test(after)) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const colon = text.lastIndexOf(':', at);
      const from = colon >= lineStart ? colon + 1 : lineStart;
      if (at - from > 50) continue;
      const tokens = tokenizeNames(text, from, at + 1, lower);
      const words: string[] = [];
      let ok = tokens.length > 0;
      for (const t of tokens) {
        if (t.kind !== 'word') {
          ok = ok && t.w === '&';
          continue;
        }
        if ((isStopWord(t.w) && t.w !== 'co' && t.w !== 'and' && !BUSINESS_WORDS.has(t.w)) || (!t.caseless && !t.cap && t.w !== 'and')) ok = false;
        words.push(t.w);
      }
      if (ok) addName(words, out);
    }
  }
}

/** "Agent: Bramble & Co assistant: hi!", "acme bot:": a bot's label names the company, whatever its case. */
function botLabels(text: string, lower: string, out: Set<string>): void {
  for (const cue of [' assistant:', ' bot:']) {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + cue.length)) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const colon = text.lastIndexOf(':', at);
      const from = colon >= lineStart ? colon + 1 : lineStart;
      if (at - from > 40) continue;
      const words: string[] = [];
      let ok = true;
      for (const t of tokenizeNames(text, from, at, lower)) {
        if (t.kind !== 'word') {
          ok = ok && (t.w === '&' || t.w === ']' || t.w === '[' || /^\d/.test(t.w));
          continue;
        }
        if (LABEL_ROLES.has(t.w) || t.w === 'virtual') continue;
        if (isStopWord(t.w) && t.w !== 'co' && t.w !== 'and' && !BUSINESS_WORDS.has(t.w)) ok = false;
        words.push(t.w);
      }
      if (ok) addName(words, out);
    }
  }
}

/** A found stretch made only of the company's own words (and desk words) is no person. */
export function onlyOrganisationWords(text: string, start: number, end: number, org: ReadonlySet<string>): boolean {
  let any = false;
  let k = start;
  while (k < end) {
    while (k < end && !isLetter(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const s = k;
    while (k < end && (isLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 39)) k++;
    const w = text.slice(s, k).toLowerCase();
    if (!org.has(w) && !DESK_SUFFIXES.has(w)) return false;
    if (org.has(w)) any = true;
  }
  return any;
}

function isLetter(c: number): boolean {
  const k = classOf(c);
  return k === C.Lower || k === C.Upper;
}
