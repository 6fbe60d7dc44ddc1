/** One synthetic customer (and the agent serving them) with every value a conversation may need. */
import { Rng } from './prng.js';
import {
  COMPANIES, EMAIL_DOMAINS, FIRST_NAMES, FIRST_NAMES_ACCENTED, MIDDLE_INITIALS, STREET_NAMES, STREET_SUFFIXES,
  SURNAMES, SURNAMES_COMPOUND, DIRECTIONS, UNIT_WORDS, WORK_EMAIL_DOMAINS,
} from './pools.js';
import {
  bankAccountNumber, cardExpiry, cardNumber, cardVerificationCode, cityState, dateOfBirth, iban, internationalPhone,
  ipv4, ipv6, routingNumber, socialSecurityNumber, usPhone, zipFor, type Address, type CardValue, type DateParts,
  type Expiry, type Phone,
} from './values.js';
import { asciiFold, type Person } from './render.js';

export interface Persona {
  customer: Person;
  agent: Person;
  /** A third person: spouse, account holder, previous agent. */
  other: Person;
  company: string;
  card: CardValue;
  expiry: Expiry;
  cvv: string;
  ssn: string;
  phone: Phone;
  intlPhone: Phone;
  email: string;
  address: Address;
  city: string;
  state: string;
  dob: DateParts;
  account: string;
  routing: string;
  iban: string;
  ip: string;
}

function person(rng: Rng): Person {
  const first = rng.chance(0.06) ? rng.pick(FIRST_NAMES_ACCENTED) : rng.pick(FIRST_NAMES);
  const last = rng.chance(0.08) ? rng.pick(SURNAMES_COMPOUND) : rng.pick(SURNAMES);
  return rng.chance(0.2) ? { first, last, middle: rng.pick(MIDDLE_INITIALS) } : { first, last };
}

function emailFor(rng: Rng, p: Person): string {
  const f = asciiFold(p.first).toLowerCase().replace(/[^a-z]/g, '');
  const l = asciiFold(p.last).toLowerCase().replace(/[^a-z]/g, '');
  const n = rng.chance(0.5) ? String(rng.int(1, 99)) : String(rng.int(1960, 2005));
  const local = rng.pick([
    `${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}${l}${n}`, `${f}.${l}${n}`, `${l}${f[0]}`, `${f}${n}`,
    `${f[0]}.${l}`, `${l}.${f}`, `${f}-${l}`,
  ]);
  const domain = rng.chance(0.85) ? rng.pick(EMAIL_DOMAINS) : rng.pick(WORK_EMAIL_DOMAINS);
  return `${local}@${domain}`;
}

export function makePersona(rng: Rng): Persona {
  const customer = person(rng);
  const [city, state, zipPrefix] = cityState(rng);
  const number = String(rng.weighted<number>([[rng.int(1, 99), 2], [rng.int(100, 999), 4], [rng.int(1000, 9999), 4], [rng.int(10000, 29999), 1]]));
  const address: Address = {
    number,
    street: rng.pick(STREET_NAMES),
    suffix: rng.pick(STREET_SUFFIXES),
    city,
    state,
    zip: zipFor(rng, zipPrefix),
  };
  if (rng.chance(0.15)) address.direction = rng.pick(DIRECTIONS);
  if (rng.chance(0.35)) address.unit = { word: rng.pick(UNIT_WORDS), id: rng.chance(0.6) ? String(rng.int(1, 40)) : `${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'D'])}` };
  if (rng.chance(0.15)) address.zip4 = rng.digits(4);
  const card = cardNumber(rng);
  return {
    customer,
    agent: person(rng),
    other: person(rng),
    company: rng.pick(COMPANIES),
    card,
    expiry: cardExpiry(rng),
    cvv: cardVerificationCode(rng, card),
    ssn: socialSecurityNumber(rng),
    phone: usPhone(rng),
    intlPhone: internationalPhone(rng),
    email: emailFor(rng, customer),
    address,
    city,
    state,
    dob: dateOfBirth(rng),
    account: bankAccountNumber(rng),
    routing: routingNumber(rng),
    iban: iban(rng),
    ip: rng.chance(0.75) ? ipv4(rng) : ipv6(rng),
  };
}
