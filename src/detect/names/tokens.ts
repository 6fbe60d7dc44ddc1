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
  /** Written in ASCII only: no accents to fold before a look-up. */
  readonly ascii: boolean;
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
  const oneLetter: number[] | undefined = from === 0 && to === text.length ? [] : undefined;
  if (pool !== undefined) lastWhole.text = undefined;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const k = classOf(c);
    if (k === C.Space) {
      i++;
      continue;
    }
    if (k === C.Newline) {
      emit(out, pool, '\n', i, i + 1, 'newline', false, caseless, false, false, true);
      i++;
      caseless = lineCaseless(text, i);
      lineStart = true;
      continue;
    }
    if (k === C.Lower || k === C.Upper) {
      const start = i;
      let curly = false;
      let upper = k === C.Upper;
      /** Every code of the word OR-ed: below 128 when all are ASCII. */
      let codes = c;
      i++;
      for (;;) {
        if (i >= n) break;
        const cc = text.charCodeAt(i);
        // Lower-case ASCII letters, most of any text, take the short way.
        if (cc >= 97 && cc <= 122) {
          upper = false;
          i++;
          continue;
        }
        const kk = classOf(cc);
        if (kk === C.Lower || kk === C.Upper) {
          if (kk === C.Lower) upper = false;
          codes |= cc;
          i++;
        } else if (kk === C.Apostrophe && i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          const after = classOf(next);
          if (after !== C.Lower && after !== C.Upper) break;
          if (cc === 0x2019) curly = true;
          codes |= cc | next;
          i += 2;
        } else {
          break;
        }
      }
      if (oneLetter !== undefined && i - start === 1) oneLetter.push(start);
      let w = lowerText !== undefined ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) w = w.replace(/’/g, "'");
      emit(out, pool, w, start, i, 'word', !caseless && k === C.Upper, caseless, lineStart, upper, codes < 128);
      lineStart = false;
      continue;
    }
    if (k === C.Digit) {
      const start = i;
      while (i < n && classOf(text.charCodeAt(i)) === C.Digit) i++;
      emit(out, pool, text.slice(start, i), start, i, 'punct', false, caseless, lineStart, false, true);
      lineStart = false;
      continue;
    }
    // Keep surrogate pairs whole so no token splits a character.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    emit(out, pool, text.slice(i, i + width), i, i + width, 'punct', false, caseless, lineStart, false, c < 128);
    lineStart = false;
    i += width;
  }
  if (oneLetter !== undefined) {
    lastWhole.text = text;
    lastWhole.tokens = out;
    lastWhole.oneLetterWords = oneLetter;
  }
  return out;
}

/**
 * The last text tokenised whole, with its tokens and where its one-letter words start.
 * PersonNameRecognizer tokenises each document whole, and SpelledNameRecognizer then reads the same
 * document: this spares it a second pass over the text. Pooled tokens are overwritten by the next
 * call with a pool, which therefore forgets the text first.
 */
const lastWhole: { text: string | undefined; tokens: NameToken[]; oneLetterWords: number[] } = { text: undefined, tokens: [], oneLetterWords: [] };

/**
 * The tokens tokenizeNames(text, from, to) gives, taken from the last whole tokenisation of `text`,
 * or undefined when there is none. `from` and `to` must fall between tokens (at a space, a line end
 * or the end of the text), as the windows of scanText do. Undefined too when a word is not ASCII:
 * the whole text may have been lower-cased otherwise than word by word (see `lower`).
 */
export function tokensOfLastWhole(text: string, from: number, to: number): NameToken[] | undefined {
  if (lastWhole.text !== text) return undefined;
  const tokens = lastWhole.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  for (; end < tokens.length && tokens[end]!.start < to; end++) if (tokens[end]!.kind === 'word' && !tokens[end]!.ascii) return undefined;
  return tokens.slice(lo, end);
}

/**
 * Where the one-letter words of `text` start ("a", "I", letters spelled out), in order. Words are cut
 * as tokenizeNames cuts them. It lives here, beside classOf, because it reads every character: a call
 * into another module per character costs more than the scan itself.
 */
export function oneLetterWords(text: string): number[] {
  if (lastWhole.text === text) return lastWhole.oneLetterWords;
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k !== C.Lower && k !== C.Upper) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      if (i >= n) break;
      const kk = classOf(text.charCodeAt(i));
      if (kk === C.Lower || kk === C.Upper) i++;
      else if (kk === C.Apostrophe && i + 1 < n && isLetterClass(classOf(text.charCodeAt(i + 1)))) i += 2;
      else break;
    }
    if (i - s === 1) starts.push(s);
  }
  return starts;
}

function isLetterClass(k: C): boolean {
  return k === C.Lower || k === C.Upper;
}

type MutableToken = { -readonly [K in keyof NameToken]: NameToken[K] };

/**
 * Appends a token, rewriting the pool's object at that index when there is a pool: a document makes
 * hundreds of thousands of tokens, and allocating (and collecting) them was most of the cost.
 */
function emit(out: NameToken[], pool: NameToken[] | undefined, w: string, start: number, end: number, kind: NameToken['kind'], cap: boolean, caseless: boolean, lineStart: boolean, upper: boolean, ascii: boolean): void {
  if (pool === undefined) {
    out.push({ w, start, end, kind, cap, caseless, lineStart, upper, ascii });
    return;
  }
  const n = out.length;
  let t = pool[n] as MutableToken | undefined;
  if (t === undefined) {
    t = { w, start, end, kind, cap, caseless, lineStart, upper, ascii };
    pool.push(t);
  } else {
    t.upper = upper;
    t.ascii = ascii;
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
  // Mixed case needs a lower-case letter anywhere and a capital after the first character. Two
  // tight loops: an all-lower-case line (ASR) is read once for capitals and nothing else.
  let hasLower = false;
  for (let i = s; i < e && !hasLower; i++) hasLower = isLowerLetter(text.charCodeAt(i));
  if (!hasLower) return true;
  for (let i = s + 1; i < e; i++) if (isUpperLetter(text.charCodeAt(i))) return false;
  return true;
}
