/**
 * E-mails: customer letters with signatures, quoted and forwarded threads, agent replies, web-form
 * notifications, mobile one-liners, ALL CAPS complaints, legal footers.
 */
import type { Seg } from '../corpus/document.js';
import { L, agentSeg, brandSeg, caps, hotlineSeg, mailboxSeg, type Ctx, type Piece, type Scene } from './kit.js';
import {
  accountSeg, address, addressSeg, amount, birthDate, card, cardSeg, caseNumber, cvvSeg, dobSeg, emailSeg, expiry, expirySeg,
  firstName, ibanSeg, ipSeg, issue, merchant, nameSeg, orderNumber, phoneSeg, bank, device, product, quantity, duration, percent, routingSeg, ssnSeg, time, txnDate, zipSeg,
  type Person,
} from './values.js';

function fromLine(c: Ctx, p: Person): Seg[] {
  const r = c.r;
  return r.pick([
    L('From: {n} <{e}>', { n: nameSeg(p, r.pick(['full', 'caps', 'last_comma_first'])), e: emailSeg(r, p) }),
    L('From: {e}', { e: emailSeg(r, p) }),
    L('From: "{n}" <{e}>', { n: nameSeg(p, 'full'), e: emailSeg(r, p) }),
  ]);
}

function toSupport(c: Ctx): Seg[] {
  return L('To: {b} Support <{m}>', { b: brandSeg(c), m: mailboxSeg(c) });
}

function greeting(c: Ctx): Seg[] {
  return c.r.pick([L('Hello,'), L('Hi there,'), L('To whom it may concern,'), L('Dear {b} team,', { b: brandSeg(c) }), L('Hi {a},', { a: agentSeg(c) }), L('Good morning')]);
}

/** Customer sign-off: from "Thanks, J" to a full block with phone and address. */
function signature(c: Ctx, p: Person): Seg[] {
  const r = c.r;
  const a = address(r);
  const close = r.pick(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Sincerely,', 'Thx', 'Cheers,', '--']);
  const style = r.int(0, 4);
  if (style === 0) return [...L(''), ...L(close), ...L('{n}', { n: firstName(r, p) })];
  if (style === 1) return [...L(''), ...L(close), ...L('{n}', { n: nameSeg(p, 'full') }), ...L('{ph}', { ph: phoneSeg(r) })];
  if (style === 2) return [...L(''), ...L(close), ...L('{n}', { n: nameSeg(p, 'full') }), ...L('{s}', { s: addressSeg(a) }), ...L('{city}, {st} {z}', { city: a.city, st: a.state, z: zipSeg(a) }), ...L('Cell: {ph}', { ph: phoneSeg(r) }),
    ...(r.chance(0.5) ? L('Work: {ph} {x}', { ph: phoneSeg(r), x: r.pick(['x204', 'ext. 31', 'ext 4410', '#2']) }) : [])];
  if (style === 3) return [...L(''), ...L('{close} {n} | {ph} | {e}', { close, n: nameSeg(p, r.pick(['full', 'initial'])), ph: phoneSeg(r), e: emailSeg(r, p) })];
  return [...L(''), ...L('{n}', { n: nameSeg(p, 'initial') }), ...L(''), ...L('Sent from my {d}', { d: r.pick(['iPhone', 'Galaxy', 'Verizon 5G device']) })];
}

function agentSignature(c: Ctx): Seg[] {
  const r = c.r;
  return [...L(''), ...L(r.pick(['Kind regards,', 'Best regards,', 'Sincerely,'])), ...L('{a}', { a: agentSeg(c) }),
    ...L('{b} Customer Care | {h}', { b: brandSeg(c), h: hotlineSeg(c) }),
    ...(r.chance(0.5) ? L('This message may contain confidential information. If you received it in error, please notify the sender and delete it. {b} will never ask for your full card number or password by e-mail.', { b: brandSeg(c) }) : [])];
}

const subject = (c: Ctx, s: string, slots: Record<string, Seg | Seg[]> = {}): Seg[] => L(`Subject: ${s}`, slots);

function letter(c: Ctx, subj: Seg[], body: Seg[], p: Person = c.cust): Piece[] {
  return [...fromLine(c, p), ...toSupport(c), ...subj, ...L(''), ...greeting(c), ...L(''), ...body, ...signature(c, p)];
}

export const EMAIL_SCENES: Scene[] = [
  {
    name: 'e_dispute', channel: 'email', build: (c) => {
      const r = c.r; const k = card(r);
      return letter(c, subject(c, '{i} on my card', { i: issue(r) }), [
        ...L('I am writing about a charge of {a} from {m} dated {d} that I did not make. I have had my {p} since {y} and never shopped there.', { a: amount(r), m: merchant(r), d: txnDate(r), p: product(r), y: String(r.int(2012, 2023)) }),
        ...L('The card number is {c}{x}. Please reverse it and send me a new card.', { c: cardSeg(r, k), x: r.chance(0.5) ? [' (exp ', expirySeg(r, expiry(r)), ')'] : '' }),
        ...L('My case number from the phone call is {cn}.', { cn: caseNumber(r) }),
      ]);
    },
  },
  {
    name: 'e_address_update', channel: 'email', build: (c) => {
      const r = c.r; const a1 = address(r); const a2 = address(r);
      return letter(c, subject(c, 'Change of address'), [
        ...L('Please update my mailing address. I moved on {d}.', { d: txnDate(r) }),
        ...L('Old address:'), ...L('{s}', { s: addressSeg(a1) }), ...L('{city} {st} {z}', { city: a1.city, st: a1.state, z: zipSeg(a1) }), ...L(''),
        ...L('New address:'), ...L('{s}', { s: addressSeg(a2) }), ...L('{city}, {st}  {z}', { city: a2.city, st: a2.state, z: zipSeg(a2) }), ...L(''),
        ...L('For verification my date of birth is {dob} and the phone on file is {ph}.', { dob: dobSeg(r, birthDate(r)), ph: phoneSeg(r) }),
      ]);
    },
  },
  {
    name: 'e_quoted_thread', channel: 'email', build: (c) => {
      const r = c.r; const cn = caseNumber(r); const a = address(r);
      const quoted: Piece[] = [
        ...L('> Hi, my {p} has a {i}. Order {o}, {a}, delivered {d}.', { p: product(r), i: issue(r), o: orderNumber(r), a: amount(r), d: txnDate(r) }),
        ...L('> You can reach me at {ph} or this email.', { ph: phoneSeg(r) }),
        ...L('> Ship the replacement to {s}, {city} {z}', { s: addressSeg(a), city: a.city, z: zipSeg(a) }),
        ...L('> -- {n}', { n: nameSeg(c.cust, 'full') }),
      ];
      return [...L('From: {b} Support <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }), ...L('To: {e}', { e: emailSeg(r, c.cust) }), ...L('Subject: RE: [{cn}] replacement', { cn }), ...L(''),
        ...L('Hi {n},', { n: firstName(r, c.cust) }), ...L(''), ...L('Thanks for your patience. The replacement ships within {q}; you will get tracking by email.', { q: duration(r) }),
        ...agentSignature(c), ...L(''),
        ...L('On {d}, at {t}, {n} <{e}> wrote:', { d: txnDate(r), t: time(r), n: nameSeg(c.cust, 'full'), e: emailSeg(r, c.cust) }), ...quoted];
    },
  },
  {
    name: 'e_autopay_setup', channel: 'email', build: (c) => {
      const r = c.r;
      return letter(c, subject(c, 'autopay for {p}', { p: product(r) }), [
        ...L('I want to set up automatic payments from my checking account. My bank is {m}.', { m: bank(r) }),
        ...L(r.pick(['Routing number: {rt}\nAccount number: {ac}', 'routing {rt}, account {ac}', 'ABA {rt} / Acct {ac}']), { rt: routingSeg(r), ac: accountSeg(r) }),
        ...L('Please draft {a} on the {d} each month, starting {d2}.', { a: amount(r), d: r.pick(['1st', '15th', '3rd']), d2: txnDate(r) }),
      ]);
    },
  },
  {
    name: 'e_wire_iban', channel: 'email', build: (c) => {
      const r = c.r;
      return letter(c, subject(c, 'Refund to my European account'), [
        ...L('I live abroad now, so please refund the {a} for order {o} to my account here:', { a: amount(r), o: orderNumber(r) }),
        ...L('Account holder: {n}', { n: nameSeg(c.cust, r.pick(['full', 'caps'])) }), ...L('IBAN {ib}', { ib: ibanSeg(r) }), ...L('BIC: {bic}', { bic: r.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'ABNANL2A']) }),
        ...L('The original charge was {d}.', { d: txnDate(r) }),
      ]);
    },
  },
  {
    name: 'e_verification_reply', channel: 'email', build: (c) => {
      const r = c.r;
      return letter(c, subject(c, 'Re: Verify your identity [{cn}]', { cn: caseNumber(r) }), [
        ...L('Here is what you asked for:'),
        ...L('Full name - {n}', { n: nameSeg(c.cust, r.pick(['full', 'caps'])) }),
        ...L('DOB - {dob}', { dob: dobSeg(r, birthDate(r)) }),
        ...L('{sl} - {ss}', { sl: r.pick(['SSN', 'Social', 'SS#']), ss: ssnSeg(r) }),
        ...L('Address - {s}', { s: addressSeg(address(r)) }),
        ...L('I still do not understand why my {p} was frozen on {d}.', { p: product(r), d: txnDate(r) }),
      ]);
    },
  },
  {
    name: 'e_formal_letter', channel: 'email', build: (c) => {
      const r = c.r; const k = card(r); const a = address(r);
      return letter(c, subject(c, 'Formal complaint - {i}', { i: issue(r) }), [
        ...L('I am writing to formally complain about the handling of my account. On {d} I called at {t} and spoke with {a}, who promised a callback that never came.', { d: txnDate(r), t: time(r), a: agentSeg(c) }),
        ...L(''),
        ...L('Since then, {q} have passed and I have been charged {am} in fees on my {p}. The card ending {l4} was also declined at {m} on {d2}, which was embarrassing.', { q: duration(r), am: amount(r), p: product(r), l4: k.digits.slice(-4), m: merchant(r), d2: txnDate(r) }),
        ...L(''),
        ...L('I have been a customer of {b} for many years. I expect the fees refunded and a written explanation mailed to {s}, {city}, {st} {z}.', { b: brandSeg(c), s: addressSeg(a), city: a.city, st: a.state, z: zipSeg(a) }),
        ...L(''),
        ...L('If this is not resolved I will file a complaint with the CFPB. My reference is {cn}. My daughter, {n}, is authorized to speak on my behalf ({ph}).', { cn: caseNumber(r), n: nameSeg(c.other, 'full'), ph: phoneSeg(r) }),
      ]);
    },
  },
  {
    name: 'e_forwarded', channel: 'email', build: (c) => {
      const r = c.r; const a = address(r);
      return [...fromLine(c, c.cust), ...toSupport(c), ...L('Subject: Fwd: Your order {o} has shipped', { o: orderNumber(r) }), ...L(''),
        ...L('see below - this never arrived!!'), ...L(''),
        ...L('---------- Forwarded message ---------'), ...L('From: {b} <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }),
        ...L('Date: {d}, {t}', { d: txnDate(r), t: time(r) }), ...L('To: {e}', { e: emailSeg(r, c.cust) }), ...L(''),
        ...L('Hi {n}, good news! Your {p} ({q}) is on its way.', { n: firstName(r, c.cust), p: device(r), q: quantity(r) }),
        ...L('Shipping to: {n2}, {s}, {city}, {st} {z}', { n2: nameSeg(c.cust, 'caps'), s: addressSeg(a, true), city: a.city.toUpperCase(), st: a.state, z: zipSeg(a) }),
        ...L('Order total: {a}  Tracking: {tr}', { a: amount(r), tr: orderNumber(r) })];
    },
  },
  {
    name: 'e_mobile_short', channel: 'email', build: (c) => {
      const r = c.r; const k = card(r);
      return [...fromLine(c, c.cust), ...toSupport(c), ...L('Subject: {s}', { s: r.pick(['card', 'urgent', 'payment', '(no subject)']) }), ...L(''),
        ...L(r.pick(['use this card for the {a} balance {c} exp {e} code {v}', 'pls charge {a} to {c} {e} {v} thx', 'new card is {c}, {e}, cvv {v}. bill {a} today']), {
          a: amount(r), c: cardSeg(r, k), e: expirySeg(r, expiry(r)), v: cvvSeg(r, k),
        }), ...L(''), ...L('Sent from my iPhone')];
    },
  },
  {
    name: 'e_agent_followup', channel: 'email', build: (c) => {
      const r = c.r;
      return [...L('From: {b} Care <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }), ...L('To: {e}', { e: emailSeg(r, c.cust) }),
        ...L('Subject: Your case {cn}', { cn: caseNumber(r) }), ...L(''),
        ...(r.chance(0.5) ? L('Dear {n},', { n: nameSeg(c.cust, 'full') }) : L('Dear {t} {n},', { t: r.pick(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mx']), n: nameSeg(c.cust, 'last') })), ...L(''),
        ...L('Following our call on {d}, we have credited {a} to your account for the {i}. The credit will appear within {q}.', { d: txnDate(r), a: amount(r), i: issue(r), q: duration(r) }),
        ...L('We also updated your phone number to {ph} as requested.', { ph: phoneSeg(r) }),
        ...agentSignature(c)];
    },
  },
  {
    name: 'e_webform_notification', channel: 'email', build: (c) => {
      const r = c.r; const a = address(r);
      return [...L('From: {b} Website <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }), ...L('Subject: New contact form submission #{id}', { id: r.digits(6) }), ...L(''),
        ...L('name: {n}', { n: nameSeg(c.cust, r.pick(['lower', 'full', 'caps'])) }), ...L('email: {e}', { e: emailSeg(r, c.cust) }), ...L('phone: {ph}', { ph: phoneSeg(r) }),
        ...L('address_line1: {s}', { s: addressSeg(a) }), ...L('address_line2: '), ...L('postal_code: {z}', { z: zipSeg(a) }),
        ...L('topic: {i}', { i: issue(r) }), ...L('message: hi i ordered {p} on {d} and was charged {a} twice. order {o}', { p: product(r), d: txnDate(r), a: amount(r), o: orderNumber(r) }),
        ...L('ip: {ip}', { ip: ipSeg(r) }), ...L('submitted: {d} {t}', { d: txnDate(r), t: time(r) })];
    },
  },
  {
    name: 'e_caps_angry', channel: 'email', build: (c) => {
      const r = c.r;
      return [...fromLine(c, c.cust), ...toSupport(c), ...caps([
        ...L('Subject: THIRD TIME WRITING - {i}', { i: issue(r) }), ...L(''),
        ...L('I HAVE CALLED {q} AND NOBODY FIXES THIS. YOU CHARGED ME {a} ON {d} FOR {p} I CANCELLED.', { q: pickN(r), a: amount(r), d: txnDate(r), p: product(r) }),
        ...L('MY NAME IS {n}, MY PHONE IS {ph}, DATE OF BIRTH {dob}. LOOK IT UP.', { n: nameSeg(c.cust, 'full'), ph: phoneSeg(r), dob: dobSeg(r, birthDate(r)) }),
        ...L('REFUND IT OR I GO TO {m} AND DISPUTE.', { m: merchant(r) }),
      ]) as Seg[]];
    },
  },
  {
    name: 'e_cancel_service', channel: 'email', build: (c) => {
      const r = c.r; const a = address(r);
      return letter(c, subject(c, 'Cancel {p}', { p: product(r) }), [
        ...L('Please cancel my {p} effective {d}. I was told there is no {i} because I am past {q}.', { p: product(r), d: txnDate(r), i: issue(r), q: duration(r) }),
        ...L('Account is under {n}, service address {s} {z}.', { n: nameSeg(c.cust, r.pick(['full', 'last_comma_first'])), s: addressSeg(a), z: zipSeg(a) }),
        ...L('Send the return label for the {p2} to the same address.', { p2: device(r) }),
      ]);
    },
  },
  {
    name: 'e_security_ip', channel: 'email', build: (c) => {
      const r = c.r;
      return [...L('From: {b} Security <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }), ...L('To: {e}', { e: emailSeg(r, c.cust) }), ...L('Subject: New sign-in to your account'), ...L(''),
        ...L('Hi {n},', { n: firstName(r, c.cust) }), ...L(''),
        ...L('We noticed a new sign-in on {d} at {t} from IP {ip} ({loc}).', { d: txnDate(r), t: time(r), ip: ipSeg(r), loc: r.pick(['Columbus, OH', 'Lagos, NG', 'unknown location']) }),
        ...L('If this was you, no action is needed. If not, reset your password and call {h}.', { h: hotlineSeg(c) }),
        ...L(''), ...L('{b} Security Team', { b: brandSeg(c) })];
    },
  },
  {
    name: 'e_on_behalf', channel: 'email', build: (c) => {
      const r = c.r; const mom = c.other;
      return letter(c, subject(c, 'Account of my mother {n}', { n: nameSeg(mom, 'full') }), [
        ...L('I am writing on behalf of my mother, {n} (DOB {dob}), who is in hospital.', { n: nameSeg(mom, r.pick(['full', 'initial'])), dob: dobSeg(r, birthDate(r)) }),
        ...L('Her {p} has a {i} from {m} ({a}, {d}). Her SSN is {ss} if you need it to find the account.', { p: product(r), i: issue(r), m: merchant(r), a: amount(r), d: txnDate(r), ss: ssnSeg(r) }),
        ...L('I have power of attorney and can fax it. Please call me at {ph}, not her home number.', { ph: phoneSeg(r) }),
      ]);
    },
  },
  {
    name: 'e_return_label', channel: 'email', build: (c) => {
      const r = c.r; const a = address(r);
      return letter(c, subject(c, 'return label for {o}', { o: orderNumber(r) }), [
        ...L('hi, the {p} arrived broken ({q}). can you send a prepaid label to', { p: device(r), q: quantity(r) }), ...L(''),
        ...L('{n}', { n: nameSeg(c.cust, r.pick(['full', 'caps', 'nick_in_parens'])) }), ...L('{s}', { s: addressSeg(a) }), ...L('{city} {st} {z}', { city: a.city, st: a.state, z: zipSeg(a) }), ...L(''),
        ...L('paid {a} on {d} with my {br} ending in {l4}. thanks', { a: amount(r), d: txnDate(r), br: r.pick(['Visa', 'Mastercard', 'Amex', 'Discover']), l4: r.digits(4) }),
      ]);
    },
  },
  {
    name: 'e_long_thread', channel: 'email', build: (c) => {
      const r = c.r; const k = card(r); const a = address(r);
      const older: Piece[] = [
        ...L('>> On {d}, {b} Support <{m}> wrote:', { d: txnDate(r), b: brandSeg(c), m: mailboxSeg(c) }),
        ...L('>> Dear customer, to process the {i} we need the last four of the card, your billing ZIP and a good phone number.', { i: issue(r) }),
        ...L('>> Never send your full card number by e-mail.'),
      ];
      const mid: Piece[] = [
        ...L('> On {d} {n} wrote:', { d: txnDate(r), n: nameSeg(c.cust, 'full') }),
        ...L('> Card is {c} exp {e} (sorry, I know you said last four). ZIP {z}. Phone {ph}.', { c: cardSeg(r, k), e: expirySeg(r, expiry(r)), z: zipSeg(a), ph: phoneSeg(r) }),
        ...L('> Charges: {a1} at {m1} on {d1}, {a2} at {m2} on {d2}, and {a3} on {d3} which I DID make.', { a1: amount(r), m1: merchant(r), d1: txnDate(r), a2: amount(r), m2: merchant(r), d2: txnDate(r), a3: amount(r), d3: txnDate(r) }),
        ...L('> Billing address {s}, {city}, {st}', { s: addressSeg(a), city: a.city, st: a.state }),
        ...L('>'), ...older,
      ];
      return [...L('From: {b} Support <{m}>', { b: brandSeg(c), m: mailboxSeg(c) }), ...L('To: {e}', { e: emailSeg(r, c.cust) }), ...L('Subject: RE: RE: {i} [{cn}]', { i: issue(r), cn: caseNumber(r) }), ...L(''),
        ...L('Hello {n},', { n: nameSeg(c.cust, 'full') }), ...L(''),
        ...L('Thank you for the details. For your security we have removed the card number from our records and blocked the card; a replacement card will arrive in {q}.', { q: duration(r) }),
        ...L('The disputed amounts total {a}. You will see a provisional credit by {d}.', { a: amount(r), d: txnDate(r) }),
        ...L('Your new card will be mailed to {s}. If that is wrong, reply before {t} tomorrow.', { s: addressSeg(a), t: time(r) }),
        ...agentSignature(c), ...L(''), ...mid];
    },
  },
];

function pickN(r: Ctx['r']): string {
  return r.pick(['3 TIMES', 'FOUR TIMES', 'EVERY DAY THIS WEEK', 'TWICE']);
}
