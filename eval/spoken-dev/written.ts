/**
 * Typed channels: chat-only scenes, e-mails (headers, signature blocks, quoted reply chains) and
 * tickets (one-line agent shorthand up to multi-field case forms). Values are written, as people type them.
 */
import { DocBuilder } from '../corpus/document.js';
import { Emitter, ent, f, neutral, parts, type Piece } from './model.js';
import { A, C, agentName, person, type Turn } from './moves.js';
import { BANKS, MERCHANTS } from './pools.js';
import {
  amount, brand, caseNumber, keep, merchant, orderNumber, product, quantity, randomCents, sayCvv, sayDob, sayEmail, sayExpiry, sayIp, sayStreet, timeOfDay,
  trackingNumber, txDate, type Ctx,
} from './say.js';
import { MONTH_SHORT, WEEKDAYS } from './speech.js';
import { groupIban } from './values.js';

// ---- written value surfaces -------------------------------------------------------------------

export function cardW(ctx: Ctx): Piece {
  const c = ctx.cast.card;
  const sep = ctx.rng.pick([' ', '-', '', ' ']);
  return ent('CREDIT_CARD', c.number, c.groups.join(sep), 'written');
}

export function phoneW(ctx: Ctx, phone: string = ctx.cast.phone): Piece {
  const p = phone;
  const text = ctx.rng.pick([`(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`, `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`, `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`, p, `+1 ${p.slice(0, 3)} ${p.slice(3, 6)} ${p.slice(6)}`, `1-${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`]);
  return ent('PHONE_NUMBER', p, text, 'written');
}

export function ssnW(ctx: Ctx): Piece {
  const s = ctx.cast.ssn;
  return ent('US_SSN', s, ctx.rng.pick([`${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`, s, `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`]), 'written');
}

export const dobW = (ctx: Ctx): Piece => { const s = sayDob(ctx); return ent('DATE_OF_BIRTH', ctx.cast.dob.value, s.text, s.form); };
export const expW = (ctx: Ctx): Piece => { const s = sayExpiry(ctx); return ent('CARD_EXPIRY', ctx.cast.expiry.value, s.text, s.form); };
export const cvvW = (ctx: Ctx): Piece => { const s = sayCvv(ctx); return ent('CARD_CVV', ctx.cast.cvv, s.text, s.form); };
export const emailW = (ctx: Ctx): Piece => { const s = sayEmail(ctx); return ent('EMAIL_ADDRESS', ctx.cast.email, s.text, s.form); };
export const ipW = (ctx: Ctx): Piece => { const s = sayIp(ctx); return ent('IP_ADDRESS', ctx.cast.ip, s.text, s.form); };
export const zipW = (ctx: Ctx, plus4 = false): Piece => {
  const a = ctx.cast.address;
  const v = plus4 && a.plus4 ? `${a.zip}-${a.plus4}` : a.zip;
  return ent('POSTAL_CODE', v, v, 'written');
};
export const streetW = (ctx: Ctx): Piece => { const s = sayStreet(ctx); return ent('STREET_ADDRESS', s.value, s.said.text, 'written'); };
export const routingW = (ctx: Ctx): Piece => ent('ROUTING_NUMBER', ctx.cast.routing, ctx.cast.routing, 'written');
export const accountW = (ctx: Ctx): Piece => ent('BANK_ACCOUNT', ctx.cast.account, ctx.rng.chance(0.2) ? `${ctx.cast.account.slice(0, 4)} ${ctx.cast.account.slice(4)}` : ctx.cast.account, 'written');
export const ibanW = (ctx: Ctx): Piece => ent('IBAN', ctx.cast.iban, ctx.rng.chance(0.6) ? groupIban(ctx.cast.iban) : ctx.cast.iban, 'written');
export const fullW = (ctx: Ctx): Piece => person(ctx, ctx.cast.customer.full);
export const firstW = (ctx: Ctx): Piece => person(ctx, ctx.cast.customer.first);
const m = (ctx: Ctx): Piece => merchant(ctx, ctx.rng.pick(MERCHANTS));
const amt = (ctx: Ctx, max = 30000): Piece => amount(ctx, randomCents(ctx.rng, max));

/** An address block: street line, then city, state and ZIP on the next line. */
function addressBlock(ctx: Ctx, sep = '\n'): Piece[] {
  const a = ctx.cast.address;
  return [streetW(ctx), `${sep}${a.city[0]}, ${a.city[1]} `, zipW(ctx, true)];
}

// ---- chat -------------------------------------------------------------------------------------

export interface TurnScene {
  name: string;
  build(ctx: Ctx): Turn[];
}

/** A card typed over several messages: one entity, one span per message. */
function cardInMessages(ctx: Ctx): Turn[] {
  const c = ctx.cast.card;
  const half = c.groups.length === 3 ? 1 : 2;
  const [p1, p2] = parts('CREDIT_CARD', c.number, [c.groups.slice(0, half).join(' '), c.groups.slice(half).join(' ')], 'written');
  return [C(p1!), C(p2!)];
}

export const CHAT_SCENES: TurnScene[] = [
  {
    name: 'chat-pay-split-card',
    build: (ctx) => [
      A(f('Hi, you are chatting with {agent} from {b}. How can I help?', { agent: agentName(ctx), b: brand(ctx) })),
      C(f(ctx.rng.pick(['hi i want to pay {amt} on my acct', 'can I pay my bill here? its {amt}']), { amt: amt(ctx) })),
      A(f('Sure! Can you confirm your full name and date of birth?', {})),
      C(f(ctx.rng.pick(['{full} {dob}', '{full}, dob {dob}', '{full}\n{dob}']), { full: fullW(ctx), dob: dobW(ctx) })),
      A('Thanks. Please type the card number.'),
      ...(ctx.rng.chance(0.5) ? cardInMessages(ctx) : [C(cardW(ctx))]),
      A('Expiration and security code?'),
      C(f(ctx.rng.pick(['{e} {c}', 'exp {e} cvv {c}', '{e}\n{c}', '{e} and {c} is the code on back']), { e: expW(ctx), c: cvvW(ctx) })),
      A(f('Done! Confirmation {cs} for {amt}.', { cs: caseNumber(ctx), amt: amt(ctx) })),
      C('ty'),
    ],
  },
  {
    name: 'chat-typos-address',
    build: (ctx) => [
      C(f(ctx.rng.pick(['hey my packge never came order {o}', 'wheres my order {o}??']), { o: orderNumber(ctx) })),
      A(f("I'm sorry about that! I'm {agent}. Can you confirm the shipping address?", { agent: agentName(ctx) })),
      C(f(ctx.rng.pick(['{street} {city} {zip}', 'its {street}, {city}', '{street} apt is on there right']), { street: streetW(ctx), city: ctx.cast.address.city[0], zip: zipW(ctx) })),
      A(f('Thanks! Tracking {tr} shows it was delivered {d} at {t}.', { tr: trackingNumber(ctx), d: txDate(ctx), t: timeOfDay(ctx) })),
      C(f('thats not my house lol. my neighbor is {other} maybe they got it', { other: person(ctx, ctx.cast.other.full) })),
      A(f('I will file a claim, {cs}. A replacement {p} ships in {q}.', { cs: caseNumber(ctx), p: product(ctx), q: quantity(ctx, 'days', ctx.rng.int(2, 5)) })),
    ],
  },
  {
    name: 'chat-email-and-phone-typed',
    build: (ctx) => [
      A(f('Welcome to {b} chat. May I have your name?', { b: brand(ctx) })),
      C(ctx.rng.chance(0.5) ? [fullW(ctx)] : [person(ctx, ctx.cast.customer.full.toLowerCase(), ctx.cast.customer.full)]),
      A(f('Thanks {first}! Email and phone on the account?', { first: firstW(ctx) })),
      C(f(ctx.rng.pick(['{e} / {p}', '{e}\ncell is {p}', 'email {e} phone {p}']), { e: emailW(ctx), p: phoneW(ctx) })),
      A(f('Found it. Your {p} renews on {d} at {amt}.', { p: product(ctx), d: txDate(ctx), amt: amt(ctx, 15000) })),
      C('can u turn off auto renew'),
      A('Done, auto renew is off.'),
    ],
  },
  {
    name: 'chat-bank-details',
    build: (ctx) => [
      C(f('I need to update my direct deposit to my new {bank} account', { bank: keep(ctx, 'merchant', ctx.rng.pick(BANKS)) })),
      A(f('Happy to help. I am {agent}. Please send the routing and account numbers.', { agent: agentName(ctx) })),
      C(f(ctx.rng.pick(['routing {r} account {a}', 'rtn {r}\nacct {a}', '{r} is routing and {a} is the account']), { r: routingW(ctx), a: accountW(ctx) })),
      A(f('Updated. The change takes effect for the payment on {d}.', { d: txDate(ctx) })),
    ],
  },
  {
    name: 'chat-ssn-verification',
    build: (ctx) => [
      A(f('For security, please provide your SSN and date of birth. This chat is encrypted.', {})),
      C(f(ctx.rng.pick(['{ssn} {dob}', 'ssn {ssn}\nborn {dob}', 'ok {ssn} and bday {dob}']), { ssn: ssnW(ctx), dob: dobW(ctx) })),
      A(f('Thank you {first}. I see a {issue} from {d}.', { first: firstW(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['fraud alert', 'past due', 'overdraft fee'])), d: txDate(ctx) })),
      C(f('yes that {amt} at {m} was not me', { amt: amt(ctx), m: m(ctx) })),
    ],
  },
  {
    name: 'chat-tech-ip',
    build: (ctx) => [
      C(f('my {p} keeps disconnecting', { p: product(ctx) })),
      A(f("Let's check. What is your public IP? You can see it at whatismyip.com", {})),
      C(f(ctx.rng.pick(['{ip}', 'it says {ip}', '{ip} i think']), { ip: ipW(ctx) })),
      A(f('I see {q} in the last hour. Rebooting the line now, ticket {cs}.', { q: quantity(ctx, 'drops', ctx.rng.int(3, 40)), cs: caseNumber(ctx) })),
    ],
  },
  {
    name: 'chat-wire-iban',
    build: (ctx) => [
      C(f('need to send {amt} to {other} abroad', { amt: amt(ctx, 400000), other: person(ctx, ctx.cast.other.full) })),
      A('Please share the IBAN.'),
      C(ibanW(ctx)),
      A(f('The fee is {fee}. Reference {cs}.', { fee: amount(ctx, 3500), cs: caseNumber(ctx) })),
    ],
  },
  {
    name: 'chat-bot-handoff',
    build: (ctx) => [
      A(f('{b} Assistant: Hi! I can help with billing, orders and more. What do you need?', { b: brand(ctx) })),
      C(f('{issue}', { issue: keep(ctx, 'issue', ctx.rng.pick(['refund', 'billing error', 'double charge'])) })),
      A(f('Connecting you to an agent... You are now chatting with {agent}.', { agent: agentName(ctx) })),
      C(f('hi {agent} im {first}. i was charged twice {amt} on {d} at {m}', { agent: agentName(ctx), first: firstW(ctx), amt: amt(ctx), d: txDate(ctx), m: m(ctx) })),
      A('Can you confirm the zip code and last name on the account?'),
      C(f('{zip} {last}', { zip: zipW(ctx), last: person(ctx, ctx.cast.customer.last) })),
      A(f('Refund issued, {cs}. It takes {q}.', { cs: caseNumber(ctx), q: quantity(ctx, 'business days', ctx.rng.int(3, 7)) })),
    ],
  },
];

// ---- e-mail -----------------------------------------------------------------------------------

export interface DocScene {
  name: string;
  build(ctx: Ctx): DocBuilder;
}

type Para = Piece[];

function emailDoc(ctx: Ctx, subject: string, paras: Para[], opts: { sig?: 'full' | 'name' | 'none'; quoted?: Para[] } = {}): DocBuilder {
  const { rng } = ctx;
  const b = new DocBuilder();
  const out = new Emitter(b);
  const c = ctx.cast.customer;
  const support = `${rng.pick(['support', 'help', 'customercare', 'billing'])}@${ctx.cast.brand.domain}`;
  if (rng.chance(0.8)) {
    out.pieces(['From: ', person(ctx, c.full), ' <', emailW(ctx), '>\n']);
    out.pieces(['To: ', neutral(support), '\n']);
    out.pieces([`Date: ${rng.pick(WEEKDAYS).slice(0, 3)}, ${rng.int(1, 28)} ${rng.pick(MONTH_SHORT)} 2026 ${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}\n`]);
    out.pieces([`Subject: ${subject}\n\n`]);
  } else out.pieces([`Subject: ${subject}\n\n`]);
  out.pieces([rng.pick(['Hello,', 'Hi there,', 'To whom it may concern,', 'Dear Customer Service,', 'Hi,', '']) + '\n\n']);
  for (const p of paras) { out.pieces(p); out.pieces(['\n\n']); }
  const sig = opts.sig ?? rng.pick(['full', 'name', 'name', 'none'] as const);
  out.pieces([rng.pick(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Sincerely,']) + '\n']);
  if (sig !== 'none') {
    out.pieces([rng.chance(0.3) ? person(ctx, c.first) : person(ctx, c.full), '\n']);
    if (sig === 'full') {
      out.pieces([phoneW(ctx), '\n']);
      out.pieces(addressBlock(ctx));
      out.pieces(['\n']);
    }
  }
  if (rng.chance(0.3)) out.pieces([rng.pick(['\nSent from my iPhone\n', '\nSent from Yahoo Mail for Android\n', '\nGet Outlook for iOS\n'])]);
  if (opts.quoted?.length) {
    out.pieces([`\nOn ${rng.pick(WEEKDAYS).slice(0, 3)}, ${rng.pick(MONTH_SHORT)} ${rng.int(1, 28)}, 2026 at ${rng.int(1, 12)}:${String(rng.int(0, 59)).padStart(2, '0')} PM ${ctx.cast.brand.name} <`, neutral(support), '> wrote:\n']);
    for (const q of opts.quoted) { out.pieces(['> ']); out.pieces(q); out.pieces(['\n>\n']); }
  }
  return b;
}

const agentQuote = (ctx: Ctx): Para[] => [
  f('Dear {first},', { first: firstW(ctx) }),
  f('Thank you for contacting {b}. We have opened case {cs} regarding your {issue}. Please reply with the requested details so we can continue.', { b: brand(ctx), cs: caseNumber(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['billing error', 'refund', 'chargeback', 'missing package'])) }),
  f('Kind regards,\n> {agent}\n> {b} Customer Care', { agent: agentName(ctx, true), b: brand(ctx) }),
];

export const EMAIL_SCENES: DocScene[] = [
  {
    name: 'email-dispute-long',
    build: (ctx) => emailDoc(ctx, `Dispute - unauthorized charges`, [
      f('I am writing about several charges on my {p} that I did not make. On {d} there is {amt} from {m}, and on {d2} another {amt2} from {m2}. I was at work both days and my card never left my wallet.', { p: product(ctx), d: txDate(ctx), amt: amt(ctx), m: m(ctx), d2: txDate(ctx), amt2: amt(ctx), m2: m(ctx) }),
      f('The card number is {card}, expiring {exp}. I already called on {d} and spoke with {agent} who told me to send this in writing. My date of birth is {dob} if you need it to verify.', { card: cardW(ctx), exp: expW(ctx), d: txDate(ctx), agent: person(ctx, ctx.rng.pick(['Tamika', 'Javier', 'Renee'])), dob: dobW(ctx) }),
      f('I would appreciate a provisional credit of the full {total} while this is investigated. You can reach me at {phone} after {t} or by replying here.', { total: amt(ctx, 80000), phone: phoneW(ctx), t: timeOfDay(ctx) }),
    ], { sig: 'full', quoted: ctx.rng.chance(0.5) ? agentQuote(ctx) : [] }),
  },
  {
    name: 'email-long-thread',
    build: (ctx) => emailDoc(ctx, `Re: Re: Case ${ctx.rng.int(100000, 999999)} - still not resolved`, [
      f('This is now the third time I am writing about the same problem. Below is the whole thread so whoever reads this does not have to ask me again. I was told on {d} by {a1} that the {issue} would be reversed within {q}. It was not.', { d: txDate(ctx), a1: person(ctx, ctx.rng.pick(['Kevin', 'Brianna', 'Marcus'])), issue: keep(ctx, 'issue', ctx.rng.pick(['late fee', 'double charge', 'overdraft fee'])), q: quantity(ctx, 'business days', ctx.rng.int(3, 10)) }),
      f('To make it easy, here are my details again: {full}, born {dob}, account phone {phone}, and the billing address is {street}, {city}, {zip}. My email is {email}, which you obviously have since you keep replying to it.', { full: fullW(ctx), dob: dobW(ctx), phone: phoneW(ctx), street: streetW(ctx), city: `${ctx.cast.address.city[0]}, ${ctx.cast.address.city[1]}`, zip: zipW(ctx), email: emailW(ctx) }),
      f('On my last statement, dated {d}, I see {amt} for the {p}, then {amt2} on {d2} labeled "adjustment", then another {fee} fee on {d3}. None of this matches what {a2} promised on the phone at {t}.', { d: txDate(ctx), amt: amt(ctx, 20000), p: product(ctx), amt2: amt(ctx, 5000), d2: txDate(ctx), fee: amount(ctx, ctx.rng.pick([2500, 3500, 3900])), d3: txDate(ctx), a2: person(ctx, ctx.rng.pick(['Denise', 'Javier', 'Shawna'])), t: timeOfDay(ctx) }),
      f(`My ${ctx.rng.pick(['partner', 'spouse'])} {other} has had a line with {b} for {years} and we are both ready to leave. Please have a supervisor call me at {alt}, that is my work number, before {t}.`, { other: person(ctx, ctx.cast.other.full), b: brand(ctx), years: quantity(ctx, 'years', ctx.rng.int(4, 15)), alt: phoneW(ctx, ctx.cast.altPhone), t: timeOfDay(ctx) }),
      f('For your records, previous case numbers: {cs1} and {cs2}. I called on {d1} at {t1} and on {d2} at {t2}, each time on hold for more than {q}. PS the replacement {p} you sent under order {o} also arrived damaged.', { cs1: caseNumber(ctx), cs2: caseNumber(ctx), d1: txDate(ctx), t1: timeOfDay(ctx), d2: txDate(ctx), t2: timeOfDay(ctx), q: quantity(ctx, 'minutes', ctx.rng.pick([30, 45, 60])), p: product(ctx), o: orderNumber(ctx) }),
    ], {
      sig: 'full',
      quoted: [
        ...agentQuote(ctx),
        f('On {d}, {full} wrote:', { d: txDate(ctx), full: fullW(ctx) }),
        f('>> Hello, I was charged {amt} on {d} and I do not know why. My card is {card}. Please look into it.', { amt: amt(ctx), d: txDate(ctx), card: cardW(ctx) }),
        f('>> Thank you, {first}', { first: firstW(ctx) }),
      ],
    }),
  },
  {
    name: 'email-address-change',
    build: (ctx) => emailDoc(ctx, ctx.rng.pick(['Change of address', 'New address', 'Please update my mailing address']), [
      f('Please update the address on my account. I moved on {d}. The new address is:', { d: txDate(ctx) }),
      addressBlock(ctx),
      f('My phone number stays the same, {phone}. Account holder: {full}.', { phone: phoneW(ctx), full: fullW(ctx) }),
    ]),
  },
  {
    name: 'email-card-in-body',
    build: (ctx) => emailDoc(ctx, 'payment', [
      f(ctx.rng.pick(['pls charge my card for the {amt} balance. {card} exp {exp} code {cvv}', 'I would like to pay invoice {o} by card: {card}, {exp}, security code {cvv}. Name on card {full}.']), { amt: amt(ctx), card: cardW(ctx), exp: expW(ctx), cvv: cvvW(ctx), o: orderNumber(ctx), full: fullW(ctx) }),
    ], { sig: ctx.rng.pick(['name', 'none'] as const) }),
  },
  {
    name: 'email-direct-deposit',
    build: (ctx) => emailDoc(ctx, 'Direct deposit form', [
      f('Attached is the signed form. In case the scan is unreadable: routing number {r}, checking account {a} at {bank}.', { r: routingW(ctx), a: accountW(ctx), bank: keep(ctx, 'merchant', ctx.rng.pick(BANKS)) }),
      f('Please start with the payroll on {d}. Employee: {full}, SSN {ssn}.', { d: txDate(ctx), full: fullW(ctx), ssn: ssnW(ctx) }),
    ], { sig: 'name' }),
  },
  {
    name: 'email-wire-iban',
    build: (ctx) => emailDoc(ctx, 'Wire instructions', [
      f('I need to send {amt} to my landlord {other} in {country}. Their IBAN is {iban}.', { amt: amt(ctx, 300000), other: person(ctx, ctx.cast.other.full), country: ctx.rng.pick(['Germany', 'Spain', 'the Netherlands', 'Ireland', 'France']), iban: ibanW(ctx) }),
      f('Please debit my account and confirm the fee. I can be reached at {phone}.', { phone: phoneW(ctx) }),
    ], { sig: 'name' }),
  },
  {
    name: 'email-refund-followup',
    build: (ctx) => emailDoc(ctx, `Re: Your case`, [
      f('I still have not received my refund of {amt} for order {o}. It has been {q}.', { amt: amt(ctx), o: orderNumber(ctx), q: quantity(ctx, 'weeks', ctx.rng.int(2, 6)) }),
      f('The return was dropped off at {m} on {d}, tracking {tr}.', { m: keep(ctx, 'merchant', ctx.rng.pick(['UPS Store', 'FedEx Office', 'the post office'])), d: txDate(ctx), tr: trackingNumber(ctx) }),
    ], { quoted: agentQuote(ctx) }),
  },
  {
    name: 'email-account-closure',
    build: (ctx) => emailDoc(ctx, 'Close my account', [
      f('I would like to close my {p} effective {d}. Please send any remaining balance by check to {street}, {city}, {zip}.', { p: product(ctx), d: txDate(ctx), street: streetW(ctx), city: `${ctx.cast.address.city[0]} ${ctx.cast.address.city[1]}`, zip: zipW(ctx) }),
      f('For verification: DOB {dob}, email on file {email}.', { dob: dobW(ctx), email: emailW(ctx) }),
    ]),
  },
  {
    name: 'email-complaint-rambling',
    build: (ctx) => emailDoc(ctx, ctx.rng.pick(['TERRIBLE SERVICE', 'Complaint', 'Very disappointed']), [
      f('I have been a customer of {b} for {q} and I have never been treated like this. On {d} I called about my {issue} and was on hold for {q2}.', { b: brand(ctx), q: quantity(ctx, 'years', ctx.rng.int(3, 20)), d: txDate(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['outage', 'late fee', 'roaming charges'])), q2: quantity(ctx, 'hours', 2) }),
      f('The first agent, {a1}, hung up on me. The second one, {a2}, said there was nothing she could do. I pay {amt} a month for the {p} and I expect better.', { a1: person(ctx, ctx.rng.pick(['Kevin', 'Brianna', 'Marcus'])), a2: person(ctx, ctx.rng.pick(['Denise', 'Kayla', 'Lorraine'])), amt: amt(ctx, 20000), p: product(ctx) }),
      f('My partner {other} also has a line on this account, their number is {alt}. Mine is {phone}. Call either of us.', { other: person(ctx, ctx.cast.other.full), alt: phoneW(ctx, ctx.cast.altPhone), phone: phoneW(ctx) }),
      f('If this is not resolved by {d} I will cancel and file a complaint with the BBB.', { d: txDate(ctx) }),
    ], { sig: 'full' }),
  },
  {
    name: 'email-fraud-report',
    build: (ctx) => emailDoc(ctx, 'Fraud on my account', [
      f('Someone logged into my account from {ip} on {d} at {t} and changed my email. That was not me. My real email is {email}.', { ip: ipW(ctx), d: txDate(ctx), t: timeOfDay(ctx), email: emailW(ctx) }),
      f('Name: {full}\nDOB: {dob}\nPhone: {phone}\nAccount opened: {d}', { full: fullW(ctx), dob: dobW(ctx), phone: phoneW(ctx), d: keep(ctx, 'transaction_date', `${ctx.rng.pick(MONTH_SHORT)} ${2010 + ctx.rng.int(0, 15)}`) }),
    ], { sig: 'none' }),
  },
  {
    name: 'email-insurance-claim',
    build: (ctx) => emailDoc(ctx, `Claim ${ctx.rng.int(10000, 99999)} documents`, [
      f('Please find attached the repair estimate of {amt} from {shop} for the accident on {d}.', { amt: amt(ctx, 900000), shop: keep(ctx, 'merchant', ctx.rng.pick(['Caliber Collision', 'Maaco', 'Gerber Collision', 'Jiffy Lube'])), d: txDate(ctx) }),
      f('The other driver was {other}, phone {alt}. My policy is the {p}.', { other: person(ctx, ctx.cast.other.full), alt: phoneW(ctx, ctx.cast.altPhone), p: product(ctx) }),
    ], { sig: 'full' }),
  },
  {
    name: 'email-travel-guests',
    build: (ctx) => emailDoc(ctx, 'Passenger details for booking', [
      f('Booking {cs}, flight on {d} at {t}. Passengers:', { cs: keep(ctx, 'case_number', ctx.rng.pick(['QX7T2M', 'HBR44K', 'ZL9P0A'])), d: txDate(ctx), t: timeOfDay(ctx) }),
      f('1. {full}, DOB {dob}\n2. {other}', { full: fullW(ctx), dob: dobW(ctx), other: person(ctx, ctx.cast.other.full) }),
      f('Please add {q} and charge the {fee} to the card on file.', { q: quantity(ctx, 'checked bags', ctx.rng.int(1, 3)), fee: amt(ctx, 15000) }),
    ]),
  },
  {
    name: 'email-forwarded-chain',
    build: (ctx) => emailDoc(ctx, 'Fwd: Your statement is ready', [
      f('Forwarding this, the amount looks wrong. It says {amt} but my usage was {q}. Can someone call me at {phone}?', { amt: amt(ctx, 50000), q: quantity(ctx, 'kWh', ctx.rng.int(300, 1900)), phone: phoneW(ctx) }),
      f('---------- Forwarded message ---------\nFrom: {b} <{noreply}>\nSubject: Your statement is ready\n\nHello {first}, your statement dated {d} is ready. Amount due: {amt2}. Due date: {d2}.', {
        b: brand(ctx), noreply: neutral(`no-reply@${ctx.cast.brand.domain}`), first: firstW(ctx), d: txDate(ctx), amt2: amt(ctx, 50000), d2: txDate(ctx),
      }),
    ]),
  },
];

// ---- tickets ----------------------------------------------------------------------------------

function ticketDoc(ctx: Ctx, lines: Piece[][]): DocBuilder {
  const b = new DocBuilder();
  const out = new Emitter(b);
  lines.forEach((l, i) => { out.pieces(l); if (i < lines.length - 1) out.pieces(['\n']); });
  return b;
}

const tid = (ctx: Ctx): Piece => caseNumber(ctx);
const opened = (ctx: Ctx): string => `${ctx.rng.int(1, 12)}/${ctx.rng.int(1, 28)}/2026 ${ctx.rng.int(7, 20)}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`;

export const TICKET_SCENES: DocScene[] = [
  {
    name: 'ticket-oneline-shorthand',
    build: (ctx) => ticketDoc(ctx, [f(ctx.rng.pick([
      'cx {full} called re dbl charge {amt} on {d} at {m}, verified DOB {dob} + zip {zip}, refund submitted, cb# {phone}',
      'CX STATES CARD LOST. BLOCKED. VERIFIED DOB {dob}. NEW CARD TO {street}. CASE {cs}',
      '{full} - wants callback {day} after {t} @ {phone} re {issue}',
      'pmt {amt} taken by phone, card {card} exp {exp}, conf {cs}',
    ]), {
      full: fullW(ctx), amt: amt(ctx), d: txDate(ctx), m: m(ctx), dob: dobW(ctx), zip: zipW(ctx), phone: phoneW(ctx), street: streetW(ctx), cs: caseNumber(ctx),
      day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)), t: timeOfDay(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['late fee', 'outage', 'refund'])), card: cardW(ctx), exp: expW(ctx),
    })]),
  },
  {
    name: 'ticket-form-fields',
    build: (ctx) => ticketDoc(ctx, [
      f('Ticket: {id}', { id: tid(ctx) }),
      [`Opened: ${opened(ctx)} | Priority: ${ctx.rng.pick(['P2', 'High', 'Normal', 'Low'])} | Queue: ${ctx.rng.pick(['Billing', 'Disputes', 'Tier 2'])}`],
      f('Customer Name: {full}', { full: fullW(ctx) }),
      f('DOB: {dob}', { dob: dobW(ctx) }),
      f('Phone: {phone}    Email: {email}', { phone: phoneW(ctx), email: emailW(ctx) }),
      ['Address: ', ...addressBlock(ctx, ', ')],
      f('Issue: {issue} - {amt} posted {d} from {m}', { issue: keep(ctx, 'issue', ctx.rng.pick(['chargeback', 'billing error', 'double charge'])), amt: amt(ctx), d: txDate(ctx), m: m(ctx) }),
      f('Assigned to: {agent}', { agent: agentName(ctx, true) }),
    ]),
  },
  {
    name: 'ticket-agent-notes-thread',
    build: (ctx) => {
      // Note times go forward: one day, three stamps in order.
      const day = `${ctx.rng.int(1, 12)}/${ctx.rng.int(1, 28)}/2026`;
      const hours = [ctx.rng.int(7, 10), ctx.rng.int(11, 14), ctx.rng.int(15, 19)].map((h) => `${day} ${h}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`);
      return ticketDoc(ctx, [
        f('[{o1}] {agent}: Spoke w/ {first}. Says the {p} was {issue}. Verified via SSN {ssn}.', { o1: hours[0]!, agent: agentName(ctx), first: firstW(ctx), p: product(ctx), issue: keep(ctx, 'issue', 'damaged item'), ssn: ssnW(ctx) }),
        f('[{o2}] {agent2}: Replacement order {o} created, ships {d}. Tracking to follow.', { o2: hours[1]!, agent2: person(ctx, ctx.rng.pick(['Omar', 'Bianca', 'Trevor'])), o: orderNumber(ctx), d: txDate(ctx) }),
        f('[{o3}] {agent}: cx called back, new cb number {phone}, prefers email {email}', { o3: hours[2]!, agent: agentName(ctx), phone: phoneW(ctx, ctx.cast.altPhone), email: emailW(ctx) }),
      ]);
    },
  },
  {
    name: 'ticket-kyc-review',
    build: (ctx) => ticketDoc(ctx, [
      f('KYC REVIEW {id} | Applicant {full} | DOB {dob} | SSN {ssn}', { id: tid(ctx), full: fullW(ctx), dob: dobW(ctx), ssn: ssnW(ctx) }),
      f('Residential: {street}, {zip}. Mismatch with bureau address; requested utility bill dated after {d}.', { street: streetW(ctx), zip: zipW(ctx), d: txDate(ctx) }),
      f('Reviewer: {agent}. Risk score {pct}.', { agent: agentName(ctx, true), pct: keep(ctx, 'quantity', `${ctx.rng.int(10, 95)}/100`) }),
    ]),
  },
  {
    name: 'ticket-tech-network',
    build: (ctx) => ticketDoc(ctx, [
      f('INC {id} - {issue} - {p}', { id: tid(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['outage', 'no service', 'dropped calls'])), p: product(ctx) }),
      f('Sub: {full} ({phone}) WAN IP {ip} lost sync {q} since {d} {t}. Replaced modem, model {model}.', { full: fullW(ctx), phone: phoneW(ctx), ip: ipW(ctx), q: quantity(ctx, 'times', ctx.rng.int(3, 30)), d: txDate(ctx), t: timeOfDay(ctx), model: keep(ctx, 'product', `${ctx.rng.pick(['CGM', 'TC', 'XB'])}${ctx.rng.int(4000, 8999)}`) }),
    ]),
  },
  {
    name: 'ticket-payment-failed',
    build: (ctx) => ticketDoc(ctx, [
      f('Payment exception {id}: ACH return R01 for {full}. RTN {r} ACCT {a}. Amount {amt} on {d}.', { id: tid(ctx), full: fullW(ctx), r: routingW(ctx), a: accountW(ctx), amt: amt(ctx), d: txDate(ctx) }),
      f('Fee {fee} assessed; waived per {agent}.', { fee: amount(ctx, 2500), agent: agentName(ctx) }),
    ]),
  },
  {
    name: 'ticket-shipping-address',
    build: (ctx) => ticketDoc(ctx, [
      f('Order {o} | Ship to: {full}, {street}, {city} {zip} | {q} | {p}', { o: orderNumber(ctx), full: fullW(ctx), street: streetW(ctx), city: ctx.cast.address.city[0], zip: zipW(ctx, true), q: quantity(ctx, 'units', ctx.rng.int(1, 4)), p: product(ctx) }),
      f('Carrier exception {d}: address not found. Customer phone {phone}.', { d: txDate(ctx), phone: phoneW(ctx) }),
    ]),
  },
  {
    name: 'ticket-fraud-escalation',
    build: (ctx) => ticketDoc(ctx, [
      f('FRAUD ESC {id} - {full}', { id: tid(ctx), full: fullW(ctx) }),
      f('Card {card} (exp {exp}) used at {m} {amt} and {m2} {amt2} on {d}. Card closed. Cx confirmed identity w/ DOB {dob}, zip {zip}.', { card: cardW(ctx), exp: expW(ctx), m: m(ctx), amt: amt(ctx), m2: m(ctx), amt2: amt(ctx), d: txDate(ctx), dob: dobW(ctx), zip: zipW(ctx) }),
      f('Login from {ip} flagged. Notify {email}. Replacement card ****{last4} mailed {d}.', { ip: ipW(ctx), email: emailW(ctx), last4: ctx.rng.digits(4), d: txDate(ctx) }),
    ]),
  },
  {
    name: 'ticket-callback-request',
    build: (ctx) => ticketDoc(ctx, [f(ctx.rng.pick(['Callback: {full} {phone} {day} {t} re {issue}', 'CB REQ - {first} - {phone} - best time {t} - {issue}']), {
      full: fullW(ctx), first: firstW(ctx), phone: phoneW(ctx), day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)), t: timeOfDay(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['late fee', 'refund', 'password reset'])),
    })]),
  },
  {
    name: 'ticket-asr-summary',
    build: (ctx) => ticketDoc(ctx, [
      f('Auto-summary ({id}): Caller {full} reported a {issue} of {amt} on {d}. Agent {agent} verified date of birth {dob} and ZIP {zip}, refund of {amt2} issued, follow-up in {q}.', {
        id: tid(ctx), full: fullW(ctx), issue: keep(ctx, 'issue', ctx.rng.pick(['double charge', 'billing error'])), amt: amt(ctx), d: txDate(ctx), agent: agentName(ctx), dob: dobW(ctx), zip: zipW(ctx), amt2: amt(ctx), q: quantity(ctx, 'days', ctx.rng.int(2, 14)),
      }),
    ]),
  },
];
