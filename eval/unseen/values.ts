/**
 * Realistic personal values for the held-out corpus, each with its canonical gold value and the
 * ways it is written and said. Checksums are real: Luhn cards, ABA routing numbers, mod-97 IBANs.
 */
import type { EntityType } from '../../src/detect/types.js';
import type { Dice } from './dice.js';
import { AREA_CODES, CITIES, EMAIL_DOMAINS, STREET_NAMES, STREET_SUFFIXES } from './pools.js';
import { MONTHS, MONTHS_SHORT, cardinal, digitStyle, ordinalSuffix, ordinalWord, sayDigits, sayLetters, sayPair, sayYear } from './speech.js';

/** A personal value and its surfaces. Surfaces are drawn afresh on each call, so mentions vary. */
export interface Val {
  type: EntityType;
  /** Canonical gold value (see eval/leak.ts for what each type's leak rule reads from it). */
  value: string;
  /** Written the way a person types it. */
  written(r: Dice): string;
  /** Said aloud, lower case, as groups of words; a caller pauses (or a turn breaks) between groups. */
  spoken(r: Dice): string[];
}

export const luhnCheckDigit = (body: string): number => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};

export const luhnValid = (digits: string): boolean => luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));

export const abaValid = (d: string): boolean => {
  if (!/^\d{9}$/.test(d)) return false;
  const n = [...d].map(Number);
  return (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
};

export function mod97(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

function groupsOf(s: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean);
}

function chunk(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

/** Digit groups said aloud, one style per mention. Pairs ("forty one twelve") now and then. */
function sayGroups(groups: readonly string[], r: Dice, pairs = 0.15): string[] {
  const style = digitStyle(r);
  const asPairs = r.chance(pairs);
  return groups.map((g) => (asPairs && g.length % 2 === 0 ? chunk(g, 2).map(sayPair).join(' ') : sayDigits(g, r, style).join(' ')));
}

function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/ø/gi, 'o').replace(/ă/gi, 'a');
}

// ---------------------------------------------------------------- people

export interface Person {
  given: string;
  family: string;
  full: Val;
  givenOnly: Val;
  familyOnly: Val;
  /** "Ms. Okonkwo", "Mr Hall": a title and the family name. */
  titled: Val;
}

export function person(given: string, family: string, r: Dice): Person {
  const title = r.pick(['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Dr.', 'Mr', 'Ms']);
  const nameVal = (value: string, forms: (r: Dice) => string): Val => ({
    type: 'PERSON',
    value,
    written: forms,
    spoken: () => [asciiFold(value).toLowerCase().replace(/[.]/g, '').replace(/-/g, ' ')],
  });
  return {
    given,
    family,
    full: nameVal(`${given} ${family}`, (d) => d.weighted([[`${given} ${family}`, 8], [`${family}, ${given}`, 1], [`${given[0]}. ${family}`, 1]])),
    givenOnly: nameVal(given, () => given),
    familyOnly: nameVal(family, () => family),
    titled: { ...nameVal(family, () => `${title} ${family}`), spoken: () => [`${title.replace('.', '').toLowerCase().replace('mx', 'mix').replace('dr', 'doctor').replace('mrs', 'missus').replace('mr', 'mister').replace(/^ms$/, 'miss')} ${asciiFold(family).toLowerCase().replace(/[.]/g, '')}`] },
  };
}

// ---------------------------------------------------------------- cards

export function card(r: Dice): Val & { amex: boolean; last4: string } {
  const kind = r.weighted([['visa', 4], ['mc', 3], ['amex', 2], ['disc', 1]] as const);
  const prefix = kind === 'visa' ? '4' : kind === 'mc' ? r.pick(['51', '52', '53', '54', '55', '2221', '2510', '2720']) : kind === 'amex' ? r.pick(['34', '37']) : r.pick(['6011', '65']);
  const len = kind === 'amex' ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const digits = body + luhnCheckDigit(body);
  const sizes = kind === 'amex' ? [4, 6, 5] : [4, 4, 4, 4];
  const groups = groupsOf(digits, sizes);
  return {
    type: 'CREDIT_CARD',
    value: digits,
    amex: kind === 'amex',
    last4: digits.slice(-4),
    written: (d) => groups.join(d.weighted([[' ', 5], ['-', 3], ['', 2]])),
    spoken: (d) => sayGroups(groups, d),
  };
}

export function expiry(r: Dice): Val {
  const m = r.int(1, 12);
  const y = r.int(26, 32);
  const mm = String(m).padStart(2, '0');
  return {
    type: 'CARD_EXPIRY',
    value: `${mm}/${y}`,
    written: (d) => d.pick([`${mm}/${y}`, `${m}/${y}`, `${mm}/20${y}`, `${mm}-${y}`, `${MONTHS_SHORT[m - 1]} 20${y}`, `${mm}${y}`, `${MONTHS[m - 1]} 20${y}`]),
    spoken: (d) => d.pick([
      [sayPair(mm), cardinal(y)],
      [cardinal(m), cardinal(y)],
      [MONTHS[m - 1]!.toLowerCase(), sayYear(2000 + y, d, 0.3)],
      [sayPair(mm), `twenty ${cardinal(y)}`],
    ]),
  };
}

export function cvv(r: Dice, amex: boolean): Val {
  const digits = r.digits(amex ? 4 : 3);
  return { type: 'CARD_CVV', value: digits, written: () => digits, spoken: (d) => [sayDigits(digits, d, digitStyle(d)).join(' ')] };
}

// ---------------------------------------------------------------- government and bank numbers

export function ssn(r: Dice): Val {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return {
    type: 'US_SSN',
    value: `${a}-${g}-${s}`,
    written: (d) => d.weighted([[`${a}-${g}-${s}`, 6], [`${a} ${g} ${s}`, 2], [`${a}${g}${s}`, 2], [`${a}.${g}.${s}`, 1]]),
    spoken: (d) => sayGroups([a, g, s], d, 0.1),
  };
}

export function routing(r: Dice): Val {
  const lead = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72])).padStart(2, '0');
  const body = lead + r.digits(6);
  const n = [...body].map(Number);
  const partial = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]!);
  const digits = body + String((10 - (partial % 10)) % 10);
  return { type: 'ROUTING_NUMBER', value: digits, written: () => digits, spoken: (d) => sayGroups(groupsOf(digits, [3, 3, 3]), d, 0) };
}

export function bankAccount(r: Dice): Val {
  const len = r.int(8, 12);
  const digits = String(r.int(1, 9)) + r.digits(len - 1);
  const sizes = len <= 9 ? [len - 4, 4] : [4, len - 8, 4];
  return {
    type: 'BANK_ACCOUNT',
    value: digits,
    written: (d) => (d.chance(0.15) ? groupsOf(digits, sizes).join('-') : digits),
    spoken: (d) => sayGroups(groupsOf(digits, sizes), d, 0.1),
  };
}

const IBAN_FORMATS: readonly (readonly [string, (r: Dice) => string])[] = [
  ['DE', (r) => r.digits(18)],
  ['GB', (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14)],
  ['NL', (r) => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10)],
  ['IE', (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
  ['AT', (r) => r.digits(16)],
  ['CH', (r) => r.digits(17)],
  ['FI', (r) => r.digits(14)],
];

export function iban(r: Dice): Val {
  for (;;) {
    const [country, bban] = r.pick(IBAN_FORMATS);
    const body = bban(r);
    const check = 98 - mod97(`${country}00${body}`);
    const value = `${country}${String(check).padStart(2, '0')}${body}`;
    if (!passesNationalRules(value)) continue;
    const groups = chunk(value, 4);
    return {
      type: 'IBAN',
      value,
      written: (d) => d.weighted([[groups.join(' '), 6], [value, 3], [value.toLowerCase(), 1]]),
      spoken: (d) => {
        const style = digitStyle(d);
        return groups.map((g) => [...g].map((c) => (/\d/.test(c) ? sayDigits(c, d, style)[0]! : c.toLowerCase())).join(' '));
      },
    };
  }
}

/**
 * Finland's IBANs carry a Luhn check over the account part too; the others here have none the
 * usual validators enforce.
 */
function passesNationalRules(value: string): boolean {
  if (value.startsWith('FI')) return luhnValid(value.slice(4));
  return true;
}

// ---------------------------------------------------------------- contact

const EXCHANGE_BLOCKLIST = new Set(['555', '911', '411', '611']);

export function usPhone(r: Dice): Val {
  const area = r.pick(AREA_CODES);
  let ex = String(r.int(2, 9)) + r.digits(2);
  if (EXCHANGE_BLOCKLIST.has(ex) || ex.endsWith('11')) ex = '4' + ex.slice(1, 2) + '7';
  const line = r.digits(4);
  const ten = area + ex + line;
  return {
    type: 'PHONE_NUMBER',
    value: ten,
    written: (d) => d.weighted([
      [`(${area}) ${ex}-${line}`, 4], [`${area}-${ex}-${line}`, 5], [`${area}.${ex}.${line}`, 1], [`+1 ${area} ${ex} ${line}`, 1],
      [ten, 2], [`1-${area}-${ex}-${line}`, 1], [`${area} ${ex} ${line}`, 2], [`(${area})${ex}-${line}`, 1], [`+1-${area}-${ex}-${line}`, 1],
    ]),
    spoken: (d) => {
      const style = digitStyle(d);
      const lineWords = d.chance(0.2) ? chunk(line, 2).map(sayPair).join(' ') : sayDigits(line, d, style).join(' ');
      return [sayDigits(area, d, style).join(' '), sayDigits(ex, d, style).join(' '), lineWords];
    },
  };
}

const INTL: readonly (readonly [string, (r: Dice) => string[], string])[] = [
  ['44', (r) => ['7' + r.digits(3), r.digits(6)], '0'],
  ['44', (r) => ['20', r.digits(4), r.digits(4)], '0'],
  ['33', (r) => [r.pick(['6', '7']), r.digits(2), r.digits(2), r.digits(2), r.digits(2)], '0'],
  ['49', (r) => ['15' + r.digits(1), r.digits(8)], '0'],
  ['49', (r) => ['30', r.digits(8)], '0'],
  ['91', (r) => [r.pick(['9', '8', '7']) + r.digits(4), r.digits(5)], '0'],
  ['52', (r) => ['55', r.digits(4), r.digits(4)], ''],
  ['61', (r) => ['4' + r.digits(2), r.digits(3), r.digits(3)], '0'],
  ['55', (r) => ['11', '9' + r.digits(4), r.digits(4)], '0'],
  ['63', (r) => ['9' + r.digits(2), r.digits(3), r.digits(4)], '0'],
  ['234', (r) => ['80' + r.digits(1), r.digits(3), r.digits(4)], '0'],
  ['353', (r) => ['8' + r.digits(1), r.digits(3), r.digits(4)], '0'],
];

export function intlPhone(r: Dice): Val {
  const [cc, make, trunk] = r.pick(INTL);
  const groups = make(r);
  const national = groups.join('');
  return {
    type: 'PHONE_NUMBER',
    value: cc + national,
    written: (d) => d.weighted([
      [`+${cc} ${groups.join(' ')}`, 5], [`+${cc}${national}`, 2], [`00${cc} ${groups.join(' ')}`, 1], [`+${cc}-${groups.join('-')}`, 1],
      [trunk ? `${trunk}${groups.join(' ')}` : `+${cc} ${groups.join(' ')}`, 1], [`+${cc} (${trunk || '0'}) ${groups.join(' ')}`, trunk ? 1 : 0],
    ]),
    spoken: (d) => {
      const style = digitStyle(d);
      return [`plus ${sayDigits(cc, d, style).join(' ')}`, ...groups.map((g) => sayDigits(g, d, style).join(' '))];
    },
  };
}

export function email(p: { given: string; family: string }, r: Dice): Val {
  const g = asciiFold(p.given).toLowerCase().replace(/[^a-z]/g, '');
  const f = asciiFold(p.family).toLowerCase().replace(/[^a-z]/g, '');
  const yy = String(r.int(60, 99));
  const n = String(r.int(1, 99));
  const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}.${f}`, `${g}_${f}`, `${g}.${f}${n}`, `${g}${f[0]}${yy}`, `${f}.${g}`, `${g[0]}${f}`, `${g}-${f}`, `${f}${g[0]}${n}`, `${g}${yy}`]);
  const domain = r.pick(EMAIL_DOMAINS);
  const value = `${local}@${domain}`;
  return {
    type: 'EMAIL_ADDRESS',
    value,
    written: (d) => (d.chance(0.1) ? `${local[0]!.toUpperCase()}${local.slice(1)}@${domain}` : value),
    spoken: (d) => [sayLocal(local, d), `at ${domain.split('.').map((part) => (part.length <= 3 && part !== 'com' && part !== 'net' && part !== 'me' ? sayLetters(part, d) : part)).join(' dot ')}`],
  };
}

function sayLocal(local: string, r: Dice): string {
  const style = digitStyle(r);
  return local
    .split(/([._-]|\d+)/)
    .filter(Boolean)
    .map((piece) => {
      if (piece === '.') return 'dot';
      if (piece === '_') return 'underscore';
      if (piece === '-') return r.pick(['dash', 'hyphen']);
      if (/^\d+$/.test(piece)) return piece.length === 2 && r.chance(0.5) ? sayPair(piece) : sayDigits(piece, r, style).join(' ');
      return piece.length === 1 || r.chance(0.12) ? sayLetters(piece, r) : piece;
    })
    .join(' ');
}

// ---------------------------------------------------------------- places

export interface Address {
  street: Val;
  zip: Val;
  city: string;
  state: string;
}

export function address(r: Dice): Address {
  const num = String(r.int(1, 9)) + r.digits(r.int(0, 4));
  const dir = r.chance(0.2) ? r.pick(['North', 'South', 'East', 'West']) : '';
  const name = r.pick(STREET_NAMES);
  const [suffix, abbr] = r.pick(STREET_SUFFIXES);
  const unitKind = r.weighted([['', 5], ['Apt', 3], ['Unit', 1], ['Suite', 1], ['#', 1]] as const);
  const unitNo = unitKind ? (r.chance(0.4) ? String(r.int(1, 30)) + r.pick(['A', 'B', 'C', 'D']) : String(r.int(1, 40 * (unitKind === 'Suite' ? 10 : 1)))) : '';
  const value = [num, dir, name, suffix, unitKind ? `${unitKind === '#' ? 'Apt' : unitKind} ${unitNo}` : ''].filter(Boolean).join(' ');
  const [city, state, zip3] = r.pick(CITIES);
  const zip5 = zip3 + r.digits(2);
  const plus4 = r.chance(0.2) ? `-${r.digits(4)}` : '';
  const street: Val = {
    type: 'STREET_ADDRESS',
    value,
    written: (d) => {
      const sfx = d.chance(0.55) ? abbr + (d.chance(0.3) ? '.' : '') : suffix;
      const dirW = dir && d.chance(0.4) ? dir[0]! + '.' : dir;
      const unit = !unitKind ? '' : unitKind === '#' ? ` #${unitNo}` : `${d.chance(0.5) ? ',' : ''} ${unitKind}${unitKind === 'Apt' && d.chance(0.3) ? '.' : ''} ${unitNo}`;
      return `${[num, dirW, name, sfx].filter(Boolean).join(' ')}${unit}`;
    },
    spoken: (d) => {
      const style = digitStyle(d);
      const n = num.length === 4 && d.chance(0.35) ? `${sayPair(num.slice(0, 2))} ${sayPair(num.slice(2))}` : num.length === 3 && d.chance(0.3) ? cardinal(Number(num)) : sayDigits(num, d, style).join(' ');
      const unit = !unitKind ? '' : ` ${unitKind === 'Apt' || unitKind === '#' ? d.pick(['apartment', 'apt', 'unit']) : unitKind.toLowerCase()} ${[...unitNo].map((c) => (/\d/.test(c) ? sayDigits(c, d, style)[0] : c.toLowerCase())).join(' ')}`;
      return [n, `${[dir, name, suffix].filter(Boolean).join(' ').toLowerCase()}${unit}`];
    },
  };
  const zip: Val = {
    type: 'POSTAL_CODE',
    value: zip5 + plus4,
    written: () => zip5 + plus4,
    spoken: (d) => {
      const style = digitStyle(d);
      return [sayDigits(zip5, d, style).join(' '), ...(plus4 ? [`dash ${sayDigits(plus4.slice(1), d, style).join(' ')}`] : [])];
    },
  };
  return { street, zip, city, state };
}

// ---------------------------------------------------------------- dates and networks

export function birthDate(r: Dice): Val {
  const y = r.int(1938, 2006);
  const m = r.int(1, 12);
  const day = r.int(1, 28);
  const mm = String(m).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const yy = String(y % 100).padStart(2, '0');
  const month = MONTHS[m - 1]!;
  return {
    type: 'DATE_OF_BIRTH',
    value: `${y}-${mm}-${dd}`,
    written: (d) => d.weighted([
      [`${mm}/${dd}/${y}`, 5], [`${m}/${day}/${yy}`, 3], [`${m}/${day}/${y}`, 3], [`${y}-${mm}-${dd}`, 1], [`${month} ${day}, ${y}`, 3],
      [`${month} ${ordinalSuffix(day)}, ${y}`, 1], [`${MONTHS_SHORT[m - 1]} ${day} ${y}`, 1], [`${day} ${month} ${y}`, 1], [`${mm}-${dd}-${y}`, 1], [`${mm}.${dd}.${yy}`, 1],
    ]),
    spoken: (d) => d.weighted([
      [[`${month.toLowerCase()} ${ordinalWord(day)}`, sayYear(y, d)], 5],
      [[`${month.toLowerCase()} ${cardinal(day)}`, sayYear(y, d)], 2],
      [[`the ${ordinalWord(day)} of ${month.toLowerCase()}`, sayYear(y, d)], 2],
      [[sayPair(mm), sayPair(dd), sayYear(y, d, 0.4)], 2],
      [[`${cardinal(m)} ${cardinal(day)}`, sayPair(yy)], 1],
    ]),
  };
}

export function ipAddress(r: Dice, v6 = false): Val {
  if (v6) {
    const hex = (): string => r.int(0, 0xffff).toString(16);
    const head = [r.pick(['2600', '2601', '2603', '2a02', '2804', '2001']), hex(), hex(), hex()];
    const compressed = r.chance(0.6);
    const value = compressed ? `${head.join(':')}::${hex()}` : [...head, hex(), hex(), hex(), hex()].join(':');
    return {
      type: 'IP_ADDRESS',
      value,
      written: (d) => (d.chance(0.15) ? value.toUpperCase() : value),
      spoken: (d) => [value.split(':').map((g) => [...g].map((c) => (/\d/.test(c) ? sayDigits(c, d, digitStyle(d))[0] : c)).join(' ')).join(' colon ')],
    };
  }
  const first = r.pick([23, 24, 50, 64, 66, 67, 68, 71, 73, 75, 76, 96, 98, 99, 104, 107, 108, 136, 142, 162, 173, 174, 184, 198, 199, 206, 208, 216]);
  const octets = [first, r.int(0, 255), r.int(0, 255), r.int(1, 254)];
  const value = octets.join('.');
  return {
    type: 'IP_ADDRESS',
    value,
    written: () => value,
    spoken: (d) => {
      const style = digitStyle(d);
      const byDigit = d.chance(0.6);
      return [octets.map((o) => (byDigit || o > 99 ? sayDigits(String(o), d, style).join(' ') : cardinal(o))).join(' dot ')];
    },
  };
}
