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
  /** A word written all in capitals ("BROWN", "I"). */
  readonly upper: boolean;
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

/** The class of each ASCII code: most text is ASCII, and one load beats a chain of comparisons. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classOfSlow(c);

export function classOf(c: number): C {
  return c < 128 ? (ASCII_CLASS[c]! as C) : classOfSlow(c);
}

function classOfSlow(c: number): C {
  if (c >= 97 && c <= 122) return C.Lower;
  if (c >= 65 && c <= 90) return C.Upper;
  if (c === 32 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11) return C.Space;
  if (c === 10) return C.Newline;
  if (c >= 48 && c <= 57) return C.Digit;
  if (c === 39 || c === 0x2019) return C.Apostrophe;
  // Latin-1 and Latin Extended letters (José, Nuñez, Łukasz); × and ÷ are not letters.
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
    if (c < 0x100) return c <= 0xde ? C.Upper : C.Lower;
    // In Latin Extended-A the capitals sit at odd code points from Ĺ to ň and from Ź to ž (Łukasz, Żaneta).
    const oddCapitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
    if (c === 0x178) return C.Upper;
    if (c === 0x131 || c === 0x138 || c === 0x149 || c === 0x17f) return C.Lower;
    return ((c & 1) === 1) === oddCapitals ? C.Upper : C.Lower;
  }
  // Latin Extended Additional (Vietnamese: Đặng, Nguyễn): capitals at even code points.
  if (c >= 0x1e00 && c <= 0x1eff) return (c & 1) === 0 ? C.Upper : C.Lower;
  return C.Other;
}

/**
 * Tokenises text[from, to) with a hand-written scanner (several times faster than a regex).
 * `from` should not fall inside a word. `lower` is text.toLowerCase() when the caller has it (same
 * length, so same offsets): words are then cut from it instead of lower-casing each one.
 * With a `pool`, the tokens are the pool's objects, overwritten: they are valid until the next call
 * with the same pool.
 */
export function tokenizeNames(text: string, from = 0, to = text.length, lower?: string, pool?: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  const n = to;
  const lowerText = lower !== undefined && lower.length === text.length ? lower : undefined;
  const firstLine = text.lastIndexOf('\n', from - 1) + 1;
  let caseless = lineCaseless(text, firstLine);
  let lineStart = onlySpaceBetween(text, firstLine, from);
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C.Space) {
      i++;
      continue;
    }
    if (k === C.Newline) {
      emit(out, pool, '\n', i, i + 1, 'newline', false, caseless, false, false);
      i++;
      caseless = lineCaseless(text, i);
      lineStart = true;
      continue;
    }
    if (k === C.Lower || k === C.Upper) {
      const start = i;
      let curly = false;
      let upper = k === C.Upper;
      i++;
      for (;;) {
        const kk = i < n ? classOf(text.charCodeAt(i)) : C.Other;
        if (kk === C.Lower || kk === C.Upper) {
          if (kk === C.Lower) upper = false;
          i++;
        } else if (kk === C.Apostrophe && i + 1 < n) {
          const after = classOf(text.charCodeAt(i + 1));
          if (after !== C.Lower && after !== C.Upper) break;
          if (text.charCodeAt(i) === 0x2019) curly = true;
          i += 2;
        } else {
          break;
        }
      }
      let w = lowerText !== undefined ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) w = w.replace(/’/g, "'");
      emit(out, pool, w, start, i, 'word', !caseless && k === C.Upper, caseless, lineStart, upper);
      lineStart = false;
      continue;
    }
    if (k === C.Digit) {
      const start = i;
      while (i < n && classOf(text.charCodeAt(i)) === C.Digit) i++;
      emit(out, pool, text.slice(start, i), start, i, 'punct', false, caseless, lineStart, false);
      lineStart = false;
      continue;
    }
    // Keep surrogate pairs whole so no token splits a character.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    emit(out, pool, text.slice(i, i + width), i, i + width, 'punct', false, caseless, lineStart, false);
    lineStart = false;
    i += width;
  }
  return out;
}

type MutableToken = { -readonly [K in keyof NameToken]: NameToken[K] };

/**
 * Appends a token, rewriting the pool's object at that index when there is a pool: a document makes
 * hundreds of thousands of tokens, and allocating (and collecting) them was most of the cost.
 */
function emit(out: NameToken[], pool: NameToken[] | undefined, w: string, start: number, end: number, kind: NameToken['kind'], cap: boolean, caseless: boolean, lineStart: boolean, upper: boolean): void {
  if (pool === undefined) {
    out.push({ w, start, end, kind, cap, caseless, lineStart, upper });
    return;
  }
  const n = out.length;
  let t = pool[n] as MutableToken | undefined;
  if (t === undefined) {
    t = { w, start, end, kind, cap, caseless, lineStart, upper };
    pool.push(t);
  } else {
    t.upper = upper;
    t.w = w;
    t.start = start;
    t.end = end;
    t.kind = kind;
    t.cap = cap;
    t.caseless = caseless;
    t.lineStart = lineStart;
  }
  out.push(t);
}

/** What String.prototype.trim removes. */
function isTrimmed(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/** a-z and \u00DF-\u00FF count as lower case, A-Z and \u00C0-\u00DE as upper case. */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}
function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

export function lineCaseless(text: string, from: number): boolean {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  // A leading speaker label ("Agent:") and the first letter do not make a line mixed-case.
  let s = from;
  for (let k = from + 1; k < end && k < from + 26; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) {
      if (text.indexOf(':', from) === k) s = k + 1;
      break;
    }
  }
  while (s < end && isTrimmed(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
  let hasLower = false;
  let hasUpper = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!hasLower && isLowerLetter(c)) hasLower = true;
    if (!hasUpper && i > s && isUpperLetter(c)) hasUpper = true;
    if (hasLower && hasUpper) return false;
  }
  return true;
}
