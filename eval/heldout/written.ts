/**
 * E-mails and agent tickets: headers, greetings, signatures, quoted replies and forwarded threads;
 * terse notes, key/value forms, ALL CAPS, CRM shorthand.
 */
import type { CorpusDoc } from '../corpus/document.js';
import { Assembler, ent, keep, neutral, whole, type EntPiece, type Piece } from './build.js';
import type { Rng } from './prng.js';
import { Say } from './say.js';
import { caseNumber, orderNumber } from './scenes.js';
import { writtenAmount } from './speech.js';
import {
  address, AGENT_NAMES, bankAccount, BRANDS, birthDate, card, cvv, emailFor, expiry, iban, ipv6, ISSUES, MERCHANTS, MONTHS,
  person, phone, PRODUCTS, publicIpv4, routingNumber, ssn, usPhone, type Address, type Brand, type Person,
} from './values.js';

export interface WrittenTemplate {
  name: string;
  channel: 'email' | 'ticket';
  run(w: Writer): void;
}

/** One written document in progress: its generator, value surfaces and the text being assembled. */
export class Writer {
  readonly out = new Assembler();
  readonly say: Say;
  readonly brand: Brand;
  readonly cust: Person;

  constructor(readonly rng: Rng) {
    this.say = new Say(rng, 'call_transcript', { oh: true, multiples: 0, hesitate: 0 }, false, false);
    this.brand = rng.pick(BRANDS);
    this.cust = person(rng);
  }

  line(...p: Piece[]): this {
    this.out.line(p);
    return this;
  }

  name(p: Person, how: 'full' | 'first' | 'last' | 'lastFirst' | 'initialLast' = 'full'): EntPiece {
    const v = `${p.first} ${p.last}`;
    if (how === 'lastFirst') return ent('PERSON', v, `${p.last}, ${p.first}`);
    if (how === 'initialLast') return ent('PERSON', `${p.first[0]}. ${p.last}`, `${p.first[0]}. ${p.last}`);
    return this.say.name(p, how);
  }

  one(parts: EntPiece[]): EntPiece {
    return whole(parts);
  }

  amount(): Piece {
    return keep('amount', writtenAmount(this.rng.int(5, 2500) * 100 + this.rng.int(0, 99)));
  }

  date(): Piece {
    const r = this.rng;
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    return keep('transaction_date', r.pick([`${m}/${d}`, `${MONTHS[m - 1]} ${d}`, `${m}/${d}/26`, `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]));
  }

  /** Address block lines as people put them under their name. */
  addressLines(a: Address): Piece[][] {
    return [[this.say.street(a)], [`${a.city}, ${a.state} `, this.say.zip(a)]];
  }

  signature(p: Person, withPhone = this.rng.chance(0.7), withAddress = this.rng.chance(0.4)): void {
    const r = this.rng;
    this.line('');
    this.line(r.pick(['Thanks,', 'Best,', 'Regards,', 'Thank you,', 'Sincerely,', '-', 'Cheers,']));
    this.line(this.name(p));
    if (withPhone) this.line(r.pick(['', 'Cell: ', 'Mobile: ', 'Ph ', 'M: ']), this.one(this.say.phone(phone(r))));
    if (withAddress) for (const l of this.addressLines(address(r))) this.line(...l);
    if (r.chance(0.3)) this.line(r.pick(['Sent from my iPhone', 'Sent from Yahoo Mail for Android', 'Get Outlook for iOS']));
  }

  headers(from: Person, email: string, subject: string, toBrand = true): void {
    const r = this.rng;
    const m = r.int(1, 12);
    this.line('From: ', this.name(from), ' <', this.say.email(email), '>');
    this.line('To: ', toBrand ? neutral(this.brand.mailbox) : this.say.email(emailFor(r, person(r))));
    this.line(`Date: ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${r.int(1, 28)} ${MONTHS[m - 1]!.slice(0, 3)} 2026 ${r.int(7, 22)}:${String(r.int(0, 59)).padStart(2, '0')}`);
    this.line(`Subject: ${subject}`);
    this.line('');
  }

  doc(id: string, channel: 'email' | 'ticket', template: string): CorpusDoc {
    return this.out.doc(id, channel, template);
  }
}

const agentPiece = (name: string): EntPiece => ent('PERSON', name, name);

/** Upper-cases every piece, as some ticket tools and some agents do. */
function caps(p: Piece[]): Piece[] {
  return p.map((x) => (typeof x === 'string' ? x.toUpperCase() : x.k === 'ent' ? { ...x, surface: x.surface.toUpperCase() } : { ...x, text: x.text.toUpperCase() }));
}

const billingDispute: WrittenTemplate = {
  name: 'email_billing_dispute',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const e = emailFor(r, w.cust);
    const c = card(r);
    w.headers(w.cust, e, r.pick(['Charge I did not authorize', 'Dispute', 'Re: your statement', 'URGENT - wrong charge']));
    w.line(r.pick(['Hello,', 'Hi there,', 'To whom it may concern,', 'Hi team']));
    w.line('');
    w.line('On ', w.date(), ' I was charged ', w.amount(), ' by ', keep('merchant', r.pick(MERCHANTS)), ' and I never made this purchase. ', r.pick(['The card is ', 'My card number is ', 'Card: ']), w.one(s.card(c)), ...(r.chance(0.5) ? [', exp ', s.expiry(expiry(r)), '.'] : [' (exp. ', s.expiry(expiry(r)), ').']));
    if (r.chance(0.3)) w.line('The security code is ', s.cvv(cvv(r, c.brand)), ' if you need it.');
    w.line('Please reverse it and send me a new card. I was already ', keep('issue', r.pick(ISSUES.bank)), ' last month too.');
    w.signature(w.cust);
  },
};

const quotedReply: WrittenTemplate = {
  name: 'email_quoted_reply',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const e = emailFor(r, w.cust);
    const agent = r.pick(AGENT_NAMES);
    const a = address(r);
    w.line('Subject: RE: ', keep('case_number', caseNumber(r)), ' ', keep('issue', r.pick(ISSUES[w.brand.industry])));
    w.line('');
    w.line('Hi ', w.name(w.cust, 'first'), ',');
    w.line('');
    w.line('Thank you for your patience. I have updated the address on your account to ', s.street(a), ' and applied a credit of ', w.amount(), '. Your ', keep('product', r.pick(PRODUCTS[w.brand.industry])), ' is unchanged.');
    w.line('');
    w.line('Kind regards,');
    w.line(ent('PERSON', agent, agent), ` | ${w.brand.name} Customer Care`);
    w.line('');
    w.line(`On ${r.pick(['Tue', 'Wed', 'Thu'])}, ${MONTHS[r.int(0, 11)]!.slice(0, 3)} ${r.int(1, 28)}, 2026 at ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} PM `, w.name(w.cust), ' <', s.email(e), '> wrote:');
    w.line('> Hi, I moved to ', s.street(a), ', ', `${a.city}, ${a.state} `, s.zip(a), '. Please update my account.');
    w.line('> You can reach me at ', w.one(s.phone(phone(r))), ' after ', keep('time', `${r.int(1, 6)}pm`), '.');
    w.line('> ');
    w.line('> ', w.name(w.cust, r.chance(0.5) ? 'first' : 'full'));
  },
};

const forwarded: WrittenTemplate = {
  name: 'email_forwarded',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const sender = person(r);
    const holder = w.cust;
    w.headers(sender, emailFor(r, sender), `Fwd: ${r.pick(['account for my mom', 'please help', 'Policy question', 'billing'])}`);
    w.line(r.pick(['Forwarding this from my mother, she asked me to handle it.', 'See below - I am the authorized contact on this account.', 'FYI, forwarding.']));
    w.line('');
    w.line('---------- Forwarded message ---------');
    w.line('From: ', w.name(holder), ' <', s.email(emailFor(r, holder)), '>');
    w.line(`Date: ${MONTHS[r.int(0, 11)]} ${r.int(1, 28)}, 2026`);
    w.line('Subject: billing');
    w.line('To: ', w.name(sender, 'first'), ' <', s.email(emailFor(r, sender)), '>');
    w.line('');
    w.line('Can you call them for me. My date of birth is ', s.dob(birthDate(r)), ' and my account is under ', w.name(holder, 'last'), '. The bill went up to ', w.amount(), ' after the ', keep('issue', r.pick(ISSUES[w.brand.industry])), '.');
    w.signature(holder, false, r.chance(0.5));
  },
};

const depositForm: WrittenTemplate = {
  name: 'email_direct_deposit',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    w.headers(w.cust, emailFor(r, w.cust), 'Change of bank details');
    w.line('Hello,');
    w.line('');
    w.line('Please update the account my payments come from, effective ', w.date(), ':');
    w.line('');
    w.line(r.pick(['Bank: ', 'Bank name: ']), r.pick(['Chase', 'Wells Fargo', 'Bank of America', 'Navy Federal', 'PNC', 'Regions', 'Ally']));
    w.line(r.pick(['Routing: ', 'Routing number: ', 'ABA: ', 'RTN ']), w.one(s.routing(routingNumber(r))));
    w.line(r.pick(['Account: ', 'Account number: ', 'Acct # ', 'Checking acct: ']), w.one(s.bankAccount(bankAccount(r))));
    w.line('Name on account: ', w.name(w.cust));
    w.line('');
    w.line('My autopay of ', w.amount(), ' should stay the same.');
    w.signature(w.cust, true, false);
  },
};

const travelParty: WrittenTemplate = {
  name: 'email_travel_party',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    w.headers(w.cust, emailFor(r, w.cust), `Booking ${r.pick(['change', 'question', 'names correction'])}`);
    w.line('Hi,');
    w.line('');
    w.line('Our reservation ', keep('order_number', r.pick(['CONF ', 'PNR ', '']) + r.digits(2).replace(/./g, (d) => 'ABCDEFGHJK'[Number(d)]!) + r.digits(4)), ' has the wrong names. It should be:');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = i === 0 ? w.cust : person(r);
      const open = r.pick([' - DOB ', ', born ', ' (']);
      w.line(`${i + 1}. `, r.chance(0.5) ? w.name(p, 'lastFirst') : w.name(p), open, s.dob(birthDate(r)), open === ' (' ? ')' : '');
    }
    w.line('');
    w.line('We fly ', w.date(), ' at ', keep('time', `${r.int(1, 12)}:${String(r.pick([5, 15, 40, 55])).padStart(2, '0')}`), ' and have ', keep('quantity', `${r.int(2, 5)} checked bags`), '.');
    w.signature(w.cust, true, false);
  },
};

const securityIp: WrittenTemplate = {
  name: 'email_security_login',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    w.headers(w.cust, emailFor(r, w.cust), 'Someone logged into my account');
    w.line(r.pick(['Hi,', 'Hello,']));
    w.line('');
    w.line('I got an alert about a login from ', s.ip(r.chance(0.7) ? publicIpv4(r) : ipv6(r)), ' on ', w.date(), ' at ', keep('time', `${r.int(1, 12)}:${String(r.int(10, 59))} ${r.pick(['AM', 'PM'])}`), ' that was not me. My home IP is ', s.ip(publicIpv4(r)), '.');
    w.line('I changed my password. My login email is ', s.email(emailFor(r, w.cust)), ' and the phone is ', w.one(s.phone(usPhone(r))), '.');
    w.line('Please lock the ', keep('product', r.pick(PRODUCTS[w.brand.industry])), ' until I hear back.');
    w.signature(w.cust, false, false);
  },
};

const supplierWire: WrittenTemplate = {
  name: 'email_wire_details',
  channel: 'email',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const payee = person(r);
    w.headers(w.cust, emailFor(r, w.cust), `Wire instructions - invoice ${r.digits(5)}`);
    w.line('Good morning,');
    w.line('');
    w.line('Please send ', w.amount(), ' to the account below for the ', keep('product', r.pick(['spring order', 'consulting invoice', 'deposit on the apartment', 'tuition'])), ':');
    w.line('Beneficiary: ', w.name(payee));
    w.line('IBAN: ', w.one(s.iban(iban(r))));
    w.line(`BIC: ${r.pick(['DEUTDEFF', 'NWBKGB2L', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D'])}`);
    w.line('Reference: ', keep('order_number', `INV-${r.digits(5)}`));
    w.signature(w.cust, true, true);
  },
};

const pipeTicket: WrittenTemplate = {
  name: 'ticket_pipe',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const line: Piece[] = [
      r.pick(['CUST: ', 'Caller: ', 'NAME: ']), w.name(w.cust, 'lastFirst'), ' | DOB ', s.dob(birthDate(r)), ' | ', r.pick(['CB# ', 'cb ', 'TEL ']), w.one(s.phone(usPhone(r))),
      ' | ISSUE: ', keep('issue', r.pick(ISSUES[w.brand.industry])), ' ', w.amount(), ' on ', w.date(), ' | card ending ', card(r).digits.slice(-4),
      ' | ACTION: ', r.pick(['refund submitted', 'credit applied', 'escalated T2', 'waived']), ' ref ', keep('case_number', caseNumber(r)),
    ];
    w.line(...(r.chance(0.4) ? caps(line) : line));
  },
};

const kvTicket: WrittenTemplate = {
  name: 'ticket_key_value',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const a = address(r);
    w.line('Ticket ', keep('case_number', caseNumber(r)), ` - ${r.pick(['Open', 'Pending', 'Escalated'])}`);
    w.line('Name: ', w.name(w.cust));
    w.line('Phone: ', w.one(s.phone(phone(r))));
    w.line('Email: ', s.email(emailFor(r, w.cust)));
    w.line('Address: ', s.street(a), `, ${a.city}, ${a.state} `, s.zip(a));
    if (r.chance(0.5)) w.line('SSN: ', w.one(s.ssn(ssn(r))));
    w.line('Notes: ', keep('issue', r.pick(ISSUES[w.brand.industry])), ' - ', r.pick(['cust wants callback', 'sent return label', 'tech dispatched', 'applied courtesy credit']), ' ', w.amount());
  },
};

const crmNote: WrittenTemplate = {
  name: 'ticket_crm_note',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const a = address(r);
    const lower = (p: Piece[]): Piece[] => p.map((x) => (typeof x === 'string' ? x.toLowerCase() : x.k === 'ent' && x.ref.type !== 'PERSON' ? { ...x, surface: x.surface.toLowerCase() } : x));
    w.line(...lower([
      r.pick(['cx called re: ', 'cust called abt ', 'inbound - ']), keep('issue', r.pick(ISSUES[w.brand.industry])), '. verified w/ dob ', s.dob(birthDate(r)), ' + last4 ssn ', ssn(r).slice(-4),
      '. updated addr to ', s.street(a), ', ', s.zip(a), '. new email ', s.email(emailFor(r, w.cust)), '. ', r.pick(['adv 7-10 bus days.', 'no further action.', 'will f/u tmrw.']),
      ' spoke w/ ', w.name(w.cust, r.chance(0.5) ? 'first' : 'full'), '.',
    ]));
  },
};

const capsFraud: WrittenTemplate = {
  name: 'ticket_caps_fraud',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const a = address(r);
    const c = card(r);
    w.line(...caps([
      'CALLER ', w.name(w.cust), ' STATES CARD ', w.one(s.card(c)), ' COMPROMISED AFTER PURCHASE AT ', keep('merchant', r.pick(MERCHANTS)), ' FOR ', w.amount(), '. ',
      'CARD BLOCKED. NEW CARD MAILED TO ', s.street(a), ' ', s.zip(a), '. EXP ON OLD CARD ', s.expiry(expiry(r)), '. ',
      'CLAIM ', keep('case_number', caseNumber(r)), ' OPENED.',
    ]));
  },
};

const escalation: WrittenTemplate = {
  name: 'ticket_escalation',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const spouse = person(r);
    w.line('Escalation - Tier 2');
    w.line('Case: ', keep('case_number', caseNumber(r)));
    w.line('Account holder: ', w.name(w.cust), ' / authorized: ', w.name(spouse, r.chance(0.5) ? 'full' : 'initialLast'));
    w.line('Summary: ', keep('issue', r.pick(ISSUES[w.brand.industry])), ' since ', w.date(), '. Cust disputes ', w.amount(), '. Prior agent ', agentPiece(r.pick(AGENT_NAMES)), ' promised callback by ', keep('time', `${r.int(1, 5)}pm`), '.');
    w.line('Contact: ', w.one(s.phone(phone(r))), ' or ', s.email(emailFor(r, w.cust)));
  },
};

const paymentLog: WrittenTemplate = {
  name: 'ticket_payment_log',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    const c = card(r);
    w.line(r.pick(['Pmt taken ', 'Payment posted ', 'OTP ']), w.amount(), ' via ', r.pick([`card xxxx-xxxx-xxxx-${c.digits.slice(-4)}`, `${c.brand} ending ${c.digits.slice(-4)}`, `card **${c.digits.slice(-4)}`]), ' conf ', keep('case_number', caseNumber(r)), '.');
    w.line('Set up ACH for next cycle: rtn ', w.one(s.routing(routingNumber(r))), ' acct ', w.one(s.bankAccount(bankAccount(r))), ' (', r.pick(['checking', 'savings']), ').');
    w.line('Order ', keep('order_number', orderNumber(r)), ' qty ', keep('quantity', String(r.int(1, 12))), ', acct holder ', w.name(w.cust, 'lastFirst'), '.');
  },
};

const fraudIpTicket: WrittenTemplate = {
  name: 'ticket_fraud_login',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    w.line(`[${r.pick(['FRAUD', 'SEC', 'ATO'])}] suspicious login`);
    w.line('src ip: ', s.ip(r.chance(0.6) ? publicIpv4(r) : ipv6(r)), ` | ua: ${r.pick(['Chrome/131 Win10', 'Safari iOS 18', 'okhttp/4.9'])} | `, keep('time', `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} UTC`));
    w.line('user: ', s.email(emailFor(r, w.cust)), ' (', w.name(w.cust), ')');
    // A masked SSN shows four digits: not enough to identify, so not personal data here.
    w.line(`ssn on file ***-**-${ssn(r).slice(-4)} verified; pw reset forced; `, keep('issue', 'locked out'), ' until cust calls ', neutral(w.brand.tollFree), '.');
  },
};

const handoff: WrittenTemplate = {
  name: 'ticket_shift_handoff',
  channel: 'ticket',
  run(w) {
    const r = w.rng;
    const s = w.say;
    w.line(`Shift handoff ${r.int(1, 12)}/${r.int(1, 28)} - open items:`);
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = i === 0 ? w.cust : person(r);
      w.line('- ', w.name(p, r.pick(['lastFirst', 'full', 'last'] as const)), ': cb ', w.one(s.phone(usPhone(r))), ', wants ', r.pick(['refund ', 'credit ', 'adjustment ']), w.amount(), ' for order ', keep('order_number', orderNumber(r)));
    }
  },
};

export const WRITTEN: readonly WrittenTemplate[] = [
  billingDispute, quotedReply, forwarded, depositForm, travelParty, securityIp, supplierWire,
  pipeTicket, kvTicket, crmNote, capsFraud, escalation, paymentLog, fraudIpTicket, handoff,
];
