/**
 * How people say numbers, dates and letters on a call, as the held-out corpus writes them:
 * digit by digit with "oh" or "zero", "double"/"triple" for repeats, years in pairs, ordinals.
 */
import type { Dice } from './dice.js';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** 0..999999 in words, American style without "and". */
export function cardinal(n: number): string {
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${ONES[n % 10]}` : '');
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${cardinal(n % 100)}` : ''}`;
  return `${cardinal(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${cardinal(n % 1000)}` : ''}`;
}

const ORDINAL_UNITS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth', 9: 'ninth' };
const ORDINAL_SPECIAL: Record<number, string> = { 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth' };

export function ordinalWord(n: number): string {
  if (ORDINAL_SPECIAL[n]) return ORDINAL_SPECIAL[n]!;
  if (n < 10) return ORDINAL_UNITS[n]!;
  return `${TENS[Math.floor(n / 10)]} ${ORDINAL_UNITS[n % 10]}`;
}

export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export interface DigitStyle {
  /** Say 0 as "oh" rather than "zero". */
  oh: boolean;
  /** Chance of "double five" / "triple five" for a run of equal digits. */
  repeats: number;
}

export function digitStyle(r: Dice): DigitStyle {
  return { oh: r.chance(0.7), repeats: r.pick([0, 0.4, 0.8]) };
}

/** "4155" -> ["four", "one", "double", "five"] */
export function sayDigits(digits: string, r: Dice, style: DigitStyle): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; ) {
    const d = digits[i]!;
    let run = 1;
    while (digits[i + run] === d && run < 3) run++;
    const word = d === '0' ? (style.oh ? 'oh' : 'zero') : ONES[Number(d)]!;
    if (run >= 2 && r.chance(style.repeats)) {
      const n = run === 3 && r.chance(0.7) ? 3 : 2;
      out.push(n === 3 ? 'triple' : 'double', word);
      i += n;
    } else {
      out.push(word);
      i++;
    }
  }
  return out;
}

/** A two-digit group the way it is read in a year or an expiry: "07" -> "oh seven", "82" -> "eighty two". */
export function sayPair(pair: string): string {
  const n = Number(pair);
  if (pair.length === 2 && pair[0] === '0') return `oh ${ONES[n]}`;
  return cardinal(n);
}

/** A year: "nineteen eighty two", "two thousand four", "twenty oh four", sometimes just "eighty two". */
export function sayYear(year: number, r: Dice, short = 0.15): string {
  const yy = String(year % 100).padStart(2, '0');
  if (r.chance(short)) return sayPair(yy);
  if (year >= 2000 && year < 2010) return r.chance(0.6) ? `two thousand ${ONES[year - 2000]}` : `twenty oh ${ONES[year - 2000]}`;
  if (year >= 2000) return r.chance(0.8) ? `twenty ${cardinal(year - 2000)}` : `two thousand ${cardinal(year - 2000)}`;
  return `${cardinal(Math.floor(year / 100))} ${sayPair(yy)}`;
}

/** An amount in dollars and cents, as a caller would say it. */
export function sayAmount(dollars: number, cents: number, r: Dice): string {
  const d = cardinal(dollars);
  if (cents === 0) return `${d} ${dollars === 1 ? 'dollar' : 'dollars'}`;
  return r.pick([`${d} ${cardinal(cents)}`, `${d} dollars and ${cardinal(cents)} cents`, `${d} dollars ${cardinal(cents)}`]);
}

/** "3:45" -> "three forty five", "10:00" -> "ten o'clock" / "ten". */
export function sayTime(h: number, m: number, r: Dice): string {
  if (m === 0) return r.chance(0.5) ? `${cardinal(h)} o'clock` : cardinal(h);
  if (m === 30 && r.chance(0.3)) return `half past ${cardinal(h)}`;
  return `${cardinal(h)} ${m < 10 ? `oh ${ONES[m]}` : cardinal(m)}`;
}

/** Letters said one by one, with the odd "as in" for a letter the agent might mishear. */
export function sayLetters(word: string, r: Dice, asIn = 0): string {
  const AS_IN: Record<string, string> = { b: 'boy', d: 'david', f: 'frank', m: 'mary', n: 'nancy', p: 'peter', s: 'sam', t: 'tom', v: 'victor' };
  return [...word.toLowerCase()].filter((c) => /\p{L}/u.test(c)).map((c) => (AS_IN[c] && r.chance(asIn) ? `${c} as in ${AS_IN[c]}` : c)).join(' ');
}
