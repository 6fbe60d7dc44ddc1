/**
 * Values and their surfaces for the payments-dev corpus: a seeded PRNG, checksum-valid numbers, and
 * the many ways people write and say card expiries, security codes, birthdays and amounts.
 * Written by hand for this corpus; shares nothing with the other corpora but the document types.
 */

export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** mulberry32: small, fast, and good enough to pick phrasings. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

/** Mixes the corpus seed and the document index so doc i depends only on (seed, i). */
export function docSeed(seed: number, index: number): number {
  let h = (seed ^ 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (index + 0x27d4eb2f), 0xc2b2ae35) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0x165667b1) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------- checksums ----------

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function luhnComplete(prefix: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(prefix + c)) return prefix + c;
  throw new Error('unreachable: some check digit always completes a Luhn number');
}

export function abaValid(r: string): boolean {
  if (!/^\d{9}$/.test(r)) return false;
  const d = [...r].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}

function ibanNumeric(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

// ---------- values ----------

export type CardBrand = 'Visa' | 'Mastercard' | 'Discover' | 'Amex';

export interface Card {
  brand: CardBrand;
  digits: string;
}

export function makeCard(rng: Prng, brand?: CardBrand): Card {
  const b = brand ?? rng.pick<CardBrand>(['Visa', 'Visa', 'Mastercard', 'Mastercard', 'Discover', 'Amex']);
  const prefix = b === 'Visa' ? '4' : b === 'Mastercard' ? String(rng.int(51, 55)) : b === 'Discover' ? '6011' : rng.pick(['34', '37']);
  const len = b === 'Amex' ? 15 : 16;
  return { brand: b, digits: luhnComplete(prefix + rng.digits(len - prefix.length - 1)) };
}

/** Groups a card the way it is embossed: 4-4-4-4, Amex 4-6-5. */
export function cardGroups(c: Card): string[] {
  const d = c.digits;
  return d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)];
}

export function makeRouting(rng: Prng): string {
  const head = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])).padStart(2, '0') + rng.digits(6);
  for (let c = 0; c <= 9; c++) if (abaValid(head + c)) return head + c;
  throw new Error('unreachable: the ABA weight on the last digit is 1');
}

export function makeIban(rng: Prng): string {
  const country = rng.pick(['DE', 'GB', 'FR', 'NL', 'ES']);
  const bban =
    country === 'DE' ? rng.digits(18)
    : country === 'GB' ? rng.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + rng.digits(14)
    : country === 'NL' ? rng.pick(['ABNA', 'INGB', 'RABO']) + rng.digits(10)
    : country === 'FR' ? rng.digits(23)
    : rng.digits(20);
  const check = 98 - mod97(ibanNumeric(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

export function groupIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function makeSsn(rng: Prng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return String(area).padStart(3, '0') + String(rng.int(1, 99)).padStart(2, '0') + String(rng.int(1, 9999)).padStart(4, '0');
}

export interface DateParts { y: number; m: number; d: number }

export function makeDob(rng: Prng): DateParts {
  return { y: rng.int(1942, 2004), m: rng.int(1, 12), d: rng.int(1, 28) };
}

export const isoDate = (p: DateParts): string => `${p.y}-${pad2(p.m)}-${pad2(p.d)}`;
export const pad2 = (n: number): string => String(n).padStart(2, '0');

export interface Expiry { m: number; yy: number }

export function makeExpiry(rng: Prng): Expiry {
  return { m: rng.int(1, 12), yy: rng.int(25, 32) };
}

export const expiryValue = (e: Expiry): string => `${pad2(e.m)}/${pad2(e.yy)}`;

export const FIRST_NAMES = [
  'Maria', 'James', 'Latoya', 'Nguyen', 'Priya', 'DeShawn', 'Carmen', 'Robert', 'Aisha', 'Tomasz', 'Keiko', 'Luis',
  'Hope', 'Grant', 'Rose', 'Bill', 'Destiny', 'Faith', 'Mercedes', 'Wesley', 'Ngozi', 'Siobhan', 'Raúl', 'Chloe',
  'Dmitri', 'Fatima', 'Brandon', 'Guadalupe', 'Hiroshi', 'Imani', 'Jorge', 'Kathleen', 'Lakshmi', 'Marcus', 'Olga',
  'Patrice', 'Quentin', 'Rashida', 'Stacy-Ann', 'Tyrone', 'Yesenia', 'Zoltan', 'Cody', 'Amber', 'Dolores', 'Ezekiel',
];

export const LAST_NAMES = [
  'Okafor', 'Gonzalez', 'Whitfield', 'Tran', 'Patel', 'Kowalski', 'Brooks', 'Young', 'King', 'Price', 'Love',
  'Hernández', 'O\'Neill', 'McAllister', 'Nakamura', 'Castillo', 'Abernathy', 'Delacroix', 'Fitzgerald', 'Guerrero',
  'Haddad', 'Ivanova', 'Jablonski', 'Kim', 'Lindqvist', 'Mensah', 'Novak', 'Oyelaran', 'Pham', 'Quintero',
  'Rosenberg', 'Santos', 'Thibodeaux', 'Underwood', 'Vasquez-Reyes', 'Washington', 'Xiong', 'Yamamoto', 'Zielinski',
  'Banks', 'Bishop', 'Hall', 'Ford', 'Marsh',
];

/** Agents' first names, which are persons too. */
export const AGENT_NAMES = ['Dana', 'Kevin', 'Shonda', 'Marco', 'Jess', 'Andre', 'Tiffany', 'Raj', 'Beth', 'Omar', 'Lupe', 'Craig'];

export const STREETS = ['Maple', 'Peachtree', 'Lakeview', 'Oak Hollow', 'Martin Luther King Jr', 'Cedar', 'Division', 'Elm', 'Sunset', 'Riverside', 'Magnolia', 'Jefferson', 'Old Mill', 'Juniper', 'Harbor'];
export const SUFFIXES: readonly [string, string][] = [
  ['St', 'Street'], ['Ave', 'Avenue'], ['Rd', 'Road'], ['Dr', 'Drive'], ['Blvd', 'Boulevard'], ['Ln', 'Lane'], ['Ct', 'Court'], ['Way', 'Way'], ['Pkwy', 'Parkway'],
];
export const CITIES: readonly [string, string][] = [
  ['Atlanta', 'GA'], ['Tucson', 'AZ'], ['Dayton', 'OH'], ['Fresno', 'CA'], ['Boise', 'ID'], ['Tulsa', 'OK'], ['Raleigh', 'NC'], ['Spokane', 'WA'], ['Madison', 'WI'], ['El Paso', 'TX'],
];

/** Merchants, several of which look like a person's name or a city. */
export const MERCHANTS = [
  "Wendy's", "Dillard's", "Kohl's", "Macy's", "Lowe's", "Trader Joe's", "Casey's General Store", 'Morton Williams',
  "Dick's Sporting Goods", 'Ashley Furniture', "Jersey Mike's", 'Marshalls', 'Harris Teeter', 'Wegmans', 'Albertsons',
  'Phoenix Fitness', 'Denver Mattress', 'Austin Energy', 'SQ *BLUE BOTTLE', 'AMZN Mktp US', 'UBER *TRIP', 'SPOTIFY USA',
  'PAYPAL *STEAMGAMES', 'Shell Oil 57442', 'Tractor Supply', "Carter's", 'Hobby Lobby', 'Jackson Hewitt',
];

export const CENTER_BRANDS = ['Keystone Card Services', 'Harborline Bank', 'Bluefield Credit Union', 'Northgate Financial'];
export const PRODUCTS = ['Platinum Rewards card', 'Cash Back Plus card', 'AutoPay', 'Paperless Statements', 'Balance Transfer offer', 'Secured Card', 'Travel Elite card', 'mobile app', 'Card Lock', 'Zelle'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// ---------- spoken numbers ----------

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

export function cardinal(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ' ' + ONES[n % 10] : '');
  if (n < 1000) return ONES[Math.floor(n / 100)] + ' hundred' + (n % 100 ? ' ' + cardinal(n % 100) : '');
  return cardinal(Math.floor(n / 1000)) + ' thousand' + (n % 1000 ? ' ' + cardinal(n % 1000) : '');
}

export function ordinal(n: number): string {
  if (n <= 20) return ORDINALS[n]!;
  if (n === 30) return 'thirtieth';
  return TENS[Math.floor(n / 10)] + ' ' + ORDINALS[n % 10];
}

export const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Digits said one by one; zero as "oh" or "zero", and sometimes "double five". */
export function sayDigits(digits: string, rng: Prng, zero: 'oh' | 'zero' = 'oh', doubles = false): string {
  const words: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const w = d === 0 ? zero : DIGIT_WORDS[d]!;
    if (doubles && digits[i + 1] === digits[i] && rng.chance(0.6)) {
      words.push('double ' + w);
      i++;
    } else words.push(w);
  }
  return words.join(' ');
}

/** A two-digit number said as people say years and CVV halves: 27 "twenty seven", 05 "oh five". */
export function sayPair(pair: string): string {
  const n = Number(pair);
  return pair[0] === '0' ? 'oh ' + DIGIT_WORDS[n] : cardinal(n);
}

export function sayYear4(y: number): string {
  if (y >= 2000 && y < 2010) return y === 2000 ? 'two thousand' : 'two thousand ' + ONES[y - 2000];
  if (y >= 2010) return 'twenty ' + cardinal(y % 100);
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return cardinal(hi) + ' ' + (lo === 0 ? 'hundred' : lo < 10 ? 'oh ' + ONES[lo] : cardinal(lo));
}

/** Amounts as said on a call: "forty two dollars and nineteen cents", "one twenty four fifty". */
export function sayAmount(cents: number, rng: Prng): string {
  const dollars = Math.floor(cents / 100);
  const c = cents % 100;
  const style = rng.int(0, 2);
  if (style === 0 || dollars < 100) return cardinal(dollars) + ' dollars' + (c ? ' and ' + cardinal(c) + ' cents' : '');
  if (style === 1 && dollars < 1000) return cardinal(dollars) + (c ? ' ' + sayPair(pad2(c)) : ' even');
  return cardinal(dollars) + ' dollars' + (c ? ' ' + cardinal(c) : '');
}

export function writeAmount(cents: number, rng: Prng): string {
  const dollars = Math.floor(cents / 100);
  const c = pad2(cents % 100);
  const grouped = dollars.toLocaleString('en-US');
  return rng.pick([`$${grouped}.${c}`, `$${dollars}.${c}`, `USD ${grouped}.${c}`, `${grouped}.${c} USD`, `$${grouped}.${c}`]);
}
