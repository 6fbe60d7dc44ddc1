/**
 * How people say numbers, dates and addresses on the phone, as an ASR engine without inverse text
 * normalisation writes them: lower case words, "oh" for zero, "double"/"triple", hesitations.
 */
import type { Rng } from './prng.js';
import { MONTHS, asciiFold, type Dmy, type Expiry } from './values.js';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_ONES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

// None of them holds a number word: "one sec" inside a card number would change its digits.
export const HESITATIONS = ['uh', 'um', 'uhm', 'er', 'hold on', 'let me see', 'sorry', 'hang on'];

/** 0..99 as words ("forty two", "oh five" when asked). */
export function twoDigitWords(n: number, ohForSingle = false): string {
  if (n < 10) return ohForSingle ? `oh ${ONES[n]}` : ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${ONES[n % 10]}` : '');
}

/** Any 0..999999 as words, the way amounts and quantities are said. */
export function cardinal(n: number): string {
  if (n < 100) return twoDigitWords(n);
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${twoDigitWords(n % 100)}` : ''}`;
  return `${cardinal(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${cardinal(n % 1000)}` : ''}`;
}

export function ordinal(n: number): string {
  if (n < 10) return ORD_ONES[n]!;
  if (n < 20) return ORD_TEENS[n - 10]!;
  if (n % 10 === 0) return TENS[n / 10]!.replace(/y$/, 'ieth');
  return `${TENS[Math.floor(n / 10)]} ${ORD_ONES[n % 10]}`;
}

export function ordinalSuffix(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'][n % 10]!;
  return `${n}${s}`;
}

/** A year as said: "nineteen eighty four", "two thousand three", "twenty oh five". */
export function yearWords(rng: Rng, y: number): string {
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  if (hi === 20 && lo === 0) return 'two thousand';
  if (hi === 20 && lo < 10 && rng.chance(0.6)) return `two thousand${lo ? ` ${ONES[lo]}` : ''}`;
  if (hi === 20 && lo >= 10 && rng.chance(0.2)) return `two thousand ${twoDigitWords(lo)}`;
  return `${twoDigitWords(hi)} ${lo === 0 ? 'hundred' : twoDigitWords(lo, true)}`;
}

export interface DigitSpeech {
  /** Say zero as "oh" (most callers do) or "zero". */
  oh: boolean;
  /** Chance of "double"/"triple" for a repeated digit. */
  multiples: number;
  /** Chance of a hesitation between groups. */
  hesitate: number;
}

export function speechStyle(rng: Rng): DigitSpeech {
  return { oh: rng.chance(0.7), multiples: rng.pick([0, 0.5, 0.9]), hesitate: rng.pick([0, 0.1, 0.25]) };
}

/** A digit string read digit by digit: "four oh double seven". */
export function readDigits(rng: Rng, digits: string, style: DigitSpeech): string {
  const out: string[] = [];
  const word = (d: string): string => (d === '0' ? (style.oh ? 'oh' : 'zero') : ONES[Number(d)]!);
  for (let i = 0; i < digits.length; ) {
    const d = digits[i]!;
    let run = 1;
    while (digits[i + run] === d) run++;
    if (run >= 3 && rng.chance(style.multiples)) {
      out.push(`triple ${word(d)}`);
      i += 3;
    } else if (run >= 2 && rng.chance(style.multiples)) {
      out.push(`double ${word(d)}`);
      i += 2;
    } else {
      out.push(word(d));
      i += 1;
    }
  }
  return out.join(' ');
}

/** A group read as pairs where people do ("twenty one forty five") or digit by digit. */
export function readGroup(rng: Rng, group: string, style: DigitSpeech): string {
  if (group.length === 4 && group[0] !== '0' && group[2] !== '0' && rng.chance(0.25)) {
    return `${twoDigitWords(Number(group.slice(0, 2)))} ${twoDigitWords(Number(group.slice(2)))}`;
  }
  return readDigits(rng, group, style);
}

/** Groups read one after another with the odd hesitation or "dash" between them. */
export function readGroups(rng: Rng, groups: readonly string[], style: DigitSpeech): string {
  return groups
    .map((g, i) => {
      const said = readGroup(rng, g, style);
      if (i === 0) return said;
      const pause = rng.chance(style.hesitate) ? `${rng.pick(HESITATIONS)} ` : '';
      return `${pause}${said}`;
    })
    .join(' ');
}

export function monthWord(m: number): string {
  return MONTHS[m - 1]!.toLowerCase();
}

/** A date of birth said aloud, in the orders Americans and others use. */
export function spokenDate(rng: Rng, x: Dmy): string {
  const style = { oh: true, multiples: 0, hesitate: 0 };
  return rng.weighted<() => string>([
    [4, () => `${monthWord(x.m)} ${ordinal(x.d)} ${yearWords(rng, x.y)}`],
    [2, () => `${monthWord(x.m)} ${twoDigitWords(x.d)} ${yearWords(rng, x.y)}`],
    [2, () => `the ${ordinal(x.d)} of ${monthWord(x.m)} ${yearWords(rng, x.y)}`],
    [2, () => `${readDigits(rng, String(x.m).padStart(2, '0'), style)} ${readDigits(rng, String(x.d).padStart(2, '0'), style)} ${yearWords(rng, x.y)}`],
    [1, () => `${twoDigitWords(x.m)} ${twoDigitWords(x.d)} ${twoDigitWords(x.y % 100, true)}`],
  ])();
}

export function spokenExpiry(rng: Rng, e: Expiry): string {
  return rng.weighted<() => string>([
    [3, () => `${twoDigitWords(e.m, true)} ${twoDigitWords(e.y)}`],
    [2, () => `${twoDigitWords(e.m)} slash ${twoDigitWords(e.y)}`],
    [2, () => `${monthWord(e.m)} twenty ${twoDigitWords(e.y)}`],
    [1, () => `${monthWord(e.m)} of ${twoDigitWords(e.y)}`],
    [1, () => `${readDigits(rng, String(e.m).padStart(2, '0'), { oh: true, multiples: 0, hesitate: 0 })} ${twoDigitWords(e.y)}`],
  ])();
}

/** Letters said one by one, sometimes with "as in" for the hard ones. */
export function spellOut(rng: Rng, word: string, style: 'plain' | 'dashes' | 'asIn' = 'plain'): string {
  const letters = [...asciiFold(word).toLowerCase()].filter((c) => /[a-z]/.test(c));
  if (style === 'dashes') return letters.map((c) => c.toUpperCase()).join('-');
  if (style === 'asIn') {
    const words: Record<string, string> = { b: 'boy', d: 'david', f: 'frank', m: 'mary', n: 'nancy', p: 'peter', s: 'sam', t: 'tom', v: 'victor' };
    let used = false;
    return letters.map((c) => {
      if (!used && words[c] && rng.chance(0.5)) { used = true; return `${c} as in ${words[c]}`; }
      return c;
    }).join(' ');
  }
  return letters.join(' ');
}

/** An e-mail address read aloud: "maria dot lopez eighty four at gmail dot com". */
export function spokenEmail(rng: Rng, email: string, style: DigitSpeech): string {
  const [local, domain] = email.split('@') as [string, string];
  const sayLocal = local
    .split(/([._-])/)
    .filter(Boolean)
    .map((part) => {
      if (part === '.') return 'dot';
      if (part === '_') return 'underscore';
      if (part === '-') return rng.pick(['dash', 'hyphen']);
      return part.split(/(\d+)/).filter(Boolean).map((p) => {
        if (/^\d+$/.test(p)) return p.length === 2 && rng.chance(0.6) ? twoDigitWords(Number(p), true) : readDigits(rng, p, style);
        // Short pieces and initials get spelled; words are said.
        return p.length <= 2 ? spellOut(rng, p) : p;
      }).join(' ');
    })
    .join(' ');
  const sayDomain = domain.split('.').map((p) => (p.length <= 3 && p !== 'com' && p !== 'net' && p !== 'org' ? spellOut(rng, p) : p)).join(' dot ');
  return `${sayLocal} at ${sayDomain}`;
}

/** A house number as said: digit by digit ("one two four seven") or in pairs ("twelve forty seven"). */
export function spokenHouseNumber(rng: Rng, n: string): string {
  const style = { oh: true, multiples: 0, hesitate: 0 };
  if (n.length <= 2) return twoDigitWords(Number(n));
  if (n.length === 3 && rng.chance(0.5)) return `${ONES[Number(n[0])]} ${n.slice(1) === '00' ? 'hundred' : twoDigitWords(Number(n.slice(1)), true)}`;
  if (n.length === 4 && rng.chance(0.4) && n[2] !== '0') return `${twoDigitWords(Number(n.slice(0, 2)))} ${twoDigitWords(Number(n.slice(2)))}`;
  return readDigits(rng, n, style);
}

/** An amount as said: "forty two fifty", "a hundred and twelve dollars", "eighty nine ninety nine". */
export function spokenAmount(rng: Rng, cents: number): string {
  const d = Math.floor(cents / 100);
  const c = cents % 100;
  if (c === 0) return `${cardinal(d)} dollars`;
  return rng.pick([`${cardinal(d)} dollars and ${cardinal(c)} cents`, `${cardinal(d)} ${twoDigitWords(c, true)}`, `${cardinal(d)} dollars ${cardinal(c)}`]);
}

export function writtenAmount(cents: number): string {
  const d = Math.floor(cents / 100);
  return `$${d.toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}
