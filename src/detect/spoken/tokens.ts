/** Word tokens with exact UTF-16 offsets, grouped into utterances (lines) with their speaker. */

export interface Token {
  /** Lower-cased word, the digits, or the single punctuation character. */
  readonly w: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'num' | 'punct';
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

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;
}

/** Hand-written scanner: words (with inner apostrophes), digit strings, single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
      for (;;) {
        if (i >= to) break;
        const d = text.charCodeAt(i);
        if (isLetter(d)) i++;
        else if ((d === 39 || d === 0x2019) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      let w = text.slice(start, i).toLowerCase();
      if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
      out.push({ w, start, end: i, kind: 'word' });
      continue;
    }
    if (c >= 48 && c <= 57) {
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      out.push({ w: text.slice(start, i), start, end: i, kind: 'num' });
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    i += width;
    out.push({ w: text.slice(start, i), start, end: i, kind: 'punct' });
  }
  return out;
}

/**
 * Speaker labels as transcripts write them: `Customer:`, `Agent 2:`, `[customer]`, optionally after a
 * timestamp. At most three words, so "my card number is: ..." is not taken for a speaker.
 */
const LABEL_RE =
  /^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?[ \t]*(?:-[ \t]*)?)?(?:\[([A-Za-z][A-Za-z0-9_. -]{0,30})\][ \t]*:?|([A-Za-z][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+){0,2})[ \t]*:(?!\/))/;

const HAS_DIGIT = /\d/;

/**
 * Splits text into utterances (lines) with their speakers. Only lines that hold a spoken number or
 * a digit are tokenised: the others cannot hold a run.
 */
export function splitUtterances(text: string, numberWord: RegExp): Utterance[] {
  const out: Utterance[] = [];
  let speaker = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 80));
    const m = LABEL_RE.exec(line);
    let contentStart = lineStart;
    if (m) {
      speaker = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
      contentStart = lineStart + m[0].length;
    }
    const body = text.slice(contentStart, lineEnd);
    const worth = numberWord.test(body) || HAS_DIGIT.test(body);
    const blank = body.trim() === '';
    out.push({ speaker, tokens: worth ? tokenize(text, contentStart, lineEnd) : [], start: contentStart, end: lineEnd, blank });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
