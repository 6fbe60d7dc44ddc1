/**
 * payments-dev: an independent, focused corpus of the moments card and identity data change hands
 * in a contact center (payments, card updates, disputes, KBA, fraud reviews, chargebacks, QA notes),
 * in five channels. Gold is what a careful annotator would mark; must-survive strings are the
 * look-alikes (transaction dates, amounts, auth codes, last fours) that must stay readable.
 *
 * CLI: npx tsx eval/payments-dev/generate.ts --n 800 --out /tmp/x.jsonl
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import { DocBuilder, ent, keep, neutral, type CorpusDoc, type EntitySeg } from '../corpus/document.js';
import {
  amount, brand, cardSpoken, cardSpokenTwoTurns, cardWritten, cvv, cvvSpoken, cvvWritten, digitsEntity, dob,
  dobWritten, expiry, expirySpoken, expirySpokenTwoTurns, expiryWritten, issue, makeCvv, makePhone, merchant, orderNumber,
  phoneWritten, product, quantity, reference, split, ssnWritten, time, txDate,
  type Mode, type PSeg, type QuantityKind,
} from './forms.js';
import {
  AGENT_NAMES, CITIES, docSeed, FIRST_NAMES, groupIban, LAST_NAMES, makeCard, makeDob, makeExpiry, makeIban, makeRouting,
  makeSsn, Prng, sayDigits, STREETS, SUFFIXES, type Card, type DateParts, type Expiry,
} from './values.js';

export const PAYMENTS_DEV_DEFAULT_COUNT = 500;
export const PAYMENTS_DEV_DEFAULT_SEED = 41_927;

type Who = 'agent' | 'customer';
interface Turn { who: Who; segs: PSeg[] }

/** Everything one document talks about, drawn once so a value can be repeated (read-backs). */
export class Ctx {
  readonly first: string;
  readonly last: string;
  readonly agent: string;
  readonly card: Card;
  readonly exp: Expiry;
  readonly code: string;
  readonly birth: DateParts;
  readonly zip: string;
  readonly phone: string;
  readonly ssn: string;
  readonly house: string;
  readonly street: string;
  readonly suffix: [string, string];
  readonly unit: string | undefined;
  readonly city: [string, string];
  constructor(readonly rng: Prng, readonly mode: Mode, readonly lower: boolean) {
    this.first = rng.pick(FIRST_NAMES);
    this.last = rng.pick(LAST_NAMES);
    this.agent = rng.pick(AGENT_NAMES);
    this.card = makeCard(rng);
    this.exp = makeExpiry(rng);
    this.code = makeCvv(this.card, rng);
    this.birth = makeDob(rng);
    this.zip = String(rng.int(10001, 99950));
    this.phone = makePhone(rng);
    this.ssn = makeSsn(rng);
    this.house = String(rng.int(3, 19999));
    this.street = rng.pick(STREETS);
    this.suffix = rng.pick(SUFFIXES);
    this.unit = rng.chance(0.3) ? `${rng.pick(['Apt', 'Unit', '#', 'Apt.', 'Ste'])} ${rng.int(1, 40)}${rng.pick(['', '', 'B', 'C'])}` : undefined;
    this.city = rng.pick(CITIES);
  }
  private cased(s: string): string {
    return this.lower ? s.toLowerCase() : s;
  }
  /** Full name, first name or "Ms. Last"; each mention is its own gold span. */
  name(which: 'full' | 'first' | 'last' | 'any' = 'any'): EntitySeg {
    const w = which === 'any' ? this.rng.pick(['full', 'full', 'first', 'last'] as const) : which;
    const s = w === 'full' ? `${this.first} ${this.last}` : w === 'first' ? this.first : this.last;
    return ent('PERSON', this.cased(s), this.cased(s), 'written');
  }
  agentName(): EntitySeg {
    return ent('PERSON', this.cased(this.agent), this.cased(this.agent));
  }
  /** Spelled last name: "O-K-A-F-O-R" or "o k a f o r". */
  spelledLast(): EntitySeg {
    const letters = [...this.last.replace(/[^\p{L}]/gu, '')];
    const s = this.lower ? letters.join(' ').toLowerCase() : letters.join('-').toUpperCase();
    return ent('PERSON', this.last, s, 'spelled');
  }
  cardNo(): EntitySeg {
    return this.mode === 'spoken' ? cardSpoken(this.card, this.rng, this.lower) : cardWritten(this.card, this.rng);
  }
  expiry(): EntitySeg {
    return expiry(this.mode, this.exp, this.rng);
  }
  cvv(): EntitySeg {
    return cvv(this.mode, this.code, this.rng);
  }
  dob(): EntitySeg {
    return dob(this.mode, this.birth, this.rng);
  }
  zipCode(): EntitySeg {
    if (this.mode === 'written' && this.rng.chance(0.3)) {
      const plus4 = this.rng.digits(4);
      return ent('POSTAL_CODE', this.zip + plus4, `${this.zip}-${plus4}`);
    }
    return digitsEntity('POSTAL_CODE', this.zip, this.mode, this.rng);
  }
  phoneNo(): EntitySeg {
    return this.mode === 'spoken' ? digitsEntity('PHONE_NUMBER', this.phone, 'spoken', this.rng) : phoneWritten(this.phone, this.rng);
  }
  ssnFull(): EntitySeg {
    return this.mode === 'spoken' ? digitsEntity('US_SSN', this.ssn, 'spoken', this.rng) : ssnWritten(this.ssn, this.rng);
  }
  /** The last four of the SSN or card: not gold, and not a must-survive kind either; plain text. */
  ssnLast4(): string {
    return this.mode === 'spoken' ? sayDigits(this.ssn.slice(5), this.rng) : this.ssn.slice(5);
  }
  cardLast4(): string {
    const l4 = this.card.digits.slice(-4);
    return this.mode === 'spoken' ? sayDigits(l4, this.rng) : l4;
  }
  email(): EntitySeg {
    const host = this.rng.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com']);
    const local = this.rng.pick([`${this.first}.${this.last}`, `${this.first[0]}${this.last}${this.rng.int(1, 99)}`, `${this.last}_${this.first}`])
      .toLowerCase().normalize('NFD').replace(/[^a-z0-9._]/g, '');
    const value = `${local}@${host}`;
    if (this.mode === 'spoken') {
      const said = local.replace(/\./g, ' dot ').replace(/_/g, ' underscore ') + ' at ' + host.replace('.', ' dot ');
      return ent('EMAIL_ADDRESS', value, said, 'spoken');
    }
    return ent('EMAIL_ADDRESS', value, value);
  }
  address(): EntitySeg {
    const written = `${this.house} ${this.street} ${this.rng.chance(0.5) ? this.suffix[0] : this.suffix[1]}${this.unit ? (this.rng.chance(0.5) ? ', ' : ' ') + this.unit : ''}`;
    if (this.mode === 'spoken') {
      const said = `${sayDigits(this.house, this.rng)} ${this.street} ${this.suffix[1]}${this.unit ? ' ' + this.unit.replace('#', 'number').replace('Apt.', 'apartment').replace('Apt', 'apartment').replace('Ste', 'suite') : ''}`;
      const value = `${this.house} ${this.street} ${this.suffix[1]}${this.unit ? ' ' + this.unit : ''}`;
      return ent('STREET_ADDRESS', value, this.cased(said), 'spoken');
    }
    return ent('STREET_ADDRESS', written, this.cased(written));
  }
  amount(): PSeg { return amount(this.mode, this.rng); }
  merchant(): PSeg { return merchant(this.rng, this.lower); }
  brand(): PSeg { return brand(this.rng, this.lower); }
  product(): PSeg { return product(this.rng, this.lower); }
  txDate(): PSeg { return txDate(this.mode, this.rng); }
  time(): PSeg { return time(this.mode, this.rng); }
  ref(): PSeg { return reference(this.mode, this.rng); }
  qty(kind: QuantityKind = 'duration'): PSeg { return quantity(this.mode, this.rng, kind); }
  issue(): PSeg { return issue(this.rng); }
  order(): PSeg { return orderNumber(this.rng); }
  /** One of several phrasings; each is a template with {slots}. */
  say(phrasings: readonly string[], slots: Record<string, PSeg | PSeg[]> = {}): PSeg[] {
    return fillP(this.rng.pick(phrasings), slots);
  }
}

function fillP(template: string, slots: Record<string, PSeg | PSeg[]>): PSeg[] {
  const out: PSeg[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index! > last) out.push(template.slice(last, m.index));
    const slot = slots[m[1]!];
    if (slot === undefined) throw new Error(`template slot {${m[1]}} has no value`);
    if (Array.isArray(slot)) out.push(...slot);
    else out.push(slot);
    last = m.index! + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

const A = (segs: PSeg[]): Turn => ({ who: 'agent', segs });
const C = (segs: PSeg[]): Turn => ({ who: 'customer', segs });

// ====================== dialogue scenes (asr, call_transcript, chat) ======================

type DialogueScene = (c: Ctx) => Turn[];

function greeting(c: Ctx): Turn {
  return A(c.say([
    'Thank you for calling {b}, my name is {a}, who do I have the pleasure of speaking with?',
    '{b} card services, this is {a}. Can I get your name please?',
    'Hi, you’ve reached {b}. This call may be recorded. Who am I speaking with today?',
  ], { b: c.brand(), a: c.agentName() }));
}

function cardThenExpiryThenCvv(c: Ctx, turns: Turn[]): void {
  turns.push(A(c.say(['Go ahead with the card number whenever you’re ready.', 'What’s the long number on the front of the card?', 'Okay, and the card number?'])));
  if (c.mode === 'spoken' && c.rng.chance(0.35)) {
    const [p1, p2] = split(cardSpokenTwoTurns(c.card, c.rng));
    turns.push(C(c.say(['{p}', 'okay it’s {p}', 'um {p}'], { p: p1! })));
    turns.push(A(c.say(['mm-hm', 'okay go on', 'got it, keep going'])));
    turns.push(C(c.say(['{p}', 'and then {p}'], { p: p2! })));
  } else {
    turns.push(C(c.say(['{n}', 'Sure, it’s {n}', 'It is {n}.', 'ok {n}'], { n: c.cardNo() })));
  }
  if (c.mode === 'spoken' && c.rng.chance(0.3)) {
    const [m, y] = split(expirySpokenTwoTurns(c.exp, c.rng));
    turns.push(A(c.say(['And the expiration month?', 'What month does it expire?'])));
    turns.push(C(c.say(['{m}', 'that’s {m}'], { m: m! })));
    turns.push(A(c.say(['And the year?', 'Okay and what year?'])));
    turns.push(C(c.say(['{y}', 'uh {y}'], { y: y! })));
  } else if (c.mode === 'spoken' && c.rng.chance(0.2)) {
    const wrong: Expiry = { m: c.exp.m, yy: c.exp.yy === 25 ? 26 : c.exp.yy - 1 };
    turns.push(A(c.say(['Expiration date?', 'And when does it expire?'])));
    turns.push(C(c.say(['{w}, no wait, sorry, {r}', '{w} ... actually hold on it says {r}'], { w: expirySpoken(wrong, c.rng), r: expirySpoken(c.exp, c.rng) })));
  } else {
    turns.push(A(c.say(['Expiration date?', 'And the expiration on that?', 'What’s the exp date, month and year?', 'Valid thru date on the front?'])));
    turns.push(C(c.say(['{e}', 'It expires {e}', 'It says good thru {e}', '{e} I think', 'Expires end of {e}'], { e: c.expiry() })));
  }
  if (c.card.brand === 'Amex') {
    turns.push(A(c.say(['And the four-digit code on the front, above the number?', 'The CID, the four digits on the front of the Amex?'])));
  } else {
    turns.push(A(c.say(['And the three digits on the back?', 'Security code please.', 'And the CVV?', 'Last thing, the CVC on the signature strip?'])));
  }
  turns.push(C(c.say(['{v}', 'It’s {v}', '{v}, that’s the security code', 'the code is {v}'], { v: c.cvv() })));
}

const takePayment: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['Hi, this is {n}, I want to make a payment on my {p}.', 'Yeah it’s {n}. I got a notice about a {i} so I need to pay.'], { n: c.name('full'), p: c.product(), i: c.issue() })));
  t.push(A(c.say(['Thanks {f}. For verification, can I have your date of birth?', 'Sure. Before we start, your date of birth please?'], { f: c.name('first') })));
  t.push(C(c.say(['{d}', 'It’s {d}.'], { d: c.dob() })));
  t.push(A(c.say(['Thank you. Your current balance is {a}, statement date {s}, minimum due {m}. How much would you like to pay today?'], { a: c.amount(), s: c.txDate(), m: c.amount() })));
  t.push(C(c.say(['Let’s do {a}.', 'Just the minimum, {a}.'], { a: c.amount() })));
  cardThenExpiryThenCvv(c, t);
  t.push(A(c.say(['And the billing zip?', 'Zip code on the account?'])));
  t.push(C(c.say(['{z}'], { z: c.zipCode() })));
  t.push(A(c.say([
    'Your payment posted at {t}, confirmation number {r}. It can take {q} to show.',
    'All set. Authorization code {r}, and the payment on {d} will show as pending for {q}.',
  ], { t: c.time(), r: c.ref(), q: c.qty(), d: c.txDate() })));
  return t;
};

const updateCardOnFile: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}. My card got replaced so the one on file for {p} is dead.', 'Hey it’s {n}, I need to update the card for my {p}.'], { n: c.name('full'), p: c.product() })));
  t.push(A(c.say(['No problem. I see a card ending in {l} on file. Can you verify the address on the account?'], { l: c.cardLast4() })));
  t.push(C(c.say(['{a}, {z}', 'It’s {a}. Zip {z}.'], { a: c.address(), z: c.zipCode() })));
  cardThenExpiryThenCvv(c, t);
  t.push(A(c.say(['Let me read that back: card ending {l}, expiring {e}. Is that right?', 'So that’s {b} ending {l}, exp {e}, correct?'], { l: c.cardLast4(), e: c.expiry(), b: keep('brand', c.lower ? c.card.brand.toLowerCase() : c.card.brand) })));
  t.push(C(c.say(['Yes.', 'Yep that’s it.', 'Correct.'])));
  t.push(A(c.say(['Updated. Your next {p} draft of {a} is on {d}.'], { p: c.product(), a: c.amount(), d: c.txDate() })));
  return t;
};

const disputeCharge: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['This is {n}. There’s a charge from {m} I didn’t make.', '{n} here, I’m calling about a {i} from {m}.'], { n: c.name('full'), m: c.merchant(), i: c.issue() })));
  t.push(A(c.say(['I’m sorry to hear that. Can you confirm your date of birth and the last four of your social?'])));
  t.push(C(c.say(['{d}, and the last four are {s}.', 'Sure, {d}. Last four {s}.'], { d: c.dob(), s: c.ssnLast4() })));
  t.push(A(c.say(['Thank you. I see {a} at {m} posted {d}, and another {a2} on {d2}. Which one?'], { a: c.amount(), m: c.merchant(), d: c.txDate(), a2: c.amount(), d2: c.txDate() })));
  t.push(C(c.say(['The one on {d}. I was home, the card was in my wallet.', 'Both of them. I’ve never been to that store.'], { d: c.txDate() })));
  t.push(A(c.say(['I’ve opened dispute case {r} at {t}. You’ll get a provisional credit within {q}.', 'Your case number is {r}. We’ll block the card ending {l} and send a new one.'], { r: c.ref(), t: c.time(), q: c.qty(), l: c.cardLast4() })));
  return t;
};

const cardReplacement: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['Hi, it’s {n}. I lost my wallet at {m} and need a new card.', 'yeah {n}, my card was stolen yesterday around {t}'], { n: c.name('full'), m: c.merchant(), t: c.time() })));
  t.push(A(c.say(['I can help. To verify, I’ll need your full social security number.', 'For a replacement I need to verify your identity. Your social, please.'])));
  t.push(C(c.say(['{s}', 'It’s {s}.'], { s: c.ssnFull() })));
  t.push(A(c.say(['And the date of birth?', 'Thanks, and your birth date?'])));
  t.push(C(c.say(['{d}'], { d: c.dob() })));
  t.push(A(c.say(['We’ll ship it to {a}. Is that still current?', 'The address we have is {a}, correct?'], { a: c.address() })));
  t.push(C(c.say(['Yes.', 'That’s right.'])));
  t.push(A(c.say(['Your new card ships in {q}, tracking {o}. Your old card ending in {l} is closed as of {t}.'], { q: c.qty(), o: c.order(), l: c.cardLast4(), t: c.time() })));
  return t;
};

const kba: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}', 'It’s {n}, last name spelled {s}.'], { n: c.name('full'), s: c.spelledLast() })));
  t.push(A(c.say(['I need to ask a few security questions. What’s the phone number on the account?'])));
  t.push(C(c.say(['{p}'], { p: c.phoneNo() })));
  t.push(A(c.say(['And the email address?', 'Email on file?'])));
  t.push(C(c.say(['{e}'], { e: c.email() })));
  t.push(A(c.say(['Which of these merchants did you shop at in the last {q}: {m1}, {m2}, or none?'], { q: c.qty(), m1: c.merchant(), m2: c.merchant() })));
  t.push(C(c.say(['{m}, I think on {d}.', 'None of those.'], { m: c.merchant(), d: c.txDate() })));
  t.push(A(c.say(['And your date of birth?'])));
  t.push(C(c.say(['{d}', 'It’s {d}.'], { d: c.dob() })));
  t.push(A(c.say(['Thank you {f}, you’re verified.', 'Great, you passed verification, {f}.'], { f: c.name('first') })));
  return t;
};

const fraudReview: DialogueScene = (c) => {
  const t: Turn[] = [A(c.say(['This is {a} from the {b} fraud team calling for {n}.', 'Hi, {a} with {b} fraud prevention. Am I speaking with {n}?'], { a: c.agentName(), b: c.brand(), n: c.name('full') }))];
  t.push(C(c.say(['Yes, speaking.', 'That’s me.'])));
  t.push(A(c.say(['To verify, please give me your zip code and date of birth.'])));
  t.push(C(c.say(['{z}, {d}', 'Zip {z}. Birthday {d}.'], { z: c.zipCode(), d: c.dob() })));
  t.push(A(c.say(['I have {a} at {m} on {d} at {t}. Was that you?'], { a: c.amount(), m: c.merchant(), d: c.txDate(), t: c.time() })));
  t.push(C(c.say(['No.', 'No, definitely not.'])));
  t.push(A(c.say(['And {a} at {m} on {d}?', 'And {q} at {m}, {a} total?'], { a: c.amount(), m: c.merchant(), d: c.txDate(), q: c.qty('count') })));
  t.push(C(c.say(['That one is mine.'])));
  t.push(A(c.say(['Okay, I’ve closed the card ending {l}, reference {r}. The old card expired {e} anyway, the new one has a new number and code.'], { l: c.cardLast4(), r: c.ref(), e: c.expiry() })));
  return t;
};

const recurringBank: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}. I want to set up {p} from my checking.', 'Hi it’s {n}, can I do {p} from my bank account?'], { n: c.name('full'), p: keep('product', c.lower ? 'autopay' : 'AutoPay') })));
  t.push(A(c.say(['Sure. What’s the routing number?', 'Of course. Nine-digit routing number first.'])));
  t.push(C(c.say(['{r}'], { r: digitsEntity('ROUTING_NUMBER', makeRouting(c.rng), c.mode, c.rng) })));
  t.push(A(c.say(['And the account number?'])));
  t.push(C(c.say(['{a}', 'It’s {a}.'], { a: digitsEntity('BANK_ACCOUNT', c.rng.digits(c.rng.int(8, 12)), c.mode, c.rng) })));
  t.push(A(c.say(['Your draft of {a} will run on the {d} of each month, starting {s}. Confirmation {r}.'], { a: c.amount(), d: keep('transaction_date', c.mode === 'spoken' ? 'fifteenth' : '15th'), s: c.txDate(), r: c.ref() })));
  return t;
};

const paymentLinkFallback: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['The phone system kept saying invalid entry, so I pressed zero. It’s {n}.', 'Your automated line hung up on me {q}. I’m {n}.'], { n: c.name('full'), q: c.qty('count') })));
  t.push(A(c.say(['Sorry about that. I can text you a secure payment link to the number ending in {l}, or email it.'], { l: c.mode === 'spoken' ? sayDigits(c.phone.slice(-4), c.rng) : c.phone.slice(-4) })));
  t.push(C(c.say(['Send it to {e}.', 'Email please, {e}.'], { e: c.email() })));
  t.push(A(c.say(['Sent at {t}. Please don’t read your card to me, just use the link.'], { t: c.time() })));
  t.push(C(c.say(['Oh I already have it out, it’s {n}, expires {e}, and the code is {v}.', 'Can I just give it to you? {n}, {e}, {v}.'], { n: c.cardNo(), e: c.expiry(), v: c.cvv() })));
  t.push(A(c.say(['Okay, I’ve noted not to store that. The link for {a} is valid for {q}.'], { a: c.amount(), q: c.qty() })));
  return t;
};

const declined: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['My card got {i} at {m} for {a}. Name’s {n}.'], { i: keep('issue', 'declined'), m: c.merchant(), a: c.amount(), n: c.name('full') })));
  t.push(A(c.say(['I see the attempt at {t}. The card on file shows an expiration of {e}, did you receive a new one?'], { t: c.time(), e: c.expiry() })));
  const fresh = makeExpiry(c.rng);
  t.push(C(c.say(['Yes, the new one says {e}.', 'Oh, the new one says valid thru {e}, security code {v}.'], { e: expiry(c.mode, fresh, c.rng), v: c.cvv() })));
  t.push(A(c.say(['It needs activation. I’ve activated it, ref {r}. Try {m} again.'], { r: c.ref(), m: c.merchant() })));
  return t;
};

const merchantChargeback: DialogueScene = (c) => {
  const t: Turn[] = [A(c.say(['{b} merchant services, {a} speaking.'], { b: c.brand(), a: c.agentName() }))];
  t.push(C(c.say(['Hi, I run {m}. I got a chargeback notice, case {r}, for {a}.'], { m: c.merchant(), r: c.ref(), a: c.amount() })));
  t.push(A(c.say(['I see it, reason code {x}, {i}. Transaction date {d}, auth code {r}.'], { x: keep('case_number', c.mode === 'spoken' ? 'ten point four' : '10.4'), i: c.issue(), d: c.txDate(), r: c.ref() })));
  t.push(C(c.say(['The cardholder was {n}, I have the signed receipt with the card ending {l}.'], { n: c.name('full'), l: c.cardLast4() })));
  t.push(A(c.say(['Upload the receipt within {q}. Please redact the full card number and expiration {e} on it if it’s printed.'], { q: c.qty(), e: c.expiry() })));
  return t;
};

const amexPayment: DialogueScene = (c) => {
  const card = makeCard(c.rng, 'Amex');
  const code = c.rng.digits(4);
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}, paying by American Express today.'], { n: c.name('full') })));
  t.push(A(c.say(['Go ahead with the fifteen-digit number.'])));
  t.push(C(c.say(['{n}'], { n: c.mode === 'spoken' ? cardSpoken(card, c.rng, c.lower) : cardWritten(card, c.rng) })));
  t.push(A(c.say(['Expiry?'])));
  t.push(C(c.say(['{e}'], { e: c.expiry() })));
  t.push(A(c.say(['And the four digits printed on the front, not the back.', 'The CID, four on the front?'])));
  t.push(C(c.say(['{v}', 'The little one above the number? {v}.'], { v: c.mode === 'spoken' ? cvvSpoken(code, c.rng) : cvvWritten(code) })));
  t.push(A(c.say(['Thanks. {a} approved, confirmation {r}.'], { a: c.amount(), r: c.ref() })));
  return t;
};

const ibanRefund: DialogueScene = (c) => {
  const iban = makeIban(c.rng);
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['I’m {n}, I moved abroad and need my refund of {a} sent to my bank here.'], { n: c.name('full'), a: c.amount() })));
  t.push(A(c.say(['We can wire it. What is the IBAN?'])));
  const surface = c.mode === 'spoken'
    ? [...iban].map((ch) => (/\d/.test(ch) ? sayDigits(ch, c.rng, 'zero') : ch.toLowerCase())).join(' ')
    : c.rng.pick([groupIban(iban), iban]);
  t.push(C(c.say(['{i}', 'It’s {i}.'], { i: ent('IBAN', iban, surface, c.mode === 'spoken' ? 'spoken' : 'written') })));
  t.push(A(c.say(['Got it. The wire goes out {d}, reference {r}. Fee is {x}.'], { d: c.txDate(), r: c.ref(), x: c.qty('percent') })));
  return t;
};

const lockoutIp: DialogueScene = (c) => {
  const ip = `${c.rng.int(23, 223)}.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`;
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}, I’m locked out of the {p} after {q}.'], { n: c.name('full'), p: keep('product', 'mobile app'), q: c.qty('count') })));
  t.push(A(c.say(['I see logins from IP {i} at {t}. Do you recognize that?'], {
    i: ent('IP_ADDRESS', ip, c.mode === 'spoken' ? ip.split('.').map((o) => sayDigits(o, c.rng)).join(' dot ') : ip, c.mode === 'spoken' ? 'spoken' : 'written'), t: c.time(),
  })));
  t.push(C(c.say(['No, I was asleep. Can you verify me with my birthday? {d}'], { d: c.dob() })));
  t.push(A(c.say(['Verified. I reset access, ticket {r}.'], { r: c.ref() })));
  return t;
};

const readbackOnly: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}. I gave the card to your colleague already, can you just confirm it?'], { n: c.name('full') })));
  t.push(A(c.say([
    'Sure. I have card number {n}, expiration {e}, security code {v}, billing zip {z}.',
    'Yes, {n} exp {e} cvv {v}, and the zip is {z}.',
    'I see {n}, good thru {e}, and you gave {v} as the code.',
  ], { n: c.cardNo(), e: c.expiry(), v: c.cvv(), z: c.zipCode() })));
  t.push(C(c.say(['Yes, all correct.', 'Actually the code is {v}.'], { v: c.cvv() })));
  t.push(A(c.say(['Thank you. {a} will post {d}.'], { a: c.amount(), d: c.txDate() })));
  return t;
};

const cvvCueAfter: DialogueScene = (c) => {
  const t: Turn[] = [greeting(c)];
  t.push(C(c.say(['{n}, calling to pay {a} with my {b}.'], { n: c.name('full'), a: c.amount(), b: keep('brand', c.lower ? c.card.brand.toLowerCase() : c.card.brand) })));
  t.push(A(c.say(['Ready when you are.'])));
  t.push(C(c.say([
    '{n}, {e}, and {v} is the three on the back.',
    '{n} ... {e} ... then {v}, that’s the code on the back.',
    'number is {n}, it runs out {e}, {v} for the security thing.',
  ], { n: c.cardNo(), e: c.expiry(), v: c.cvv() })));
  t.push(A(c.say(['Thanks. Processing {a} now, it’s {t}, you’ll have a receipt in {q}.'], { a: c.amount(), t: c.time(), q: c.qty() })));
  return t;
};

const DIALOGUE_SCENES: Record<string, DialogueScene> = {
  take_payment: takePayment, update_card_on_file: updateCardOnFile, dispute_charge: disputeCharge,
  card_replacement: cardReplacement, kba: kba, fraud_review: fraudReview, recurring_bank: recurringBank,
  payment_link_fallback: paymentLinkFallback, declined_expired: declined, merchant_chargeback: merchantChargeback,
  amex_payment: amexPayment, iban_refund: ibanRefund, lockout_ip: lockoutIp, readback: readbackOnly, cvv_cue_after: cvvCueAfter,
};

// ====================== written scenes (email, ticket) ======================

type WrittenScene = (c: Ctx, b: Lines) => void;

/** Line-by-line writer for e-mails and tickets. */
class Lines {
  readonly out: PSeg[][] = [];
  line(...segs: PSeg[]): this {
    this.out.push(segs);
    return this;
  }
  blank(): this {
    this.out.push([]);
    return this;
  }
}

function emailHeader(c: Ctx, L: Lines, subject: PSeg[]): void {
  L.line('From: ', c.name('full'), ' <', c.email(), '>');
  L.line('To: ', neutral(c.rng.pick(['support@keystonecard.com', 'billing@harborline.example', 'help@bluefieldcu.org'])));
  L.line('Subject: ', ...subject);
  L.blank();
}

function signature(c: Ctx, L: Lines): void {
  L.blank();
  L.line(c.rng.pick(['Thanks,', 'Regards,', 'Best,', 'Sincerely,']));
  L.line(c.name(c.rng.chance(0.7) ? 'full' : 'first'));
  if (c.rng.chance(0.6)) L.line(c.phoneNo());
  if (c.rng.chance(0.4)) L.line(c.address(), `, ${c.city[0]}, ${c.city[1]} `, c.zipCode());
}

const emailCardUpdate: WrittenScene = (c, L) => {
  emailHeader(c, L, c.say(['Update card on file', 'new card for {p}', 'RE: Payment failed - {i}'], { p: c.product(), i: c.issue() }));
  L.line(...c.say(['Hi,', 'Hello {b} team,', 'To whom it may concern,'], { b: c.brand() }));
  L.blank();
  L.line(...c.say(['My {p} payment of {a} failed on {d} because my old card expired. Please use the new one:', 'I got a replacement card after the {i} on {d}. Can you update it? {a} is due.'], { p: c.product(), a: c.amount(), d: c.txDate(), i: c.issue() }));
  L.blank();
  const style = c.rng.int(0, 4);
  if (style === 0) {
    L.line('Card: ', c.cardNo());
    L.line(c.rng.pick(['Exp: ', 'Exp. date ', 'Expiration: ', 'Valid thru ', 'Good thru: ', 'MM/YY: ']), c.expiry());
    L.line(c.rng.pick(['CVV: ', 'CVC ', 'Security code: ', 'CSC: ', 'cvv2 ']), c.cvv());
  } else if (style === 1) {
    L.line(c.cardNo(), ' ', c.expiry(), ' ', c.cvv());
  } else if (style === 2) {
    L.line(...c.say(['The number is {n} and it expires {e}. The code on the back is {v}.', 'It’s {n}, exp {e}, {v} (security code).'], { n: c.cardNo(), e: c.expiry(), v: c.cvv() }));
  } else if (style === 3) {
    L.line(c.cardNo(), ' - ', c.expiry(), ' - ', c.cvv());
  } else {
    L.line('number ', c.cardNo());
    L.line('expires end of ', expiry('written', c.exp, c.rng));
    L.line('the 3 digits on the back: ', c.cvv());
  }
  L.line(...c.say(['Billing zip is {z}.', 'Billing address {a}, {z}.'], { z: c.zipCode(), a: c.address() }));
  signature(c, L);
};

const emailDispute: WrittenScene = (c, L) => {
  emailHeader(c, L, c.say(['Dispute - {m} charges', 'Unauthorized charges on my account', 'Case {r} follow up'], { m: c.merchant(), r: c.ref() }));
  L.line(...c.say(['Dear {b},', 'Hi {a},'], { b: c.brand(), a: c.agentName() }));
  L.blank();
  L.line(...c.say(['I am writing to dispute the following charges on my card ending {l}. I did not authorize them and still have the card.', 'Following up on case {r}. These charges on the card ending in {l} are not mine:'], { l: c.cardLast4(), r: c.ref() }));
  L.blank();
  L.line('Date       | Merchant              | Amount');
  const rows = c.rng.int(2, 5);
  for (let i = 0; i < rows; i++) L.line(c.txDate(), ' | ', c.merchant(), ' | ', c.amount());
  L.blank();
  L.line(...c.say(['For verification my date of birth is {d} and the last 4 of my SSN is {s}.', 'DOB: {d}. SSN last four {s}.'], { d: c.dob(), s: c.ssnLast4() }));
  if (c.rng.chance(0.5)) {
    L.blank();
    L.line(...c.say([
      'I called on {d} at {t} and spoke to {a}, who told me it would take {q}. It has now been longer than that and I have been charged a {i} on top. I would appreciate a written reply.',
      'Your agent {a} said to email the details. The {x} charge on {d} was a {i}; the merchant refused a refund of {y}.',
    ], { d: c.txDate(), t: c.time(), a: c.agentName(), q: c.qty(), i: c.issue(), x: c.merchant(), y: c.amount() }));
  }
  signature(c, L);
};

const emailAgentReply: WrittenScene = (c, L) => {
  L.line('From: ', c.agentName(), ' <', neutral('support@keystonecard.com'), '>');
  L.line('To: ', c.email());
  L.line('Subject: ', ...c.say(['Your payment confirmation {r}', 'RE: Update card on file', 'Your {p} is active'], { r: c.ref(), p: c.product() }));
  L.blank();
  L.line(...c.say(['Dear {n},', 'Hi {f},'], { n: c.name('full'), f: c.name('first') }));
  L.blank();
  L.line(...c.say([
    'Thank you for your payment of {a} on {d} at {t}. Confirmation number: {r}. The card ending {l} will be charged.',
    'We received your e-mail of {d}. For your security, please never send full card numbers or security codes by e-mail; we removed it from our records. Your payment of {a} was processed with reference {r}.',
  ], { a: c.amount(), d: c.txDate(), t: c.time(), r: c.ref(), l: c.cardLast4() }));
  L.blank();
  L.line(...c.say(['Your next statement closes {d}. Minimum payment {a}. APR {q}.', 'You can also manage payments with {p} at no cost.'], { d: c.txDate(), a: c.amount(), q: c.qty('percent'), p: c.product() }));
  L.blank();
  L.line('Kind regards,');
  L.line(c.agentName(), ', ', c.brand());
  if (c.rng.chance(0.5)) {
    L.blank();
    L.line('-----Original Message-----');
    L.line('From: ', c.name('full'));
    L.line(...c.say(['my card is {n} exp {e} and cvv {v} thanks', 'Please charge {n} ({e}) code {v}'], { n: c.cardNo(), e: c.expiry(), v: c.cvv() }));
  }
};

const emailBankRefund: WrittenScene = (c, L) => {
  emailHeader(c, L, c.say(['Refund bank details', 'Where to send my refund ({r})'], { r: c.ref() }));
  L.line('Hello,');
  L.blank();
  const intl = c.rng.chance(0.5);
  if (intl) {
    const iban = makeIban(c.rng);
    L.line(...c.say(['Please send the refund of {a} to my account abroad. IBAN: {i}', 'Refund {a} to IBAN {i} please, account holder {n}.'], { a: c.amount(), i: ent('IBAN', iban, c.rng.pick([groupIban(iban), iban])), n: c.name('full') }));
  } else {
    const routing = makeRouting(c.rng);
    L.line(...c.say(['Routing: {r}', 'ABA {r}', 'routing # {r}'], { r: ent('ROUTING_NUMBER', routing, routing) }));
    L.line(...c.say(['Account: {a}', 'Checking acct {a}', 'Acct # {a}'], { a: digitsEntity('BANK_ACCOUNT', c.rng.digits(c.rng.int(8, 12)), 'written', c.rng) }));
  }
  L.line(...c.say(['The original charge was order {o} on {d}.', 'This was for order {o}, {q}, returned {d}.'], { o: c.order(), d: c.txDate(), q: c.qty('count') }));
  signature(c, L);
};

const emailRecurringForm: WrittenScene = (c, L) => {
  emailHeader(c, L, c.say(['Recurring billing authorization', 'Signed {p} form'], { p: c.product() }));
  L.line('Please find my authorization below.');
  L.blank();
  L.line('Cardholder name: ', c.name('full'));
  L.line('Billing address: ', c.address());
  L.line('City/State/ZIP: ', `${c.city[0]}, ${c.city[1]} `, c.zipCode());
  L.line(`Card type: `, keep('brand', c.card.brand));
  L.line('Card number: ', c.cardNo());
  L.line(c.rng.pick(['Expiration date (MM/YY): ', 'Exp: ', 'Expires: ']), expiryWritten(c.exp, c.rng));
  L.line(c.rng.pick(['CVV: ', 'CVV2/CVC2: ', 'Security Code: ']), c.cvv());
  L.line('Amount: ', c.amount(), ' monthly, starting ', c.txDate());
  L.line('Date signed: ', c.txDate());
  signature(c, L);
};

const ticketPaymentNote: WrittenScene = (c, L) => {
  L.line(...c.say([
    'Cust {n} called to pay {a}. Verified DOB {d}. Took payment on card {c} exp {e} cvv {v}. Conf {r}.',
    'pmt taken {a} - {c} {e} / {v} - auth {r} - cust {n} dob {d}',
    '{n} pd {a} over phone at {t}. card {c} ({e}) cvv provided ({v}). ref {r}',
    'OTP {a} via {b} {c}, exp. date {e}, CSC {v}; verified w/ DOB {d}; conf# {r}',
  ], { n: c.name('full'), a: c.amount(), d: dobWritten(c.birth, c.rng), c: cardWritten(c.card, c.rng), e: expiryWritten(c.exp, c.rng), v: cvvWritten(c.code), r: c.ref(), t: c.time(), b: keep('brand', c.card.brand) }));
};

const ticketKv: WrittenScene = (c, L) => {
  L.line('Ticket: ', c.ref());
  L.line('Category: ', c.rng.pick(['Card update', 'Payment', 'Billing']));
  L.line('Customer: ', c.name('full'));
  L.line('DOB: ', dobWritten(c.birth, c.rng));
  L.line('Phone: ', phoneWritten(c.phone, c.rng));
  L.line('Card: ', cardWritten(c.card, c.rng));
  L.line(c.rng.pick(['Exp: ', 'Expiry: ', 'exp date: ', 'Valid Thru: ', 'MM/YY: ']), expiryWritten(c.exp, c.rng));
  if (c.rng.chance(0.6)) L.line(c.rng.pick(['CVV: ', 'CVC: ', 'CID: ', 'sec code: ']), cvvWritten(c.code));
  else L.line('CVV: not stored');
  L.line('Last payment: ', c.amount(), ' on ', c.txDate());
  L.line('Opened: ', c.txDate(), ' ', c.time());
  L.line('Notes: ', ...c.say(['card on file updated, old card ending {l} removed', 'cust requested {p}', 'customer reports {i}'], { l: c.cardLast4(), p: c.product(), i: c.issue() }));
};

const ticketQa: WrittenScene = (c, L) => {
  L.line(...c.say(['QA review - call {r} - agent {a}', 'QA NOTE {r} / evaluator review of {a}'], { r: c.ref(), a: c.agentName() }));
  L.line(...c.say([
    'At {t} agent read back the full card ({c}) and the CVV {v} to the customer. PCI violation, coach on masking.',
    'Agent typed exp {e} and cvv {v} into the notes field at {t}. Needs removal.',
    'Customer {n} volunteered her cvv ({v}) before agent could pause recording. Pause/resume not used. Score {q}.',
    'Good call overall. Verified DOB {d} correctly, but said "{e}" aloud twice. Score {q}.',
  ], { t: c.time(), c: cardWritten(c.card, c.rng), v: cvvWritten(c.code), e: expiryWritten(c.exp, c.rng), n: c.name('full'), d: dobWritten(c.birth, c.rng), q: keep('quantity', `${c.rng.int(70, 98)}%`) }));
};

const ticketSupervisor: WrittenScene = (c, L) => {
  L.line(...c.say(['SUPERVISOR NOTE ({a}):', 'Sup escalation - {a}'], { a: c.agentName() }));
  L.line(...c.say([
    'Customer {n} irate about {i} of {a} at {m} on {d}. Waived {x} late fee. Case {r}.',
    'Approved credit of {a} for {i}; cust {n} DOB {b} verified; new card to {s}.',
  ], { n: c.name('full'), i: c.issue(), a: c.amount(), m: c.merchant(), d: c.txDate(), x: c.amount(), r: c.ref(), b: dobWritten(c.birth, c.rng), s: c.address() }));
};

const ticketChargebackTable: WrittenScene = (c, L) => {
  L.line('Chargeback ', c.ref(), ' | reason ', keep('case_number', c.rng.pick(['10.4', '13.1', '4837', '4853', 'F29'])), ' | ', c.issue());
  L.line('cardholder | card | exp | txn date | amount | auth');
  const rows = c.rng.int(1, 3);
  for (let i = 0; i < rows; i++) {
    const rc = new Ctx(c.rng, 'written', false);
    L.line(rc.name('full'), ' | ', cardWritten(rc.card, c.rng), ' | ', expiryWritten(rc.exp, c.rng), ' | ', c.txDate(), ' | ', c.amount(), ' | ', keep('case_number', c.rng.digits(6)));
  }
  L.line('Merchant: ', c.merchant(), ' - respond by ', c.txDate());
};

const ticketFraud: WrittenScene = (c, L) => {
  L.line(...c.say(['FRAUD REVIEW {r}', 'Fraud alert {r} - {i}'], { r: c.ref(), i: c.issue() }));
  L.line(...c.say(['Acct holder {n}, ph {p}, email {e}.'], { n: c.name('full'), p: phoneWritten(c.phone, c.rng), e: c.email() }));
  const ip = `${c.rng.int(23, 223)}.${c.rng.int(0, 255)}.${c.rng.int(0, 255)}.${c.rng.int(1, 254)}`;
  L.line(...c.say(['Login from {ip} at {t}; {q} failed OTP.', 'IP {ip} flagged ({t}); {q} declined.'], { ip: ent('IP_ADDRESS', ip, ip), t: c.time(), q: c.qty('count') }));
  for (let i = 0, n = c.rng.int(2, 4); i < n; i++) L.line('- ', c.txDate(), ' ', c.merchant(), ' ', c.amount(), c.rng.pick([' (cust confirms)', ' DENIED', ' - not cust', '']));
  L.line(...c.say(['Card {c} exp {e} blocked; reissue via {p}.', 'Closed card ending {l}; new card ships in {q}.'], { c: cardWritten(c.card, c.rng), e: expiryWritten(c.exp, c.rng), p: c.product(), l: c.cardLast4(), q: c.qty() }));
};

const ticketOneLiner: WrittenScene = (c, L) => {
  L.line(...c.say([
    'updated card {c} {e}',
    '{n} - card upd {c}/{e}/{v}',
    'cb {r} won, {a} re-presented',
    'cvv mismatch x{q} on {d}, cust {n} to call back',
    'new exp {e} keyed, cvv {v}',
    'cc {c}|{e}|{v}',
    'KBA failed for {n} - wrong DOB given ({d})',
    'SSN {s} verified, last pmt {a} {d}',
    'exp {e} cvv/{v} ok',
    'cvv provided, exp verified, pmt {a} posted {d}',
    'cust read exp + cvv aloud before I could stop her; not documented. case {r}',
  ], { c: cardWritten(c.card, c.rng), e: expiryWritten(c.exp, c.rng), v: cvvWritten(c.code), n: c.name('full'), r: c.ref(), a: c.amount(), q: keep('quantity', String(c.rng.int(2, 4))), d: c.txDate(), s: ssnWritten(c.ssn, c.rng) }));
};

const ticketReplacement: WrittenScene = (c, L) => {
  L.line(...c.say(['Lost/stolen - {n}', 'Card replacement req. {r}'], { n: c.name('full'), r: c.ref() }));
  L.line(...c.say(['Verified via SSN {s} and DOB {d}.', 'Verified: last4 SSN {l}, DOB {d}, zip {z}.'], { s: ssnWritten(c.ssn, c.rng), d: dobWritten(c.birth, c.rng), l: c.ssn.slice(5), z: c.zipCode() }));
  L.line(...c.say(['Ship to {a}, {c}, {st} {z}. Tracking {o}. Expedited {x}.', 'Mailing to {a} ({c}) - {q}'], { a: c.address(), c: c.city[0], st: c.city[1], z: c.zipCode(), o: c.order(), x: c.amount(), q: c.qty() }));
  L.line(...c.say(['Old card {c} exp {e} closed {d} {t}.', 'Card ending {l} closed {d}.'], { c: cardWritten(c.card, c.rng), e: expiryWritten(c.exp, c.rng), d: c.txDate(), t: c.time(), l: c.card.digits.slice(-4) }));
};

const ticketKbaLog: WrittenScene = (c, L) => {
  L.line('KBA LOG ', c.ref());
  L.line('Q1 DOB: ', dobWritten(c.birth, c.rng), ' - PASS');
  L.line('Q2 prior address: ', c.address(), ' - ', c.rng.pick(['PASS', 'FAIL']));
  L.line('Q3 recent merchant: ', c.merchant(), ' ', c.amount(), ' ', c.txDate(), ' - PASS');
  L.line('Q4 SSN last 4: ', c.ssn.slice(5), ' - PASS');
  L.line('Agent ', c.agentName(), ' at ', c.time());
};

const WRITTEN_SCENES: Record<'email' | 'ticket', Record<string, WrittenScene>> = {
  email: { card_update: emailCardUpdate, dispute: emailDispute, agent_reply: emailAgentReply, bank_refund: emailBankRefund, recurring_form: emailRecurringForm },
  ticket: {
    payment_note: ticketPaymentNote, kv: ticketKv, qa: ticketQa, supervisor: ticketSupervisor, chargeback_table: ticketChargebackTable,
    fraud: ticketFraud, one_liner: ticketOneLiner, replacement: ticketReplacement, kba_log: ticketKbaLog,
  },
};

// ====================== rendering ======================

/** ASR text: lowercase, no punctuation but apostrophes; applied to plain text only. */
function asrPlain(s: string): string {
  return s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[.,?!;:…]+(?= |$)/g, '')
    .replace(/[^a-z0-9' \n]/g, ' ')
    .replace(/ {2,}/g, ' ');
}

function emit(b: DocBuilder, segs: readonly PSeg[], plain: (s: string) => string, partIds: Map<EntitySeg, number>): void {
  for (const seg of segs) {
    if (typeof seg !== 'string' && seg.kind === 'part') {
      let id = partIds.get(seg.whole);
      if (id === undefined) {
        id = b.newEntity();
        partIds.set(seg.whole, id);
      }
      b.entityChunk(seg.whole, seg.whole.chunks[seg.index]!, id, seg.index);
    } else b.segs([seg], plain);
  }
}

function renderDialogue(channel: 'asr' | 'call_transcript' | 'chat', turns: Turn[], c: Ctx): DocBuilder {
  const b = new DocBuilder();
  const partIds = new Map<EntitySeg, number>();
  const rng = c.rng;
  const plain = channel === 'asr' ? asrPlain : (s: string) => s;
  if (channel === 'asr') {
    const labels = rng.pick([['agent', 'caller'], ['spk_0', 'spk_1'], ['speaker 1', 'speaker 2'], null]);
    turns.forEach((t, i) => {
      if (labels) b.raw(`${t.who === 'agent' ? labels[0] : labels[1]}: `);
      emit(b, t.segs, plain, partIds);
      if (i < turns.length - 1) b.raw(labels ? '\n' : ' ');
    });
  } else if (channel === 'call_transcript') {
    const stamps = rng.chance(0.5);
    let sec = rng.int(2, 20);
    for (const t of turns) {
      if (stamps) {
        b.raw(`[${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}] `);
        sec += rng.int(3, 25);
      }
      b.raw(t.who === 'agent' ? rng.pick(['Agent: ', 'AGENT: ', 'Rep: ']) : 'Customer: ');
      emit(b, t.segs, plain, partIds);
      b.raw('\n');
    }
  } else {
    b.raw(rng.pick(['Chat started. ', '--- Live chat transcript ---\n', '']));
    b.raw('You are now chatting with ').segs([c.agentName()]).raw('.\n');
    let min = rng.int(0, 59);
    const hour = rng.int(8, 20);
    const customerLabel = rng.pick(['Customer: ', 'Visitor: ', 'You: ', 'Guest: ']);
    const namedAgentLabel = rng.chance(0.5);
    for (const t of turns.slice(1)) {
      b.raw(`[${hour}:${pad(min)}] `);
      min = Math.min(59, min + rng.int(0, 2));
      if (t.who === 'agent') {
        if (namedAgentLabel) b.segs([c.agentName()]).raw(': ');
        else b.raw('Agent: ');
      }
      else b.raw(customerLabel);
      emit(b, t.segs, plain, partIds);
      b.raw('\n');
    }
  }
  return b;
}

function renderLines(L: Lines): DocBuilder {
  const b = new DocBuilder();
  const partIds = new Map<EntitySeg, number>();
  L.out.forEach((segs, i) => {
    emit(b, segs, (s) => s, partIds);
    if (i < L.out.length - 1) b.raw('\n');
  });
  return b;
}

const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** Channel quotas: ASR 25%, calls 20%, chats 20%, e-mails 15%, tickets 20%, by position in a 20-cycle. */
const CHANNEL_CYCLE: readonly Channel[] = [
  'asr', 'call_transcript', 'chat', 'email', 'ticket', 'asr', 'call_transcript', 'chat', 'ticket', 'asr',
  'email', 'call_transcript', 'chat', 'ticket', 'asr', 'call_transcript', 'chat', 'email', 'ticket', 'asr',
];

export function generatePaymentsDevDoc(seed: number, index: number): CorpusDoc {
  const rng = new Prng(docSeed(seed, index));
  const channel = CHANNEL_CYCLE[index % CHANNEL_CYCLE.length]!;
  let b: DocBuilder;
  let scene: string;
  if (channel === 'email' || channel === 'ticket') {
    const scenes = WRITTEN_SCENES[channel];
    scene = rng.pick(Object.keys(scenes));
    const c = new Ctx(rng, 'written', false);
    const L = new Lines();
    scenes[scene]!(c, L);
    // Long e-mail threads quote the earlier message under the reply.
    if (channel === 'email' && rng.chance(0.25)) {
      L.blank();
      L.line(rng.pick(['---------- Forwarded message ---------', '-----Original Message-----', `On ${WEEKDAYS_SHORT[rng.int(0, 6)]}, the customer wrote:`]));
      scenes[rng.pick(Object.keys(scenes))]!(c, L);
    }
    // Some tickets are appended notes from several shifts.
    if (channel === 'ticket' && rng.chance(0.25)) {
      L.blank();
      const extra = rng.pick(Object.keys(scenes));
      scenes[extra]!(new Ctx(rng, 'written', false), L);
    }
    b = renderLines(L);
  } else {
    scene = rng.pick(Object.keys(DIALOGUE_SCENES));
    const mode: Mode = channel === 'asr' ? 'spoken' : channel === 'chat' ? 'written' : rng.chance(0.65) ? 'spoken' : 'written';
    const c = new Ctx(rng, mode, channel === 'asr');
    const turns = DIALOGUE_SCENES[scene]!(c);
    // Some calls are transferred and a second department takes another flow with the same caller.
    const transfers = channel !== 'chat' && rng.chance(0.15) ? (rng.chance(0.4) ? 2 : 1) : 0;
    for (let k = 0; k < transfers; k++) {
      const next = rng.pick(Object.keys(DIALOGUE_SCENES).filter((name) => !scene.split('+').includes(name)));
      turns.push(A(c.say(['Let me transfer you to the {b} {p} team, one moment.', 'I’m going to conference in my colleague for the rest of this.', 'Please hold while I get a specialist.'], { b: c.brand(), p: c.product() })));
      turns.push(...DIALOGUE_SCENES[next]!(c).slice(1));
      scene = `${scene}+${next}`;
    }
    b = renderDialogue(channel, turns, c);
  }
  const doc: CorpusDoc = { id: `payments-dev-${seed}-${index}`, channel, template: `${channel}:${scene}`, text: b.text, gold: b.gold, mustSurvive: b.mustSurvive };
  if (b.neutral.length) doc.neutral = b.neutral;
  return doc;
}

export function generatePaymentsDev(n: number = PAYMENTS_DEV_DEFAULT_COUNT, seed: number = PAYMENTS_DEV_DEFAULT_SEED): CorpusDoc[] {
  return Array.from({ length: n }, (_, i) => generatePaymentsDevDoc(seed, i));
}

/** The number of distinct scene templates (dialogue scenes count once per dialogue channel). */
export const PAYMENTS_DEV_TEMPLATES: readonly string[] = [
  ...(['asr', 'call_transcript', 'chat'] as const).flatMap((ch) => Object.keys(DIALOGUE_SCENES).map((s) => `${ch}:${s}`)),
  ...Object.keys(WRITTEN_SCENES.email).map((s) => `email:${s}`),
  ...Object.keys(WRITTEN_SCENES.ticket).map((s) => `ticket:${s}`),
];

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(arg('--n') ?? PAYMENTS_DEV_DEFAULT_COUNT);
  const seed = Number(arg('--seed') ?? PAYMENTS_DEV_DEFAULT_SEED);
  const out = arg('--out');
  const jsonl = generatePaymentsDev(n, seed).map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (out) writeFileSync(out, jsonl);
  else process.stdout.write(jsonl);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
