/**
 * Spoken surfaces for the call-transcript and ASR channels, written for this corpus: digits as
 * words (with "oh" and "double"), dates and expiries said aloud, names spelled letter by letter.
 */
import type { EntityType } from '../../src/detect/types.js';
import { ent, type EntitySeg } from '../corpus/document.js';
import { MONTH_NAMES, ordinal, type Expiry, type Rng, type Ymd } from './values.js';

const UNIT = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_WORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
  'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh', 'twenty eighth'];

/** Digits said one by one; zero sometimes "oh", a repeated digit sometimes "double". */
export function sayDigits(r: Rng, digits: string): string {
  const words: string[] = [];
  const ohStyle = r.chance(0.6);
  const doubles = r.chance(0.4);
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const word = d === 0 && ohStyle ? 'oh' : UNIT[d]!;
    if (doubles && digits[i + 1] === digits[i] && digits[i + 2] !== digits[i]) {
      words.push(`double ${word}`);
      i++;
    } else words.push(word);
  }
  return words.join(' ');
}

export function sayTwoDigit(n: number): string {
  if (n < 10) return `oh ${UNIT[n]}`;
  if (n < 20) return TEEN[n - 10]!;
  return TEN[Math.floor(n / 10)]! + (n % 10 ? ` ${UNIT[n % 10]}` : '');
}

export function sayYear(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? '' : UNIT[y - 2000]}`.trim();
  return `${sayTwoDigit(Math.floor(y / 100))} ${sayTwoDigit(y % 100)}`;
}

/** A number said in groups the way people read it ("four one one one, two two ..."). */
export function sayGroups(r: Rng, groups: string[]): string[] {
  return groups.map((g) => sayDigits(r, g));
}

export function spokenDob(r: Rng, b: Ymd): string {
  const month = MONTH_NAMES[b.m - 1]!.toLowerCase();
  return r.pick([
    `${month} ${ORD_WORD[b.d]} ${sayYear(b.y)}`,
    `the ${ORD_WORD[b.d]} of ${month} ${sayYear(b.y)}`,
    `${sayTwoDigit(b.m).replace(/^oh /, r.chance(0.5) ? 'oh ' : '')} ${sayTwoDigit(b.d)} ${sayYear(b.y)}`,
    `${month} ${sayTwoDigit(b.d).replace(/^oh /, '')} ${sayYear(b.y)}`,
  ]);
}

export function writtenOrdinalDob(b: Ymd): string {
  return `${MONTH_NAMES[b.m - 1]} ${ordinal(b.d)}, ${b.y}`;
}

export function spokenExpiry(r: Rng, e: Expiry): string {
  const yy = e.year % 100;
  return r.pick([
    `${sayTwoDigit(e.month)} ${sayTwoDigit(yy)}`,
    `${MONTH_NAMES[e.month - 1]!.toLowerCase()} ${sayYear(e.year)}`,
    `${sayTwoDigit(e.month)} slash ${sayTwoDigit(yy)}`,
    `${UNIT[e.month] ?? sayTwoDigit(e.month)} ${sayTwoDigit(yy)}`,
  ]);
}

export function spelled(r: Rng, word: string): string {
  const letters = [...word.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()];
  const sep = r.pick([' ', ' ', '-']);
  return letters.join(sep);
}

/** A spoken entity: value canonical, surface words, optionally split over utterances. */
export function spokenSeg(type: EntityType, value: string, chunks: string[]): EntitySeg {
  return ent(type, value, chunks, 'spoken');
}

export function spelledSeg(value: string, surface: string): EntitySeg {
  return ent('PERSON', value, surface, 'spelled');
}

export function sayStreetNumber(r: Rng, num: string): string {
  if (num.length === 4 && num.slice(2) !== '00' && r.chance(0.6)) return `${sayTwoDigit(Number(num.slice(0, 2)))} ${sayTwoDigit(Number(num.slice(2)))}`;
  return sayDigits(r, num);
}

const SUFFIX_WORDS: Record<string, string> = {
  st: 'street', ave: 'avenue', rd: 'road', dr: 'drive', ln: 'lane', ct: 'court', blvd: 'boulevard', pl: 'place', ter: 'terrace',
  cir: 'circle', pkwy: 'parkway', apt: 'apartment', jr: 'junior', n: 'north', s: 'south', e: 'east', w: 'west',
};
const ORDINAL_STREETS: Record<string, string> = { '3rd': 'third', '14th': 'fourteenth' };

/** A street line as an ASR engine writes it: every number and abbreviation in words. */
export function spokenStreet(r: Rng, line: string): string {
  const words = line.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  return words.map((w, i) => {
    if (i === 0 && /^\d+$/.test(w)) return sayStreetNumber(r, w);
    if (ORDINAL_STREETS[w]) return ORDINAL_STREETS[w];
    if (SUFFIX_WORDS[w]) return SUFFIX_WORDS[w];
    if (w.startsWith('#')) return `number ${sayDigits(r, w.slice(1))}`;
    if (/\d/.test(w)) return w.replace(/\d+/g, (d) => ` ${sayDigits(r, d)} `).replace(/([a-z])$/, ' $1').replace(/\s+/g, ' ').trim();
    return w;
  }).join(' ');
}
