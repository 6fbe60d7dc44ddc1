/**
 * Formatted call transcripts (a person or a vendor tidied them: punctuation, digits mostly written)
 * and raw ASR output (lower case, no punctuation, numbers as words, values split over turns).
 */
import { ent, keep, type Seg } from '../corpus/document.js';
import { L, agentSeg, brandSeg, split, type Ctx, type Piece, type Scene } from './kit.js';
import {
  MONTH_NAMES, accountSeg, address, addressSeg, amount, birthDate, card, cardSeg, caseNumber, cvvSeg, dobSeg, emailValue, expiry, expirySeg,
  issue, merchant, nameSeg, orderNumber, phoneDigits, phoneSeg, product, routingDigits, ssnDigits, ssnSeg, txnDate, zipSeg, type Rng,
} from './values.js';
import { sayDigits, spokenStreet, sayTwoDigit, spelled, spelledSeg, spokenDob, spokenExpiry, spokenSeg } from './speech.js';

// ---------- formatted transcripts ----------

interface Labels {
  a: () => string;
  c: () => string;
}

const LABELS = new WeakMap<Ctx, Labels>();

/** One labelling style per document; timestamps move forward turn by turn. */
function labels(c: Ctx): Labels {
  const cached = LABELS.get(c);
  if (cached) return cached;
  const made = makeLabels(c.r);
  LABELS.set(c, made);
  return made;
}

function makeLabels(r: Rng): Labels {
  const style = r.int(0, 3);
  let sec = r.int(0, 20);
  const stamp = (): string => {
    sec += r.int(3, 25);
    const h = Math.floor(sec / 3600);
    const m = Math.floor((sec % 3600) / 60);
    return `[${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}] `;
  };
  if (style === 0) return { a: () => 'Agent: ', c: () => 'Customer: ' };
  if (style === 1) return { a: () => `${stamp()}Agent: `, c: () => `${stamp()}Caller: ` };
  if (style === 2) return { a: () => 'AGENT: ', c: () => 'CALLER: ' };
  return { a: () => `${stamp()}Representative: `, c: () => `${stamp()}Customer: ` };
}

/** A turn's body may be a thunk, so labels inside it are made in reading order. */
type Turn = ['a' | 'c', Piece[] | (() => Piece[])];
const T = (template: string, slots: Record<string, Seg | Seg[]> = {}): Piece[] => L(template, slots).slice(0, -1);

function transcript(c: Ctx, turns: Turn[]): Piece[] {
  const lb = labels(c);
  const out: Piece[] = [];
  if (c.r.chance(0.4)) out.push('Call ID ', keep('case_number', c.r.digits(10)), ` | Queue: ${c.r.pick(['Billing', 'Cards', 'Tech Support', 'Collections'])} | Duration `, keep('time', `${c.r.int(2, 19)}m${c.r.int(10, 59)}s`), '\n');
  for (const [who, body] of turns) {
    out.push(who === 'a' ? lb.a() : lb.c());
    out.push(...(typeof body === 'function' ? body() : body), '\n');
  }
  return out;
}

function greet(c: Ctx): Piece[] {
  return c.r.pick([
    T('Thank you for calling {b}, this is {a}. How can I help you?', { b: brandSeg(c), a: agentSeg(c) }),
    T('{b}, my name is {a}, may I have your name please?', { b: brandSeg(c), a: agentSeg(c) }),
  ]);
}

export const CALL_SCENES: Scene[] = [
  {
    name: 'ct_card_payment', channel: 'call_transcript', build: (c) => {
      const r = c.r; const k = card(r);
      return transcript(c, [['a', greet(c)], ['c', T('Hi, this is {n}, I need to make a payment on my {p}.', { n: nameSeg(c.cust, 'full'), p: product(r) })],
        ['a', T('Sure. The balance is {a}. Which card?', { a: amount(r) })], ['c', T('A {br}. {cn}.', { br: k.brand, cn: cardSeg(r, k) })],
        ['a', T('Expiration?')], ['c', T('{e}.', { e: expirySeg(r, expiry(r)) })], ['a', T('And the three or four digit code on the back?')], ['c', T('{v}.', { v: cvvSeg(r, k) })],
        ['a', T('Thank you. {a} is posted today; confirmation {cn}.', { a: amount(r), cn: caseNumber(r) })]]);
    },
  },
  {
    name: 'ct_identity_verification', channel: 'call_transcript', build: (c) => {
      const r = c.r; const b = birthDate(r); const shop = merchant(r);
      return transcript(c, [['a', greet(c)], ['c', T('Yeah hi, {n}.', { n: nameSeg(c.cust, r.pick(['full', 'first'])) })],
        ['a', T('Thanks. Can you verify your date of birth?')],
        ['c', r.chance(0.5) ? T('{dob}.', { dob: dobSeg(r, b) }) : T('It\'s {dob}.', { dob: spokenSeg('DATE_OF_BIRTH', isoOf(b), [spokenDob(r, b)]) })],
        ['a', T('And the last four of your social?')], ['c', T('{l4}.', { l4: r.digits(4) })],
        ['a', T('Perfect. I see the {i} from {d} for {a} at {m}.', { i: issue(r), d: txnDate(r), a: amount(r), m: shop })], ['c', T('Right, I never went to {m}.', { m: shop })]]);
    },
  },
  {
    name: 'ct_address_update', channel: 'call_transcript', build: (c) => {
      const r = c.r; const a = address(r);
      return transcript(c, [['a', greet(c)], ['c', T('I moved and need to update my address. Name is {n}.', { n: nameSeg(c.cust, 'full') })],
        ['a', T('Go ahead with the new address.')], ['c', T('{s}, {city}, {st} {z}.', { s: addressSeg(a), city: a.city, st: a.state, z: zipSeg(a) })],
        ['a', T('And a good phone number?')], ['c', T('{ph}.', { ph: phoneSeg(r) })], ['a', T('Done. Statements from {d} on go there.', { d: txnDate(r) })]]);
    },
  },
  {
    name: 'ct_dispute', channel: 'call_transcript', build: (c) => {
      const r = c.r;
      return transcript(c, [['a', greet(c)], ['c', T('I have a {i}. Two charges from {m}, {a1} and {a2}, both on {d}.', { i: issue(r), m: merchant(r), a1: amount(r), a2: amount(r), d: txnDate(r) })],
        ['a', T('I\'m sorry. Who am I speaking with?')], ['c', T('{n}. {l} is spelled {sp}.', { n: nameSeg(c.cust, 'full'), l: nameSeg(c.cust, 'last'), sp: spelledSeg(c.cust.last, spelled(r, c.cust.last).toUpperCase()) })],
        ['a', T('Thank you. I opened dispute {cn}; you\'ll hear back in {q}.', { cn: caseNumber(r), q: r.pick(['10 business days', '2 weeks']) })]]);
    },
  },
  {
    name: 'ct_bank_draft', channel: 'call_transcript', build: (c) => {
      const r = c.r;
      return transcript(c, [['a', greet(c)], ['c', T('I want to pay {a} from my checking.', { a: amount(r) })], ['a', T('Routing number first, please.')],
        ['c', T('{rt}.', { rt: routingEnt(r) })],
        ['a', T('And the account number.')], ['c', T('{ac}.', { ac: accountSeg(r) })], ['a', T('Scheduled for {d}. Reference {cn}.', { d: txnDate(r), cn: caseNumber(r) })]]);
    },
  },
  {
    name: 'ct_email_spelled', channel: 'call_transcript', build: (c) => {
      const r = c.r; const email = emailValue(r, c.cust);
      const [local, domain] = email.split('@') as [string, string];
      const said = `${[...local].map((ch) => (ch === '.' ? 'dot' : ch === '_' ? 'underscore' : ch)).join(' ')} at ${domain.replace('.', ' dot ')}`;
      return transcript(c, [['a', greet(c)], ['c', T('Hi, I never got the receipt for order {o}.', { o: orderNumber(r) })], ['a', T('What email should I send it to?')],
        ['c', T('{e}', { e: ent('EMAIL_ADDRESS', email, said, 'spelled') })], ['a', T('So that is {e}?', { e: ent('EMAIL_ADDRESS', email, email) })], ['c', T('Yes.')],
        ['a', T('Sent. The total was {a} on {d}.', { a: amount(r), d: txnDate(r) })]]);
    },
  },
  {
    name: 'ct_callback_ssn', channel: 'call_transcript', build: (c) => {
      const r = c.r;
      return transcript(c, [['a', greet(c)], ['c', T('I\'m applying for the {p} and the website failed at the last step.', { p: product(r) })],
        ['a', T('I can take it over the phone. Full name and Social Security number?')],
        ['c', T('{n}, {ss}.', { n: nameSeg(c.cust, 'full'), ss: ssnSeg(r) })], ['a', T('If we get disconnected, what number should I call back?')], ['c', T('{ph}, that\'s my cell.', { ph: phoneSeg(r) })],
        ['a', T('Thanks {n}. Application {cn} is submitted.', { n: nameSeg(c.cust, 'first'), cn: caseNumber(r) })]]);
    },
  },
  {
    name: 'ct_words_and_digits', channel: 'call_transcript', build: (c) => {
      const r = c.r; const k = card(r); const e = expiry(r);
      const g = k.digits.match(k.brand === 'Amex' ? /^(\d{4})(\d{6})(\d{5})$/ : /^(\d{4})(\d{4})(\d{4})(\d{4})$/)!.slice(1);
      const spokenCard = spokenSeg('CREDIT_CARD', k.digits, [g.slice(0, 2).map((x) => sayDigits(r, x)).join(', '), g.slice(2).map((x) => sayDigits(r, x)).join(', ')]);
      return transcript(c, [['a', greet(c)], ['c', T('I want to update the card on autopay.')], ['a', T('Go ahead, I\'m ready.')],
        ['c', () => [split(spokenCard, [['\n', labels(c).a(), 'Mm-hm.\n', labels(c).c()]]), '.']],
        ['a', T('And the expiration?')], ['c', T('{e}.', { e: spokenSeg('CARD_EXPIRY', `${String(e.month).padStart(2, '0')}/${String(e.year).slice(2)}`, [spokenExpiry(r, e)]) })],
        ['a', T('Updated. Next draft {d} for {a}.', { d: txnDate(r), a: amount(r) })]]);
    },
  },
];

function routingEnt(r: Rng) {
  const d = routingDigits(r);
  return ent('ROUTING_NUMBER', d, r.chance(0.3) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d);
}

function isoOf(b: { y: number; m: number; d: number }): string {
  return `${b.y}-${String(b.m).padStart(2, '0')}-${String(b.d).padStart(2, '0')}`;
}

// ---------- ASR ----------

const ASR_LABELS = new WeakMap<Ctx, Labels>();

function asrLabels(c: Ctx): Labels {
  const cached = ASR_LABELS.get(c);
  if (cached) return cached;
  const made = makeAsrLabels(c.r);
  ASR_LABELS.set(c, made);
  return made;
}

function makeAsrLabels(r: Rng): Labels {
  const style = r.int(0, 2);
  if (style === 0) return { a: () => 'spk_0: ', c: () => 'spk_1: ' };
  if (style === 1) return { a: () => 'agent: ', c: () => 'customer: ' };
  let t = r.int(0, 30);
  const ts = (): string => { t += r.int(2, 14); return `[${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] `; };
  return { a: () => `${ts()}A: `, c: () => `${ts()}B: ` };
}

const FILL = ['um ', 'uh ', '', '', 'so ', 'yeah ', 'okay '];

/** ASR turns are plain lower-case strings with entity segments; keeps are lower-cased words. */
function asr(c: Ctx, turns: Array<['a' | 'c', Piece[]]>): Piece[] {
  const lb = asrLabels(c);
  const out: Piece[] = [];
  for (const [who, body] of turns) out.push(who === 'a' ? lb.a() : lb.c(), c.r.pick(FILL), ...body, '\n');
  return out;
}

const A = (template: string, slots: Record<string, Seg | Seg[]> = {}): Piece[] => T(template, slots);

function sayAmount(r: Rng): Seg {
  const d = r.int(2, 99);
  const cents = r.int(1, 99);
  const say = (n: number): string => sayTwoDigit(n).replace(/^oh /, '');
  return keep('amount', r.pick([`${say(d)} dollars and ${say(cents)} cents`, `${say(d)} ${sayTwoDigit(cents)}`, `${say(d)} bucks`]));
}

function sayTxnDate(r: Rng): Seg {
  const m = r.int(1, 12);
  return keep('transaction_date', `${MONTH_NAMES[m - 1]!.toLowerCase()} ${r.pick(['first', 'second', 'third', 'fifth', 'ninth', 'twelfth', 'twentieth', 'thirtieth'])}`);
}

const asrBrand = (c: Ctx): Seg => keep('brand', c.brand.toLowerCase());
const asrMerchant = (r: Rng): Seg => keep('merchant', r.pick(["wendy's", "macy's", "trader joe's", 'target', 'home depot', "kohl's", 'best buy', 'walgreens', "papa john's", 'chase']));
const asrProduct = (r: Rng): Seg => keep('product', r.pick(['platinum rewards card', 'fiber five hundred plan', 'unlimited plus plan', 'premier checking', 'iphone fifteen pro']));
const asrIssue = (r: Rng): Seg => keep('issue', r.pick(['double charge', 'late fee', 'chargeback', 'fraud alert', 'refund', 'overdraft fee', 'dispute']));
const asrAgent = (c: Ctx): Seg => ent('PERSON', c.agent.toLowerCase(), c.agent.toLowerCase());
const asrName = (c: Ctx, which: 'full' | 'first' = 'full'): Seg => {
  const s = (which === 'full' ? `${c.cust.first} ${c.cust.last}` : c.cust.first).toLowerCase();
  return ent('PERSON', s, s);
};

export const ASR_SCENES: Scene[] = [
  {
    name: 'a_card_split', channel: 'asr', build: (c) => {
      const r = c.r; const k = card(r);
      const g = k.digits.match(k.brand === 'Amex' ? /^(\d{4})(\d{6})(\d{5})$/ : /^(\d{4})(\d{4})(\d{4})(\d{4})$/)!.slice(1);
      const cardSpoken = spokenSeg('CREDIT_CARD', k.digits, g.map((x) => sayDigits(r, x)));
      const lb = asrLabels(c);
      const head = asr(c, [['a', A('thank you for calling {b} this is {a} how can i help', { b: asrBrand(c), a: asrAgent(c) })], ['c', A('hi i need to pay my bill it is {am}', { am: sayAmount(r) })],
        ['a', A('sure what is the card number')]]);
      const label = lb.c();
      const glue = g.slice(1).map(() => ['\n', lb.a(), r.pick(['okay', 'mhm', 'go ahead', 'yes']), '\n', lb.c()]);
      return [...head, label, split(cardSpoken, glue),  '\n',
        ...asrExpiryAndCvv(c, k.brand === 'Amex' ? 4 : 3)];
    },
  },
  {
    name: 'a_dob_spoken', channel: 'asr', build: (c) => {
      const r = c.r; const b = birthDate(r);
      return asr(c, [['a', A('can i have your name please')], ['c', A('{n}', { n: asrName(c) })], ['a', A('and your date of birth')],
        ['c', A('{dob}', { dob: spokenSeg('DATE_OF_BIRTH', isoOf(b), [spokenDob(r, b)]) })],
        ['a', A('thank you i see the {i} from {d}', { i: asrIssue(r), d: sayTxnDate(r) })], ['c', A('yeah that was at {m} i never went there', { m: asrMerchant(r) })]]);
    },
  },
  {
    name: 'a_phone_split', channel: 'asr', build: (c) => {
      const r = c.r; const d = phoneDigits(r);
      const ph = spokenSeg('PHONE_NUMBER', d, [sayDigits(r, d.slice(0, 3)), `${sayDigits(r, d.slice(3, 6))} ${sayDigits(r, d.slice(6))}`]);
      const lb = asrLabels(c);
      return [...asr(c, [['a', A('whats the best number to reach you')]]), lb.c(), r.pick(FILL), split(ph, [['\n', lb.a(), 'uh huh\n', lb.c()]]), '\n',
        ...asr(c, [['a', A('got it we will call back about the {i} on your {p}', { i: asrIssue(r), p: asrProduct(r) })]])];
    },
  },
  {
    name: 'a_address_spoken', channel: 'asr', build: (c) => {
      const r = c.r; const a = address(r);
      const said = a.poBox ? `p o box ${sayDigits(r, a.value.split(' ')[0]!)}` : spokenStreet(r, a.value);
      const zipSaid = sayDigits(r, a.zip);
      return asr(c, [['a', A('what is the new address')], ['c', A('its {s}', { s: spokenSeg('STREET_ADDRESS', a.value, [said]) })],
        ['c', A('{city} and the zip is {z}', { city: a.city.toLowerCase(), z: spokenSeg('POSTAL_CODE', a.zip, [zipSaid]) })], ['a', A('perfect updated')]]);
    },
  },
  {
    name: 'a_spelled_name', channel: 'asr', build: (c) => {
      const r = c.r;
      return asr(c, [['a', A('{b} this is {a} who am i speaking with', { b: asrBrand(c), a: asrAgent(c) })], ['c', A('{n}', { n: asrName(c) })],
        ['a', A('can you spell the last name')], ['c', A('{sp}', { sp: spelledSeg(c.cust.last, spelled(r, c.cust.last)) })],
        ['a', A('thanks {n} how can i help', { n: asrName(c, 'first') })], ['c', A('theres a {i} on my {p}', { i: asrIssue(r), p: asrProduct(r) })]]);
    },
  },
  {
    name: 'a_ssn', channel: 'asr', build: (c) => {
      const r = c.r; const d = ssnDigits(r);
      const lb = asrLabels(c);
      const ssn = spokenSeg('US_SSN', d, [sayDigits(r, d.slice(0, 3)), sayDigits(r, d.slice(3, 5)), sayDigits(r, d.slice(5))]);
      return [...asr(c, [['a', A('for the application i need your social security number')]]), lb.c(), split(ssn, [[' '], [' ']]), '\n',
        ...asr(c, [['a', A('thank you the {p} decision takes about {q}', { p: asrProduct(r), q: keep('quantity', 'ten days') })]])];
    },
  },
  {
    name: 'a_email_spoken', channel: 'asr', build: (c) => {
      const r = c.r; const email = emailValue(r, c.cust);
      const [local, domain] = email.split('@') as [string, string];
      const said = `${local.replace(/\./g, ' dot ').replace(/_/g, ' underscore ').replace(/(\d+)/g, (m) => ` ${sayDigits(r, m)} `).replace(/\s+/g, ' ').trim()} at ${domain.replace(/\./g, ' dot ')}`;
      return asr(c, [['a', A('what email should the receipt go to')], ['c', A('{e}', { e: spokenSeg('EMAIL_ADDRESS', email, [said]) })],
        ['a', A('okay sent the {am} refund for order {o}', { am: sayAmount(r), o: keep('order_number', sayDigits(r, r.digits(6))) })]]);
    },
  },
  {
    name: 'a_routing_account', channel: 'asr', build: (c) => {
      const r = c.r; const rt = routingDigits(r); const ac = String(r.int(1, 9)) + r.digits(r.int(7, 10));
      return asr(c, [['a', A('i can set up the draft whats the routing number')], ['c', A('{rt}', { rt: spokenSeg('ROUTING_NUMBER', rt, [sayDigits(r, rt)]) })],
        ['a', A('and the account')], ['c', A('{ac}', { ac: spokenSeg('BANK_ACCOUNT', ac, [sayDigits(r, ac)]) })],
        ['a', A('great the {am} will come out on {d}', { am: sayAmount(r), d: sayTxnDate(r) })]]);
    },
  },
];

function asrExpiryAndCvv(c: Ctx, cvvLen: number): Piece[] {
  const r = c.r; const e = expiry(r); const v = r.digits(cvvLen);
  const mm = String(e.month).padStart(2, '0');
  return asr(c, [['a', A('and the expiration date')], ['c', A('{e}', { e: spokenSeg('CARD_EXPIRY', `${mm}/${String(e.year).slice(2)}`, [spokenExpiry(r, e)]) })],
    ['a', A('and the security code on the back')], ['c', A('{v}', { v: spokenSeg('CARD_CVV', v, [sayDigits(r, v)]) })],
    ['a', A('thank you that went through for {am}', { am: sayAmount(r) })]]);
}
