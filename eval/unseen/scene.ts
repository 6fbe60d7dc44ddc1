/**
 * The cast and props of one document: who talks, which business, and must-survive details drawn
 * with their written and spoken surfaces. Dialog and document templates take a Scene.
 */
import type { Dice } from './dice.js';
import { BRANDS, STATE_NAMES, FAMILY_NAMES, GIVEN_NAMES, ISSUES, MERCHANTS, PRODUCTS, WORD_NAMES } from './pools.js';
import { type KeepPiece, type NeutralPiece, type Piece, kept, neutralPiece, saidPiece } from './pieces.js';
import { MONTHS, MONTHS_SHORT, cardinal, digitStyle, ordinalSuffix, ordinalWord, sayAmount, sayDigits, sayLetters, sayTime } from './speech.js';
import * as V from './values.js';

export class Scene {
  readonly brandName: string;
  readonly agent: V.Person;
  readonly cust: V.Person;
  readonly other: V.Person;
  readonly home: V.Address;

  constructor(readonly r: Dice) {
    this.brandName = r.pick(BRANDS);
    const agentGiven = r.chance(0.35) ? r.pick(WORD_NAMES) : r.pick(GIVEN_NAMES);
    this.agent = V.person(agentGiven, r.pick(FAMILY_NAMES), r);
    const custFamily = r.pick(FAMILY_NAMES);
    this.cust = V.person(r.pick(GIVEN_NAMES), custFamily, r);
    this.other = V.person(r.pick(GIVEN_NAMES), r.chance(0.5) ? custFamily : r.pick(FAMILY_NAMES), r);
    this.home = V.address(r);
  }

  one<T>(...xs: T[]): T {
    return this.r.pick(xs);
  }

  // ------------------------------------------------------------ personal values
  card(): ReturnType<typeof V.card> { return V.card(this.r); }
  expiry(): V.Val { return V.expiry(this.r); }
  cvv(amex = false): V.Val { return V.cvv(this.r, amex); }
  ssn(): V.Val { return V.ssn(this.r); }
  phone(): V.Val { return this.r.chance(0.8) ? V.usPhone(this.r) : V.intlPhone(this.r); }
  usPhone(): V.Val { return V.usPhone(this.r); }
  intlPhone(): V.Val { return V.intlPhone(this.r); }
  email(p: V.Person = this.cust): V.Val { return V.email(p, this.r); }
  dob(): V.Val { return V.birthDate(this.r); }
  routing(): V.Val { return V.routing(this.r); }
  account(): V.Val { return V.bankAccount(this.r); }
  iban(): V.Val { return V.iban(this.r); }
  ip(v6 = false): V.Val { return V.ipAddress(this.r, v6); }
  address(): V.Address { return V.address(this.r); }

  /** "1420 Maple Ave Apt 3, Tacoma, WA 98402" as pieces: street and ZIP are gold, city and state plain. */
  fullAddress(a: V.Address = this.home): Piece[] {
    const sep = this.one(', ', ' ', ', ');
    return [{ kind: 'pii', val: a.street }, saidPiece(`${sep}${a.city}${sep === ' ' ? ' ' : ', '}${a.state} `, `${a.city} ${STATE_NAMES[a.state] ?? a.state}`.toLowerCase()), { kind: 'pii', val: a.zip }];
  }

  // ------------------------------------------------------------ must-survive details
  brand(): KeepPiece { return kept('brand', this.brandName); }

  amount(lo = 3, hi = 900): KeepPiece {
    const dollars = this.r.int(lo, hi);
    const cents = this.r.chance(0.3) ? 0 : this.r.int(1, 99);
    const shown = dollars >= 1000 ? `${Math.floor(dollars / 1000)},${String(dollars % 1000).padStart(3, '0')}` : String(dollars);
    const written = this.r.weighted([[`$${shown}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`, 8], [`${shown}.${String(cents).padStart(2, '0')} USD`, 1], [`$${shown}${cents ? `.${String(cents).padStart(2, '0')}` : '.00'}`, 2]]);
    return kept('amount', written, sayAmount(dollars, cents, this.r));
  }

  merchant(): KeepPiece {
    const m = this.r.pick(MERCHANTS);
    return kept('merchant', m, m.toLowerCase().replace(/&/g, 'and'));
  }

  product(): KeepPiece {
    const p = this.r.pick(PRODUCTS);
    return kept('product', p, p.toLowerCase().replace(/-/g, ' ').replace(/\b(\d+)\b/g, (d) => cardinal(Number(d))));
  }

  issue(): KeepPiece { return kept('issue', this.r.pick(ISSUES)); }

  cardProduct(): KeepPiece {
    const p = this.r.pick(['Platinum Rewards card', 'travel card', 'cashback card', 'debit card', 'store card']);
    return kept('product', p, p.toLowerCase());
  }

  order(): KeepPiece {
    const r = this.r;
    const style = digitStyle(r);
    const form = r.int(0, 4);
    if (form === 0) {
      const a = r.digits(3), b = r.digits(7), c = r.digits(7);
      return kept('order_number', `${a}-${b}-${c}`, [a, b, c].map((g) => sayDigits(g, r, style).join(' ')).join(' '));
    }
    if (form === 1) {
      const d = r.digits(6);
      return kept('order_number', `ORD-${d}`, `o r d ${sayDigits(d, r, style).join(' ')}`);
    }
    if (form === 2) {
      const l = r.pick(['W', 'BX', 'QK', 'T']);
      const d = r.digits(r.int(7, 9));
      return kept('order_number', `${l}${d}`, `${sayLetters(l, r)} ${sayDigits(d, r, style).join(' ')}`);
    }
    if (form === 3) {
      const d = r.digits(5);
      const l = r.pick(['A', 'K', 'Z']);
      const suffix = String(r.int(10, 99));
      return kept('order_number', `#${l}${d}-${suffix}`, `${sayLetters(l, r)} ${sayDigits(d + suffix, r, style).join(' ')}`);
    }
    const d = r.digits(8);
    return kept('order_number', d, sayDigits(d, r, style).join(' '));
  }

  caseNo(): KeepPiece {
    const r = this.r;
    const style = digitStyle(r);
    const form = r.int(0, 3);
    if (form === 0) { const d = r.digits(7); return kept('case_number', `CS${d}`, `c s ${sayDigits(d, r, style).join(' ')}`); }
    if (form === 1) { const d = r.digits(7); return kept('case_number', `INC${d}`, `i n c ${sayDigits(d, r, style).join(' ')}`); }
    if (form === 2) { const y = r.int(2024, 2026); const d = r.digits(6); return kept('case_number', `${y}-${d}`, `${cardinal(y)} ${sayDigits(d, r, style).join(' ')}`); }
    const d = r.digits(r.int(5, 6));
    return kept('case_number', d, sayDigits(d, r, style).join(' '));
  }

  /** A day something happened: not a birth date, and it must stay readable. */
  txDate(): KeepPiece {
    const r = this.r;
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    const month = MONTHS[m - 1]!;
    // Read after "on": weekdays only, never "on yesterday".
    const relative = r.pick(['Tuesday', 'Friday', 'Monday', 'Saturday']);
    return r.pick([
      kept('transaction_date', `${month} ${d}`, `${month.toLowerCase()} ${ordinalWord(d)}`),
      kept('transaction_date', `${MONTHS_SHORT[m - 1]} ${ordinalSuffix(d)}`, `${month.toLowerCase()} ${ordinalWord(d)}`),
      kept('transaction_date', `the ${ordinalSuffix(d)}`, `the ${ordinalWord(d)}`),
      kept('transaction_date', `${m}/${d}`, `${month.toLowerCase()} ${ordinalWord(d)}`),
      kept('transaction_date', relative, relative.toLowerCase()),
    ]);
  }

  time(): KeepPiece {
    const r = this.r;
    const h = r.int(1, 12);
    const m = r.pick([0, 15, 30, 45, r.int(1, 59)]);
    const pm = r.chance(0.5);
    const written = m === 0 && r.chance(0.5) ? `${h} ${pm ? 'pm' : 'am'}` : `${h}:${String(m).padStart(2, '0')}${r.pick([' PM', ' pm', 'pm', ''])}`;
    return kept('time', written, `${sayTime(h, m, r)}${r.chance(0.5) ? (pm ? ' p m' : ' a m') : ''}`);
  }

  qty(units: readonly string[] = ['boxes', 'items', 'tickets', 'units', 'bags', 'devices', 'pairs of shoes']): KeepPiece {
    const r = this.r;
    const n = r.int(2, 12);
    const unit = r.pick(units);
    return kept('quantity', r.chance(0.5) ? `${n} ${unit}` : `${cardinal(n)} ${unit}`, `${cardinal(n)} ${unit}`);
  }

  /** A card's or account's last four: identifies nobody on its own, scored neither way. */
  last4(digits: string): NeutralPiece {
    return neutralPiece(digits, sayDigits(digits, this.r, digitStyle(this.r)).join(' '));
  }
}
