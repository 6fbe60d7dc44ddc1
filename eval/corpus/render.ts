/**
 * Turns generated values into surfaces: written (digits, punctuation), spoken (ASR words) or terse
 * (agent notes). Each method returns a segment that carries its canonical value for the gold span.
 */
import { Rng } from './prng.js';
import { ent, keep, type EntitySeg, type KeepSeg } from './document.js';
import {
  cardGroups, type Address, type CardValue, type DateParts, type Expiry, type Phone, phoneDigits,
  ibanGrouped,
} from './values.js';
import {
  MONTHS, MONTHS_SHORT, cardinalWords, ordinalSuffix, ordinalWord, speakDate, speakDigits, speakEmail,
  speakIpv4, speakPair, speakSingles, speakYear, spokenToDigits, type DigitStyle,
} from './spoken.js';
import { FILLERS } from './pools.js';

export type Mode = 'spoken' | 'written' | 'terse';

export interface Person {
  first: string;
  last: string;
  middle?: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const title = (s: string): string => s.split(' ').map(cap).join(' ');

export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export class Voice {
  constructor(
    readonly rng: Rng,
    readonly mode: Mode,
    /** Chance that a long number is split across utterances (or chat messages). */
    readonly splitChance = 0.3,
  ) {}

  /** Written numbers sent in two pieces ("4111 1111" then "1111 1111"): chats, ITN transcripts. */
  private writtenSplit(groups: string[], sep: string): string[] {
    if (this.splitChance === 0 || groups.length < 2 || !this.rng.chance(this.splitChance)) return [groups.join(sep)];
    const cut = this.rng.int(1, groups.length - 1);
    return [groups.slice(0, cut).join(sep), groups.slice(cut).join(sep)];
  }

  private casing(s: string): string {
    if (this.mode === 'spoken') return s.toLowerCase();
    const r = this.rng.float();
    if (this.mode === 'terse' && r < 0.15) return s.toUpperCase();
    if (r < 0.1) return s.toLowerCase();
    return s;
  }

  /** Sprinkles a filler into a spoken number now and then. */
  private maybeFiller(parts: string[]): string[] {
    if (this.mode !== 'spoken' || parts.length < 2 || !this.rng.chance(0.15)) return parts;
    const at = this.rng.int(1, parts.length - 1);
    return [...parts.slice(0, at), this.rng.pick(FILLERS), ...parts.slice(at)];
  }

  /** Spoken digits by groups, optionally split into separate utterances at group boundaries. */
  private spokenGroups(groups: string[], style?: DigitStyle): string[] {
    let said = groups.map((g) => speakDigits(g, this.rng, style ?? this.rng.pick<DigitStyle>(['singles', 'mixed', 'mixed', 'pairs'])));
    // "forty" closing one group and "one" opening the next read back as 41: fall back to single digits.
    if (spokenToDigits(said.join(' ')) !== groups.join('')) said = groups.map((g) => speakSingles(g, this.rng));
    if (groups.length >= 2 && this.rng.chance(this.splitChance)) {
      const cut = this.rng.int(1, groups.length - 1);
      const cut2 = groups.length >= 4 && this.rng.chance(0.4) ? this.rng.int(cut + 1, groups.length - 1) : -1;
      const chunks = [said.slice(0, cut), cut2 > 0 ? said.slice(cut, cut2) : said.slice(cut), cut2 > 0 ? said.slice(cut2) : []]
        .filter((c) => c.length > 0)
        .map((c) => c.join(' '));
      return chunks;
    }
    return [this.maybeFiller(said).join(' ')];
  }

  person(p: Person, variant?: 'full' | 'first' | 'last' | 'middle'): EntitySeg {
    let v = variant ?? this.rng.weighted<'full' | 'first' | 'last' | 'middle'>([['full', 5], ['first', 3], ['last', 1], ['middle', p.middle ? 1 : 0]]);
    if (v === 'middle' && !p.middle) v = 'full';
    const raw = v === 'full' ? `${p.first} ${p.last}` : v === 'first' ? p.first : v === 'last' ? p.last : `${p.first} ${p.middle}. ${p.last}`;
    const surface = this.casing(raw);
    return ent('PERSON', raw, surface, 'written');
  }

  /** A name spelled out letter by letter ("g o n z a l e z", "G-O-N-Z-A-L-E-Z"). */
  spelled(name: string): EntitySeg {
    const letters = [...asciiFold(name).replace(/[^A-Za-z]/g, '')];
    const sep = this.mode === 'spoken' ? ' ' : this.rng.pick([' ', '-', ' ', '. ']);
    let surface = letters.join(sep);
    if (sep === '. ') surface += '.';
    surface = this.mode === 'spoken' ? surface.toLowerCase() : this.rng.chance(0.7) ? surface.toUpperCase() : surface.toLowerCase();
    return ent('PERSON', name, surface, 'spelled');
  }

  card(card: CardValue): EntitySeg {
    const groups = cardGroups(card);
    if (this.mode === 'spoken') return ent('CREDIT_CARD', card.digits, this.spokenGroups(groups), 'spoken');
    const sep = this.rng.weighted<string>([[' ', 5], ['-', 3], ['', this.mode === 'terse' ? 4 : 2]]);
    const pieces = this.writtenSplit(groups, sep === '' ? ' ' : sep);
    return ent('CREDIT_CARD', card.digits, pieces.length > 1 ? pieces : groups.join(sep));
  }

  expiry(e: Expiry): EntitySeg {
    const mm = String(e.month).padStart(2, '0');
    const yy = String(e.year).slice(2);
    const value = `${mm}/${yy}`;
    if (this.mode === 'spoken') {
      const s = this.rng.pick([
        () => `${speakPair(mm, this.rng)} ${speakPair(yy, this.rng)}`,
        () => `${MONTHS[e.month - 1]} ${speakYear(e.year, this.rng)}`,
        () => `${MONTHS[e.month - 1]} ${speakPair(yy, this.rng)}`,
        () => `${cardinalWords(e.month)} ${speakPair(yy, this.rng)}`,
        () => `${speakSingles(mm, this.rng)} ${speakSingles(yy, this.rng)}`,
      ])();
      return ent('CARD_EXPIRY', value, s, 'spoken');
    }
    const s = this.rng.pick([
      `${mm}/${yy}`, `${mm}/${yy}`, `${e.month}/${yy}`, `${mm}/${e.year}`, `${mm}-${yy}`, `${mm}${yy}`,
      `${cap(MONTHS[e.month - 1]!)} ${e.year}`, `${cap(MONTHS_SHORT[e.month - 1]!)} ${yy}`, `${mm} / ${yy}`,
    ]);
    return ent('CARD_EXPIRY', value, s);
  }

  cvv(code: string): EntitySeg {
    if (this.mode === 'spoken') {
      const s = code.length === 3 && this.rng.chance(0.3) ? speakDigits(code, this.rng, 'mixed', [code]) : speakSingles(code, this.rng);
      return ent('CARD_CVV', code, s, 'spoken');
    }
    return ent('CARD_CVV', code, code);
  }

  ssn(ssn: string): EntitySeg {
    const groups = [ssn.slice(0, 3), ssn.slice(3, 5), ssn.slice(5)];
    if (this.mode === 'spoken') return ent('US_SSN', ssn, this.spokenGroups(groups), 'spoken');
    const sep = this.rng.weighted<string>([['-', 7], [' ', 2], ['', 2], ['.', 1]]);
    return ent('US_SSN', ssn, groups.join(sep));
  }

  phone(p: Phone): EntitySeg {
    const digits = phoneDigits(p);
    if (this.mode === 'spoken') {
      if (p.kind === 'us') {
        const groups = [p.area, p.exchange, p.line];
        const chunks = this.spokenGroups(groups, this.rng.pick<DigitStyle>(['singles', 'singles', 'mixed']));
        if (this.rng.chance(0.15)) chunks[0] = `one ${chunks[0]}`;
        return ent('PHONE_NUMBER', this.rng.chance(0.15) ? digits : digits, chunks, 'spoken');
      }
      const chunks = this.spokenGroups(p.groups, 'singles');
      chunks[0] = `plus ${speakSingles(p.cc, this.rng)} ${chunks[0]}`;
      return ent('PHONE_NUMBER', digits, chunks, 'spoken');
    }
    if (p.kind === 'us') {
      const s = this.rng.weighted<string>([
        [`(${p.area}) ${p.exchange}-${p.line}`, 4], [`${p.area}-${p.exchange}-${p.line}`, 5], [`${p.area}.${p.exchange}.${p.line}`, 1],
        [`${p.area}${p.exchange}${p.line}`, this.mode === 'terse' ? 4 : 1], [`+1 ${p.area} ${p.exchange} ${p.line}`, 1],
        [`1-${p.area}-${p.exchange}-${p.line}`, 1], [`${p.area} ${p.exchange} ${p.line}`, 1], [`+1 (${p.area}) ${p.exchange}-${p.line}`, 1],
      ]);
      return ent('PHONE_NUMBER', digits, s);
    }
    const sep = this.rng.pick([' ', ' ', '-', '']);
    const s = this.rng.chance(0.8) ? `+${p.cc} ${p.groups.join(sep)}` : `00${p.cc} ${p.groups.join(sep)}`;
    return ent('PHONE_NUMBER', digits, s);
  }

  email(address: string): EntitySeg {
    if (this.mode === 'spoken') return ent('EMAIL_ADDRESS', address, speakEmail(address, this.rng), 'spoken');
    const s = this.mode === 'terse' && this.rng.chance(0.2) ? address.toUpperCase() : this.rng.chance(0.05) ? address.replace(/^./, (c) => c.toUpperCase()) : address;
    return ent('EMAIL_ADDRESS', address, s);
  }

  /** Street line only (number, direction, street, suffix, unit); city and ZIP are separate. */
  street(a: Address): EntitySeg {
    const abbreviate = this.mode !== 'spoken' && this.rng.chance(this.mode === 'terse' ? 0.8 : 0.5);
    const pick = (pair: readonly [string, string]): string => (abbreviate ? pair[1] : pair[0]);
    const unitText = (spoken: boolean): string => {
      if (!a.unit) return '';
      const word = spoken ? a.unit.word[0].toLowerCase().replace('number', 'number') : pick(a.unit.word);
      const id = spoken ? a.unit.id.toLowerCase().split('').map((c) => (/\d/.test(c) ? speakSingles(c, this.rng) : c)).join(' ') : a.unit.id;
      const sep = spoken ? ' ' : this.rng.pick([', ', ' ', ' ']);
      return `${sep}${word}${word === '#' ? '' : ' '}${id}`;
    };
    const plainValue = `${a.number} ${a.direction ? a.direction[0] + ' ' : ''}${a.street} ${a.suffix[0]}${a.unit ? ` ${a.unit.word[0]} ${a.unit.id}` : ''}`;
    if (this.mode === 'spoken') {
      const number = a.number.length <= 2 || this.rng.chance(0.4) ? speakDigits(a.number, this.rng, 'singles') : speakDigits(a.number, this.rng, 'mixed', a.number.length === 4 ? [a.number.slice(0, 2), a.number.slice(2)] : [a.number]);
      const s = `${number} ${a.direction ? a.direction[0].toLowerCase() + ' ' : ''}${a.street.toLowerCase()} ${a.suffix[0].toLowerCase()}${unitText(true)}`;
      return ent('STREET_ADDRESS', plainValue, s, 'spoken');
    }
    const s = `${a.number} ${a.direction ? pick(a.direction) + ' ' : ''}${a.street} ${pick(a.suffix)}${abbreviate && this.rng.chance(0.3) ? '.' : ''}${unitText(false)}`;
    return ent('STREET_ADDRESS', plainValue, this.casing(s));
  }

  zip(a: Address): EntitySeg {
    const value = a.zip4 ? `${a.zip}-${a.zip4}` : a.zip;
    // Callers say the five-digit ZIP; the +4 is rarely spoken.
    if (this.mode === 'spoken') return ent('POSTAL_CODE', a.zip, speakSingles(a.zip, this.rng), 'spoken');
    return ent('POSTAL_CODE', value, value);
  }

  dob(d: DateParts): EntitySeg {
    const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    if (this.mode === 'spoken') return ent('DATE_OF_BIRTH', iso, speakDate(d, this.rng), 'spoken');
    const mm = String(d.month).padStart(2, '0');
    const dd = String(d.day).padStart(2, '0');
    const yy = String(d.year).slice(2);
    const month = cap(MONTHS[d.month - 1]!);
    const s = this.rng.weighted<string>([
      [`${mm}/${dd}/${d.year}`, 5], [`${d.month}/${d.day}/${d.year}`, 3], [`${d.month}/${d.day}/${yy}`, 2], [`${iso}`, 1],
      [`${month} ${d.day}, ${d.year}`, 3], [`${d.day} ${month} ${d.year}`, 1], [`${cap(MONTHS_SHORT[d.month - 1]!)} ${ordinalSuffix(d.day)} ${d.year}`, 1],
      [`${mm}-${dd}-${d.year}`, 1], [`${month} ${ordinalSuffix(d.day)}, ${d.year}`, 1], [`${mm}.${dd}.${d.year}`, 1],
    ]);
    return ent('DATE_OF_BIRTH', iso, s);
  }

  bankAccount(n: string): EntitySeg {
    if (this.mode === 'spoken') {
      const groups = n.length > 6 ? [n.slice(0, Math.ceil(n.length / 2)), n.slice(Math.ceil(n.length / 2))] : [n];
      return ent('BANK_ACCOUNT', n, this.spokenGroups(groups, this.rng.pick<DigitStyle>(['singles', 'mixed'])), 'spoken');
    }
    if (n.length > 8 && this.splitChance > 0 && this.rng.chance(this.splitChance)) {
      const cut = this.rng.int(3, n.length - 3);
      return ent('BANK_ACCOUNT', n, [n.slice(0, cut), n.slice(cut)]);
    }
    return ent('BANK_ACCOUNT', n, this.rng.chance(0.1) ? n.replace(/(\d{4})(?=\d)/g, '$1-') : n);
  }

  routing(n: string): EntitySeg {
    if (this.mode === 'spoken') return ent('ROUTING_NUMBER', n, this.spokenGroups([n.slice(0, 3), n.slice(3, 6), n.slice(6)], 'singles'), 'spoken');
    return ent('ROUTING_NUMBER', n, n);
  }

  iban(value: string): EntitySeg {
    if (this.mode === 'spoken') {
      const letters = value.slice(0, 2).toLowerCase().split('').join(' ');
      const rest = value.slice(2);
      // Spoken IBANs use only all-digit BBANs: letters inside a spoken BBAN are read letter by letter by the caller.
      const said = [...rest].map((c) => (/\d/.test(c) ? null : c.toLowerCase()));
      if (said.some((c) => c !== null)) return ent('IBAN', value, ibanGrouped(value), 'written');
      const groups = rest.match(/.{1,4}/g) ?? [];
      const chunks = this.spokenGroups(groups, 'singles');
      chunks[0] = `${letters} ${chunks[0]}`;
      return ent('IBAN', value, chunks, 'spoken');
    }
    const grouped = this.rng.chance(0.55);
    let s = grouped ? ibanGrouped(value) : value;
    if (this.rng.chance(0.08)) s = s.toLowerCase();
    return ent('IBAN', value, s);
  }

  ip(value: string): EntitySeg {
    if (this.mode === 'spoken' && !value.includes(':')) return ent('IP_ADDRESS', value, speakIpv4(value, this.rng), 'spoken');
    return ent('IP_ADDRESS', value, this.rng.chance(0.1) ? value.toUpperCase() : value);
  }

  // ---- must-survive values ----

  amount(): KeepSeg {
    const dollars = this.rng.weighted<number>([[this.rng.int(1, 99), 4], [this.rng.int(100, 999), 3], [this.rng.int(1000, 4999), 1]]);
    const cents = this.rng.chance(0.3) ? 0 : this.rng.int(1, 99);
    if (this.mode === 'spoken') {
      const d = dollars < 100 ? cardinalWords(dollars) : dollars < 1000 ? `${dollars % 100 === 0 ? `${cardinalWords(Math.floor(dollars / 100))} hundred` : `${cardinalWords(Math.floor(dollars / 100))} ${speakPair(String(dollars % 100).padStart(2, '0'))}`}` : `${cardinalWords(Math.floor(dollars / 1000))} thousand`;
      const s = cents === 0 ? `${d} dollars` : this.rng.chance(0.5) ? `${d} dollars and ${cardinalWords(cents)} cents` : `${d} ${speakPair(String(cents).padStart(2, '0'))}`;
      return keep('amount', s);
    }
    const n = dollars.toLocaleString('en-US');
    const s = this.rng.weighted<string>([
      [`$${n}.${String(cents).padStart(2, '0')}`, 6], [`$${n}`, cents === 0 ? 3 : 0], [`${n}.${String(cents).padStart(2, '0')} dollars`, 1],
      [`USD ${dollars}.${String(cents).padStart(2, '0')}`, 1], [`$${dollars}.${String(cents).padStart(2, '0')}`, 1],
    ]);
    return keep('amount', s);
  }

  merchant(name: string): KeepSeg {
    return keep('merchant', this.mode === 'spoken' ? name.toLowerCase().replace(/[.+]/g, '') : name);
  }

  brand(name: string): KeepSeg {
    return keep('brand', this.mode === 'spoken' ? name.toLowerCase() : name);
  }

  product(name: string): KeepSeg {
    return keep('product', this.mode === 'spoken' ? name.toLowerCase() : name);
  }

  issue(word: string): KeepSeg {
    return keep('issue', this.mode === 'spoken' ? word.replace(/-/g, ' ') : word);
  }

  transactionDate(month: number, day: number): KeepSeg {
    if (this.mode === 'spoken') return keep('transaction_date', this.rng.chance(0.7) ? `${MONTHS[month - 1]} ${ordinalWord(day)}` : `the ${ordinalWord(day)}`);
    return keep('transaction_date', this.rng.pick([`${cap(MONTHS[month - 1]!)} ${day}`, `${month}/${day}`, `${cap(MONTHS_SHORT[month - 1]!)} ${day}`, `${cap(MONTHS[month - 1]!)} ${ordinalSuffix(day)}`]));
  }

  time(): KeepSeg {
    const h = this.rng.int(1, 12);
    const m = this.rng.pick([0, 15, 30, 45, this.rng.int(1, 59)]);
    const ampm = this.rng.pick(['am', 'pm']);
    if (this.mode === 'spoken') return keep('time', m === 0 ? `${cardinalWords(h)} ${ampm === 'am' ? 'a m' : 'p m'}` : `${cardinalWords(h)} ${speakPair(String(m).padStart(2, '0'))}`);
    return keep('time', `${h}:${String(m).padStart(2, '0')} ${this.rng.chance(0.5) ? ampm.toUpperCase() : ampm}`);
  }

  quantity(): KeepSeg {
    const n = this.rng.int(2, 12);
    const unit = this.rng.pick(['items', 'boxes', 'packages', 'units', 'charges', 'payments', 'lines', 'devices', 'tickets']);
    return keep('quantity', this.mode === 'spoken' ? `${cardinalWords(n)} ${unit}` : this.rng.chance(0.6) ? `${n} ${unit}` : `${cardinalWords(n)} ${unit}`);
  }

  orderNumber(): KeepSeg {
    const s = this.rng.pick([
      () => `${this.rng.digits(3)}-${this.rng.digits(7)}-${this.rng.digits(7)}`,
      () => `#W${this.rng.digits(9)}`,
      () => `ORD-${this.rng.digits(6)}`,
      () => `${this.rng.pick(['A', 'B', 'K', 'X'])}${this.rng.digits(8)}`,
      () => `SO${this.rng.digits(7)}`,
      () => `#${this.rng.digits(5)}`,
    ])();
    if (this.mode === 'spoken') {
      const digits = s.replace(/\D/g, '').slice(0, 6);
      return keep('order_number', speakSingles(digits, this.rng));
    }
    return keep('order_number', s);
  }

  caseNumber(): KeepSeg {
    const s = this.rng.pick([
      () => `CS-${this.rng.digits(5)}`, () => `INC${this.rng.digits(7)}`, () => `#${this.rng.digits(6)}`,
      () => `TKT-${this.rng.digits(4)}-${this.rng.digits(3)}`, () => `${this.rng.pick(['CASE', 'REF'])}${this.rng.digits(6)}`,
      () => `SR ${this.rng.digits(2)}-${this.rng.digits(5)}`,
    ])();
    if (this.mode === 'spoken') return keep('case_number', speakDigits(this.rng.digits(this.rng.int(5, 6)), this.rng, 'mixed'));
    return keep('case_number', s);
  }
}

export { title };
