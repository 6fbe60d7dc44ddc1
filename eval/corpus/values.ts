/**
 * Entity values with valid checksums (Luhn, ABA, ISO 13616 mod-97) and realistic shapes.
 * Checksum functions are exported so tests verify the corpus independently of the generator.
 */
import { Rng } from './prng.js';
import { isValidIBAN } from 'ibantools';
import { AREA_CODES, CITIES } from './pools.js';

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function luhnCheckDigit(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return String(c);
  throw new Error('no Luhn digit');
}

export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

export function ibanMod97(iban: string): number {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && ibanMod97(compact) === 1;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay';

export interface CardValue {
  brand: CardBrand;
  digits: string;
}

export function cardNumber(rng: Rng): CardValue {
  const brand = rng.weighted<CardBrand>([
    ['visa', 40], ['mastercard', 28], ['amex', 14], ['discover', 10], ['diners', 3], ['jcb', 3], ['unionpay', 2],
  ]);
  let prefix: string;
  let length: number;
  switch (brand) {
    case 'visa': prefix = '4'; length = 16; break;
    case 'mastercard': prefix = rng.chance(0.7) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720)); length = 16; break;
    case 'amex': prefix = rng.pick(['34', '37']); length = 15; break;
    case 'discover': prefix = rng.pick(['6011', '65', '644', '649']); length = 16; break;
    case 'diners': prefix = rng.pick(['36', '300', '305', '38']); length = 14; break;
    case 'jcb': prefix = String(rng.int(3528, 3589)); length = 16; break;
    case 'unionpay': prefix = '62'; length = rng.pick([16, 19]); break;
  }
  const body = prefix + rng.digits(length - prefix.length - 1);
  return { brand, digits: body + luhnCheckDigit(body) };
}

/** Groups a card number the way it is printed: Amex 4-6-5, Diners 4-6-4, others in fours. */
export function cardGroups(card: CardValue): string[] {
  const d = card.digits;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  const out: string[] = [];
  for (let i = 0; i < d.length; i += 4) out.push(d.slice(i, i + 4));
  return out;
}

export function cardVerificationCode(rng: Rng, card: CardValue): string {
  return rng.digits(card.brand === 'amex' ? 4 : 3);
}

export interface Expiry {
  month: number;
  year: number;
}

export function cardExpiry(rng: Rng): Expiry {
  return { month: rng.int(1, 12), year: rng.int(2025, 2033) };
}

export function socialSecurityNumber(rng: Rng): string {
  // Valid-looking: area not 000, 666 or 9xx; group and serial not zero.
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return String(area).padStart(3, '0') + String(rng.int(1, 99)).padStart(2, '0') + String(rng.int(1, 9999)).padStart(4, '0');
}

export interface UsPhone {
  kind: 'us';
  area: string;
  exchange: string;
  line: string;
}

export interface IntlPhone {
  kind: 'intl';
  country: string;
  /** Country calling code, without plus. */
  cc: string;
  /** National significant number, in the groups it is usually written in. */
  groups: string[];
}

export type Phone = UsPhone | IntlPhone;

export function usPhone(rng: Rng): UsPhone {
  // 555-01xx is the fictional range; other exchanges avoid N11 service codes.
  let exchange = rng.chance(0.12) ? '555' : String(rng.int(2, 9)) + rng.digits(2);
  if (exchange !== '555' && exchange.endsWith('11')) exchange = exchange.slice(0, 2) + '2';
  const line = exchange === '555' ? '01' + rng.digits(2) : rng.digits(4);
  return { kind: 'us', area: rng.pick(AREA_CODES), exchange, line };
}

const INTL_PLANS: readonly { country: string; cc: string; make: (rng: Rng) => string[] }[] = [
  { country: 'GB', cc: '44', make: (r) => (r.chance(0.6) ? ['7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(2), r.digits(6)] : ['20', String(r.int(7, 8)) + r.digits(3), r.digits(4)]) },
  { country: 'DE', cc: '49', make: (r) => (r.chance(0.5) ? ['15' + r.pick(['1', '2', '7']) + r.digits(1), r.digits(7)] : ['30', r.digits(8)]) },
  { country: 'FR', cc: '33', make: (r) => [r.pick(['1', '6', '7']), r.digits(2), r.digits(2), r.digits(2), r.digits(2)] },
  { country: 'ES', cc: '34', make: (r) => ['6' + r.digits(2), r.digits(3), r.digits(3)] },
  { country: 'IT', cc: '39', make: (r) => ['3' + r.pick(['2', '3', '4', '8']) + r.digits(1), r.digits(3), r.digits(4)] },
  { country: 'MX', cc: '52', make: (r) => ['55', r.digits(4), r.digits(4)] },
  { country: 'IN', cc: '91', make: (r) => [r.pick(['9', '8', '7']) + r.digits(4), r.digits(5)] },
  { country: 'PH', cc: '63', make: (r) => ['9' + r.pick(['17', '18', '20', '27', '15']), r.digits(3), r.digits(4)] },
  { country: 'AU', cc: '61', make: (r) => ['4' + r.digits(2), r.digits(3), r.digits(3)] },
  { country: 'BR', cc: '55', make: (r) => ['11', '9' + r.digits(4), r.digits(4)] },
  { country: 'TR', cc: '90', make: (r) => ['5' + r.pick(['32', '33', '42', '05', '55']), r.digits(3), r.digits(2), r.digits(2)] },
  { country: 'NG', cc: '234', make: (r) => [r.pick(['803', '806', '813', '703']), r.digits(3), r.digits(4)] },
  { country: 'IE', cc: '353', make: (r) => ['8' + r.pick(['3', '5', '6', '7']), r.digits(3), r.digits(4)] },
  { country: 'NL', cc: '31', make: (r) => ['6', r.digits(8)] },
  { country: 'JP', cc: '81', make: (r) => [r.pick(['90', '80', '70']), r.digits(4), r.digits(4)] },
];

export function internationalPhone(rng: Rng): IntlPhone {
  const plan = rng.pick(INTL_PLANS);
  return { kind: 'intl', country: plan.country, cc: plan.cc, groups: plan.make(rng) };
}

export function phoneDigits(p: Phone): string {
  return p.kind === 'us' ? p.area + p.exchange + p.line : p.cc + p.groups.join('');
}

export interface Address {
  number: string;
  direction?: readonly [string, string];
  street: string;
  suffix: readonly [string, string];
  unit?: { word: readonly [string, string]; id: string };
  city: string;
  state: string;
  zip: string;
  zip4?: string;
}

export function zipFor(rng: Rng, prefix: string): string {
  return prefix + rng.digits(2);
}

export function cityState(rng: Rng): readonly [string, string, string] {
  return rng.pick(CITIES);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateOfBirth(rng: Rng): DateParts {
  const year = rng.int(1938, 2006);
  const month = rng.int(1, 12);
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return { year, month, day: rng.int(1, days) };
}

export function routingNumber(rng: Rng): string {
  // Federal Reserve routing symbols 01-12, thrifts 21-32.
  const first = rng.chance(0.75) ? rng.int(1, 12) : rng.int(21, 32);
  const body = String(first).padStart(2, '0') + rng.digits(6);
  for (let c = 0; c <= 9; c++) if (abaValid(body + c)) return body + c;
  throw new Error('no ABA digit');
}

export function bankAccountNumber(rng: Rng): string {
  const len = rng.weighted<number>([[8, 2], [9, 2], [10, 4], [11, 2], [12, 3], [13, 1], [14, 1], [16, 1], [17, 1]]);
  return String(rng.int(1, 9)) + rng.digits(len - 1);
}

/** BBAN layouts: n = digits, a = upper-case letters, c = alphanumerics. */
const IBAN_LAYOUTS: readonly (readonly [string, string])[] = [
  ['DE', '18n'], ['GB', '4a14n'], ['FR', '10n11c2n'], ['ES', '20n'], ['IT', '1a10n12c'], ['NL', '4a10n'],
  ['BE', '12n'], ['CH', '5n12c'], ['AT', '16n'], ['PL', '24n'], ['PT', '21n'], ['IE', '4a14n'], ['SE', '20n'],
  ['NO', '11n'], ['DK', '14n'], ['FI', '14n'], ['TR', '5n1n16c'], ['LU', '3n13c'], ['GR', '7n16c'], ['CZ', '20n'],
  ['HU', '24n'], ['RO', '4a16c'], ['SA', '2n18c'], ['AE', '3n16n'], ['BR', '23n1a1c'], ['LT', '16n'], ['HR', '17n'],
];

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * An IBAN that passes mod-97 and, through ibantools, the national check digits some countries
 * (BE, FR, ES, PT, NO, PL...) carry inside the BBAN: real IBANs pass both.
 */
export function iban(rng: Rng): string {
  const [country, layout] = rng.pick(IBAN_LAYOUTS);
  for (let attempt = 0; attempt < 5000; attempt++) {
    const candidate = ibanAttempt(rng, country, layout);
    if (isValidIBAN(candidate)) return candidate;
  }
  throw new Error(`could not generate a valid IBAN for ${country}`);
}

function ibanAttempt(rng: Rng, country: string, layout: string): string {
  let bban = '';
  for (const m of layout.matchAll(/(\d+)([anc])/g)) {
    const count = Number(m[1]);
    for (let i = 0; i < count; i++) {
      const kind = m[2];
      if (kind === 'n' || (kind === 'c' && rng.chance(0.8))) bban += String(rng.int(0, 9));
      else bban += UPPER[rng.int(0, 25)];
    }
  }
  const rem = ibanMod97(country + '00' + bban);
  const check = String(98 - rem).padStart(2, '0');
  const out = country + check + bban;
  if (!ibanValid(out)) throw new Error('generated IBAN failed mod-97');
  return out;
}

export function ibanGrouped(value: string): string {
  return value.replace(/(.{4})/g, '$1 ').trim();
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([10, 24, 45, 66, 71, 73, 98, 100, 108, 142, 172, 173, 184, 192, 198, 203, 209]);
  if (first === 192) return `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`;
  if (first === 10) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (first === 172) return `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function ipv6(rng: Rng): string {
  const hex = (): string => rng.int(0, 0xffff).toString(16);
  const prefix = rng.pick(['2001:db8', '2600:1700', '2607:f8b0', '2a02:8108', 'fe80:0', '2001:4860']);
  if (rng.chance(0.45)) return `${prefix}::${hex()}:${hex()}`;
  if (rng.chance(0.2)) return `${prefix}:${hex()}::${hex()}`;
  return `${prefix}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`.split(':').slice(0, 8).join(':');
}
