/**
 * E-mails (headers, greeting, body, signature, quoted replies) and terse agent tickets.
 * Each template is a named function so the corpus can report which one produced a document.
 */
import { Rng } from './prng.js';
import { DocBuilder, fill, neutral, type Seg } from './document.js';
import type { Persona } from './persona.js';
import { Voice } from './render.js';
import { punctuationNoise } from './channels.js';
import { ISSUE_WORDS, MERCHANTS, PRODUCTS } from './pools.js';

export interface WrittenCtx {
  rng: Rng;
  v: Voice;
  p: Persona;
}

type Template = { name: string; build: (c: WrittenCtx) => Seg[] };

const companyDomain = (c: WrittenCtx): string => c.p.company.toLowerCase().replace(/[^a-z]+/g, '') + '.com';

function greetingLine(c: WrittenCtx, addressee?: Seg[]): Seg[] {
  if (addressee && c.rng.chance(0.8)) return fill(c.rng.pick(['Hi {a},', 'Hello {a},', 'Dear {a},', '{a},', 'Good morning {a},']), { a: addressee });
  return [c.rng.pick(['Hi,', 'Hello,', 'Dear Customer Service,', 'To whom it may concern,', 'Hi team,', 'Hello support,'])];
}

function signature(c: WrittenCtx, rich: boolean): Seg[] {
  const out: Seg[] = ['\n\n', c.rng.pick(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Sincerely,', 'Cheers,', 'Best regards,']), '\n', c.v.person(c.p.customer, c.rng.pick(['full', 'full', 'first', 'middle'] as const))];
  if (rich) {
    if (c.rng.chance(0.7)) out.push('\n', c.v.street(c.p.address), '\n', `${c.p.city}, ${c.p.state} `, c.v.zip(c.p.address));
    if (c.rng.chance(0.8)) out.push('\n', c.rng.pick(['', 'Phone: ', 'Cell: ', 'M: ', 'Tel ']), c.v.phone(c.rng.chance(0.2) ? c.p.intlPhone : c.p.phone));
    if (c.rng.chance(0.3)) out.push('\n', c.v.email(c.p.email));
  }
  if (c.rng.chance(0.25)) out.push('\n\n', c.rng.pick(['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for Android']));
  return out;
}

function headers(c: WrittenCtx, subject: string, fromCustomer = true): Seg[] {
  if (!c.rng.chance(0.6)) return [`Subject: ${subject}\n\n`];
  const from: Seg[] = fromCustomer ? [c.v.person(c.p.customer, 'full'), ' <', c.v.email(c.p.email), '>'] : [c.v.brand(c.p.company), ' Support <', neutral(`support@${companyDomain(c)}`), '>'];
  const to: Seg[] = fromCustomer ? [neutral(`support@${companyDomain(c)}`)] : [c.v.email(c.p.email)];
  return ['From: ', ...from, '\nTo: ', ...to, `\nSubject: ${subject}\n\n`];
}

const EMAIL_TEMPLATES: readonly Template[] = [
  {
    name: 'email_dispute',
    build: (c) => [
      ...headers(c, c.rng.pick(['Unauthorized charge', 'Dispute', 'Charge I did not make', 'URGENT - fraud on my card'])),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'I am writing about a charge from {merchant} for {amount} on {date}. I did not make this purchase. My card number is {card} and it expires {exp}.',
        'There are {qty} on my statement from {merchant} that are not mine, the largest is {amount} on {date}. Please cancel the card {card}.',
        'I noticed a {issue} of {amount} ({merchant}, {date}). Can you reverse it? Card: {card}',
      ]), { merchant: c.v.merchant(c.rng.pick(MERCHANTS)), amount: c.v.amount(), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), card: c.v.card(c.p.card), exp: c.v.expiry(c.p.expiry), qty: c.v.quantity(), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) }),
      ...signature(c, true),
    ],
  },
  {
    name: 'email_address_change',
    build: (c) => [
      ...headers(c, c.rng.pick(['Address change', 'I moved', 'Update my mailing address'])),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'Please update my address to {street}, {city}, {state} {zip}. My date of birth is {dob} if you need to verify.',
        'I moved last month. New address:\n{street}\n{city}, {state} {zip}\n\nDOB {dob}.',
        'Could you send the replacement card to {street}, {city} {zip}? I was born on {dob}.',
      ]), { street: c.v.street(c.p.address), city: c.p.city, state: c.p.state, zip: c.v.zip(c.p.address), dob: c.v.dob(c.p.dob) }),
      ...signature(c, false),
    ],
  },
  {
    name: 'email_direct_deposit',
    build: (c) => [
      ...headers(c, c.rng.pick(['Direct deposit form', 'Bank details for autopay', 'ACH information'])),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'Here are my bank details for the direct deposit:\nRouting number: {routing}\nAccount number: {account}\n\nPlease start with the {date} payroll.',
        'Please draft the {amount} payment from my checking account {account} (routing {routing}).',
        'ABA: {routing}\nAcct: {account}\nType: checking',
      ]), { routing: c.v.routing(c.p.routing), account: c.v.bankAccount(c.p.account), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), amount: c.v.amount() }),
      ...signature(c, true),
    ],
  },
  {
    name: 'email_wire',
    build: (c) => [
      ...headers(c, c.rng.pick(['International transfer', 'Wire to Europe', 'Refund to IBAN'])),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'Please send the refund of {amount} to my account in Europe. IBAN: {iban}. Account holder: {other}.',
        'Beneficiary {other}\nIBAN {iban}\nAmount {amount}\nReference {case}',
        'The wire to {iban} was returned. Can you check why? My phone is {phone}.',
      ]), { amount: c.v.amount(), iban: c.v.iban(c.p.iban), other: c.v.person(c.p.other, 'full'), case: c.v.caseNumber(), phone: c.v.phone(c.p.intlPhone) }),
      ...signature(c, false),
    ],
  },
  {
    name: 'email_agent_reply',
    build: (c) => [
      ...headers(c, `Re: your case ${c.rng.int(10000, 99999)}`, false),
      ...greetingLine(c, c.rng.chance(0.5) ? [c.rng.pick(['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ']), c.v.person(c.p.customer, 'last')] : [c.v.person(c.p.customer, 'first')]), '\n\n',
      ...fill(c.rng.pick([
        'Thank you for contacting {company}. We have reviewed the {issue} on your account and issued a credit of {amount}. Your reference number is {case}.',
        'I am following up on your call from {date}. The {product} replacement has shipped, order {order}.',
        'We tried to reach you at {phone} but could not leave a voicemail. Please call us back about case {case}.',
      ]), { company: c.v.brand(c.p.company), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)), amount: c.v.amount(), case: c.v.caseNumber(), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), product: c.v.product(c.rng.pick(PRODUCTS)), order: c.v.orderNumber(), phone: c.v.phone(c.p.phone) }),
      '\n\n', c.rng.pick(['Kind regards,', 'Sincerely,', 'Best,']), '\n', c.v.person(c.p.agent, c.rng.pick(['full', 'first'] as const)), `\n${c.p.company} Customer Care`,
    ],
  },
  {
    name: 'email_forwarded_thread',
    build: (c) => [
      ...headers(c, 'Fwd: my order'),
      ...fill(c.rng.pick(['See below, still not resolved.', 'Forwarding this again. Nobody has replied.', 'FYI'])),
      '\n\n---------- Forwarded message ---------\nFrom: ', c.v.person(c.p.customer, 'full'), ' <', c.v.email(c.p.email), '>\nDate: ', c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), ' at ', c.v.time(), '\n\n',
      ...fill(c.rng.pick([
        '> My {product} order {order} never arrived.\n> I paid {amount} with the card {card}.\n> Please call me at {phone}.',
        '> Hello, I was charged {amount} by {merchant} on {date}.\n> Name on the account is {name}.',
      ]), { product: c.v.product(c.rng.pick(PRODUCTS)), order: c.v.orderNumber(), amount: c.v.amount(), card: c.v.card(c.p.card), phone: c.v.phone(c.p.phone), merchant: c.v.merchant(c.rng.pick(MERCHANTS)), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), name: c.v.person(c.p.customer, 'full') }),
    ],
  },
  {
    name: 'email_security_alert',
    build: (c) => [
      ...headers(c, 'Suspicious sign-in', c.rng.chance(0.5)),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'I got an alert about a sign-in from {ip} at {time}. That was not me. My username is {email}.',
        'Someone logged into my account from IP address {ip}. I reset my password but please check. Call me at {phone}.',
        'Is a login from {ip} on {date} legit? I only use my {product}.',
      ]), { ip: c.v.ip(c.p.ip), time: c.v.time(), email: c.v.email(c.p.email), phone: c.v.phone(c.p.phone), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), product: c.v.product(c.rng.pick(PRODUCTS)) }),
      ...signature(c, false),
    ],
  },
  {
    name: 'email_application',
    build: (c) => [
      ...headers(c, c.rng.pick(['Application', 'Missing info for my application', 'Account opening'])),
      ...greetingLine(c), '\n\n',
      ...fill(c.rng.pick([
        'Here is the information you asked for:\nFull name: {name}\nSSN: {ssn}\nDate of birth: {dob}\nAddress: {street}, {city}, {state} {zip}\nPhone: {phone}',
        'My social is {ssn} and my DOB is {dob}. Let me know if you need anything else for the {product}.',
        'Name {name}, born {dob}, SSN {ssn}. Mailing address {street}, {zip}.',
      ]), { name: c.v.person(c.p.customer, 'full'), ssn: c.v.ssn(c.p.ssn), dob: c.v.dob(c.p.dob), street: c.v.street(c.p.address), city: c.p.city, state: c.p.state, zip: c.v.zip(c.p.address), phone: c.v.phone(c.p.phone), product: c.v.product(c.rng.pick(PRODUCTS)) }),
      ...signature(c, false),
    ],
  },
  {
    name: 'email_quick_payment',
    build: (c) => [
      `Subject: ${c.rng.pick(['payment', 'pls charge my card', 'Bill'])}\n\n`,
      ...fill(c.rng.pick([
        'pls use {card} exp {exp} cvv {cvv} for this month. thx',
        'Card {card}, {exp}, {cvv}. Charge the {amount} balance please.',
        'Here it is: {card} / {exp} / {cvv}',
      ]), { card: c.v.card(c.p.card), exp: c.v.expiry(c.p.expiry), cvv: c.v.cvv(c.p.cvv), amount: c.v.amount() }),
      ...signature(c, false),
    ],
  },
  {
    name: 'email_refund',
    build: (c) => [
      ...headers(c, c.rng.pick(['Refund request', 'Return', 'Where is my refund?'])),
      ...greetingLine(c, [c.v.person(c.p.agent, 'first')]), '\n\n',
      ...fill(c.rng.pick([
        'I returned {qty} from order {order} on {date} and have not seen the {amount} refund. It was a {product} from {merchant}.',
        'You said on the phone at {time} the refund would take 5 days. It has been 3 weeks. Order {order}, {amount}.',
        'My {product} arrived damaged. Order number {order}. I would like a refund of {amount} or a replacement.',
      ]), { qty: c.v.quantity(), order: c.v.orderNumber(), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), amount: c.v.amount(), product: c.v.product(c.rng.pick(PRODUCTS)), merchant: c.v.merchant(c.rng.pick(MERCHANTS)), time: c.v.time() }),
      ...signature(c, true),
    ],
  },
];

const TICKET_TEMPLATES: readonly Template[] = [
  {
    name: 'ticket_terse_callback',
    build: (c) => fill(c.rng.pick([
      'Cust {name} cb {phone} re {issue} {amount} {merchant} {date}.',
      'cust {name} called re {issue}, cb {phone}. adv 3-5 bus days.',
      '{name} - cb# {phone} - {issue} - {merchant} {amount}',
    ]), { name: c.v.person(c.p.customer, 'full'), phone: c.v.phone(c.p.phone), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)), amount: c.v.amount(), merchant: c.v.merchant(c.rng.pick(MERCHANTS)), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)) }),
  },
  {
    name: 'ticket_pipe_fields',
    build: (c) => fill(c.rng.pick([
      'CALLER: {name} | DOB {dob} | ISSUE: {issue} | NEW ADDR {street} {city} {state} {zip}',
      'Name: {name} | DOB: {dob} | Addr: {street}, {zip} | Case {case}',
    ]), { name: c.v.person(c.p.customer, 'full'), dob: c.v.dob(c.p.dob), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)), street: c.v.street(c.p.address), city: c.p.city.toUpperCase(), state: c.p.state, zip: c.v.zip(c.p.address), case: c.v.caseNumber() }),
  },
  {
    name: 'ticket_verification',
    build: (c) => fill(c.rng.pick([
      'Verified w/ SSN {ssn} + DOB {dob}. Updated email to {email}. Case {case}.',
      'ID verified (ssn {ssn}). Email on file {email}. {issue} resolved.',
      'Auth: DOB {dob}, SSN {ssn}. Cust requested {issue}.',
    ]), { ssn: c.v.ssn(c.p.ssn), dob: c.v.dob(c.p.dob), email: c.v.email(c.p.email), case: c.v.caseNumber(), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) }),
  },
  {
    name: 'ticket_key_value',
    build: (c) => fill(c.rng.pick([
      'Customer: {name}\nPhone: {phone}\nEmail: {email}\nIssue: {issue}\nOrder: {order}\nNotes: {qty} missing, refund {amount} approved.',
      'Account holder: {name}\nDOB: {dob}\nCallback: {phone}\nReason: {issue}\nAgent: {agent}',
    ]), { name: c.v.person(c.p.customer, 'full'), phone: c.v.phone(c.p.phone), email: c.v.email(c.p.email), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)), order: c.v.orderNumber(), qty: c.v.quantity(), amount: c.v.amount(), dob: c.v.dob(c.p.dob), agent: c.v.person(c.p.agent, 'first') }),
  },
  {
    name: 'ticket_payment_note',
    build: (c) => fill(c.rng.pick([
      'pmt taken {card} exp {exp} cvv {cvv} amt {amount} conf {case}',
      'OTP {amount} on card {card} ({exp}). Conf# {case}.',
      'Card on file updated: {card} exp {exp}. Next bill {date}.',
    ]), { card: c.v.card(c.p.card), exp: c.v.expiry(c.p.expiry), cvv: c.v.cvv(c.p.cvv), amount: c.v.amount(), case: c.v.caseNumber(), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)) }),
  },
  {
    name: 'ticket_third_party',
    build: (c) => fill(c.rng.pick([
      'Spoke w/ {other} (spouse). Acct holder {name}. Callback {intl}.',
      '{other} called on behalf of {name}, no POA on file, declined to discuss.',
      'Per {agent}: {other} added as AU. Notified {name} at {email}.',
    ]), { other: c.v.person(c.p.other, c.rng.pick(['full', 'first'] as const)), name: c.v.person(c.p.customer, 'full'), intl: c.v.phone(c.p.intlPhone), agent: c.v.person(c.p.agent, 'first'), email: c.v.email(c.p.email) }),
  },
  {
    name: 'ticket_ach',
    build: (c) => fill(c.rng.pick([
      'ACH setup rtn {routing} acct {account} first draft {date} {amount}',
      'Autopay: RTN {routing} / ACCT {account}. Amt {amount}.',
      'Bank info rec\'d: routing# {routing}, account# {account}.',
    ]), { routing: c.v.routing(c.p.routing), account: c.v.bankAccount(c.p.account), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), amount: c.v.amount() }),
  },
  {
    name: 'ticket_wire',
    build: (c) => fill(c.rng.pick([
      'Wire req IBAN {iban} bene {other} amt {amount}',
      'Intl xfer to {iban} returned, cust {name} to resend. Ref {case}',
    ]), { iban: c.v.iban(c.p.iban), other: c.v.person(c.p.other, 'full'), amount: c.v.amount(), name: c.v.person(c.p.customer, 'full'), case: c.v.caseNumber() }),
  },
  {
    name: 'ticket_login',
    build: (c) => fill(c.rng.pick([
      'Login fail from {ip}, pwd reset sent to {email}, 2FA to {phone}',
      'Suspicious session IP {ip} at {time}. Acct locked. Cust {name} verified.',
      'Cust reports hacked acct. Last login {ip}. {issue}.',
    ]), { ip: c.v.ip(c.p.ip), email: c.v.email(c.p.email), phone: c.v.phone(c.p.phone), time: c.v.time(), name: c.v.person(c.p.customer), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) }),
  },
  {
    name: 'ticket_escalation',
    build: (c) => fill(c.rng.pick([
      'Esc to T2 per sup {agent}. Cust {name} irate re {issue} {amount}. {merchant} {product}.',
      'ESCALATION - {name} - {issue} - promised callback {date} {time} at {phone}',
    ]), { agent: c.v.person(c.p.agent, 'first'), name: c.v.person(c.p.customer), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)), amount: c.v.amount(), merchant: c.v.merchant(c.rng.pick(MERCHANTS)), product: c.v.product(c.rng.pick(PRODUCTS)), date: c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), time: c.v.time(), phone: c.v.phone(c.p.phone) }),
  },
  {
    name: 'ticket_timeline',
    build: (c) => [
      c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), ' ', c.v.time(), ' - cust called re ', c.v.issue(c.rng.pick(ISSUE_WORDS)), ', addr ', c.v.street(c.p.address), ' ', c.v.zip(c.p.address), '\n',
      c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), ' - f/u w/ ', c.v.person(c.p.customer, c.rng.pick(['first', 'full'] as const)), ', sent ', c.v.quantity(), ' to ', c.v.email(c.p.email), '\n',
      c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28)), ' - closed, ref ', c.v.caseNumber(),
    ],
  },
];

export const WRITTEN_TEMPLATE_NAMES = [...EMAIL_TEMPLATES, ...TICKET_TEMPLATES].map((t) => t.name);

export function buildWritten(c: WrittenCtx, kind: 'email' | 'ticket'): { builder: DocBuilder; template: string } {
  const pool = kind === 'email' ? EMAIL_TEMPLATES : TICKET_TEMPLATES;
  const t = c.rng.pick(pool);
  const b = new DocBuilder();
  let segs = t.build(c);
  if (kind === 'ticket' && c.rng.chance(0.3)) {
    // Tickets are often a few notes appended to each other.
    const second = c.rng.pick(pool);
    segs = [...segs, c.rng.pick(['\n', ' // ', '. ', '\n---\n']), ...second.build(c)];
  }
  const shout = kind === 'ticket' && c.rng.chance(0.1);
  const noise = punctuationNoise(c.rng, c.rng.pick([0, 0, 0.1, 0.25]));
  b.segs(segs, (s) => (shout ? noise(s).toUpperCase() : noise(s)));
  return { builder: b, template: t.name };
}
