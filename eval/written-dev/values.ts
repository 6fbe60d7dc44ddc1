/**
 * Value makers for the written-dev corpus: a seeded PRNG, checksum-valid numbers, and the many
 * surfaces people give one value (canonical value for gold, surface for the text).
 */
import { ent, keep, type EntitySeg, type KeepSeg, type SpanForm } from '../corpus/document.js';

/** mulberry32: small, fast, and fully determined by its 32-bit state. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
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

/** Seed for document i: a hash of (seed, i) so each document stands alone. */
export function docSeed(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (i + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------- checksums (also used by the test, through its own copies) ----------

export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function ibanNumeric(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

// ---------- people ----------

const FIRST = [
  'James', 'Maria', 'Robert', 'Linda', 'Michael', 'Patricia', 'David', 'Jennifer', 'Kevin', 'Aisha', 'Tyrone', 'Mei',
  'José', 'Zoë', 'Renée', 'Siobhan', 'Nguyen', 'Priya', 'Oluwaseun', 'Dmitri', 'Fatima', 'Connor', 'Esperanza',
  'Hunter', 'Rose', 'Grant', 'Joy', 'Mark', 'Will', 'Summer', 'Dawn', 'Hope', 'Faith', 'April', 'June', 'Bill',
  'Amber', 'Chase', 'Penny', 'Rich', 'Sandy', 'Cliff', 'Sky', 'Autumn', 'Ángel', 'Björn', 'Chloé', 'Kwame', 'Yuki',
  'Leilani', 'Marisol', 'Tomasz', 'Ingrid', 'Raj', 'Bao', 'Shanice', 'DeShawn', 'Mary-Kate', 'Jean-Luc', 'Lakshmi',
];
const LAST = [
  'Smith', 'Johnson', 'Garcia', 'Okafor', 'Nguyen', "O'Brien", "D'Angelo", 'McAllister', 'MacDonald', 'de la Cruz',
  'van der Berg', 'Van Dyke', 'DeLuca', 'Smith-Jones', 'Martínez', 'Müller', 'Kowalczyk', 'Abdullah', 'Chen',
  'Papadopoulos', 'Rivera', 'Brown', 'Price', 'Baker', 'Young', 'Long', 'Hill', 'Walker', 'King', 'Bell', 'Rich',
  'Little', 'Gay', 'Love', 'Sharp', 'Hardy', 'Stone', 'Church', 'Cash', 'Money', 'Bishop', 'Mercado', 'Sánchez',
  'Ó Súilleabháin', 'St. James', 'Le', 'Ng', 'Al-Masri', 'Wiśniewski', 'Fitzgerald', 'Holloway', 'Winter', 'Moody',
];
const NICK: Record<string, string> = { Robert: 'Bob', Michael: 'Mike', Patricia: 'Trish', Jennifer: 'Jen', William: 'Bill', David: 'Dave', James: 'Jim', Linda: 'Lindy', Kevin: 'Kev' };
export const AGENT_FIRST = ['Tasha', 'Marco', 'Priyanka', 'Devon', 'Keisha', 'Luis', 'Hannah', 'Omar', 'Brooke', 'Sven', 'Carmen', 'Jamal'];

export interface Person {
  first: string;
  last: string;
}

export function person(r: Rng): Person {
  return { first: r.pick(FIRST), last: r.pick(LAST) };
}

export function nickname(p: Person): string | undefined {
  return NICK[p.first];
}

export type NameStyle = 'full' | 'last_comma_first' | 'caps_last_first' | 'slash' | 'slash_mixed' | 'initial' | 'lower' | 'caps' | 'first' | 'last' | 'nick_in_parens' | 'last_first_mi';

/** A person's name as written; the gold value is the name exactly as it stands in the text. */
export function nameSeg(p: Person, style: NameStyle): EntitySeg {
  let s: string;
  switch (style) {
    case 'full': s = `${p.first} ${p.last}`; break;
    case 'last_comma_first': s = `${p.last}, ${p.first}`; break;
    case 'caps_last_first': s = `${p.last.toUpperCase()}, ${p.first.toUpperCase()}`; break;
    case 'slash': s = `${p.last.toUpperCase()}/${p.first.toUpperCase()}`; break;
    case 'slash_mixed': s = `${p.last}/${p.first}`; break;
    case 'last_first_mi': s = `${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${'ABCDEJKLMPRSTW'[(p.first.length * 7 + p.last.length) % 14]}.`; break;
    case 'nick_in_parens': s = NICK[p.first] ? `${p.first} (${NICK[p.first]}) ${p.last}` : `${p.first} ${p.last}`; break;
    case 'initial': s = `${p.first[0]}. ${p.last}`; break;
    case 'lower': s = `${p.first} ${p.last}`.toLowerCase(); break;
    case 'caps': s = `${p.first} ${p.last}`.toUpperCase(); break;
    case 'first': s = p.first; break;
    case 'last': s = p.last; break;
  }
  return ent('PERSON', s, s);
}

export function anyName(r: Rng, p: Person, styles: readonly NameStyle[]): EntitySeg {
  return nameSeg(p, r.pick(styles));
}

export function firstName(r: Rng, p: Person, lower = false): EntitySeg {
  const nick = nickname(p);
  const s = nick && r.chance(0.4) ? nick : p.first;
  const surface = lower ? s.toLowerCase() : s;
  return ent('PERSON', surface, surface);
}

// ---------- cards ----------

export interface Card {
  digits: string;
  brand: 'Visa' | 'Mastercard' | 'Amex' | 'Discover';
}

export function card(r: Rng): Card {
  const roll = r.next();
  let prefix: string;
  let len = 16;
  let brand: Card['brand'];
  if (roll < 0.4) { prefix = '4'; brand = 'Visa'; }
  else if (roll < 0.65) { prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720)); brand = 'Mastercard'; }
  else if (roll < 0.85) { prefix = r.pick(['34', '37']); len = 15; brand = 'Amex'; }
  else { prefix = r.pick(['6011', '65', '644']); brand = 'Discover'; }
  const body = prefix + r.digits(len - 1 - prefix.length);
  return { digits: body + luhnCheckDigit(body), brand };
}

export function cardSurface(r: Rng, c: Card): string {
  const d = c.digits;
  if (c.brand === 'Amex') {
    const g = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
    return r.pick([g.join(' '), g.join('-'), d, g.join('  ')]);
  }
  const g = [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)];
  return r.pick([g.join(' '), g.join('-'), d, d, g.join('.'), `${g[0]} ${g[1]}-${g[2]} ${g[3]}`, `${g[0]}${g[1]} ${g[2]}${g[3]}`, g.join(' ')]);
}

export function cardSeg(r: Rng, c: Card): EntitySeg {
  return ent('CREDIT_CARD', c.digits, cardSurface(r, c));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_ABBR_ALT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export { MONTH_NAMES, MONTH_ABBR };

export interface Expiry {
  month: number;
  year: number; // 4-digit
}

export function expiry(r: Rng): Expiry {
  return { month: r.int(1, 12), year: r.int(2026, 2032) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** An expiry as written; the span holds the date only (not "exp" or "valid thru"). */
export function expirySeg(r: Rng, e: Expiry): EntitySeg {
  const mm = pad2(e.month);
  const yy = String(e.year).slice(2);
  const m = String(e.month);
  const s = r.pick([
    `${mm}/${yy}`, `${mm}/${yy}`, `${m}/${yy}`, `${mm}${yy}`, `${mm}-${e.year}`, `${mm}/${e.year}`, `${MONTH_ABBR_ALT[e.month - 1]} ${e.year}`,
    `${MONTH_ABBR[e.month - 1]} '${yy}`, `${mm}.${yy}`, `${e.year}-${mm}`, `${MONTH_NAMES[e.month - 1]} ${e.year}`,
    `${MONTH_ABBR_ALT[e.month - 1].toLowerCase()} ${yy}`, `${mm} / ${yy}`, `${MONTH_ABBR[e.month - 1].toUpperCase()}${yy}`,
  ]);
  return ent('CARD_EXPIRY', `${mm}/${yy}`, s);
}

export function cvvSeg(r: Rng, c: Card): EntitySeg {
  const v = r.digits(c.brand === 'Amex' ? 4 : 3);
  return ent('CARD_CVV', v, v);
}

// ---------- government / bank ----------

export function ssnDigits(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return String(area).padStart(3, '0') + pad2(r.int(1, 99)) + String(r.int(1, 9999)).padStart(4, '0');
}

export function ssnSeg(r: Rng): EntitySeg {
  const d = ssnDigits(r);
  const s = r.pick([`${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`, `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`, `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, d, `${d.slice(0, 3)}.${d.slice(3, 5)}.${d.slice(5)}`]);
  return ent('US_SSN', d, s);
}

export function routingDigits(r: Rng): string {
  const prefix = pad2(r.pick([r.int(1, 12), r.int(21, 32)]));
  for (;;) {
    const body = prefix + r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * w[i]!;
    const check = (10 - (sum % 10)) % 10;
    return body + String(check);
  }
}

export function routingSeg(r: Rng): EntitySeg {
  const d = routingDigits(r);
  return ent('ROUTING_NUMBER', d, d);
}

export function accountSeg(r: Rng): EntitySeg {
  const d = String(r.int(1, 9)) + r.digits(r.int(7, 11));
  const s = r.chance(0.2) && d.length >= 10 ? `${d.slice(0, 4)}-${d.slice(4)}` : d;
  return ent('BANK_ACCOUNT', d, s);
}

const IBAN_FORMATS: Record<string, { len: number; alpha: number }> = {
  DE: { len: 22, alpha: 0 }, FR: { len: 27, alpha: 0 }, ES: { len: 24, alpha: 0 }, IT: { len: 27, alpha: 1 },
  NL: { len: 18, alpha: 4 }, GB: { len: 22, alpha: 4 }, IE: { len: 22, alpha: 4 }, BE: { len: 16, alpha: 0 },
};

export function ibanValue(r: Rng): string {
  const cc = r.pick(Object.keys(IBAN_FORMATS));
  const f = IBAN_FORMATS[cc]!;
  let bban = '';
  for (let i = 0; i < f.alpha; i++) bban += String.fromCharCode(65 + r.int(0, 25));
  bban += r.digits(f.len - 4 - f.alpha);
  const check = 98 - mod97(ibanNumeric(bban + cc + '00'));
  return cc + pad2(check) + bban;
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  return mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1;
}

export function ibanSeg(r: Rng): EntitySeg {
  const v = ibanValue(r);
  const grouped = v.match(/.{1,4}/g)!.join(' ');
  return ent('IBAN', v, r.pick([grouped, v, grouped, v.toLowerCase().match(/.{1,4}/g)!.join(' ')]));
}

// ---------- contact ----------

/** NANP shape: area code and exchange start 2-9 and are not N11 service codes. */
export function phoneDigits(r: Rng): string {
  const part = (): string => {
    for (;;) {
      const p = String(r.int(2, 9)) + r.digits(2);
      if (p.slice(1) !== '11') return p;
    }
  };
  return part() + part() + r.digits(4);
}

/** A phone as written; the value is the digits as written (a leading country 1 included). */
export function phoneSeg(r: Rng): EntitySeg {
  const d = phoneDigits(r);
  const [a, b, c] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  const forms: [string, string][] = [
    [`(${a}) ${b}-${c}`, d], [`${a}-${b}-${c}`, d], [`${a}.${b}.${c}`, d], [d, d], [`+1 ${a} ${b} ${c}`, '1' + d],
    [`1-${a}-${b}-${c}`, '1' + d], [`(${a})${b}-${c}`, d], [`${a} ${b} ${c}`, d], [`+1${d}`, '1' + d], [`${a}/${b}-${c}`, d],
  ];
  const [s, v] = r.pick(forms);
  return ent('PHONE_NUMBER', v, s);
}

const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'comcast.net', 'proton.me', 'att.net', 'live.com'];

export function emailValue(r: Rng, p: Person): string {
  const f = p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const l = p.last.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${r.int(1, 99)}`, `${f}_${l}`, `${l}.${f}${r.int(60, 99)}`, `${f}${r.int(1970, 2005)}`, `${f[0]}.${l}`, `${l}${f[0]}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}

export function emailSeg(r: Rng, p: Person, upper = false): EntitySeg {
  const v = emailValue(r, p);
  const s = upper ? v.toUpperCase() : v;
  return ent('EMAIL_ADDRESS', s, s);
}

export function ipSeg(r: Rng): EntitySeg {
  if (r.chance(0.15)) {
    const g = Array.from({ length: 8 }, () => r.int(0, 0xffff).toString(16));
    g[0] = '2001';
    g[1] = r.pick(['db8', '4860', '0db8', '470']);
    const v = r.chance(0.5) ? `${g.slice(0, 4).join(':')}::${g[7]}` : g.join(':');
    return ent('IP_ADDRESS', v, v);
  }
  const first = r.pick([r.int(11, 99), r.int(100, 223), 73, 98, 172, 192]);
  const v = `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return ent('IP_ADDRESS', v, v);
}

// ---------- dates of birth ----------

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function birthDate(r: Rng): Ymd {
  return { y: r.int(1938, 2005), m: r.int(1, 12), d: r.int(1, 28) };
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'][n % 10]!;
  return `${n}${s}`;
}

export function dobSeg(r: Rng, b: Ymd): EntitySeg {
  const { y, m, d } = b;
  const yy = String(y).slice(2);
  const s = r.pick([
    `${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${m}/${d}/${yy}`, `${pad2(m)}-${pad2(d)}-${y}`, `${pad2(m)}.${pad2(d)}.${y}`,
    `${y}-${pad2(m)}-${pad2(d)}`, `${ordinal(d)} ${MONTH_NAMES[m - 1]} ${y}`, `${MONTH_NAMES[m - 1]} ${d}, ${y}`,
    `${MONTH_ABBR[m - 1]}-${pad2(d)}-${yy}`, `${d} ${MONTH_ABBR[m - 1]} ${y}`, `${MONTH_ABBR[m - 1].toUpperCase()} ${d} ${y}`,
    `${pad2(m)}${pad2(d)}${y}`, `${pad2(m)}/${pad2(d)}/${yy}`, `${MONTH_NAMES[m - 1]} ${ordinal(d)} ${y}`, `${y}/${pad2(m)}/${pad2(d)}`,
    `${d}-${MONTH_ABBR[m - 1]}-${y}`,
  ]);
  return ent('DATE_OF_BIRTH', `${y}-${pad2(m)}-${pad2(d)}`, s);
}

// ---------- addresses ----------

const STREETS = ['Maple', 'Oak', 'Elm', 'Cedar', 'Washington', 'Lincoln', 'Lakeview', 'Sunset', 'Hawthorne', 'Magnolia', 'Ridgewood', 'Chestnut',
  'Willow Creek', 'Martin Luther King Jr', 'Juniper', 'Peachtree', 'Rio Grande', 'Old Mill', 'Kensington', 'Alvarado', 'Bayshore', '3rd', '14th', 'Fairview'];
const SUFFIX: [string, string][] = [['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Court', 'Ct'],
  ['Boulevard', 'Blvd'], ['Way', 'Way'], ['Place', 'Pl'], ['Terrace', 'Ter'], ['Circle', 'Cir'], ['Parkway', 'Pkwy']];
const DIRS: [string, string][] = [['North', 'N'], ['South', 'S'], ['East', 'E'], ['West', 'W']];
const CITIES: [string, string, string][] = [
  ['Springfield', 'IL', '627'], ['Austin', 'TX', '787'], ['Tacoma', 'WA', '984'], ['Columbus', 'OH', '432'], ['Tampa', 'FL', '336'],
  ['Fresno', 'CA', '937'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Albany', 'NY', '122'], ['Mesa', 'AZ', '852'],
  ['Lansing', 'MI', '489'], ['Savannah', 'GA', '314'], ['Provo', 'UT', '846'], ['Lowell', 'MA', '018'], ['Camden', 'NJ', '081'],
];

export interface Address {
  /** Street line as written. */
  line: string;
  /** Canonical value: as written, directional abbreviations spelled out, so the first word is the house number. */
  value: string;
  city: string;
  state: string;
  zip: string;
  zip4?: string;
  poBox: boolean;
}

export function address(r: Rng): Address {
  const [city, state, zip3] = r.pick(CITIES);
  const zip = zip3 + r.digits(2);
  const zip4 = r.chance(0.3) ? r.digits(4) : undefined;
  if (r.chance(0.08)) {
    const box = String(r.int(10, 98999));
    const line = r.pick([`PO Box ${box}`, `P.O. Box ${box}`, `P O BOX ${box}`]);
    // House-number-first canonical form so the leak rule (number + word) can judge it.
    return { line, value: `${box} PO Box`, city, state, zip, zip4, poBox: true };
  }
  const num = String(r.pick([r.int(1, 99), r.int(100, 999), r.int(1000, 9999), r.int(10000, 24999)]));
  const street = r.pick(STREETS);
  const [suf, sufAbbr] = r.pick(SUFFIX);
  const abbr = r.chance(0.65);
  const dir = r.chance(0.2) ? r.pick(DIRS) : undefined;
  const dirSurface = dir ? (r.chance(0.6) ? dir[1] : dir[0]) : undefined;
  const unitRoll = r.next();
  const unit = unitRoll < 0.18 ? `Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`
    : unitRoll < 0.26 ? `#${r.int(1, 420)}` : unitRoll < 0.32 ? `Suite ${r.int(100, 950)}` : unitRoll < 0.37 ? `Unit ${r.pick(['A', 'B', '2F', '12'])}`
    : unitRoll < 0.4 ? `Apt. ${r.int(1, 30)}` : undefined;
  const sufS = abbr ? sufAbbr + (r.chance(0.3) && sufAbbr !== 'Way' ? '.' : '') : suf;
  const parts = [num, dirSurface, street, sufS].filter(Boolean) as string[];
  const unitSep = unit ? (r.chance(0.5) ? ', ' : ' ') : '';
  const line = parts.join(' ') + unitSep + (unit ?? '');
  const valueParts = [num, dir?.[0], street, sufS].filter(Boolean) as string[];
  const value = valueParts.join(' ') + unitSep + (unit ?? '');
  return { line, value, city, state, zip, zip4, poBox: false };
}

export function addressSeg(a: Address, upper = false): EntitySeg {
  const s = upper ? a.line.toUpperCase() : a.line;
  return ent('STREET_ADDRESS', upper ? a.value.toUpperCase() : a.value, s);
}

export function zipSeg(a: Address): EntitySeg {
  const s = a.zip4 ? `${a.zip}-${a.zip4}` : a.zip;
  return ent('POSTAL_CODE', a.zip + (a.zip4 ?? ''), s);
}

// ---------- must-survive material ----------

export const BRANDS = ['Kestrel Bank', 'Brightwave Mobile', 'Parcelo', 'Alder Mutual', 'NovaStream', 'Summit Card Services', 'HomeGrid Energy', 'Lumen Air'];
export const MERCHANTS = ["Wendy's", "Macy's", "Trader Joe's", "Dillard's", "Kohl's", "Lowe's", "Papa John's", 'Harris Teeter', 'Barnes & Noble',
  'Jack in the Box', 'Tim Hortons', 'Marshalls', 'Sherwin-Williams', 'Walgreens', 'Best Buy', 'Home Depot', 'Chick-fil-A', 'Dave & Buster\'s',
  'Ross Dress for Less', 'Jimmy John\'s', 'Casey\'s', 'Ollie\'s Bargain Outlet', 'Hobby Lobby', 'Wayfair', 'Etsy', 'Uber Eats', 'DoorDash', 'Chase',
  'Wells Fargo', 'Venmo', 'Zelle', 'Shell', 'Marriott', 'Hilton', 'Delta', 'Spotify', 'Netflix', 'Costco', 'Sam\'s Club', 'Victoria\'s Secret'];
export const PRODUCTS = ['Platinum Rewards card', 'Fiber 500 plan', 'iPhone 15 Pro', 'Galaxy S24', 'WH-1000XM5 headphones', 'Unlimited Plus plan',
  'Travel Elite Visa', 'Pixel 8a', 'SmartHub 3 router', 'Premier Checking', 'Secured Card', 'Nest Thermostat', 'Basic Saver account',
  'Roku Ultra', 'MacBook Air M3', 'Echo Dot', 'Family Share plan', 'Cash Back Mastercard', 'AirPods Pro', 'Model X200 modem'];
export const ISSUES = ['duplicate charge', 'chargeback', 'double billed', 'unauthorized transaction', 'late fee', 'password reset', 'card declined',
  'refund not received', 'account locked', 'dispute', 'overdraft fee', 'billing error', 'missing package', 'wrong item shipped', 'autopay failed',
  'service outage', 'data overage', 'fraud alert', 'card not received', 'address change', 'payment reversal', 'early termination fee'];

export function amount(r: Rng): KeepSeg {
  const dollars = r.pick([r.int(1, 99), r.int(100, 999), r.int(1000, 4999)]);
  const cents = pad2(r.int(0, 99));
  const withComma = dollars >= 1000 ? `${Math.floor(dollars / 1000)},${String(dollars % 1000).padStart(3, '0')}` : String(dollars);
  return keep('amount', r.pick([`$${withComma}.${cents}`, `$${dollars}.${cents}`, `${dollars}.${cents} USD`, `$${dollars}`, `USD ${withComma}.${cents}`, `$${withComma}.${cents}`]));
}

export function merchant(r: Rng, upper = false): KeepSeg {
  const m = r.pick(MERCHANTS);
  return keep('merchant', upper ? m.toUpperCase() : m);
}

const BANKS = ['Chase', 'Wells Fargo', 'Citi', 'PNC', 'Ally', 'Navy Federal', 'Regions', 'Capital One', 'Fifth Third', 'US Bank', 'TD Bank', 'Truist'];

/** A bank named by the customer: a merchant-like name that must survive. */
export function bank(r: Rng): KeepSeg {
  return keep('merchant', r.pick(BANKS));
}

const DEVICES = ['iPhone 15 Pro', 'Galaxy S24', 'WH-1000XM5 headphones', 'Pixel 8a', 'SmartHub 3 router', 'Nest Thermostat', 'Roku Ultra',
  'MacBook Air M3', 'Echo Dot', 'AirPods Pro', 'Model X200 modem', 'Kindle Paperwhite', 'Dyson V15'];

/** A physical product: something that ships, breaks and is returned. */
export function device(r: Rng): KeepSeg {
  return keep('product', r.pick(DEVICES));
}

export function product(r: Rng): KeepSeg {
  return keep('product', r.pick(PRODUCTS));
}

export function issue(r: Rng, upper = false): KeepSeg {
  const i = r.pick(ISSUES);
  return keep('issue', upper ? i.toUpperCase() : i);
}

export function brand(name: string): KeepSeg {
  return keep('brand', name);
}

export function orderNumber(r: Rng): KeepSeg {
  return keep('order_number', r.pick([
    `ORD-${r.digits(7)}`, `#${r.pick(['A', 'B', 'W'])}${r.digits(6)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `1Z${r.digits(3)}AA1${r.digits(10)}`,
    `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `SO${r.digits(8)}`, `${r.digits(10)}`, `RMA-${r.digits(6)}`,
    `INV-2026-${r.digits(5)}`, `PO-${r.digits(6)}`,
  ]));
}

export function caseNumber(r: Rng): KeepSeg {
  return keep('case_number', r.pick([`CS-${r.digits(8)}`, `INC${r.digits(7)}`, `${r.digits(8)}`, `TKT-${r.digits(6)}`, `#${r.digits(7)}`, `REF ${r.digits(4)}-${r.digits(4)}`, `SR-${r.digits(3)}-${r.digits(4)}`]));
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A transaction date in the written forms birthdays also use: numeric, ISO, month names. */
export function txnDate(r: Rng): KeepSeg {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const y = r.pick([2025, 2026]);
  return keep('transaction_date', r.pick([
    `${pad2(m)}/${pad2(d)}`, `${m}/${d}`, `${MONTH_NAMES[m - 1]} ${d}`, `${MONTH_ABBR[m - 1]} ${d}`, `${m}/${d}/${y}`, `${y}-${pad2(m)}-${pad2(d)}`,
    `${pad2(m)}/${pad2(d)}/${String(y).slice(2)}`, `${ordinal(d)} of ${MONTH_NAMES[m - 1]}`, `${d} ${MONTH_ABBR[m - 1]}`, `${MONTH_ABBR[m - 1]}-${pad2(d)}`,
    `last ${r.pick(WEEKDAYS)}`, `${r.pick(WEEKDAYS)} ${m}/${d}`, `${r.pick(WEEKDAYS).slice(0, 3)} ${pad2(m)}/${pad2(d)}`,
  ]));
}

export function time(r: Rng): KeepSeg {
  const h = r.int(1, 12);
  return keep('time', r.pick([`${h}:${pad2(r.int(0, 59))} PM`, `${h}:${pad2(r.int(0, 59))}am`, `${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}`, `${h}pm`, `${h}:${pad2(r.int(0, 59))} EST`]));
}

/** Counts of things: units, lines, devices. */
export function quantity(r: Rng): KeepSeg {
  return keep('quantity', r.pick([`${r.int(2, 9)} units`, `qty ${r.int(1, 12)}`, `${r.int(2, 5)} lines`, `x${r.int(2, 6)}`, `${r.int(2, 6)} devices`, `${r.int(2, 4)} items`, `${r.int(2, 40)} GB`]));
}

/** Spans of time: "10 business days", "48 hours". */
export function duration(r: Rng): KeepSeg {
  return keep('quantity', r.pick(['10 business days', '7-10 days', '2 weeks', '48 hours', '3-5 business days', '30 days', '24 hrs', '1 billing cycle', '60 days', '5-7 business days']));
}

export function percent(r: Rng): KeepSeg {
  return keep('quantity', r.pick([`${r.int(2, 40)}%`, `${r.int(2, 25)}.${r.int(1, 9)}%`, `${r.int(5, 30)} percent`]));
}

export function spanForm(surface: string): SpanForm {
  return /\d/.test(surface) ? 'written' : 'spoken';
}
