/** Word tokens for name finding, with the case information of their line. */

export interface NameToken {
  /** Lower-cased text (curly apostrophes made straight); a punctuation token is its character. */
  readonly w: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'punct' | 'newline';
  /** Starts with a capital in a line that mixes cases (only then does capitalisation mean anything). */
  readonly cap: boolean;
  /** The line is all one case (ASR lower case, ticket upper case): capitalisation says nothing. */
  readonly caseless: boolean;
  /** First token of its line. */
  readonly lineStart: boolean;
}

export const enum C {
  Other = 0,
  Lower = 1,
  Upper = 2,
  Digit = 3,
  Space = 4,
  Newline = 5,
  Apostrophe = 6,
}

export function classOf(c: number): C {
  if (c >= 97 && c <= 122) return C.Lower;
  if (c >= 65 && c <= 90) return C.Upper;
  if (c === 32 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11) return C.Space;
  if (c === 10) return C.Newline;
  if (c >= 48 && c <= 57) return C.Digit;
  if (c === 39 || c === 0x2019) return C.Apostrophe;
  // Latin-1 and Latin Extended letters (José, Nuñez, Łukasz); × and ÷ are not letters.
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return c <= 0xde || (c >= 0x100 && (c & 1) === 0) ? C.Upper : C.Lower;
  // Latin Extended Additional (Vietnamese: Đặng, Nguyễn): capitals at even code points.
  if (c >= 0x1e00 && c <= 0x1eff) return (c & 1) === 0 ? C.Upper : C.Lower;
  return C.Other;
}

/**
 * Tokenises text[from, to) with a hand-written scanner (several times faster than a regex).
 * `from` should not fall inside a word.
 */
export function tokenizeNames(text: string, from = 0, to = text.length): NameToken[] {
  const out: NameToken[] = [];
  const n = to;
  const firstLine = text.lastIndexOf('\n', from - 1) + 1;
  let caseless = lineCaseless(text, firstLine);
  let lineStart = text.slice(firstLine, from).trim() === '';
  const push = (w: string, start: number, end: number, kind: NameToken['kind'], cap: boolean): void => {
    out.push({ w, start, end, kind, cap, caseless, lineStart });
    lineStart = false;
  };
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C.Space) {
      i++;
      continue;
    }
    if (k === C.Newline) {
      out.push({ w: '\n', start: i, end: i + 1, kind: 'newline', cap: false, caseless, lineStart: false });
      i++;
      caseless = lineCaseless(text, i);
      lineStart = true;
      continue;
    }
    if (k === C.Lower || k === C.Upper) {
      const start = i;
      i++;
      for (;;) {
        const kk = i < n ? classOf(text.charCodeAt(i)) : C.Other;
        if (kk === C.Lower || kk === C.Upper) {
          i++;
        } else if (kk === C.Apostrophe && i + 1 < n) {
          const after = classOf(text.charCodeAt(i + 1));
          if (after !== C.Lower && after !== C.Upper) break;
          i += 2;
        } else {
          break;
        }
      }
      let w = text.slice(start, i).toLowerCase();
      if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
      push(w, start, i, 'word', !caseless && k === C.Upper);
      continue;
    }
    if (k === C.Digit) {
      const start = i;
      while (i < n && classOf(text.charCodeAt(i)) === C.Digit) i++;
      push(text.slice(start, i), start, i, 'punct', false);
      continue;
    }
    // Keep surrogate pairs whole so no token splits a character.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    push(text.slice(i, i + width), i, i + width, 'punct', false);
    i += width;
  }
  return out;
}

const HAS_LOWER = /[a-z\u00DF-\u00FF]/;
const HAS_UPPER = /[A-Z\u00C0-\u00DE]/;

export function lineCaseless(text: string, from: number): boolean {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  // A leading speaker label ("Agent:") and the first letter do not make a line mixed-case.
  let body = text.slice(from, end);
  const colon = body.indexOf(':');
  if (colon > 0 && colon < 26) body = body.slice(colon + 1);
  body = body.trim();
  return !HAS_LOWER.test(body) || !HAS_UPPER.test(body.slice(1));
}
