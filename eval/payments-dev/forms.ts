/**
 * Surfaces of each entity and must-survive string, written or spoken, as segments for the
 * DocBuilder. Gold covers the value only, never its cue ("exp", "cvv"), as an annotator would mark it.
 */
import { ent, keep, type EntitySeg, type Seg } from '../corpus/document.js';
import {
  cardGroups, cardinal, CENTER_BRANDS, expiryValue, isoDate, MERCHANTS, MONTHS, MONTHS_SHORT, ordinal, pad2, PRODUCTS,
  sayAmount, sayDigits, sayPair, sayYear4, WEEKDAYS, writeAmount,
  type Card, type DateParts, type Expiry, type Prng,
} from './values.js';

/** One part of a value said over several utterances; all parts of one value share `whole`. */
export interface PartSeg {
  kind: 'part';
  whole: EntitySeg;
  index: number;
}

export type PSeg = Seg | PartSeg;

/** Splits one value into parts to be placed in different turns. */
export function split(whole: EntitySeg): PartSeg[] {
  return whole.chunks.map((_, index) => ({ kind: 'part', whole, index }));
}

export type Mode = 'written' | 'spoken';

// ---------- cards ----------

export function cardWritten(c: Card, rng: Prng): EntitySeg {
  const g = cardGroups(c);
  const surface = rng.pick([g.join(' '), g.join('-'), c.digits, g.join(' '), g.join('  ')]);
  return ent('CREDIT_CARD', c.digits, surface);
}

export function cardSpoken(c: Card, rng: Prng, asr = false): EntitySeg {
  const zero = rng.pick(['oh', 'zero'] as const);
  const groups = cardGroups(c).map((g) => sayDigits(g, rng, zero, rng.chance(0.3)));
  // An ASR engine emits no punctuation; a human transcriber marks the pauses between groups.
  return ent('CREDIT_CARD', c.digits, groups.join(asr ? ' ' : rng.pick([' ', ', ', ' ... '])), 'spoken');
}

/** The card said in two turns (first half, agent acknowledges, second half). */
export function cardSpokenTwoTurns(c: Card, rng: Prng): EntitySeg {
  const zero = rng.pick(['oh', 'zero'] as const);
  const g = cardGroups(c).map((x) => sayDigits(x, rng, zero));
  const cut = g.length === 3 ? 2 : 2;
  return ent('CREDIT_CARD', c.digits, [g.slice(0, cut).join(' '), g.slice(cut).join(' ')], 'spoken');
}

// ---------- expiry ----------

export function expiryWritten(e: Expiry, rng: Prng): EntitySeg {
  const mm = pad2(e.m);
  const yy = pad2(e.yy);
  const forms = [
    `${mm}/${yy}`, `${e.m}/${yy}`, `${mm}-${yy}`, `${mm}${yy}`, `${mm}/20${yy}`, `${e.m}.${yy}`, `${MONTHS_SHORT[e.m - 1]} ${yy}`,
    `${e.m === 9 ? 'Sept' : MONTHS_SHORT[e.m - 1]} '${yy}`, `${MONTHS[e.m - 1]} 20${yy}`, `${mm} / ${yy}`, `${mm}/${yy}`, `${e.m}-20${yy}`,
    `${MONTHS_SHORT[e.m - 1]}/${yy}`, `${mm}.20${yy}`, `${e.m} ${yy}`, `${mm}/${yy}`,
  ];
  return ent('CARD_EXPIRY', expiryValue(e), rng.pick(forms));
}

export function expirySpoken(e: Expiry, rng: Prng): EntitySeg {
  const mm = pad2(e.m);
  const yy = pad2(e.yy);
  const month = MONTHS[e.m - 1]!.toLowerCase();
  const forms = [
    `${sayPair(mm)} ${cardinal(e.yy)}`, `${cardinal(e.m)} ${cardinal(e.yy)}`, `${month} ${cardinal(e.yy)}`,
    `zero ${cardinal(e.m)} slash ${sayDigits(yy, rng, 'zero')}`,
    `the ${ordinal(e.m)} month of ${cardinal(e.yy)}`, `${month} of twenty ${cardinal(e.yy)}`, `${cardinal(e.m)} slash ${cardinal(e.yy)}`,
    `${sayDigits(mm, rng, 'oh')} ${sayDigits(yy, rng, 'oh')}`, `${month} twenty ${cardinal(e.yy)}`, `${sayPair(mm)} of ${cardinal(e.yy)}`,
  ];
  let s = rng.pick(forms);
  // "zero nine slash" only reads right for one-digit months
  if (s.startsWith('zero ') && e.m >= 10) s = `${cardinal(e.m)} slash ${sayDigits(yy, rng, 'zero')}`;
  return ent('CARD_EXPIRY', expiryValue(e), s, 'spoken');
}

/** Month in one turn, year in the next. */
export function expirySpokenTwoTurns(e: Expiry, rng: Prng): EntitySeg {
  const month = rng.pick([MONTHS[e.m - 1]!.toLowerCase(), sayPair(pad2(e.m)), cardinal(e.m)]);
  const year = rng.pick([cardinal(e.yy), 'twenty ' + cardinal(e.yy), 'two thousand ' + cardinal(e.yy)]);
  return ent('CARD_EXPIRY', expiryValue(e), [month, year], 'spoken');
}

export function expiry(mode: Mode, e: Expiry, rng: Prng): EntitySeg {
  return mode === 'spoken' ? expirySpoken(e, rng) : expiryWritten(e, rng);
}

// ---------- CVV ----------

export function cvvWritten(code: string): EntitySeg {
  return ent('CARD_CVV', code, code);
}

export function cvvSpoken(code: string, rng: Prng): EntitySeg {
  const forms = [sayDigits(code, rng, rng.pick(['oh', 'zero'] as const))];
  if (code.length === 3 && code[1] !== '0') forms.push(`${cardinal(Number(code[0]))} ${sayPair(code.slice(1))}`);
  if (code.length === 4 && code[0] !== '0' && code[2] !== '0') forms.push(`${sayPair(code.slice(0, 2))} ${sayPair(code.slice(2))}`);
  return ent('CARD_CVV', code, rng.pick(forms), 'spoken');
}

export function cvv(mode: Mode, code: string, rng: Prng): EntitySeg {
  return mode === 'spoken' ? cvvSpoken(code, rng) : cvvWritten(code);
}

export function makeCvv(c: Card, rng: Prng): string {
  return rng.digits(c.brand === 'Amex' ? 4 : 3);
}

// ---------- dates of birth ----------

export function dobWritten(p: DateParts, rng: Prng): EntitySeg {
  const forms = [
    `${pad2(p.m)}/${pad2(p.d)}/${p.y}`, `${p.m}/${p.d}/${p.y}`, `${p.m}/${p.d}/${String(p.y).slice(2)}`, isoDate(p),
    `${MONTHS[p.m - 1]} ${p.d}, ${p.y}`, `${p.d} ${MONTHS_SHORT[p.m - 1]} ${p.y}`, `${p.m}-${p.d}-${p.y}`, `${MONTHS_SHORT[p.m - 1]} ${p.d} ${p.y}`,
  ];
  return ent('DATE_OF_BIRTH', isoDate(p), rng.pick(forms));
}

export function dobSpoken(p: DateParts, rng: Prng): EntitySeg {
  const month = MONTHS[p.m - 1]!.toLowerCase();
  const forms = [
    `${month} ${ordinal(p.d)} ${sayYear4(p.y)}`, `${cardinal(p.m)} ${cardinal(p.d)} ${sayYear4(p.y)}`,
    `the ${ordinal(p.d)} of ${month} ${sayYear4(p.y)}`, `${month} ${cardinal(p.d)} ${sayYear4(p.y)}`,
    `${sayDigits(pad2(p.m), rng)} ${sayDigits(pad2(p.d), rng)} ${sayDigits(String(p.y), rng)}`,
  ];
  return ent('DATE_OF_BIRTH', isoDate(p), rng.pick(forms), 'spoken');
}

export function dob(mode: Mode, p: DateParts, rng: Prng): EntitySeg {
  return mode === 'spoken' ? dobSpoken(p, rng) : dobWritten(p, rng);
}

// ---------- other numbers ----------

export function digitsEntity(type: 'US_SSN' | 'PHONE_NUMBER' | 'ROUTING_NUMBER' | 'BANK_ACCOUNT' | 'POSTAL_CODE', digits: string, mode: Mode, rng: Prng, written?: string): EntitySeg {
  if (mode === 'spoken') return ent(type, digits, sayDigits(digits, rng, rng.pick(['oh', 'zero'] as const), rng.chance(0.25)), 'spoken');
  return ent(type, digits, written ?? digits);
}

export function ssnWritten(ssn: string, rng: Prng): EntitySeg {
  return ent('US_SSN', ssn, rng.pick([`${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`, `${ssn.slice(0, 3)} ${ssn.slice(3, 5)} ${ssn.slice(5)}`, ssn]));
}

export function phoneWritten(p: string, rng: Prng): EntitySeg {
  return ent('PHONE_NUMBER', p, rng.pick([`(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`, `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`, `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`, `+1 ${p.slice(0, 3)} ${p.slice(3, 6)} ${p.slice(6)}`]));
}

export function makePhone(rng: Prng): string {
  return String(rng.int(201, 989)) + String(rng.int(200, 989)) + rng.digits(4);
}

// ---------- must-survive ----------

export function amount(mode: Mode, rng: Prng, cents = rng.int(399, 249999)): Seg {
  return keep('amount', mode === 'spoken' ? sayAmount(cents, rng) : writeAmount(cents, rng));
}

export function merchant(rng: Prng, lower = false): Seg {
  const m = rng.pick(MERCHANTS);
  return keep('merchant', lower ? m.toLowerCase().replace(/[*']/g, '') : m);
}

export function brand(rng: Prng, lower = false): Seg {
  const b = rng.pick(CENTER_BRANDS);
  return keep('brand', lower ? b.toLowerCase() : b);
}

export function product(rng: Prng, lower = false): Seg {
  const p = rng.pick(PRODUCTS);
  return keep('product', lower ? p.toLowerCase() : p);
}

/** A transaction date, often in the very shapes an expiry or a birthday takes. */
export function txDate(mode: Mode, rng: Prng): Seg {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  if (mode === 'spoken') {
    const month = MONTHS[m - 1]!.toLowerCase();
    return keep('transaction_date', rng.pick([`${month} ${ordinal(d)}`, `the ${ordinal(d)}`, `${month} ${cardinal(d)}`, `last ${WEEKDAYS[rng.int(0, 6)]!.toLowerCase()}`]));
  }
  return keep('transaction_date', rng.pick([`${pad2(m)}/${pad2(d)}`, `${m}/${d}`, `${MONTHS[m - 1]} ${d}`, `${MONTHS_SHORT[m - 1]} ${d}`, `${m}/${d}/2026`, `2026-${pad2(m)}-${pad2(d)}`, WEEKDAYS[rng.int(0, 6)]!]));
}

export function time(mode: Mode, rng: Prng): Seg {
  const h = rng.int(1, 12);
  const min = rng.pick([0, 5, 12, 15, 30, 41, 45, 58]);
  if (mode === 'spoken') return keep('time', `${cardinal(h)} ${min === 0 ? "o'clock" : sayPair(pad2(min))} ${rng.pick(['a m', 'p m', 'in the morning', 'this afternoon'])}`);
  return keep('time', rng.pick([`${h}:${pad2(min)} ${rng.pick(['AM', 'PM', 'pm', 'am'])}`, `${pad2(h + 8)}:${pad2(min)}`, `${h}:${pad2(min)}pm`]));
}

/** Reference codes that identify a case or a transaction, not a person. */
export function reference(mode: Mode, rng: Prng): Seg {
  const kind = rng.int(0, 4);
  if (mode === 'spoken') {
    const d = rng.digits(rng.pick([6, 6, 8]));
    return keep('case_number', sayDigits(d, rng, 'zero'));
  }
  const text =
    kind === 0 ? `CS-2026-${rng.digits(6)}`
    : kind === 1 ? rng.digits(6)
    : kind === 2 ? `${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1, 9)}`
    : kind === 3 ? rng.digits(8)
    : `INC${rng.digits(7)}`;
  return keep('case_number', text);
}

export function orderNumber(rng: Prng): Seg {
  return keep('order_number', rng.pick([`#${rng.digits(7)}`, `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`, `1Z${rng.digits(4)}A${rng.digits(10)}`, `9400 ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`, `ORD-${rng.digits(6)}`]));
}

export type QuantityKind = 'duration' | 'count' | 'percent';

export function quantity(mode: Mode, rng: Prng, kind: QuantityKind = 'duration'): Seg {
  const n = rng.int(2, 5);
  const say = (w: string[], d: string[]): Seg => keep('quantity', rng.pick(mode === 'spoken' ? w : d));
  if (kind === 'duration') return say([`${cardinal(n)} business days`, `${cardinal(n * 12)} hours`, `${cardinal(n)} to ${cardinal(n + 3)} days`], [`${n}-${n + 3} business days`, `${n * 12} hours`, `${n * 10} days`, `${n} days`]);
  if (kind === 'count') return say([`${cardinal(n)} times`, `${cardinal(n)} attempts`, `${cardinal(n)} charges`], [`${n} attempts`, `${n} charges`, `${n} times`, `x${n}`]);
  return say([`${cardinal(n)} percent`, `${cardinal(n)} point five percent`, `${cardinal(n + 20)} point nine nine percent`], [`${n}%`, `${n}.5%`, `${n + 20}.99%`]);
}

export function issue(rng: Prng): Seg {
  return keep('issue', rng.pick(['duplicate charge', 'chargeback', 'unauthorized transaction', 'declined', 'late fee', 'card not received', 'double billed', 'pending authorization', 'foreign transaction fee', 'reversal']));
}
