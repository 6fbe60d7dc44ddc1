/**
 * Values for the held-out corpus: checksum-valid numbers and pools of people, places and the
 * non-personal things that sit beside them (merchants, products, brands). Every pool was written
 * for this corpus; none is copied from eval/corpus or eval/unseen.
 */
import { isValidIBAN } from 'ibantools';
import type { Rng } from './prng.js';

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

export function luhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

export interface Card {
  brand: CardBrand;
  digits: string;
  /** Groups as printed on the card: 4-4-4-4, or 4-6-5 for Amex. */
  groups: string[];
}

export function card(rng: Rng, brand?: CardBrand): Card {
  const b = brand ?? rng.weighted<CardBrand>([[5, 'visa'], [4, 'mastercard'], [2, 'amex'], [1, 'discover']]);
  let prefix: string;
  let len = 16;
  if (b === 'visa') prefix = '4';
  else if (b === 'mastercard') prefix = rng.chance(0.75) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
  else if (b === 'amex') { prefix = rng.pick(['34', '37']); len = 15; }
  else prefix = rng.pick(['6011', '644', '65']);
  const body = prefix + rng.digits(len - 1 - prefix.length);
  const digits = body + luhnCheckDigit(body);
  const groups = len === 15 ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)] : [0, 4, 8, 12].map((i) => digits.slice(i, i + 4));
  return { brand: b, digits, groups };
}

export function abaValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const n = [...d].map(Number);
  return (3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!)) % 10 === 0;
}

export function routingNumber(rng: Rng): string {
  const lead = rng.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32']);
  const body = lead + rng.digits(6);
  const n = [...body].map(Number);
  const partial = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]!) + (n[2]! + n[5]!);
  // The last digit d must satisfy partial + 7*n[7] + d ≡ 0 (mod 10); n[7] is already in body.
  const withSeventh = partial + 7 * n[7]!;
  const check = (10 - (withSeventh % 10)) % 10;
  return body + String(check);
}

/** ISO 13616 check digits for a BBAN in a country. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = (bban + country + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of rearranged) rem = (rem * 10 + Number(ch)) % 97;
  return String(98 - rem).padStart(2, '0');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const IBAN_SHAPES: Record<string, (rng: Rng) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  FR: (r) => r.digits(10) + r.digits(11) + r.digits(2),
  ES: (r) => r.digits(20),
  IT: (r) => LETTERS[r.int(0, 25)]! + r.digits(10) + r.digits(12),
  PL: (r) => r.digits(24),
  AT: (r) => r.digits(16),
  CH: (r) => r.digits(17),
  BE: (r) => r.digits(12),
  PT: (r) => r.digits(21),
};

/** A mod-97 IBAN that also passes ibantools' national BBAN checks (retries until it does). */
export function iban(rng: Rng, country?: string): string {
  const cc = country ?? rng.pick(Object.keys(IBAN_SHAPES));
  for (let tries = 0; tries < 5000; tries++) {
    const bban = IBAN_SHAPES[cc]!(rng);
    const value = cc + ibanCheckDigits(cc, bban) + bban;
    if (isValidIBAN(value)) return value;
  }
  throw new Error(`no valid IBAN for ${cc}`);
}

export function ibanGroups(value: string): string[] {
  return value.match(/.{1,4}/g)!;
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return String(area).padStart(3, '0') + String(rng.int(1, 99)).padStart(2, '0') + String(rng.int(1, 9999)).padStart(4, '0');
}

const AREA_CODES = ['212', '718', '917', '312', '773', '415', '510', '617', '857', '713', '832', '404', '470', '305', '786', '206', '503', '612', '720', '919', '704', '215', '267', '602', '480', '702', '214', '469', '313', '216', '614', '412', '908', '973', '301', '240', '571', '808', '907', '505', '801', '901', '504', '225', '816', '314'];

export interface Phone {
  /** All digits including the country code for international numbers. */
  digits: string;
  country: 'US' | 'INTL';
  /** Written forms a person might type. */
  written: string[];
  /** Digit groups a person would say. */
  spokenGroups: string[];
}

export function usPhone(rng: Rng): Phone {
  const area = rng.pick(AREA_CODES);
  const exch = String(rng.int(2, 9)) + rng.digits(2);
  const line = rng.digits(4);
  const d = area + exch + line;
  return {
    digits: d,
    country: 'US',
    written: [`(${area}) ${exch}-${line}`, `${area}-${exch}-${line}`, `${area}.${exch}.${line}`, `${area}${exch}${line}`, `+1 ${area} ${exch} ${line}`, `1-${area}-${exch}-${line}`, `${area} ${exch} ${line}`],
    spokenGroups: [area, exch, line],
  };
}

export function intlPhone(rng: Rng): Phone {
  const shape = rng.pick([
    () => ['44', '7' + rng.digits(3), rng.digits(6)],
    () => ['33', String(rng.int(6, 7)), rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)],
    () => ['49', '15' + rng.digits(1), rng.digits(8)],
    () => ['91', String(rng.int(7, 9)) + rng.digits(4), rng.digits(5)],
    () => ['52', '55', rng.digits(4), rng.digits(4)],
    () => ['234', '80' + rng.digits(1), rng.digits(3), rng.digits(4)],
    () => ['63', '9' + rng.digits(2), rng.digits(3), rng.digits(4)],
    () => ['61', '4' + rng.digits(2), rng.digits(3), rng.digits(3)],
  ]);
  const g = shape();
  const d = g.join('');
  return {
    digits: d,
    country: 'INTL',
    written: [`+${g[0]} ${g.slice(1).join(' ')}`, `+${d}`, `00${g[0]} ${g.slice(1).join(' ')}`, `+${g[0]}-${g.slice(1).join('-')}`],
    spokenGroups: g,
  };
}

export function phone(rng: Rng): Phone {
  return rng.chance(0.82) ? usPhone(rng) : intlPhone(rng);
}

export function bankAccount(rng: Rng): string {
  return String(rng.int(1, 9)) + rng.digits(rng.int(7, 11));
}

export function publicIpv4(rng: Rng): string {
  let first = rng.int(24, 223);
  if (first === 127 || first === 100 || first === 172 || first === 192 || first === 169) first = 98;
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function ipv6(rng: Rng): string {
  const hex = (): string => rng.int(0, 0xffff).toString(16);
  const prefix = rng.pick(['2600:1700', '2601:18c', '2a02:c7f', '2607:fb90', '2001:569', '2a01:e0a']);
  return `${prefix}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
}

export interface Dmy {
  y: number;
  m: number;
  d: number;
}

export function birthDate(rng: Rng): Dmy {
  const m = rng.int(1, 12);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return { y: rng.int(1938, 2006), m, d: rng.int(1, days) };
}

export const isoDate = (x: Dmy): string => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;

export interface Expiry {
  m: number;
  y: number;
}

export function expiry(rng: Rng): Expiry {
  return { m: rng.int(1, 12), y: rng.int(26, 33) };
}

export const expiryValue = (e: Expiry): string => `${String(e.m).padStart(2, '0')}/${e.y}`;

export function cvv(rng: Rng, brand: CardBrand): string {
  return brand === 'amex' ? String(rng.int(1000, 9999)) : rng.digits(3);
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// First names of many origins, several of them also ordinary words (Hope, Will, Summer, Precious).
export const FIRST_NAMES = [
  'Adaeze', 'Chidi', 'Oluwaseun', 'Ngozi', 'Kwame', 'Abena', 'Kofi', 'Wanjiru', 'Tendai', 'Amara', 'Folake', 'Yaw',
  'Siobhan', 'Padraig', 'Niamh', 'Declan', 'Aoife', 'Ciaran',
  'Ximena', 'Guadalupe', 'Joaquín', 'Itzel', 'Mateo', 'Renata', 'Inés', 'Rodrigo', 'Yesenia', 'Héctor', 'Marisol', 'Alejandro',
  'Thi Lan', 'Minh', 'Huong', 'Bao', 'Jae-won', 'Seo-yeon', 'Hyun', 'Haruto', 'Yui', 'Kenji', 'Wei', 'Xiaoming', 'Mei', 'Jun',
  'Priyanka', 'Arjun', 'Lakshmi', 'Venkatesh', 'Harpreet', 'Gurpreet', 'Sanjay', 'Deepika', 'Anil', 'Farhan', 'Nusrat',
  'Mohammed', 'Fatima', 'Omar', 'Yasmin', 'Khalid', 'Layla', 'Tariq', 'Samira', 'Reza', 'Shirin', 'Dariush',
  'Dmitri', 'Svetlana', 'Oksana', 'Bogdan', 'Agnieszka', 'Wojciech', 'Zofia', 'Miroslav', 'Jelena',
  'Giulia', 'Salvatore', 'Francesca', 'Björn', 'Ingrid', 'Søren', 'Anneliese', 'Klaus', 'Eleni', 'Stavros', 'Zeynep', 'Emre',
  'Malia', 'Keoni', 'Leilani', 'Ayasha', 'Takoda', 'Marisela', 'Rosario', 'Jomar', 'Maricel',
  'Hope', 'Grace', 'Will', 'Summer', 'Precious', 'Faith', 'Rose', 'Joy', 'Dawn', 'Iris', 'June', 'Ivy', 'Sunny', 'Bill',
  'Mark', 'Frank', 'Drew', 'Hunter', 'Chase', 'Destiny', 'Justice', 'Autumn', 'River', 'Sky', 'Major', 'King',
  'Tyrone', 'Latoya', 'Keisha', 'DeShawn', 'Jamal', 'Imani', 'Darnell', 'Shaniqua',
  'Brenda', 'Gary', 'Linda', 'Kevin', 'Heather', 'Scott', 'Megan', 'Doug', 'Carol', 'Ethan', 'Olivia', 'Noah', 'Madison',
  'Mary-Kate', 'Jean-Luc', 'Anne-Marie', 'Zoë', 'Chloé', 'Renée', 'José', 'André',
];

export const LAST_NAMES = [
  'Okonkwo', 'Adeyemi', 'Mensah', 'Asante', 'Kamau', 'Odhiambo', 'Mwangi', 'Nwosu', 'Boateng', 'Diallo', 'Traoré', 'Eze',
  "O'Sullivan", 'McAllister', 'Fitzgerald', 'Byrne', "O'Donoghue", 'MacLeod',
  'Hernández', 'Castañeda', 'Villalobos', 'De la Cruz', 'Ochoa', 'Zúñiga', 'Quintero', 'Esparza', 'Ibarra', 'Montoya', 'Salgado',
  'Nguyen', 'Tran', 'Pham', 'Kim', 'Park', 'Choi', 'Tanaka', 'Watanabe', 'Nakamura', 'Zhang', 'Liu', 'Huang', 'Chen', 'Lim',
  'Venkataraman', 'Raghunathan', 'Chatterjee', 'Bhattacharya', 'Sandhu', 'Grewal', 'Iyer', 'Menon', 'Siddiqui', 'Chowdhury',
  'Al-Hashimi', 'Haddad', 'Nasser', 'Khoury', 'Abdullah', 'Rahimi', 'Tehrani', 'Karimi',
  'Volkov', 'Petrenko', 'Kowalczyk', 'Wiśniewski', 'Nowak', 'Dvořák', 'Horvat', 'Popescu', 'Jovanović',
  'Esposito', 'Ricci', 'Lindqvist', 'Johansson', 'Schäfer', 'Müller', 'Papadopoulos', 'Yılmaz', 'Öztürk',
  'Kahananui', 'Akana', 'Begay', 'Yazzie', 'Santos', 'Dela Rosa', 'Bautista', 'Villanueva',
  'Baker', 'Cook', 'Young', 'Long', 'Black', 'White', 'Brown', 'Green', 'Rich', 'King', 'Price', 'Page', 'Hill', 'Wood',
  'Little', 'Love', 'Moody', 'Bush', 'Fox', 'Swift', 'Bird', 'Hope', 'Christmas', 'Sparks', 'Street', 'Banks', 'Cash', 'Bill',
  'Washington', 'Jefferson', 'Robinson', 'Jackson', 'Coleman', 'Henderson', 'Simmons',
  'Smith', 'Johnson', 'Miller', 'Davis', 'Anderson', 'Thompson', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen',
  'García-Márquez', 'Smith-Jones', 'Van der Berg', 'St. John',
];

export const AGENT_NAMES = ['Dana', 'Marcus', 'Priya', 'Kelsey', 'Tomás', 'Aisha', 'Brandon', 'Mei-Ling', 'Jordan', 'Rashid', 'Tiffany', 'Luis', 'Nkechi', 'Colby', 'Shreya', 'Travis', 'Ana', 'Jasmine', 'Ravi', 'Bethany'];

export interface Person {
  first: string;
  last: string;
}

export function person(rng: Rng): Person {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES) };
}

export const STREET_NAMES = [
  'Maple', 'Oakwood', 'Cedar Ridge', 'Magnolia', 'Pulaski', 'Wabash', 'Lincoln', 'Jefferson Davis', 'Martin Luther King Jr', 'Riverside',
  'Ashbury', 'Delancey', 'Piedmont', 'Peachtree', 'Coronado', 'Alvarado', 'Mission', 'Sepulveda', 'Kamehameha', 'Kalakaua',
  'Hollis', 'Kingsbridge', 'Willow Creek', 'Sycamore', 'Juniper', 'Bluebonnet', 'Cottonwood', 'Chisholm Trail', 'Prairie', 'Lakeshore',
  'Hope', 'Church', 'Mill', 'Spring', 'Market', 'Front', 'Water', 'Union', 'Franklin', 'Washington', 'Pleasant', 'Park',
  'Tchoupitoulas', 'Esplanade', 'Saint Charles', 'Ponce de Leon', 'Dauphin', 'Greenbriar', 'Quail Run', 'Fox Chase', 'Dogwood', 'Wisteria',
  'Elm', 'Birch', 'Hawthorne', 'Sunset', 'Canyon View', 'Mesa Verde', 'Aspen', 'Tamarack', 'Heritage', 'Brookside',
];

export const STREET_SUFFIXES: readonly (readonly [string, string])[] = [
  ['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Lane', 'Ln'], ['Court', 'Ct'], ['Boulevard', 'Blvd'],
  ['Way', 'Way'], ['Place', 'Pl'], ['Terrace', 'Ter'], ['Circle', 'Cir'], ['Parkway', 'Pkwy'], ['Trail', 'Trl'], ['Highway', 'Hwy'],
];

export const DIRECTIONS: readonly (readonly [string, string])[] = [['North', 'N'], ['South', 'S'], ['East', 'E'], ['West', 'W']];

export interface Address {
  number: string;
  direction?: readonly [string, string];
  street: string;
  suffix: readonly [string, string];
  unit?: { kind: string; id: string };
  city: string;
  state: string;
  zip: string;
  zip4?: string;
}

export const CITIES: readonly (readonly [string, string, string])[] = [
  ['Chicago', 'IL', '606'], ['Brooklyn', 'NY', '112'], ['Oakland', 'CA', '946'], ['Houston', 'TX', '770'], ['Atlanta', 'GA', '303'],
  ['Miami', 'FL', '331'], ['Seattle', 'WA', '981'], ['Portland', 'OR', '972'], ['Minneapolis', 'MN', '554'], ['Denver', 'CO', '802'],
  ['Raleigh', 'NC', '276'], ['Philadelphia', 'PA', '191'], ['Phoenix', 'AZ', '850'], ['Honolulu', 'HI', '968'], ['New Orleans', 'LA', '701'],
  ['Albuquerque', 'NM', '871'], ['Columbus', 'OH', '432'], ['Boston', 'MA', '021'], ['Tulsa', 'OK', '741'], ['Boise', 'ID', '837'],
  ['Anchorage', 'AK', '995'], ['Memphis', 'TN', '381'], ['Kansas City', 'MO', '641'], ['Newark', 'NJ', '071'], ['Fresno', 'CA', '937'],
];

export function address(rng: Rng): Address {
  const [city, state, zip3] = rng.pick(CITIES);
  const digits = rng.weighted([[2, 2], [4, 3], [4, 4], [1, 5], [1, 1]] as const);
  let number = String(rng.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1));
  if (number === '0') number = '7';
  const a: Address = {
    number,
    street: rng.pick(STREET_NAMES),
    suffix: rng.pick(STREET_SUFFIXES),
    city,
    state,
    zip: zip3 + rng.digits(2),
  };
  if (rng.chance(0.2)) a.direction = rng.pick(DIRECTIONS);
  if (rng.chance(0.3)) a.unit = { kind: rng.pick(['Apt', 'Unit', 'Suite', '#', 'Apartment']), id: rng.pick([String(rng.int(1, 40)), `${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'D', 'F', 'R'])}`, String(rng.int(100, 1220))]) };
  if (rng.chance(0.15)) a.zip4 = rng.digits(4);
  return a;
}

/** The canonical value the leak rule reads: house number first, then the street words. */
export function addressValue(a: Address): string {
  return [a.number, a.direction?.[0], a.street, a.suffix[0]].filter(Boolean).join(' ');
}

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'proton.me', 'comcast.net', 'att.net', 'verizon.net', 'live.com', 'msn.com', 'ymail.com', 'sbcglobal.net', 'me.com'];

export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ı/g, 'i');
}

/** A personal address built the ways people build them: from the name, initials, years, hobbies. */
export function emailFor(rng: Rng, p: Person, dob?: Dmy): string {
  const f = asciiFold(p.first).toLowerCase().replace(/[^a-z]/g, '');
  const l = asciiFold(p.last).toLowerCase().replace(/[^a-z]/g, '');
  const yr = dob ? String(dob.y % 100).padStart(2, '0') : String(rng.int(70, 99));
  const local = rng.pick([
    `${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}.${l}${yr}`, `${l}.${f}`, `${f}${l[0]}${rng.int(1, 99)}`,
    `${f[0]}.${l}${rng.int(1, 9)}`, `${f}${yr}`, `${rng.pick(['mama', 'papa', 'big', 'lil', 'the', 'real', 'its'])}${f}`,
    `${f}.${rng.pick(['bakes', 'runs', 'travels', 'fixesthings', 'reads', 'gardens'])}`, `${l}${f[0]}${rng.int(10, 999)}`,
  ]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

export interface Brand {
  name: string;
  industry: 'bank' | 'telco' | 'airline' | 'insurer' | 'retail' | 'utility' | 'health';
  mailbox: string;
  tollFree: string;
}

export const BRANDS: readonly Brand[] = [
  { name: 'Tidewater Federal Credit Union', industry: 'bank', mailbox: 'memberservices@tidewaterfcu.org', tollFree: '1-800-426-7713' },
  { name: 'Crestline Bank', industry: 'bank', mailbox: 'help@crestlinebank.com', tollFree: '1-888-203-4410' },
  { name: 'Vireo Wireless', industry: 'telco', mailbox: 'care@vireowireless.com', tollFree: '1-877-844-7366' },
  { name: 'Lumen Fiber', industry: 'telco', mailbox: 'support@lumenfiber.net', tollFree: '1-866-402-9981' },
  { name: 'Pelican Air', industry: 'airline', mailbox: 'customercare@pelicanair.com', tollFree: '1-800-735-4226' },
  { name: 'Harborline Insurance', industry: 'insurer', mailbox: 'claims@harborline.com', tollFree: '1-855-310-2200' },
  { name: 'Basketry', industry: 'retail', mailbox: 'orders@basketry.shop', tollFree: '1-844-227-5387' },
  { name: 'Quillfield Outfitters', industry: 'retail', mailbox: 'service@quillfield.com', tollFree: '1-800-611-4473' },
  { name: 'Prairie Gas & Electric', industry: 'utility', mailbox: 'billing@prairiege.com', tollFree: '1-800-532-6601' },
  { name: 'Saguaro Water', industry: 'utility', mailbox: 'accounts@saguarowater.gov', tollFree: '1-877-270-1133' },
  { name: 'Northgate Medical Billing', industry: 'health', mailbox: 'patientaccounts@northgatemed.org', tollFree: '1-888-914-3300' },
];

// Merchants a customer disputes or mentions; several look like people's names.
export const MERCHANTS = ["Wendy's", "Kohl's", "Macy's", "Dillard's", "Trader Joe's", "Lowe's", "Casey's", 'Wegmans', 'Dollar General', 'Shell', 'Chevron', 'Walgreens', 'CVS', 'Target', 'Costco', 'Best Buy', 'Home Depot', 'Uber Eats', 'DoorDash', 'Spotify', 'Netflix', 'Apple.com/bill', 'Amazon Marketplace', 'Sephora', 'Ulta', 'Chick-fil-A', 'Panera', "Denny's", "Jimmy John's", 'Marshalls', 'T.J. Maxx', 'Harris Teeter', 'Publix', 'Kroger', 'Safeway', 'H-E-B', 'Ross', 'Etsy', 'PayPal *EBAY', 'SQ *BLUE BOTTLE', 'TST* Joe Bananas'];

export const PRODUCTS: Record<Brand['industry'], readonly string[]> = {
  bank: ['Platinum Rewards card', 'Everyday Checking', 'high-yield savings', 'Cash Back Visa', 'auto loan', 'home equity line'],
  telco: ['Unlimited Plus plan', 'iPhone 16 Pro', 'Galaxy S24', 'Fiber 500', 'mobile hotspot add-on', 'Pixel 9', 'eero router', 'international day pass'],
  airline: ['Main Cabin', 'Comfort+', 'basic economy fare', 'checked bag', 'TrueBlue points', 'seat upgrade', 'travel credit'],
  insurer: ['comprehensive coverage', 'renters policy', 'roadside assistance', 'collision deductible', 'umbrella policy'],
  retail: ['Dyson V15 vacuum', 'KitchenAid mixer', 'AirPods Pro', 'Instant Pot Duo', 'Nike Pegasus 41', 'LEGO Millennium Falcon', 'queen mattress topper', 'Yeti tumbler'],
  utility: ['budget billing', 'smart meter', 'paperless billing', 'autopay', 'green energy option'],
  health: ['MRI statement', 'lab work', 'ER visit', 'physical therapy sessions', 'payment plan'],
};

export const ISSUES: Record<Brand['industry'], readonly string[]> = {
  bank: ['double charged', 'chargeback', 'overdraft fee', 'card declined', 'fraud alert', 'wire transfer', 'pending deposit', 'locked out'],
  telco: ['roaming charges', 'dropped calls', 'no signal', 'port out', 'activation fee', 'slow internet', 'SIM swap', 'late fee'],
  airline: ['cancelled flight', 'missed connection', 'lost bag', 'refund request', 'schedule change', 'seat assignment'],
  insurer: ['claim status', 'fender bender', 'hail damage', 'premium increase', 'water damage', 'policy cancellation'],
  retail: ['damaged in transit', 'wrong size', 'never arrived', 'return label', 'refund not received', 'missing item'],
  utility: ['high bill', 'disconnection notice', 'meter reading', 'power outage', 'payment arrangement', 'estimated bill'],
  health: ['balance due', 'insurance denial', 'itemized bill', 'duplicate charge', 'collections notice', 'EOB mismatch'],
};
