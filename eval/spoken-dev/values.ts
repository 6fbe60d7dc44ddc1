/**
 * Personal values with valid checksums (Luhn, ABA, mod-97) and their canonical forms as gold expects:
 * digits for numbers, MM/YY for expiry, YYYY-MM-DD for birth dates, the address as written.
 */
import type { Rng } from './prng.js';
import { CITIES, DIRECTIONS, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS, SUFFIXES, TRICKY_FIRST_NAMES } from './pools.js';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function luhnComplete(prefix: string, length: number, rng: Rng): string {
  let body = prefix + rng.digits(length - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('unreachable: one check digit always fits');
}

export interface Card { number: string; network: 'visa' | 'mastercard' | 'amex' | 'discover'; groups: string[] }

export function makeCard(rng: Rng): Card {
  const network = rng.weighted([['visa', 5], ['mastercard', 4], ['amex', 2], ['discover', 1]] as const);
  if (network === 'amex') {
    const n = luhnComplete(rng.pick(['34', '37']), 15, rng);
    return { number: n, network, groups: [n.slice(0, 4), n.slice(4, 10), n.slice(10)] };
  }
  const prefix = network === 'visa' ? '4' : network === 'mastercard' ? rng.pick(['51', '52', '53', '54', '55', '2221']) : '6011';
  const n = luhnComplete(prefix, 16, rng);
  return { number: n, network, groups: [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)] };
}

export interface Expiry { mm: number; yy: number; value: string }
export function makeExpiry(rng: Rng): Expiry {
  const mm = rng.int(1, 12);
  const yy = rng.int(26, 31);
  return { mm, yy, value: `${String(mm).padStart(2, '0')}/${yy}` };
}

export function makeSsn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}${String(rng.int(1, 99)).padStart(2, '0')}${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

/** US numbers with a real-looking exchange; 555-01xx is kept for the companies' own lines. */
export function makePhone(rng: Rng): string {
  const area = `${rng.int(2, 9)}${rng.int(0, 8)}${rng.int(0, 9)}`;
  const exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  return area + (exchange === '555' ? '556' : exchange) + rng.digits(4);
}

export function abaValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const n = d.split('').map(Number);
  return (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
}

export function makeRouting(rng: Rng): string {
  const head = `${rng.pick(['0', '1', '2', '3'])}${rng.int(1, 9)}${rng.digits(6)}`;
  for (let c = 0; c < 10; c++) if (abaValid(head + c)) return head + c;
  throw new Error('unreachable: one ABA check digit always fits');
}

export function makeAccount(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(rng.int(7, 11));
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function ibanDigits(s: string): string {
  return s.split('').map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

export function makeIban(rng: Rng): string {
  const letters = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
  const shapes: [string, string][] = [
    ['DE', rng.digits(18)],
    ['GB', letters(4) + rng.digits(14)],
    ['FR', rng.digits(10) + letters(1) + rng.digits(10) + rng.digits(2)],
    ['NL', letters(4) + rng.digits(10)],
    ['ES', rng.digits(20)],
    ['IE', letters(4) + rng.digits(14)],
  ];
  const [cc, bban] = rng.pick(shapes);
  const check = 98 - mod97(ibanDigits(`${bban}${cc}00`));
  return `${cc}${String(check).padStart(2, '0')}${bban}`;
}

export function groupIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function makeZip(rng: Rng): string {
  return `${rng.pick(['0', '1', '2', '3', '4', '6', '7', '8', '9'])}${rng.digits(4)}`;
}

export function makeIp(rng: Rng): string {
  return `${rng.pick([24, 47, 67, 68, 71, 73, 76, 98, 99, 108, 174, 184])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export interface Dob { y: number; m: number; d: number; value: string }
export function makeDob(rng: Rng): Dob {
  const y = rng.int(1941, 2004);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return { y, m, d, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export interface Person { first: string; last: string; full: string }
export function makePerson(rng: Rng): Person {
  const first = rng.chance(0.12) ? rng.pick(TRICKY_FIRST_NAMES) : rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { first, last, full: `${first} ${last}` };
}

export interface Address {
  number: number;
  direction?: string;
  street: string;
  suffix: [string, string];
  unit?: string;
  city: [string, string];
  zip: string;
  plus4?: string;
}

export function makeAddress(rng: Rng): Address {
  const number = rng.weighted([[rng.int(100, 999), 3], [rng.int(1000, 9999), 4], [rng.int(10000, 29999), 1], [rng.int(10, 99), 1]] as const);
  const a: Address = { number, street: rng.pick(STREETS), suffix: rng.pick(SUFFIXES), city: rng.pick(CITIES), zip: makeZip(rng) };
  if (rng.chance(0.2)) a.direction = rng.pick(DIRECTIONS);
  if (rng.chance(0.35)) a.unit = rng.pick([String(rng.int(1, 40)), `${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'D'])}`, String(rng.int(101, 450))]);
  if (rng.chance(0.3)) a.plus4 = rng.digits(4);
  return a;
}

/** The address line as written, the form gold uses as value ("1240 N Oak St Apt 3B"). */
export function writeStreet(a: Address, rng: Rng, longSuffix: boolean): string {
  const dir = a.direction ? (rng.chance(0.5) ? a.direction : a.direction[0]!) + ' ' : '';
  const unit = a.unit ? `${rng.pick([' Apt ', ', Apt ', ' Unit ', ' #', ', Apt. ', ' Suite '])}${a.unit}` : '';
  return `${a.number} ${dir}${a.street} ${longSuffix ? a.suffix[0] : a.suffix[1]}${unit}`;
}

export function emailLocal(p: Person, rng: Rng, birthYear: number): string {
  const f = p.first.toLowerCase();
  const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return rng.pick([
    `${f}.${l}`, `${f}_${l}`, `${f[0]}${l}`, `${f}${l}${birthYear % 100}`, `${f}.${l}${rng.int(1, 99)}`, `${l}.${f}`, `${f}${rng.int(100, 999)}`,
    `${f[0]}.${l}`, `${f}-${l}`, `the${f}${l}`,
  ]);
}

export function makeEmail(p: Person, rng: Rng, birthYear: number): string {
  return `${emailLocal(p, rng, birthYear)}@${rng.pick(EMAIL_DOMAINS)}`;
}
