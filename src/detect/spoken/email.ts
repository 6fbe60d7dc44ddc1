/**
 * E-mail addresses read out loud: "j smith at gmail dot com", "john dot smith at yahoo dot com",
 * "jsmith eighty two at outlook dot com". The whole spoken address is one EMAIL_ADDRESS span.
 */
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { DIGIT_WORDS, TEEN_WORDS, TENS_WORDS, ZERO_LETTERS } from './lexicon.js';
import { hesitationBefore } from './runs.js';
import { tokenize, type Token } from './tokens.js';

const TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'io', 'co', 'us', 'uk', 'ca', 'info', 'biz', 'me', 'mil', 'de', 'fr',
  'au', 'in', 'ie', 'nz', 'es', 'it', 'nl', 'mx', 'br', 'ph', 'tr', 'app', 'dev', 'ai', 'tv', 'ly', 'ru',
  'jp', 'cn', 'kr', 'pl', 'se', 'no', 'dk', 'fi', 'ch', 'at', 'be', 'pt', 'gr', 'za', 'ng', 'sg', 'hk', 'tw',
]);

const PROVIDERS = new Set([
  'gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'aol', 'icloud', 'live', 'msn', 'comcast',
  'protonmail', 'proton', 'verizon', 'att', 'sbcglobal', 'ymail', 'mail', 'gmx', 'zoho', 'me',
]);

/** Words that end the local part when walking back from "at": the sentence around the address. */
const STOP = new Set([
  'is', "it's", 'its', 'it', 'email', 'e', 'mail', 'address', 'my', 'the', "that's", 'thats', 'that', 'was',
  'and', 'or', 'to', 'me', 'at', 'you', 'your', 'send', 'sent', 'use', 'under', 'um', 'uh', 'er', 'yes',
  'yeah', 'sure', 'okay', 'ok', 'so', 'i', 'am', "i'm", 'like', 'hi', 'hello', 'this', 'on', 'of', 'for',
  'with', 'from', 'be', 'can', 'please', 'try', 'reach', 'new', 'old', 'our', 'his', 'her', 'their',
  'would', 'should', 'could', 'will', 'have', 'has', 'had', 'do', 'did', 'an', 'a', 'as', 'in', 'by',
  'correct', 'right', 'no', 'not', 'we', 'they', 'he', 'she', 'there', 'here', 'just', 'but', 'also',
  'contact', 'write', 'reply', 'via', 'over', 'got', 'get', 'what', "what's", 'whats', 'account',
  'registered', 'listed', 'file', 'still', 'now', 'then', 'need', 'change', 'update', 'updated',
]);

const SEPARATOR_WORDS = new Set(['dot', 'period', 'point', 'underscore', 'dash', 'hyphen', '.', '_', '-']);
const DOT_WORDS = new Set(['dot', 'period', '.']);

/** Cheap test: "at" followed on the same line by "dot" (or a mail provider). */
const PREFILTER =
  /\bat\s[^\n]{0,80}?\b(?:dot|period)\s|\bat\s+(?:sign\s+|symbol\s+)?(?:gmail|googlemail|yahoo|hotmail|outlook|aol|icloud|live|msn|comcast|protonmail|proton|verizon|att|sbcglobal|ymail|gmx|zoho)\b/i;

const CUE = /\b(?:e-?mail|address)\b/i;

function isNumberWord(w: string): boolean {
  return DIGIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w) || ZERO_LETTERS.has(w);
}

/** Reads one domain label at i: a word, digits, letters spelled out ("c o m") or "my dash company". */
interface Label {
  text: string;
  next: number;
  /** Spelled letter by letter: the token where the letters start. */
  spelledFrom?: number;
}

function readLabel(tokens: Token[], i: number): Label | null {
  const t = tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'num') || SEPARATOR_WORDS.has(t.w)) return null;
  if (t.kind === 'word' && t.w.length === 1) {
    let j = i;
    let text = '';
    while (tokens[j]?.kind === 'word' && tokens[j]!.w.length === 1 && j < i + 12) text += tokens[j++]!.w;
    return { text, next: j, spelledFrom: i };
  }
  let j = i + 1;
  let text = t.w;
  while ((tokens[j]?.w === 'dash' || tokens[j]?.w === 'hyphen' || tokens[j]?.w === '-') && tokens[j + 1]?.kind === 'word') {
    text += `-${tokens[j + 1]!.w}`;
    j += 2;
  }
  return { text, next: j };
}

/** Reads the domain after "at" (index i is the token after "at"); returns the index past it. */
function readDomain(tokens: Token[], i: number): { end: number; sure: boolean } | null {
  const t0 = tokens[i];
  if (t0 && (t0.w === 'sign' || t0.w === 'symbol')) i++;
  const labels: Label[] = [];
  let j = i;
  for (;;) {
    const label = readLabel(tokens, j);
    if (!label) break;
    labels.push(label);
    if (DOT_WORDS.has(tokens[label.next]?.w ?? '') && readLabel(tokens, label.next + 1)) {
      j = label.next + 1;
      continue;
    }
    break;
  }
  if (labels.length === 0) return null;
  // End at the last label that is a top-level domain, so "gmail dot com and" ends at "com".
  for (let k = labels.length - 1; k >= 1; k--) {
    const label = labels[k]!;
    if (TLDS.has(label.text)) return { end: label.next, sure: true };
    // "dot f r i changed it": the spelled domain ends before the pronoun.
    if (label.spelledFrom !== undefined && k === labels.length - 1) {
      for (const len of [3, 2]) {
        if (label.text.length > len && TLDS.has(label.text.slice(0, len))) return { end: label.spelledFrom + len, sure: true };
      }
    }
  }
  if (PROVIDERS.has(labels[0]!.text)) return { end: labels[0]!.next, sure: false };
  return null;
}

/** Walks back from the "at" token over the local part; returns its first token index or -1. */
function readLocal(tokens: Token[], at: number): number {
  let words = 0;
  let numbers = 0;
  let letters = 0;
  let first = -1;
  let j = at - 1;
  // "gsmith um hang on at ...": a pause before "at" belongs to the address, not to the sentence.
  for (let f = hesitationBefore(tokens, j + 1); f > 0 && j - f >= 0; f = hesitationBefore(tokens, j + 1)) j -= f;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && !SEPARATOR_WORDS.has(t.w)) break;
    if (t.kind === 'word' && STOP.has(t.w) && t.w.length > 1) break;
    if (SEPARATOR_WORDS.has(t.w)) {
      // A separator must sit between two local-part pieces.
      if (first < 0) break;
      j--;
      continue;
    }
    if (t.kind === 'word' && t.w.length === 1) {
      if (++letters > 24) break;
    } else if (t.kind === 'word' && !isNumberWord(t.w)) {
      if (++words > 3) break;
    } else if (++numbers > 8) {
      break;
    }
    first = j;
    j--;
  }
  return first;
}

export class SpokenEmailRecognizer implements Recognizer {
  readonly name = 'SpokenEmailRecognizer';
  readonly types = ['EMAIL_ADDRESS'] as const;

  analyze(ctx: AnalysisContext): Span[] {
    const text = ctx.text;
    if (!PREFILTER.test(text)) return [];
    const spans: Span[] = [];
    const atRe = /\bat\b/gi;
    let m: RegExpExecArray | null;
    let searchedTo = -1;
    while ((m = atRe.exec(text)) !== null) {
      if (m.index < searchedTo) continue;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      let lineEnd = text.indexOf('\n', m.index);
      if (lineEnd < 0) lineEnd = text.length;
      const from = Math.max(lineStart, m.index - 200);
      const to = Math.min(lineEnd, m.index + 200);
      const tokens = tokenize(text, from, to);
      const at = tokens.findIndex((t) => t.start === m!.index);
      if (at < 0) continue;
      const domain = readDomain(tokens, at + 1);
      if (!domain) continue;
      const first = readLocal(tokens, at);
      if (first < 0) continue;
      const start = tokens[first]!.start;
      const end = tokens[domain.end - 1]!.end;
      const before = text.slice(Math.max(0, start - 60), start);
      const cued = CUE.test(before);
      const score = (domain.sure ? 0.85 : 0.6) + (cued ? 0.1 : 0);
      spans.push({
        type: 'EMAIL_ADDRESS',
        start,
        end,
        score: Math.min(score, 0.99),
        recognizer: this.name,
        evidence: { normalized: 'spoken', ...(cued ? { context: 'email' } : {}), note: 'spoken e-mail address' },
      });
      searchedTo = end;
    }
    return spans;
  }
}
