/**
 * What callers and chatters come to a contact center for, one function per kind of contact. Each
 * writes turns through Conv, so the same scene is rendered as ASR, call transcript and chat.
 */
import { ent, whole, type Piece } from './build.js';
import type { Conv } from './conversation.js';
import type { Rng } from './prng.js';
import { cardinal, monthWord, ordinal, readDigits, twoDigitWords } from './speech.js';
import {
  address, bankAccount, birthDate, card, cvv, emailFor, expiry, iban, ipv6, MERCHANTS, MONTHS, person, phone, PRODUCTS,
  ISSUES, publicIpv4, routingNumber, ssn, usPhone, type Brand,
} from './values.js';

export interface Scene {
  name: string;
  industries: readonly Brand['industry'][];
  run(cv: Conv): void;
}

/** A reference number that identifies an order or case, not a person. */
export function orderNumber(rng: Rng): string {
  return rng.pick([
    () => `${rng.int(100, 999)}-${rng.digits(7)}-${rng.digits(7)}`,
    () => `W${rng.digits(10)}`,
    () => `${rng.pick(['BK', 'ORD', 'SO', 'RMA'])}-${rng.digits(rng.int(5, 8))}`,
    () => rng.digits(rng.int(8, 11)),
    () => `#${rng.digits(6)}`,
  ])();
}

export function caseNumber(rng: Rng): string {
  return rng.pick([
    () => `CAS-${rng.int(2025, 2026)}-${rng.digits(6)}`,
    () => `INC${rng.digits(7)}`,
    () => `${rng.digits(8)}`,
    () => `CLM-${rng.digits(3)}-${rng.digits(5)}`,
    () => `${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(2)}${String.fromCharCode(65 + rng.int(0, 25))}-${rng.digits(4)}`,
  ])();
}

function recordLocator(rng: Rng): string {
  const cs = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < 6; i++) s += cs[rng.int(0, cs.length - 1)];
  return s;
}

/** A reference said the way its channel carries it: digits spoken in ASR, as printed elsewhere. */
function ref(cv: Conv, kind: 'order_number' | 'case_number', v: string): Piece {
  if (!cv.asr) return cv.say.keep(kind, v);
  const said = v.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()} `).replace(/\d+/g, (d) => ` ${readDigits(cv.rng, d, cv.say.style)} `).replace(/[-#]/g, ' ').replace(/\s+/g, ' ').trim();
  return cv.say.keep(kind, said);
}

function txDate(cv: Conv): Piece {
  const r = cv.rng;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  if (cv.asr) return cv.say.keep('transaction_date', r.pick([`${monthWord(m)} ${ordinal(d)}`, `the ${ordinal(d)}`, 'last tuesday', 'yesterday', `${monthWord(m)} ${twoDigitWords(d)}`]));
  return cv.say.keep('transaction_date', r.pick([`${m}/${d}`, `${MONTHS[m - 1]} ${d}`, `${MONTHS[m - 1]!.slice(0, 3)} ${d}th`.replace(/1th$/, '1st').replace(/2th$/, '2nd').replace(/3th$/, '3rd'), `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/2026`, 'last Tuesday']));
}

function time(cv: Conv): Piece {
  const r = cv.rng;
  const h = r.int(1, 12);
  const m = r.pick([0, 15, 30, 45, r.int(1, 59)]);
  if (cv.asr) return cv.say.keep('time', m === 0 ? `${cardinal(h)} o'clock` : `${cardinal(h)} ${twoDigitWords(m, true)} ${r.pick(['p m', 'a m', 'in the afternoon', 'in the morning'])}`);
  return cv.say.keep('time', `${h}:${String(m).padStart(2, '0')} ${r.pick(['PM', 'pm', 'AM', 'am'])}`);
}

const cents = (rng: Rng, lo: number, hi: number): number => rng.int(lo, hi) * 100 + rng.pick([0, 99, 49, rng.int(1, 98)]);

function verifyDob(cv: Conv): void {
  const dob = birthDate(cv.rng);
  cv.A(cv.rng.pick(['Can you verify your date of birth for me?', 'And for security, your date of birth?', 'What is the date of birth on the account?']));
  cv.C(cv.um(), cv.say.dob(dob), cv.rng.chance(0.3) ? '.' : '');
}

/** The last four of a card or SSN: too little to identify anyone, so plain text. */
function lastFour(cv: Conv, digits: string): string {
  return cv.say.digits(digits.slice(-4));
}

const payByCard: Scene = {
  name: 'pay_by_card',
  industries: ['utility', 'telco', 'health', 'insurer'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const c = card(r);
    const due = cents(r, 40, 900);
    cv.greet().giveName();
    verifyDob(cv);
    cv.A('Thank you. I show a balance of ', s.amount(due), r.pick([' due on the ', ' past due since the ']), cv.asr ? s.keep('transaction_date', `${ordinal(r.int(1, 28))}`) : s.keep('transaction_date', `${r.int(1, 28)}th`), '. Would you like to take care of that today?');
    cv.C(r.pick(['Yes please, I want to pay it with my card.', 'Yeah, can I do it over the phone with a card?', 'Sure, I will use my ' + c.brand + '.']));
    cv.A(r.pick(['Go ahead with the card number when you are ready.', 'Okay, what is the card number?', 'Sure, the long number on the front please.']));
    cv.give([cv.um()], s.card(c));
    if (r.chance(0.5)) cv.A('Let me read that back: ', whole(s.card(c)), '. Is that right?');
    else cv.A('Thank you, that card ending in ', lastFour(cv, c.digits), '. Expiration date?');
    if (cv.turns[cv.turns.length - 1]!.p.some((p) => typeof p !== 'string' && p.k === 'ent')) {
      cv.C(r.pick(['Yes.', 'Correct.', "That's it."]));
      cv.A('And the expiration?');
    }
    cv.C(s.expiry(expiry(r)));
    cv.A(r.pick(['Security code on the back?', 'And the CVV?', 'The three digit code on the back please.']));
    cv.C(r.pick(["It's ", '', 'Code is ']), s.cvv(cvv(r, c.brand)));
    if (r.chance(0.6)) {
      const a = address(r);
      cv.A('Billing zip code?');
      cv.C(s.zip(a));
    }
    cv.A('All set. ', s.amount(due), ' was applied, your confirmation number is ', ref(cv, 'case_number', caseNumber(r)), '.');
    cv.C(r.pick(['Great, thank you.', 'Thanks so much.', 'Perfect, bye.']));
  },
};

const fraudDispute: Scene = {
  name: 'fraud_dispute',
  industries: ['bank'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const c = card(r);
    cv.greet();
    cv.C(r.pick(["Hi, there's charges on my debit card I never made.", 'I need to report fraud on my credit card.', 'Someone used my card, I got a text alert.']));
    cv.A("I'm sorry to hear that, let's get it sorted. Can I have your full name?");
    cv.giveName();
    cv.A('And the last four of your social?');
    cv.C(cv.um(), lastFour(cv, ssn(r)));
    cv.A('Thanks. Which charges do you not recognize?');
    cv.C('There is one at ', s.keep('merchant', r.pick(MERCHANTS)), ' for ', s.amount(cents(r, 5, 600)), ' on ', txDate(cv), r.pick([' and another one at ', ', also ']), s.keep('merchant', r.pick(MERCHANTS)), ' for ', s.amount(cents(r, 5, 300)), ' around ', time(cv), '.');
    cv.A("I've blocked the card ending in ", lastFour(cv, c.digits), ' and opened a ', s.keep('issue', 'chargeback'), '. Reference ', ref(cv, 'case_number', caseNumber(r)), '.');
    const a = address(r);
    cv.A('The new card will go to ', s.street(a), cv.asr ? ' ' : ', ', s.city(a), ' ', s.zip(a), '. Is that still good?');
    if (r.chance(0.5)) {
      const b = address(r);
      cv.C(r.pick(['No, I moved. It is ', 'Actually send it to ', 'No, new address is ']), s.street(b), cv.asr ? ' ' : ', ', s.city(b), ' ', s.zip(b), '.');
      cv.A('Updated. You should have it in ', s.quantity(r.int(3, 10), 'business days'), '.');
    } else cv.C('Yes, that is fine.');
  },
};

const addressChange: Scene = {
  name: 'address_change',
  industries: ['utility', 'telco', 'insurer', 'bank', 'retail', 'health'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const old = address(r);
    const nu = address(r);
    cv.greet().giveName();
    cv.A('How can I help, ', s.name(cv.cust, 'first'), '?');
    cv.C(r.pick(['I moved and need to update my address.', 'I need to change my mailing address.', 'We are moving next month, can you switch the service address?']));
    cv.A('Sure. To verify, what is the current address on file?');
    cv.C(cv.um(), s.street(old), ...(r.chance(0.5) ? [cv.asr ? ' ' : ', ', s.zip(old)] : []), '.');
    cv.A('Thank you. And the new one?');
    cv.C(s.street(nu), cv.asr ? ' in ' : ', ', s.city(nu), cv.asr ? ' ' : ' ', s.zip(nu), '.');
    if (r.chance(0.6)) cv.A('I have ', s.street(nu), ', zip ', s.zip(nu), '. Did I get that right?').C(r.pick(['Yes.', 'Yep.', 'That is right.']));
    cv.A('Done. The change takes effect ', txDate(cv), '. Anything else?');
    cv.C('No, that was it.');
  },
};

/** One letter changed: what an agent mishears. */
function mishear(rng: Rng, email: string): string {
  const at = email.indexOf('@');
  const i = rng.int(0, Math.max(0, at - 1));
  const ch = email[i]!;
  const swap = /[a-z]/.test(ch) ? (ch === 'e' ? 'a' : 'e') : ch === '.' ? '_' : ch;
  return email.slice(0, i) + swap + email.slice(i + 1);
}

const emailUpdate: Scene = {
  name: 'email_update',
  industries: ['retail', 'telco', 'airline', 'utility', 'bank'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const e = emailFor(r, cv.cust);
    cv.greet().giveName(false);
    cv.C(r.pick(["I'm not getting your emails, I think the address is wrong.", 'I need to change my email on the account.', 'Can you update my email? I lost access to the old one.']));
    cv.A('No problem. What email would you like to use?');
    cv.C(cv.um(), s.email(e), '.');
    const wrong = mishear(r, e);
    if (wrong !== e && r.chance(0.5)) {
      cv.A('Okay, I have ', s.email(wrong), '.');
      cv.C('No, ', r.pick(['it is ', 'sorry, ', 'close, it is ']), s.email(e), '.');
    } else cv.A('So that is ', s.email(e), ', correct?').C('Yes.');
    cv.A("Updated. You'll get a confirmation from ", cv.asr ? s.keep('brand', cv.brand.name) : { k: 'neutral', text: cv.brand.mailbox }, ' in a few minutes.');
  },
};

const callbackNumber: Scene = {
  name: 'callback_number',
  industries: ['telco', 'insurer', 'health', 'utility', 'retail'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const p = phone(r);
    cv.greet().giveName();
    cv.C(r.pick(['I was on hold forever and got disconnected.', 'I need someone from the claims team to call me back.', "The technician was supposed to call and didn't."]));
    cv.A("I'm sorry about that. What is the best number to reach you in case we get cut off?");
    if (r.chance(0.35)) {
      // A caller who starts over after a wrong digit still said nine of ten digits: personal data.
      const wrongDigits = p.digits.slice(0, -1) + String((Number(p.digits.slice(-1)) + 3) % 10);
      const wrongGroups = p.spokenGroups.slice(0, -1).concat([wrongDigits.slice(-p.spokenGroups[p.spokenGroups.length - 1]!.length)]);
      cv.C(cv.asr ? ent('PHONE_NUMBER', wrongDigits, readDigits(r, wrongGroups.join(''), s.style), 'spoken') : ent('PHONE_NUMBER', wrongDigits, wrongGroups.join('-')), r.pick([', no wait, sorry, let me start again. ', '... no that is wrong. It is ', ' - sorry, typo - ']));
      cv.give([], s.phone(p));
    } else cv.give([cv.um(), r.pick(['', 'My cell is ', 'You can use '])], s.phone(p));
    cv.A(r.pick(['I have ', 'Let me repeat that: ', 'Okay, ']), whole(s.phone(p)), '.');
    cv.A('If we get disconnected you can also call us back at ', cv.asr ? s.keep('brand', cv.brand.name) : { k: 'neutral', text: cv.brand.tollFree }, ' and mention case ', ref(cv, 'case_number', caseNumber(r)), '.');
  },
};

const directDeposit: Scene = {
  name: 'direct_deposit',
  industries: ['bank', 'utility'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    cv.greet().giveName();
    cv.C(r.pick(['I want to set up autopay from my checking account.', 'I need to change the bank account my payments come out of.', 'How do I set up direct deposit?']));
    verifyDob(cv);
    cv.A('Okay. The routing number first, the nine digits at the bottom left of a check.');
    cv.give([cv.um()], s.routing(routingNumber(r)));
    cv.A('And the account number?');
    cv.give([cv.um(), r.pick(['', 'Account is ', 'Checking is '])], s.bankAccount(bankAccount(r)));
    cv.A('Thank you. The first draft of ', s.amount(cents(r, 30, 400)), ' will be on ', txDate(cv), '.');
  },
};

const intlWire: Scene = {
  name: 'intl_wire',
  industries: ['bank'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const payee = person(r);
    cv.greet().giveName();
    cv.C(r.pick(['I need to send money to my mother overseas.', 'I want to wire money to a supplier in Europe.', 'How do I send a wire to an IBAN?']));
    cv.A('Sure. Who is the beneficiary?');
    cv.C(r.pick(['Her name is ', "It's ", 'The name on the account is ']), s.name(payee), '.');
    cv.A('And their IBAN?');
    cv.give([cv.um()], s.iban(iban(r)));
    cv.A('How much would you like to send?');
    cv.C(s.amount(cents(r, 200, 9000)), r.pick(['.', ', please.', ' if that is possible today.']));
    cv.A('There is a ', s.amount(r.pick([2500, 3500, 4500])), ' wire fee. Reference ', ref(cv, 'case_number', caseNumber(r)), '.');
  },
};

const flightChange: Scene = {
  name: 'flight_change',
  industries: ['airline'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const companion = person(r);
    cv.greet();
    cv.C(r.pick(['My flight got cancelled and I need to rebook.', 'I need to change my flight for next week.', 'We missed our connection.']));
    cv.A('Can I have your confirmation code?');
    const loc = recordLocator(r);
    cv.C(ref(cv, 'order_number', loc), '.');
    cv.A('Thank you. I see two passengers. Can I have both names as on the ID?');
    cv.C(s.name(cv.cust), r.pick([' and ', ', and my husband ', ', and my daughter ', ' plus ']), s.name(companion), '.');
    cv.A('And the date of birth for ', s.name(companion, 'first'), '?');
    cv.C(s.dob(birthDate(r)));
    cv.A('I can move you to flight ', s.keep('product', cv.asr ? `${cardinal(r.int(100, 2999))}` : `PA ${r.int(100, 2999)}`), ' departing at ', time(cv), ' on ', txDate(cv), '. Where should I send the itinerary?');
    cv.C(s.email(emailFor(r, cv.cust)));
    if (r.chance(0.5)) cv.A('And a mobile number for gate alerts?').give([], s.phone(phone(r)));
  },
};

const insuranceClaim: Scene = {
  name: 'insurance_claim',
  industries: ['insurer'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const other = person(r);
    const a = address(r);
    cv.greet().giveName();
    cv.C(r.pick(['I was in a ', 'I need to file a claim, I had a ', 'Somebody hit me, it was a ']), s.keep('issue', r.pick(['fender bender', 'rear-end collision', 'hit and run'])), ' on ', txDate(cv), ' around ', time(cv), '.');
    cv.A('I am sorry. Is everyone okay? Do you have the other driver\'s information?');
    cv.C(r.pick(['Yes, his name is ', 'Her name is ', 'The driver was ']), s.name(other), ', phone ', whole(s.phone(usPhone(r))), '.');
    cv.A('Their address?');
    cv.C(s.street(a), cv.asr ? ' ' : ', ', s.city(a), '.');
    cv.A('Your claim number is ', ref(cv, 'case_number', caseNumber(r)), '. The deductible on your ', s.keep('product', r.pick(PRODUCTS.insurer)), ' is ', s.amount(r.pick([25000, 50000, 100000])), '.');
  },
};

const orderMissing: Scene = {
  name: 'order_missing',
  industries: ['retail'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const a = address(r);
    cv.greet();
    cv.C(r.pick(['Hi, my package says delivered but I never got it.', 'My order came and the box was empty.', 'One of my items is missing from my order.']));
    cv.A('Let me look that up. What is the order number?');
    cv.C(cv.um(), ref(cv, 'order_number', orderNumber(r)), '.');
    cv.A('I see ', s.quantity(r.int(2, 5), r.pick(['items', 'boxes', 'units'])), ', including the ', s.keep('product', r.pick(PRODUCTS.retail)), '. Can you confirm the shipping address?');
    cv.C(s.street(a), cv.asr ? ' ' : ', ', s.city(a), ' ', s.zip(a), '.');
    cv.A('And the name on the order?');
    cv.giveName();
    cv.A('I have issued a refund of ', s.amount(cents(r, 15, 700)), ' to the card ending in ', s.digits(card(r).digits.slice(-4)), '. The confirmation goes to ', s.email(emailFor(r, cv.cust)), '.');
  },
};

const internetIp: Scene = {
  name: 'internet_ip',
  industries: ['telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    cv.greet().giveName();
    cv.C('My internet keeps dropping, ', s.keep('issue', r.pick(['slow internet', 'no connection', 'buffering'])), ' every evening.');
    cv.A('Let us check. Go to ', cv.asr ? 'what is my i p dot com' : 'whatismyip.com', ' and read me the public IP.');
    cv.C(r.pick(["It says ", 'Okay it is ', 'Um ']), s.ip(cv.asr || r.chance(0.7) ? publicIpv4(r) : ipv6(r)), '.');
    // A home router's gateway address is the same in millions of homes: it identifies nobody.
    cv.A('Thanks. Now open ', cv.asr ? 'one nine two dot one six eight dot one dot one' : '192.168.1.1', ' in your browser and restart the modem.');
    cv.C('Okay it is back. The ', s.keep('product', r.pick(PRODUCTS.telco)), ' lights are green.');
    cv.A('Great. Your ticket is ', ref(cv, 'case_number', caseNumber(r)), '.');
  },
};

const medicalBill: Scene = {
  name: 'medical_bill',
  industries: ['health'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const patient = person(r);
    cv.greet();
    cv.C(r.pick(['I got a bill for my son and insurance should have covered it.', 'I am calling about a statement for my wife.', 'I have a question about a bill for my father.']));
    cv.A("I can help. What is the patient's name?");
    cv.C(s.name(patient), '. ', r.pick(['Last name ', 'Spelled ']), s.spelled(patient.last.split(/[\s-]/).find((w) => w.length > 2) ?? patient.last), '.');
    cv.A('And the patient date of birth?');
    cv.C(s.dob(birthDate(r)));
    cv.A('And you are?');
    cv.giveName(false);
    cv.A('I see the ', s.keep('product', r.pick(PRODUCTS.health)), ' from ', txDate(cv), ', balance ', s.amount(cents(r, 80, 4000)), ' after an ', s.keep('issue', 'insurance denial'), '. I can set up a payment plan.');
  },
};

const ssnVerify: Scene = {
  name: 'ssn_verify',
  industries: ['bank', 'utility', 'telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    cv.greet().giveName();
    cv.C(r.pick(['I want to open a new account.', 'I am trying to start service at my new place.', 'I want to apply for the ']), r.chance(0.3) ? s.keep('product', r.pick(PRODUCTS.bank)) : '', '.');
    cv.A('For the credit check I need your full social security number.');
    cv.give([cv.um()], s.ssn(ssn(r)));
    verifyDob(cv);
    cv.A('And a good email?');
    cv.C(s.email(emailFor(r, cv.cust)));
    const a = address(r);
    cv.A('Service address?');
    cv.C(s.street(a), cv.asr ? ' ' : ', ', s.zip(a));
  },
};

const authorizedUser: Scene = {
  name: 'authorized_user',
  industries: ['bank'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const spouse = person(r);
    cv.greet().giveName();
    cv.C('I want to add my ', r.pick(['wife', 'husband', 'partner', 'son', 'daughter']), ' as an authorized user on the ', s.keep('product', r.pick(PRODUCTS.bank)), '.');
    cv.A('Sure, their full name?');
    cv.C(s.name(spouse), '.');
    cv.A('Date of birth?');
    cv.C(s.dob(birthDate(r)));
    cv.A('And their social?');
    cv.give([cv.um()], s.ssn(ssn(r)));
    cv.A('Done, a card for ', s.name(spouse, 'first'), ' ships in ', s.quantity(r.int(5, 10), 'business days'), '.');
  },
};

const refundPartial: Scene = {
  name: 'refund_partial',
  industries: ['retail', 'airline', 'telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const c = card(r);
    const amt = cents(r, 10, 1500);
    cv.greet();
    cv.C('Hi, I was ', s.keep('issue', r.pick(['double charged', 'charged twice', 'overcharged'])), ' for ', s.amount(amt), ' on ', txDate(cv), '.');
    cv.A('Which card was that on?');
    cv.C(r.pick(['The Visa ending in ', 'My card ending ', 'Last four ']), lastFour(cv, c.digits), '.');
    cv.A('I see both charges of ', s.amount(amt), ', order ', ref(cv, 'order_number', orderNumber(r)), ' at ', time(cv), '. I refunded one, ', s.quantity(r.int(3, 10), 'business days'), '.');
    cv.C('Thanks ', cv.agentName(), '.');
  },
};

const simSwap: Scene = {
  name: 'sim_swap',
  industries: ['telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    cv.greet().giveName();
    cv.C('My phone got stolen and I need a new SIM for my number ', whole(s.phone(usPhone(r))), '.');
    cv.A('Sorry to hear that. The ', s.keep('issue', 'SIM swap'), ' needs verification. What is the billing address?');
    const a = address(r);
    cv.C(s.street(a), cv.asr ? ' ' : ', ', s.city(a), ' ', s.zip(a));
    verifyDob(cv);
    cv.A('Thank you ', s.name(cv.cust, r.chance(0.5) ? 'first' : 'last'), '. The new ', s.keep('product', r.pick(PRODUCTS.telco)), ' SIM ships today; a fee of ', s.amount(r.pick([1000, 2500, 3000])), ' applies.');
  },
};

const lateFee: Scene = {
  name: 'late_fee',
  industries: ['utility', 'telco', 'bank', 'health'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const industry = cv.brand.industry;
    cv.greet().giveName();
    cv.C(r.pick(['My bill is wrong this month, it says ', 'I am calling about a ', 'There is something I do not understand, a ']), s.keep('issue', r.pick(ISSUES[industry])), '.');
    cv.A('Let me look. Can you confirm the phone number on the account?');
    cv.give([cv.um()], s.phone(usPhone(r)));
    cv.A('I see ', s.amount(cents(r, 5, 80)), ' posted ', txDate(cv), ' for the ', s.keep('product', r.pick(PRODUCTS[industry])), '. As a courtesy I will waive it.');
    cv.C(r.pick(['Thank you so much ', 'Thanks ', 'Appreciate it ']), cv.agentName(), '.');
  },
};

const deliveryReschedule: Scene = {
  name: 'delivery_reschedule',
  industries: ['retail', 'utility', 'telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const neighbor = person(r);
    const a = address(r);
    cv.greet().giveName();
    cv.C(r.pick(['I will not be home for the delivery, can we move it?', 'The installer is coming tomorrow and I have to work.', 'Can I change when my order shows up?']));
    cv.A('Sure. Can you confirm the address for the appointment?');
    cv.C(cv.um(), s.street(a), cv.asr ? ' ' : ', ', s.zip(a), '.');
    cv.A('I have a window between ', time(cv), ' and ', time(cv), ' on ', txDate(cv), '. Does that work?');
    cv.C(r.pick(['Yes. If I am not there my neighbor ', 'That works. Leave it with ', 'Okay, and it can go to ']), s.name(neighbor), r.pick([' next door.', ' in the apartment upstairs.', ', she has a key.']));
    cv.A('Noted. The driver will text ', ...(r.chance(0.5) ? [whole(s.phone(phone(r)))] : ['the number on file']), ' about ', s.keep('time', cv.asr ? 'thirty minutes' : '30 minutes'), ' before arrival. That is ', s.quantity(r.int(2, 4), r.pick(['boxes', 'pieces'])), ' for the ', s.keep('product', r.pick(PRODUCTS[cv.brand.industry])), '.');
  },
};

const beneficiaryUpdate: Scene = {
  name: 'beneficiary_update',
  industries: ['insurer', 'bank'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const ben = person(r);
    cv.greet().giveName();
    cv.C(r.pick(['My husband passed and I need to change the beneficiary.', 'I want to add my daughter as beneficiary on the ', 'I need to update who gets the ']), s.keep('product', r.pick(PRODUCTS[cv.brand.industry])), '.');
    verifyDob(cv);
    cv.A('I am sorry for your loss. Who is the new beneficiary, and how are they related to you?');
    cv.C(s.name(ben), r.pick([', my daughter.', ', my son.', ', my sister.', ', my partner.']));
    cv.A('Their date of birth?');
    cv.C(s.dob(birthDate(r)));
    cv.A('And their mailing address, if different from yours?');
    const a = address(r);
    cv.C(r.pick(['She is at ', 'It is ', '']), s.street(a), cv.asr ? ' ' : ', ', s.city(a), ' ', s.zip(a), '.');
    cv.A('Thank you. The change form is case ', ref(cv, 'case_number', caseNumber(r)), '; ', s.name(ben, 'first'), ' does not need to sign anything.');
  },
};

const cardOnFile: Scene = {
  name: 'card_on_file',
  industries: ['airline', 'retail', 'telco'],
  run(cv) {
    const r = cv.rng;
    const s = cv.say;
    const c = card(r, r.chance(0.5) ? 'amex' : undefined);
    const holder = r.chance(0.4) ? person(r) : cv.cust;
    cv.greet().giveName();
    cv.C(r.pick(['My card on file expired and my ', 'I got a new card, can you update it? My ', 'The payment for my ']), s.keep('product', r.pick(PRODUCTS[cv.brand.industry])), r.pick([' is about to lapse.', ' renewal failed.']));
    cv.A('I can update that. The name as it appears on the card?');
    cv.C(s.name(holder), holder === cv.cust ? '.' : r.pick([', it is my wife\'s card.', ', my dad is paying.']));
    cv.A('And the card number?');
    cv.give([cv.um(), c.brand === 'amex' ? r.pick(['It is an Amex, ', 'American Express, ']) : ''], s.card(c));
    cv.A(r.pick(['Expiration and the security code?', 'Expiry, then the code please.']));
    const code = s.cvv(cvv(r, c.brand));
    cv.C(s.expiry(expiry(r)), cv.asr ? ' and the code is ' : r.pick([', CVV ', ' and ', ', code ']), code);
    cv.A('Thank you, the card ending in ', lastFour(cv, c.digits), ' is saved. Your next charge of ', s.amount(cents(r, 9, 300)), ' is on ', txDate(cv), '.');
  },
};

export const SCENES: readonly Scene[] = [
  deliveryReschedule, beneficiaryUpdate, cardOnFile,
  payByCard, fraudDispute, addressChange, emailUpdate, callbackNumber, directDeposit, intlWire, flightChange, insuranceClaim,
  orderMissing, internetIp, medicalBill, ssnVerify, authorizedUser, refundPartial, simSwap, lateFee,
];
