/**
 * Web and app chats: pre-chat forms, lower-case typing, values split over messages, bot hand-offs,
 * corrections, SMS style.
 */
import type { Seg } from '../corpus/document.js';
import { ent } from '../corpus/document.js';
import { L, agentSeg, brandSeg, hotlineSeg, split, type Ctx, type Piece, type Scene } from './kit.js';
import {
  accountSeg, address, addressSeg, amount, anyName, birthDate, card, cardSeg, caseNumber, cvvSeg, dobSeg, emailSeg, expiry, expirySeg,
  firstName, issue, merchant, nameSeg, orderNumber, phoneSeg, bank, device, product, quantity, duration, percent, routingSeg, ssnSeg, time, txnDate, zipSeg, type Rng,
} from './values.js';

/** Speaker labels: the agent's display name is a person's name and is gold like any other. */
interface Speakers {
  agent: () => Seg[];
  cust: () => Seg[];
}

const SPEAKERS = new WeakMap<Ctx, Speakers>();

/** One labelling style per document, with timestamps that move forward turn by turn. */
function speakers(c: Ctx): Speakers {
  const cached = SPEAKERS.get(c);
  if (cached) return cached;
  const r = c.r;
  const stamp = r.chance(0.5);
  let minute = r.int(8, 20) * 60 + r.int(0, 59);
  const ts = (): string => {
    if (!stamp) return '';
    minute += r.int(0, 2);
    return `[${Math.floor(minute / 60) % 24}:${String(minute % 60).padStart(2, '0')}] `;
  };
  const style = r.int(0, 3);
  const custName = nameSeg(c.cust, r.pick(['full', 'first', 'initial']));
  const sp: Speakers = {
    agent: () => (style === 0 ? [ts(), 'Agent: '] : style === 1 ? [ts(), agentSeg(c), ' (', brandSeg(c), '): '] : style === 2 ? [ts(), 'You: '] : [ts(), agentSeg(c), ': ']),
    cust: () => (style === 0 ? [ts(), 'Customer: '] : style === 1 ? [ts(), custName, ': '] : style === 2 ? [ts(), 'Visitor: '] : [ts(), 'Guest: ']),
  };
  SPEAKERS.set(c, sp);
  return sp;
}

/** A chat: alternating turns; each turn is a list of segments without the newline. */
function chat(c: Ctx, turns: Array<['a' | 'c', Piece[]]>, pre: Piece[] = []): Piece[] {
  const sp = speakers(c);
  const out: Piece[] = [...pre];
  for (const [who, body] of turns) out.push(...(who === 'a' ? sp.agent() : sp.cust()), ...body, '\n');
  return out;
}

const T = (template: string, slots: Record<string, Seg | Seg[]> = {}): Piece[] => L(template, slots).slice(0, -1);

function opener(c: Ctx): Piece[] {
  const r = c.r;
  return r.pick([
    T('Hi, thanks for contacting {b}! My name is {a}. How can I help?', { b: brandSeg(c), a: agentSeg(c) }),
    T('Hello! You are chatting with {a}. What can I do for you today?', { a: agentSeg(c) }),
    T('Thanks for waiting. How can I help?'),
  ]);
}

function closer(c: Ctx): Piece[] {
  return c.r.pick([T('Anything else I can help with today?'), T('Thanks for chatting with {b}, have a great day!', { b: brandSeg(c) }), T('You are all set. Your reference is {cn}.', { cn: caseNumber(c.r) })]);
}

function lowerName(r: Rng, c: Ctx): Seg {
  return nameSeg(c.cust, r.pick(['lower', 'lower', 'full', 'first']));
}

export const CHAT_SCENES: Scene[] = [
  {
    name: 'c_prechat_form', channel: 'chat', build: (c) => {
      const r = c.r;
      const pre: Piece[] = [...L('--- Pre-chat survey ---'), ...L('Name: {n}', { n: lowerName(r, c) }), ...L('Email: {e}', { e: emailSeg(r, c.cust) }),
        ...L('Phone: {ph}', { ph: phoneSeg(r) }), ...L('Order # (optional): {o}', { o: orderNumber(r) }), ...L('Topic: {i}', { i: issue(r) }), ...L('---')];
      return chat(c, [['a', opener(c)], ['c', T('yeah my {p} order still not here, it said {d}', { p: device(r), d: txnDate(r) })],
        ['a', T('I am sorry! I see it was shipped with tracking {tr}. It is delayed by {q}.', { tr: orderNumber(r), q: duration(r) })], ['c', T('ok thx')], ['a', closer(c)]], pre);
    },
  },
  {
    name: 'c_card_split_messages', channel: 'chat', build: (c) => {
      const r = c.r; const k = card(r);
      const g = k.brand === 'Amex' ? [k.digits.slice(0, 4), k.digits.slice(4, 10), k.digits.slice(10)] : [k.digits.slice(0, 4), k.digits.slice(4, 8), k.digits.slice(8, 12), k.digits.slice(12)];
      const sp = speakers(c);
      const parts = k.brand === 'Amex' ? [g.slice(0, 2).join(' '), g[2]!] : [g.slice(0, 2).join(' '), g.slice(2).join(' ')];
      const card2 = ent('CREDIT_CARD', k.digits, parts);
      return [...chat(c, [['a', opener(c)], ['c', T('need to pay my bill {a}', { a: amount(r) })], ['a', T('Sure, what card would you like to use?')]]),
        ...sp.cust(), split(card2, [['\n', ...sp.cust()]]), '\n',
        ...chat(c, [['c', T('exp {e} cvv {v}', { e: expirySeg(r, expiry(r)), v: cvvSeg(r, k) })], ['a', T('Thank you, the payment of {a} posted at {t}.', { a: amount(r), t: time(r) })], ['a', closer(c)]])];
    },
  },
  {
    name: 'c_dob_verify', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('hi its {n}, i got locked out', { n: lowerName(r, c) })],
        ['a', T('I can help. To verify, what is your date of birth and the ZIP on the account?')],
        ['c', T(r.pick(['{dob} and {z}', 'dob {dob}, zip {z}', '{dob}\n{z}', '{dob} / {z}']), { dob: dobSeg(r, birthDate(r)), z: zipSeg(address(r)) })],
        ['a', T('Thanks {n}, you are verified. I unlocked the account; the {i} was from {q} failed attempts.', { n: firstName(r, c.cust), i: issue(r), q: String(r.int(3, 6)) })], ['a', closer(c)]]);
    },
  },
  {
    name: 'c_address_change', channel: 'chat', build: (c) => {
      const r = c.r; const a = address(r);
      return chat(c, [['a', opener(c)], ['c', T('moving next week, can u update my address')], ['a', T('Of course. What is the new address?')],
        ['c', T('{s}', { s: addressSeg(a, r.chance(0.2)) })], ['c', T('{city} {st} {z}', { city: a.city.toLowerCase(), st: a.state, z: zipSeg(a) })],
        ['a', T('Updated. Your next {p} bill on {d} will go there.', { p: product(r), d: txnDate(r) })], ['c', T('perfect thank you {a}', { a: agentSeg(c) })]]);
    },
  },
  {
    name: 'c_refund_status', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('where is my refund for {o}?? returned it {d}', { o: orderNumber(r), d: txnDate(r) })],
        ['a', T('Let me check. The return for {q} of {p} was received on {d}; {a} was refunded to the card ending {l4}.', { q: quantity(r), p: device(r), d: txnDate(r), a: amount(r), l4: r.digits(4) })],
        ['c', T('i dont see it. my bank is {m}', { m: bank(r) })], ['a', T('Banks can take {q} to post it. Case {cn} is open if it has not arrived by {d}.', { q: duration(r), cn: caseNumber(r), d: txnDate(r) })],
        ['c', T('ok thanks {a}', { a: agentSeg(c) })]]);
    },
  },
  {
    name: 'c_bot_handoff', channel: 'chat', build: (c) => {
      const r = c.r; const a = address(r);
      return [...L('{b} Assistant: Hi! I can help with billing, orders and more. Please enter your ZIP code.', { b: brandSeg(c) }), ...L('You: {z}', { z: zipSeg(a) }),
        ...L('{b} Assistant: Thanks! Now enter the phone number on your account.', { b: brandSeg(c) }), ...L('You: {ph}', { ph: phoneSeg(r) }),
        ...L('{b} Assistant: I found your account. What do you need help with?', { b: brandSeg(c) }), ...L('You: {i}', { i: issue(r) }),
        ...L('{b} Assistant: Connecting you to an agent (wait ~{q}).', { b: brandSeg(c), q: r.pick(['2 min', '5 minutes']) }),
        ...L('{a}: Hi {n}, I see the {i} on your {p}. That {am} will be reversed today.', { a: agentSeg(c), n: firstName(r, c.cust), i: issue(r), p: product(r), am: amount(r) })];
    },
  },
  {
    name: 'c_glued_typing', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T(r.pick(['email:{e},phone:{ph}', 'my email is {e}.phone {ph}', 'its {e} / {ph}']), { e: emailSeg(r, c.cust), ph: phoneSeg(r) })],
        ['c', T('name on acct {n}({n2} is my husband)', { n: lowerName(r, c), n2: nameSeg(c.other, 'first') })],
        ['a', T('Thanks! I see the {i} from {d}. Refund of {a} is on the way.', { i: issue(r), d: txnDate(r), a: amount(r) })]]);
    },
  },
  {
    name: 'c_expiry_forms', channel: 'chat', build: (c) => {
      const r = c.r; const k = card(r); const e = expiry(r);
      const expPhrase = r.pick(['it says valid thru {e}', 'exp {e}', 'expires end of {e}', '{e}', 'good thru {e}', 'expiration {e}']);
      return chat(c, [['a', opener(c)], ['c', T('having trouble w my card, {i}', { i: issue(r) })], ['a', T('Can you confirm the card number and expiration date?')],
        ['c', T('{c}', { c: cardSeg(r, k) })], ['c', T(expPhrase, { e: expirySeg(r, e) })],
        ['a', T('And the {v} on the back?', { v: r.pick(['security code', 'CVV', '3-digit code', 'CVC']) })], ['c', T('{v}', { v: cvvSeg(r, k) })],
        ['a', T('The card was declined at {m} on {d} because it expired. A new {p} shipped {d2}.', { m: merchant(r), d: txnDate(r), p: product(r), d2: txnDate(r) })]]);
    },
  },
  {
    name: 'c_sms_style', channel: 'chat', build: (c) => {
      const r = c.r;
      return [...L('SMS from {ph}:', { ph: phoneSeg(r) }), ...L(r.pick(['hi its {n} acct {ac} locked?? need to pay {a} b4 {d}', 'this is {n}. why was i charged {a} on {d}. acct {ac}']), {
        n: lowerName(r, c), ac: accountSeg(r), a: amount(r), d: txnDate(r),
      }), ...L('{b}: Hi {n}! An agent will reply shortly. Reply STOP to opt out.', { b: brandSeg(c), n: firstName(r, c.cust) }), ...L('{a}: Your account is unlocked. The {i} was reversed.', { a: agentSeg(c), i: issue(r) })];
    },
  },
  {
    name: 'c_phone_correction', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('pls update my number to {p1}', { p1: phoneSeg(r) })], ['c', T('wait no typo, {p2}', { p2: phoneSeg(r) })],
        ['a', T('Got it, updated to the second one. Anything else about the {i}?', { i: issue(r) })], ['c', T('no thats it')]]);
    },
  },
  {
    name: 'c_bank_draft', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('can i pay from checking instead')], ['a', T('Yes, please share the routing and account number.')],
        ['c', T(r.pick(['routing {rt} acct {ac}', '{rt}\n{ac}', 'rtn: {rt}, account: {ac}']), { rt: routingSeg(r), ac: accountSeg(r) })],
        ['a', T('Thanks. {a} will draft on {d}. Confirmation {cn}.', { a: amount(r), d: txnDate(r), cn: caseNumber(r) })]]);
    },
  },
  {
    name: 'c_ssn_question', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('applying for the {p}, form asks for ss#, do u need all of it?', { p: product(r) })],
        ['a', T('For the application we need the full number, yes.')], ['c', T(r.pick(['ok {ss}', '{ss} is my ssn', 'ssn {ss}']), { ss: ssnSeg(r) })],
        ['a', T('Thank you. The decision is usually within {q}.', { q: duration(r) })]]);
    },
  },
  {
    name: 'c_particle_names', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('the acct is under {n}', { n: nameSeg(c.cust, r.pick(['full', 'caps', 'lower'])) })],
        ['a', T('Thanks! Is that {n}?', { n: nameSeg(c.cust, 'last') })], ['c', T('yes, {s}', { s: r.pick(['exactly', 'yep', 'correct', 'yes thats it']) })],
        ['a', T('Found it. The {i} on {d} for {a} at {m} has been escalated.', { i: issue(r), d: txnDate(r), a: amount(r), m: merchant(r) })]]);
    },
  },
  {
    name: 'c_third_party_card', channel: 'chat', build: (c) => {
      const r = c.r; const k = card(r);
      return chat(c, [['a', opener(c)], ['c', T('the card is under my wife\'s name, {n}', { n: nameSeg(c.other, r.pick(['full', 'lower'])) })],
        ['c', T('{c} {e}', { c: cardSeg(r, k), e: expirySeg(r, expiry(r)) })],
        ['a', T('For cards in another person\'s name, the cardholder must be present. Could {n} join the chat?', { n: nameSeg(c.other, 'first') })],
        ['c', T('ugh ok, she can call {h} later', { h: hotlineSeg(c) })]]);
    },
  },
  {
    name: 'c_order_numbers_only', channel: 'chat', build: (c) => {
      const r = c.r;
      return chat(c, [['a', opener(c)], ['c', T('i have 2 orders, {o1} and {o2}, one says delivered {d} at {t} but nothing came', { o1: orderNumber(r), o2: orderNumber(r), d: txnDate(r), t: time(r) })],
        ['a', T('I see both. {o} ({q}) was left at the front desk. The other ships {d}.', { o: orderNumber(r), q: quantity(r), d: txnDate(r) })],
        ['c', T('the {p} one?', { p: device(r) })], ['a', T('Yes, total {a}. I opened case {cn}.', { a: amount(r), cn: caseNumber(r) })]]);
    },
  },
];

