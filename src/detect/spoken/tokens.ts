/** Word tokens with exact UTF-16 offsets, grouped into utterances (lines) with their speaker. */
import { opensRunWord } from './lexicon.js';

export interface Token {
  /** Lower-cased word, the digits, or the single punctuation character. */
  readonly w: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'num' | 'punct';
  /** "Dayton OH four five...": "OH" in capitals before a word in lower case is Ohio, not a zero. */
  readonly stateOh: boolean;
  /** Digits, or a word a run of spoken digits can start with: findRuns skips every other token without a lookup. */
  readonly opensRun: boolean;
}

export interface Utterance {
  /** Normalised speaker label (`customer`, `speaker 1`); '' when the line has none and no earlier one did. */
  readonly speaker: string;
  readonly tokens: Token[];
  readonly start: number;
  readonly end: number;
  /** Nothing but white space after the label. */
  readonly blank: boolean;
}

/**
 * The token at `i`, or undefined outside the array. Reading index -1 of an array is a lookup of the
 * property "-1" in V8, about ten times slower than this check; "the word before" often is -1.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;
}

function lowerWordNext(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return i < to && c >= 97 && c <= 122;
}

/** Hand-written scanner: words (with inner apostrophes), digit strings, single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length, lower?: string): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i++;
      let curly = false;
      for (;;) {
        if (i >= to) break;
        const d = text.charCodeAt(i);
        if (isLetter(d)) i++;
        else if ((d === 39 || d === 0x2019) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) {
          if (d === 0x2019) curly = true;
          i += 2;
        } else break;
      }
      // `lower` is the whole text lower-cased with the same offsets: one slice instead of two strings.
      let w = lower !== undefined ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) w = w.replace(/’/g, "'");
      // Every token has the same fields, so the readers' property accesses stay monomorphic.
      const stateOh = w === 'oh' && text.charCodeAt(start) === 79 && text.charCodeAt(start + 1) === 72 && lowerWordNext(text, i, to);
      out.push({ w, start, end: i, kind: 'word', stateOh, opensRun: opensRunWord(w) });
      continue;
    }
    if (c >= 48 && c <= 57) {
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      out.push({ w: text.slice(start, i), start, end: i, kind: 'num', stateOh: false, opensRun: true });
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    i += width;
    // No run starts at a punctuation mark (none is a run start word).
    out.push({ w: text.slice(start, i), start, end: i, kind: 'punct', stateOh: false, opensRun: false });
  }
  return out;
}

/**
 * Speaker labels as transcripts write them: `Customer:`, `Agent 2:`, `[customer]`, `Agent (Justin):`, `bot/agent:`,
 * optionally after a timestamp (`00:34`, `[4:20 PM]`). At most three words, so "my card number is: ..."
 * is not taken for a speaker; a name or role in parentheses after the label is no part of it.
 */
const LABEL_RE =
  /^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\)?\]?[ \t]*(?:-[ \t]*)?)?(?:\[([A-Za-z][A-Za-z0-9_. -]{0,30})\][ \t]*:?|([A-Za-z][A-Za-z0-9_./-]*(?: [A-Za-z0-9_.-]+){0,2})(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*:(?!\/))/;

/** The same pattern, sticky, so a label is tried at a line start without slicing the line out. */
const LABEL_AT = new RegExp(LABEL_RE.source.slice(1), 'y');
/** A label is looked for in the first 80 characters of a line. */
const LABEL_REACH = 80;

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    globalCopies.set(re, g);
  }
  return g;
}

/** Position of the next match of global `re` at or after `from`, or the text length when none. */
function nextMatch(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/** Position of the next ASCII digit at or after `from`, or the text length when none (no match object per line). */
function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return text.length;
}

/** Position of the next `c` at or after `from`, or the text length when none. */
function nextChar(text: string, c: string, from: number): number {
  const at = text.indexOf(c, from);
  return at < 0 ? text.length : at;
}

function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 160) continue;
    if (c < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}

/**
 * Splits text into utterances (lines) with their speakers. Only lines that hold a spoken number or
 * a digit are tokenised: the others cannot hold a run. `firstWordAt`, when the caller has looked
 * already, is where the first match of `numberWord` in the whole text stands (the text length when
 * there is none), so the text is not scanned for it twice.
 */
export function splitUtterances(text: string, numberWord: RegExp, firstWordAt = -1): Utterance[] {
  const out: Utterance[] = [];
  const words = globalCopy(numberWord);
  // Where the next number word and the next digit stand, found once and reused line after line.
  let wordAt = firstWordAt;
  let digitAt = -1;
  // Every label holds a ":" or a "[": a line with neither in its first characters has none.
  let colonAt = -1;
  let bracketAt = -1;
  let speaker = '';
  // Turns repeat a few labels over and over.
  const speakers = new Map<string, string>();
  let lower: string | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const labelEnd = Math.min(lineEnd, lineStart + LABEL_REACH);
    if (colonAt < lineStart) colonAt = nextChar(text, ':', lineStart);
    if (bracketAt < lineStart) bracketAt = nextChar(text, '[', lineStart);
    let m: RegExpExecArray | null = null;
    if (colonAt < labelEnd || bracketAt < labelEnd) {
      LABEL_AT.lastIndex = lineStart;
      m = LABEL_AT.exec(text);
      if (m && m.index + m[0].length > labelEnd) m = LABEL_RE.exec(text.slice(lineStart, labelEnd));
    }
    let contentStart = lineStart;
    if (m) {
      const raw = m[1] ?? m[2] ?? '';
      let known = speakers.get(raw);
      if (known === undefined) {
        known = raw.toLowerCase().replace(/\s+/g, ' ').trim();
        speakers.set(raw, known);
      }
      speaker = known;
      contentStart = lineStart + m[0].length;
    }
    if (wordAt < contentStart) wordAt = nextMatch(words, text, contentStart);
    if (digitAt < contentStart) digitAt = nextDigit(text, contentStart);
    const worth = wordAt < lineEnd || digitAt < lineEnd;
    const blank = blankBetween(text, contentStart, lineEnd);
    if (worth && lower === undefined) {
      lower = text.toLowerCase();
      if (lower.length !== text.length) lower = '';
    }
    const tokens = worth ? tokenize(text, contentStart, lineEnd, lower || undefined) : [];
    out.push({ speaker, tokens, start: contentStart, end: lineEnd, blank });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
