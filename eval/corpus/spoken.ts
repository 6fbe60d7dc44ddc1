/**
 * How people say numbers, dates, e-mail addresses and names on a call, and the reverse readings
 * the tests and the leak check use. Renderers only produce forms the readers read back exactly.
 */
import { Rng } from './prng.js';
import type { DateParts } from './values.js';

export const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

function unitWord(d: number, rng: Rng | undefined): string {
  if (d === 0) return rng && rng.chance(0.35) ? 'zero' : 'oh';
  return UNITS[d]!;
}

/** Two digits as one phrase: "07" -> "oh seven", "40" -> "forty", "13" -> "thirteen". */
export function speakPair(pair: string, rng?: Rng): string {
  const a = Number(pair[0]);
  const b = Number(pair[1]);
  if (a === 0) return b === 0 && rng?.chance(0.5) ? 'double oh' : `${unitWord(0, rng)} ${unitWord(b, rng)}`;
  if (a === 1) return TEENS[b]!;
  return b === 0 ? TENS[a]! : `${TENS[a]} ${UNITS[b]}`;
}

/** Three digits: "420" -> "four twenty", "700" -> "seven hundred", "105" -> "one oh five". */
export function speakTriple(t: string, rng?: Rng): string {
  if (t[0] === '0') return `${unitWord(0, rng)} ${speakPair(t.slice(1), rng)}`;
  if (t.slice(1) === '00') return `${UNITS[Number(t[0])]} hundred`;
  if (rng?.chance(0.25) && t[1] !== '0') return `${UNITS[Number(t[0])]} hundred ${speakPair(t.slice(1), rng)}`;
  return `${UNITS[Number(t[0])]} ${speakPair(t.slice(1), rng)}`;
}

/** Digits one at a time, with "double"/"triple" for runs now and then. */
export function speakSingles(digits: string, rng: Rng): string {
  const out: string[] = [];
  for (let i = 0; i < digits.length; ) {
    const d = digits[i]!;
    let run = 1;
    while (digits[i + run] === d) run++;
    if (run >= 3 && rng.chance(0.5)) {
      out.push(`triple ${unitWord(Number(d), rng)}`);
      i += 3;
    } else if (run >= 2 && rng.chance(0.55)) {
      out.push(`double ${unitWord(Number(d), rng)}`);
      i += 2;
    } else {
      out.push(unitWord(Number(d), rng));
      i += 1;
    }
  }
  return out.join(' ');
}

/** Splits digits into chunks of 1-4 and says each chunk the way people group numbers. */
export function speakChunk(chunk: string, rng: Rng): string {
  if (chunk.length === 1) return unitWord(Number(chunk), rng);
  if (chunk.length === 2) return rng.chance(0.7) ? speakPair(chunk, rng) : speakSingles(chunk, rng);
  if (chunk.length === 3) return rng.chance(0.6) ? speakTriple(chunk, rng) : speakSingles(chunk, rng);
  if (chunk.length === 4) {
    if (chunk.slice(2) === '00' && chunk[0] !== '0' && rng.chance(0.5)) return `${speakPair(chunk.slice(0, 2), rng)} hundred`;
    if (rng.chance(0.5)) return `${speakPair(chunk.slice(0, 2), rng)} ${speakPair(chunk.slice(2), rng)}`;
    return speakSingles(chunk, rng);
  }
  return speakSingles(chunk, rng);
}

export type DigitStyle = 'singles' | 'pairs' | 'mixed';

/**
 * Says a digit string. Some chunkings are ambiguous when read back ("forty" then "one" reads as 41),
 * so every rendering is read back and replaced by single digits when it does not round-trip.
 */
export function speakDigits(digits: string, rng: Rng, style: DigitStyle = 'mixed', groups?: readonly string[]): string {
  const said = speakDigitsOnce(digits, rng, style, groups);
  return spokenToDigits(said) === digits ? said : speakSingles(digits, rng);
}

function speakDigitsOnce(digits: string, rng: Rng, style: DigitStyle, groups?: readonly string[]): string {
  if (style === 'singles') return speakSingles(digits, rng);
  if (style === 'pairs') {
    const parts: string[] = [];
    let i = 0;
    if (digits.length % 2 === 1) {
      parts.push(unitWord(Number(digits[0]), rng));
      i = 1;
    }
    for (; i < digits.length; i += 2) parts.push(speakPair(digits.slice(i, i + 2), rng));
    return parts.join(' ');
  }
  const chunks = groups ? [...groups] : [];
  if (!groups) {
    for (let i = 0; i < digits.length; ) {
      const size = Math.min(digits.length - i, rng.int(1, 4));
      chunks.push(digits.slice(i, i + size));
      i += size;
    }
  }
  return chunks.map((c) => speakChunk(c, rng)).join(' ');
}

/** A year the way it is said: "nineteen eighty two", "two thousand five", "twenty twenty six". */
export function speakYear(year: number, rng: Rng): string {
  const s = String(year);
  if (year >= 2000 && year < 2010) return `two thousand${year === 2000 ? '' : ' ' + UNITS[year - 2000]}`;
  if (year >= 2010 && rng.chance(0.3)) return `two thousand ${speakPair(s.slice(2))}`;
  return `${speakPair(s.slice(0, 2))} ${speakPair(s.slice(2))}`;
}

export function ordinalWord(n: number): string {
  if (n < 10) return ORDINAL_UNITS[n]!;
  if (n < 20) return ORDINAL_TEENS[n - 10]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return TENS[t]!.replace(/y$/, 'ieth');
  return `${TENS[t]} ${ORDINAL_UNITS[u]}`;
}

export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export function cardinalWords(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return n % 10 === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]} ${UNITS[n % 10]}`;
  throw new Error('cardinalWords only handles 0..99');
}

/** A spoken date of birth. */
export function speakDate(d: DateParts, rng: Rng): string {
  const month = MONTHS[d.month - 1]!;
  // "march twenty two thousand one" is ambiguous, so round tens are always said as ordinals.
  const day = rng.chance(0.75) || d.day % 10 === 0 ? ordinalWord(d.day) : cardinalWords(d.day);
  const year = rng.chance(0.8) ? speakYear(d.year, rng) : speakPair(String(d.year).slice(2), rng);
  switch (rng.int(0, 3)) {
    case 0: return `${month} ${day} ${year}`;
    case 1: return `the ${ordinalWord(d.day)} of ${month} ${year}`;
    // All-number form: the year is said in pairs, since "twenty" then "two thousand" would read as 22.
    case 2: return `${speakPair(String(d.month).padStart(2, '0'), rng)} ${speakPair(String(d.day).padStart(2, '0'), rng)} ${speakPair(String(d.year).slice(0, 2))} ${speakPair(String(d.year).slice(2), rng)}`;
    default: return `${month} ${day} ${year}`;
  }
}

export const FILLER_WORDS = new Set(['um', 'uh', 'er', 'hmm', 'like', 'uhh', 'umm']);

const WORD_VALUE = new Map<string, number>();
UNITS.forEach((w, i) => WORD_VALUE.set(w, i));
WORD_VALUE.set('oh', 0);
WORD_VALUE.set('o', 0);

/** True for words the digit reader consumes. */
export function isNumberWord(w: string): boolean {
  return WORD_VALUE.has(w) || TEENS.includes(w) || TENS.includes(w) && w !== '' || w === 'double' || w === 'triple' || w === 'hundred' || w === 'thousand' || /^\d+$/.test(w);
}

/**
 * Reads spoken or written digits back as one digit string, phrase by phrase:
 * "forty one eleven" -> "4111", "double oh seven" -> "007", "nineteen eighty two" -> "1982".
 * Words that are not numbers are skipped.
 */
export function spokenToDigits(text: string): string {
  return spokenDigitRuns(text, true).join('');
}

/**
 * Digit runs: like spokenToDigits, but a word that is neither a number word nor a filler ends the run.
 * With skipWords, other words are ignored instead of ending the run.
 */
export function spokenDigitRuns(text: string, skipWords = false): string[] {
  const tokens = text.toLowerCase().match(/[a-z]+|\d+|[^\sa-z\d]/g) ?? [];
  const runs: string[] = [];
  let cur = '';
  const flush = (): void => {
    if (cur) runs.push(cur);
    cur = '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\d+$/.test(w)) { cur += w; continue; }
    if (WORD_VALUE.has(w)) { cur += String(WORD_VALUE.get(w)); continue; }
    const teen = TEENS.indexOf(w);
    if (teen >= 0) { cur += String(10 + teen); continue; }
    const ten = w === '' ? -1 : TENS.indexOf(w);
    if (ten >= 2) {
      const u = next !== undefined && WORD_VALUE.has(next) && next !== 'oh' && next !== 'o' && next !== 'zero' ? WORD_VALUE.get(next)! : -1;
      if (u > 0) { cur += String(ten * 10 + u); i++; } else cur += String(ten * 10);
      continue;
    }
    if ((w === 'double' || w === 'triple') && next !== undefined && WORD_VALUE.has(next)) {
      cur += String(WORD_VALUE.get(next)).repeat(w === 'double' ? 2 : 3);
      i++;
      continue;
    }
    if (w === 'hundred' || w === 'thousand') {
      const width = w === 'hundred' ? 2 : 3;
      // Peek at the phrase that follows: "one hundred twenty three" -> 1 + "23".
      const rest = tokens.slice(i + 1, i + 3);
      let follow = '';
      let used = 0;
      if (rest[0] !== undefined) {
        const t0 = rest[0];
        const ten2 = TENS.indexOf(t0);
        if (TEENS.includes(t0)) { follow = String(10 + TEENS.indexOf(t0)); used = 1; }
        else if (ten2 >= 2) {
          const u = rest[1] !== undefined && WORD_VALUE.has(rest[1]) && !['oh', 'o', 'zero'].includes(rest[1]) ? WORD_VALUE.get(rest[1])! : -1;
          if (u > 0) { follow = String(ten2 * 10 + u); used = 2; } else { follow = String(ten2 * 10); used = 1; }
        } else if (WORD_VALUE.has(t0) && !['oh', 'o', 'zero'].includes(t0)) { follow = String(WORD_VALUE.get(t0)); used = 1; }
      }
      cur += follow ? follow.padStart(width, '0') : '0'.repeat(width);
      i += used;
      continue;
    }
    if (FILLER_WORDS.has(w) || skipWords) continue;
    if (w === '-' || w === '.' || w === ',' || w === '(' || w === ')' || w === '/') continue;
    flush();
  }
  flush();
  return runs;
}

/** Letters said one by one ("g o n z a l e z") read back as a word. */
export function joinSpelled(text: string): string {
  return text.toLowerCase().replace(/[^a-z\u00c0-\u024f]/g, '');
}

/** Reads a spoken e-mail address back: "j smith eighty two at gmail dot com" -> "jsmith82@gmail.com". */
export function readSpokenEmail(text: string): string {
  const tokens = text.toLowerCase().split(/\s+/).filter(Boolean);
  let out = '';
  let numberBuf: string[] = [];
  const flushNumber = (): void => {
    if (numberBuf.length) out += spokenToDigits(numberBuf.join(' '));
    numberBuf = [];
  };
  for (const t of tokens) {
    if (isNumberWord(t) && t !== 'o') { numberBuf.push(t); continue; }
    flushNumber();
    if (t === 'at') out += '@';
    else if (t === 'dot' || t === 'period') out += '.';
    else if (t === 'underscore') out += '_';
    else if (t === 'dash' || t === 'hyphen') out += '-';
    else if (FILLER_WORDS.has(t)) continue;
    else out += t;
  }
  flushNumber();
  return out;
}

/** Says an e-mail address the way callers do. Number parts are said as numbers. */
export function speakEmail(email: string, rng: Rng): string {
  const [local, domain] = email.split('@') as [string, string];
  const sayPart = (part: string): string => {
    const pieces = part.match(/[a-z]+|\d+|[._-]/gi) ?? [];
    return pieces
      .map((p) => {
        if (p === '.') return 'dot';
        if (p === '_') return 'underscore';
        if (p === '-') return rng.chance(0.5) ? 'dash' : 'hyphen';
        if (/^\d+$/.test(p)) return speakDigits(p, rng, p.length <= 2 ? 'pairs' : 'mixed');
        if (p.length <= 2 || (p.length <= 4 && rng.chance(0.3))) return [...p.toLowerCase()].join(' ');
        return p.toLowerCase();
      })
      .join(' ');
  };
  return `${sayPart(local)} at ${sayPart(domain)}`;
}

/** An IP address said octet by octet, "dot" between. */
export function speakIpv4(ip: string, rng: Rng): string {
  return ip
    .split('.')
    .map((o) => (o.length === 1 ? UNITS[Number(o)]! : o.length === 2 ? speakPair(o, rng) : speakTriple(o, rng)))
    .join(' dot ');
}

export function readSpokenIp(text: string): string {
  return text
    .toLowerCase()
    .split(/\s*\bdot\b\s*/)
    .map((part) => spokenToDigits(part))
    .join('.');
}

/** Month number mentioned in a text by name or abbreviation, if any. */
export function monthMentioned(text: string): number | undefined {
  const lower = text.toLowerCase();
  for (let i = 0; i < 12; i++) {
    if (new RegExp(`\\b(${MONTHS[i]}|${MONTHS_SHORT[i]})\\b`).test(lower)) return i + 1;
  }
  return undefined;
}

/** Day numbers said as ordinals ("fourth", "twenty first") or with suffixes ("4th"). */
export function ordinalsMentioned(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (let n = 31; n >= 1; n--) {
    const w = ordinalWord(n);
    if (new RegExp(`\\b${w}\\b`).test(lower) || new RegExp(`\\b${ordinalSuffix(n)}\\b`).test(lower)) out.push(n);
  }
  return out;
}

/** Removes ordinal day words ("twenty first", "4th") so the digits left are the other numbers. */
export function stripOrdinals(text: string): string {
  let out = text.toLowerCase().replace(/\b\d{1,2}(st|nd|rd|th)\b/g, ' ');
  for (let n = 31; n >= 1; n--) out = out.replace(new RegExp(`\\b${ordinalWord(n)}\\b`, 'g'), ' ');
  return out;
}
