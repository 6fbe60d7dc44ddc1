/**
 * How people say numbers on the phone, and how ASR engines write what they hear: digit by digit
 * with "oh"/"zero"/"o", "double"/"triple", pairs ("forty one"), hundreds ("twelve hundred"),
 * years ("nineteen eighty two", "two thousand and five") and the homophones ASR picks by mistake.
 */
import type { Rng } from './prng.js';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS: Record<number, string> = { 20: 'twentieth', 30: 'thirtieth' };

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Words for 0..9999 the way a person reads a quantity ("four thousand two hundred and six"). */
export function numberWords(n: number, and = false): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${ONES[n % 10]}` : '');
  if (n < 1000) {
    const rest = n % 100;
    return `${ONES[Math.floor(n / 100)]} hundred${rest ? `${and ? ' and' : ''} ${numberWords(rest)}` : ''}`;
  }
  const rest = n % 1000;
  return `${numberWords(Math.floor(n / 1000))} thousand${rest ? `${and && rest < 100 ? ' and' : ''} ${numberWords(rest, and)}` : ''}`;
}

export function ordinalWords(n: number): string {
  if (n < 20) return ORDINAL_ONES[n]!;
  if (n % 10 === 0) return ORDINAL_TENS[n] ?? `${numberWords(n)}th`;
  return `${TENS[Math.floor(n / 10)]} ${ORDINAL_ONES[n % 10]}`;
}

export function ordinalSuffix(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** How the speaker says 0 in this call; people keep one habit per call, mostly. */
export type ZeroWord = 'oh' | 'zero' | 'o';

export interface SayOptions {
  zero: ZeroWord;
  /** "double five", "triple oh". */
  doubles: boolean;
  /** ASR homophone errors: "for", "to", "ate", "won". */
  asrNoise: number;
}

const HOMOPHONES: Record<string, string[]> = { four: ['for'], two: ['to', 'too'], eight: ['ate'], one: ['won'] };

function digitWord(d: string, o: SayOptions, rng: Rng): string {
  const w = d === '0' ? o.zero : ONES[Number(d)]!;
  const h = HOMOPHONES[w];
  if (h && rng.chance(o.asrNoise)) return rng.pick(h);
  return w;
}

/** Digit by digit: "four one one one", with "double one" when the speaker does that. */
export function sayDigitByDigit(digits: string, rng: Rng, o: SayOptions): string {
  const words: string[] = [];
  for (let i = 0; i < digits.length; ) {
    const d = digits[i]!;
    let run = 1;
    while (digits[i + run] === d && run < 3) run++;
    if (o.doubles && run === 3 && rng.chance(0.6)) {
      words.push(`triple ${digitWord(d, o, rng)}`);
      i += 3;
    } else if (o.doubles && run >= 2 && rng.chance(0.7)) {
      words.push(`double ${digitWord(d, o, rng)}`);
      i += 2;
    } else {
      words.push(digitWord(d, o, rng));
      i += 1;
    }
  }
  return words.join(' ');
}

/** A two-digit group as a person pairs it: "41" -> "forty one", "05" -> "oh five", "00" -> "hundred" is not used. */
export function sayPair(pair: string, rng: Rng, o: SayOptions): string {
  if (pair.length === 1) return digitWord(pair, o, rng);
  if (pair[0] === '0') return `${o.zero === 'zero' ? 'zero' : 'oh'} ${digitWord(pair[1]!, o, rng)}`;
  if (pair === '00') return 'double oh';
  return numberWords(Number(pair));
}

/** A four-digit group: "1200" -> "twelve hundred", "4111" -> "forty one eleven", or digit by digit. */
export function sayQuad(q: string, rng: Rng, o: SayOptions): string {
  if (q.length !== 4) return sayDigitByDigit(q, rng, o);
  if (q[0] !== '0' && q.slice(2) === '00' && rng.chance(0.7)) return `${numberWords(Number(q.slice(0, 2)))} hundred`;
  if (q[0] !== '0' && q.slice(1) === '000' && rng.chance(0.5)) return `${numberWords(Number(q[0]))} thousand`;
  if (q[0] !== '0' && rng.chance(0.5)) return `${sayPair(q.slice(0, 2), rng, o)} ${sayPair(q.slice(2), rng, o)}`;
  return sayDigitByDigit(q, rng, o);
}

/** Groups said in the speaker's style: digits, pairs or a mix, per group. */
export function sayGroups(groups: readonly string[], rng: Rng, o: SayOptions, style: 'digits' | 'pairs' | 'mixed'): string[] {
  return groups.map((g) => {
    if (style === 'digits') return sayDigitByDigit(g, rng, o);
    if (style === 'pairs') return g.length === 4 ? `${sayPair(g.slice(0, 2), rng, o)} ${sayPair(g.slice(2), rng, o)}` : g.length === 2 ? sayPair(g, rng, o) : sayDigitByDigit(g, rng, o);
    return g.length === 4 ? sayQuad(g, rng, o) : rng.chance(0.3) && g.length === 2 ? sayPair(g, rng, o) : sayDigitByDigit(g, rng, o);
  });
}

/** A year as said: "nineteen eighty two", "eighty two", "two thousand and five", "oh five", "twenty twelve". */
export function sayYear(year: number, rng: Rng, short: boolean): string {
  const yy = year % 100;
  if (short) return yy < 10 ? `oh ${ONES[yy]}` : numberWords(yy);
  if (year === 2000) return 'two thousand';
  if (year > 2000 && year < 2010) return rng.pick([`two thousand ${ONES[yy]}`, `two thousand and ${ONES[yy]}`, `twenty oh ${ONES[yy]}`]);
  const hi = Math.floor(year / 100);
  return `${numberWords(hi)} ${yy === 0 ? 'hundred' : yy < 10 ? `oh ${ONES[yy]}` : numberWords(yy)}`;
}

/** A dollar amount as said: "forty nine ninety nine", "forty nine dollars and ninety nine cents", "a hundred and twelve bucks". */
export function sayAmount(cents: number, rng: Rng): string {
  const dollars = Math.floor(cents / 100);
  const c = cents % 100;
  const d = dollars === 100 && rng.chance(0.5) ? 'a hundred' : numberWords(dollars, rng.chance(0.5));
  if (c === 0) return rng.pick([`${d} dollars`, `${d} bucks`, `${d} even`, `${d} dollars even`]);
  return rng.pick([`${d} dollars and ${numberWords(c)} cents`, `${d} ${c < 10 ? `oh ${ONES[c]}` : numberWords(c)}`, `${d} dollars ${numberWords(c)}`]);
}

/** "$1,249.05" */
export function writeAmount(cents: number, rng: Rng): string {
  const dollars = Math.floor(cents / 100);
  const c = String(cents % 100).padStart(2, '0');
  const d = dollars >= 1000 && rng.chance(0.7) ? dollars.toLocaleString('en-US') : String(dollars);
  return rng.chance(0.85) ? `$${d}.${c}` : `${d}.${c} dollars`;
}

/** Letters said one by one, "s m i t h", or with a spelling alphabet, "s as in sam m as in mary". */
const SPELL_WORDS: Record<string, string[]> = {
  a: ['apple', 'alpha', 'adam'], b: ['boy', 'bravo', 'bob'], c: ['cat', 'charlie'], d: ['dog', 'david', 'delta'], e: ['echo', 'edward', 'egg'],
  f: ['frank', 'foxtrot'], g: ['george', 'golf'], h: ['henry', 'hotel'], i: ['ida', 'india', 'ice'], j: ['john', 'juliet'], k: ['king', 'kilo'],
  l: ['larry', 'lima', 'lincoln'], m: ['mary', 'mike', 'mom'], n: ['nancy', 'november', 'nora'], o: ['ocean', 'oscar'], p: ['peter', 'papa'],
  q: ['queen', 'quebec'], r: ['robert', 'romeo'], s: ['sam', 'sierra', 'sugar'], t: ['tom', 'tango'], u: ['umbrella', 'uniform'],
  v: ['victor', 'victory'], w: ['william', 'whiskey'], x: ['x-ray'], y: ['yellow', 'yankee'], z: ['zebra', 'zulu'],
};

export function spellLetters(word: string, rng: Rng, alphabet: boolean, sep = ' '): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '').split('');
  if (!alphabet) return letters.join(sep);
  return letters.map((l) => (rng.chance(0.75) ? `${l} as in ${rng.pick(SPELL_WORDS[l]!)}` : l)).join(' ');
}
