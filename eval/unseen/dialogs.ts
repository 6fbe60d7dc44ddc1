/**
 * Conversation templates for the spoken and chat channels. Each template is one reason to contact a
 * center, with its own moves and several phrasings per move; the channel renderer decides whether a
 * value is said in words, typed, split over turns or corrected mid-way.
 */
import { type Turn, agentSays as A, customerSays as C, kept, spelled } from './pieces.js';
import type { Scene } from './scene.js';

export interface Dialog {
  name: string;
  turns(s: Scene): Turn[];
}

// ---------------------------------------------------------------- shared moves

function greet(s: Scene): Turn {
  const b = s.brand();
  const n = s.agent.givenOnly;
  return s.one(
    A`Thank you for calling ${b}, my name is ${n}. How can I help you today?`,
    A`${b}, this is ${n} speaking, how may I help you?`,
    A`Hi, you've reached ${b}. I'm ${n}, what can I do for you?`,
    A`Good afternoon, ${b} customer care, ${n} speaking.`,
    A`Thanks for holding. This is ${n} with ${b}, who am I speaking with?`,
    A`Hello and welcome to ${b}, you're speaking with ${n}.`,
    A`${b} support, ${n} here. How can I help?`,
  );
}

function identify(s: Scene): Turn[] {
  const c = s.cust;
  return [
    s.one(A`Can I have your full name please?`, A`Who am I speaking with today?`, A`May I get the name on the account?`, A`And your first and last name?`, A`Could you tell me the account holder's name?`),
    s.one(
      C`It's ${c.full}.`,
      C`${c.full}.`,
      C`Yeah, my name is ${c.full}.`,
      C`This is ${c.full}.`,
      C`${c.givenOnly} ${c.familyOnly}, and ${c.familyOnly} is spelled ${spelled(c.familyOnly)}.`,
      C`My name's ${c.givenOnly}, last name ${c.familyOnly}.`,
      C`${c.full}, the account should be under me.`,
      C`Sure, first name ${c.givenOnly}, surname ${spelled(c.familyOnly)}.`,
    ),
    s.one(A`Thank you, ${c.titled}.`, A`Thanks ${c.givenOnly}.`, A`Okay, I have the account up.`, A`Perfect, one moment.`, A`Great, thanks ${c.titled}, let me pull that up.`),
  ];
}

function verifyDob(s: Scene): Turn[] {
  const d = s.dob();
  return [
    s.one(A`Can you verify your date of birth?`, A`For security, what is your date of birth?`, A`And the birthday on the account?`, A`I'll need your DOB to continue.`),
    s.one(C`${d}`, C`Sure, it's ${d}.`, C`I was born ${d}.`, C`Um, ${d}.`, C`It should be ${d}.`, C`Date of birth is ${d}`),
  ];
}

function verifyZip(s: Scene): Turn[] {
  return [
    s.one(A`And the billing zip code?`, A`What's the zip code on file?`, A`Can you confirm your postal code?`),
    s.one(C`${s.home.zip}`, C`It's ${s.home.zip}.`, C`Zip is ${s.home.zip}.`),
  ];
}

function verifyAddress(s: Scene): Turn[] {
  return [
    s.one(A`Can you confirm the address on the account?`, A`What's the service address?`, A`And your mailing address please.`, A`Where do you live, what's the street address?`),
    s.one(C`${s.fullAddress()}`, C`It's ${s.fullAddress()}.`, C`${s.home.street}, ${s.home.city}.`, C`I'm at ${s.home.street}, that's in ${s.home.city}, ${s.home.zip}.`),
  ];
}

function verifyPhone(s: Scene): Turn[] {
  const p = s.phone();
  return [
    s.one(A`What's the best number to reach you?`, A`Can I get a callback number in case we get disconnected?`, A`What phone number is on the account?`),
    s.one(C`${p}`, C`It's ${p}.`, C`You can reach me at ${p}.`, C`My cell is ${p}.`, C`Best number is ${p}, that's my mobile.`),
  ];
}

function verifySsn(s: Scene): Turn[] {
  const n = s.ssn();
  return [
    s.one(A`I'll need your Social Security number to verify.`, A`Can you give me your full social?`, A`For identity verification, your SSN please.`),
    s.one(C`${n}`, C`Okay, it's ${n}.`, C`My social is ${n}.`, C`Sure. ${n}.`),
  ];
}

function close(s: Scene): Turn[] {
  const a = s.agent.givenOnly;
  return [
    s.one(A`Is there anything else I can help you with?`, A`Anything else today?`, A`Was there anything else?`),
    s.one(
      C`No, that's all. Thanks ${a}!`, C`Nope, you've been great, ${a}.`, C`That's it, thank you so much.`, C`No thanks, have a good one.`,
      C`No that's everything, appreciate it ${a}.`, C`No. ${a}, you were really patient with me, thank you.`, C`That's all, bye.`,
      C`Nope. I'll ask for ${a} next time, thanks.`, C`I think that covers it.`, C`No, thank you, bye bye.`,
    ),
    s.one(A`Thank you for calling ${s.brand()}, have a great day.`, A`Take care, bye now.`, A`You're welcome, goodbye.`),
  ];
}

/** Verification moves in a random order and number, as agents do them differently. */
function verify(s: Scene, ...moves: ((s: Scene) => Turn[])[]): Turn[] {
  const order = [...moves].sort(() => s.r.next() - 0.5);
  const n = s.r.int(1, order.length);
  return order.slice(0, n).flatMap((m) => m(s));
}

// ---------------------------------------------------------------- intents

export const DIALOGS: readonly Dialog[] = [
  {
    name: 'lost_card',
    turns(s) {
      const k = s.card();
      const exp = s.expiry();
      return [
        greet(s),
        s.one(C`Hi, I lost my wallet and my card is gone.`, C`I think my card was stolen at ${s.merchant()}.`, C`Yeah I can't find my ${s.cardProduct()} anywhere, I need to cancel it.`),
        ...identify(s),
        s.one(A`Do you have the card number by any chance?`, A`Do you know the number on the card?`),
        s.one(C`Yeah I have a photo of it, it's ${k}.`, C`It's ${k}`, C`I wrote it down, ${k}, expiring ${exp}.`, C`The number is ${k} and it expires ${exp}.`),
        A`Okay, I've blocked that card. A replacement will arrive in five to seven business days.`,
        ...verify(s, verifyAddress, verifyDob),
        ...close(s),
      ];
    },
  },
  {
    name: 'double_charge',
    turns(s) {
      const amt = s.amount();
      const m = s.merchant();
      const k = s.card();
      return [
        greet(s),
        s.one(C`I got charged twice for ${amt} at ${m} on ${s.txDate()}.`, C`There's a ${s.issue()} on my statement, ${m}, ${amt}.`, C`Hi, I see two charges from ${m}, both ${amt}.`),
        ...identify(s),
        s.one(A`Which card was it on?`, A`Can you read me the card number?`),
        s.one(C`The one ending in ${s.last4(k.last4)}.`, C`Full number is ${k}.`, C`It's my debit card, ${k}.`),
        A`I see the two transactions. I'll open a dispute, your case number is ${s.caseNo()}.`,
        ...verifyPhone(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'address_change',
    turns(s) {
      const next = s.address();
      return [
        greet(s),
        s.one(C`I moved and need to update my address.`, C`Hi, we just moved, can you change the mailing address?`),
        ...identify(s),
        A`What's the old address we have?`,
        C`${s.fullAddress()}`,
        A`And the new one?`,
        s.one(C`${s.fullAddress(next)}`, C`New place is ${next.street}, ${next.city}, ${next.state} ${next.zip}.`, C`It's ${next.street}, same city, zip ${next.zip}.`),
        A`Got it, I've updated it. Statements will go to the new address from next month.`,
        ...verify(s, verifyDob, verifyPhone),
        ...close(s),
      ];
    },
  },
  {
    name: 'phone_update',
    turns(s) {
      const old = s.usPhone();
      const fresh = s.phone();
      return [
        greet(s),
        C`I changed my number and I'm not getting the codes anymore.`,
        ...identify(s),
        s.one(A`What's the old number on file?`, A`Can you tell me the previous number?`),
        s.one(C`The old one was ${old}.`, C`${old}`),
        A`And what's the new number?`,
        s.one(C`New one is ${fresh}.`, C`It's ${fresh}, that's my cell.`, C`${fresh}`),
        s.one(A`Let me read that back: ${fresh}. Correct?`, A`I have ${fresh}, is that right?`),
        C`Yes that's correct.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'email_update',
    turns(s) {
      const e = s.email();
      return [
        greet(s),
        s.one(C`I need to change the email on my account.`, C`I'm not getting your emails, I think you have the wrong address.`),
        ...identify(s),
        ...verifyDob(s),
        A`What email would you like to use?`,
        s.one(C`It's ${e}.`, C`${e}`, C`Sure, ${e}, all lower case.`),
        s.one(A`So that's ${e}?`, A`Perfect, I have ${e} now.`),
        C`Yes.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'direct_deposit',
    turns(s) {
      const rt = s.routing();
      const acct = s.account();
      return [
        greet(s),
        s.one(C`My employer needs my direct deposit info.`, C`I want to set up direct deposit for my paycheck.`),
        ...identify(s),
        ...verifySsn(s),
        s.one(A`Okay. The routing number is ${rt} and your checking account number is ${acct}.`, A`Do you have a pen? Routing ${rt}, account ${acct}.`),
        s.one(C`Sorry, can you repeat the account number?`, C`Let me read it back, ${rt} and ${acct}?`),
        s.one(A`Sure, ${acct}.`, A`That's right.`),
        ...close(s),
      ];
    },
  },
  {
    name: 'intl_wire',
    turns(s) {
      const ib = s.iban();
      const amt = s.amount(500, 9000);
      return [
        greet(s),
        s.one(C`I need to send ${amt} to my sister in Europe.`, C`I want to wire ${amt} to a landlord overseas.`),
        ...identify(s),
        A`Who is the beneficiary?`,
        s.one(C`${s.other.full}.`, C`Her name is ${s.other.full}.`, C`It's to ${s.other.full}, ${s.other.familyOnly} is spelled ${spelled(s.other.familyOnly)}.`),
        A`And the IBAN?`,
        s.one(C`It's ${ib}.`, C`${ib}`, C`I have it here, ${ib}.`),
        A`Thank you. The wire fee is ${s.amount(15, 45)} and it should arrive within ${s.qty(['business days', 'working days'])}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'account_unlock',
    turns(s) {
      return [
        greet(s),
        s.one(C`I'm ${kept('issue', 'locked out')} of my online banking.`, C`My account got locked after too many tries.`, C`It says my account is frozen.`),
        ...identify(s),
        ...verifySsn(s),
        ...verifyDob(s),
        A`Thank you, I've unlocked it. You'll get a temporary password by text.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'internet_outage',
    turns(s) {
      const ip = s.ip();
      return [
        greet(s),
        s.one(C`My internet has been down since ${s.time()}.`, C`We have ${kept('issue', s.one('an outage', 'no dial tone', 'slow speeds'))}, nothing is loading.`, C`The ${s.product()} keeps dropping.`),
        ...identify(s),
        ...verifyAddress(s),
        A`Can you open the router page and tell me the WAN IP?`,
        s.one(C`It says ${ip}.`, C`Um, ${ip}`, C`The IP is ${ip}.`),
        A`Thanks. I'm sending a reset signal now. Your ticket is ${s.caseNo()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'card_payment',
    turns(s) {
      const k = s.card();
      const amt = s.amount(40, 1500);
      return [
        greet(s),
        s.one(C`I want to pay my bill, ${amt}.`, C`I'd like to make a payment over the phone.`),
        ...identify(s),
        A`What card would you like to use?`,
        C`${k}`,
        A`Expiration date?`,
        C`${s.expiry()}`,
        s.one(A`And the security code on the back?`, A`And the three digit code?`, A`CVV please.`),
        s.one(C`${s.cvv(k.amex)}`, C`It's ${s.cvv(k.amex)}.`),
        ...verifyZip(s),
        A`Your payment of ${amt} went through. Confirmation ${s.caseNo()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'order_refund',
    turns(s) {
      const o = s.order();
      return [
        greet(s),
        s.one(C`I returned ${s.qty()} and never got my ${kept('issue', 'refund')}.`, C`I'm calling about order ${o}, I want a refund.`),
        ...identify(s),
        A`What's the email on the order?`,
        s.one(C`${s.email()}`, C`It's ${s.email()}.`),
        A`I see order ${o} for ${s.amount()}. The refund was issued on ${s.txDate()}, it takes a few days.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'appointment',
    turns(s) {
      return [
        greet(s),
        s.one(C`I need to book a technician visit.`, C`Can I reschedule my installation?`),
        ...identify(s),
        ...verifyAddress(s),
        A`I have ${s.txDate()} at ${s.time()}, does that work?`,
        C`Yes that's fine.`,
        ...verifyPhone(s),
        A`The tech will call you thirty minutes before.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'insurance_claim',
    turns(s) {
      return [
        greet(s),
        s.one(C`I need to file a claim, a tree fell on my garage.`, C`Someone hit my car in the parking lot at ${s.merchant()}.`),
        ...identify(s),
        ...verifyDob(s),
        A`What's the address where it happened?`,
        C`At home, ${s.fullAddress()}.`,
        A`Was anyone else involved?`,
        s.one(C`The other driver was ${s.other.full}, her number is ${s.phone()}.`, C`No, just me.`, C`My neighbour ${s.other.givenOnly} saw it.`),
        A`I've opened claim ${s.caseNo()} on your ${s.product()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'cancel_subscription',
    turns(s) {
      return [
        greet(s),
        s.one(C`I want to cancel my ${s.product()}.`, C`Please cancel the ${s.product()}, it's too expensive.`),
        ...identify(s),
        A`Can you confirm the email on the account?`,
        C`${s.email()}`,
        A`I can offer ${s.amount(5, 30)} off for ${s.qty(['months', 'billing cycles'])} if you stay.`,
        s.one(C`No thanks, just cancel it.`, C`Hmm okay, I'll take that.`),
        ...close(s),
      ];
    },
  },
  {
    name: 'fraud_alert',
    turns(s) {
      const k = s.card();
      return [
        A`Hello, this is ${s.agent.givenOnly} from the ${s.brand()} fraud team. Am I speaking with ${s.cust.full}?`,
        s.one(C`Yes, speaking.`, C`Yeah that's me.`),
        A`We saw a charge of ${s.amount()} at ${s.merchant()} on ${s.txDate()}. Did you make it?`,
        s.one(C`No, that wasn't me!`, C`Yes, that was me.`),
        ...verify(s, verifyDob, verifyZip),
        A`To confirm the card, can you read me the number?`,
        C`${k}`,
        A`Thank you. I'll flag that as ${kept('issue', 'fraud')} and send a new card.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'missing_delivery',
    turns(s) {
      const o = s.order();
      return [
        greet(s),
        C`My package says delivered but it's not here. Order ${o}.`,
        ...identify(s),
        A`Which address should it have gone to?`,
        s.one(C`${s.fullAddress()}`, C`${s.home.street}, unit by the back door.`),
        ...verifyPhone(s),
        A`I'll reship ${s.qty()} at no cost.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'close_account',
    turns(s) {
      const acct = s.account();
      return [
        greet(s),
        C`I want to close my savings account and move the money.`,
        ...identify(s),
        A`Which account are we closing?`,
        s.one(C`Account number ${acct}.`, C`It's ${acct}.`, C`The one ending ${s.last4(acct.value.slice(-4))}.`),
        A`Where should the balance go?`,
        C`To my other bank, routing ${s.routing()}, account ${s.account()}.`,
        ...verifySsn(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'callback_request',
    turns(s) {
      const p = s.phone();
      return [
        greet(s),
        C`Can someone from billing call me back? I'm at work.`,
        ...identify(s),
        A`Sure, what number?`,
        s.one(C`${p}, after ${s.time()}.`, C`Call me on ${p}.`, C`${p}`),
        s.one(A`So ${p} after ${s.time()}, got it.`, A`Okay, a callback is scheduled.`),
        ...close(s),
      ];
    },
  },
  {
    name: 'authorized_user',
    turns(s) {
      const o = s.other;
      return [
        greet(s),
        s.one(C`I want to add my husband to my card.`, C`Can I add my daughter as an authorized user?`),
        ...identify(s),
        A`What's their full name?`,
        s.one(C`${o.full}.`, C`${o.givenOnly}, same last name.`, C`${o.full}, that's ${spelled(o.givenOnly)}.`),
        A`And their date of birth?`,
        s.one(C`${s.dob()}`, C`${o.givenOnly} was born ${s.dob()}.`),
        A`I'll also need their Social Security number.`,
        C`${s.ssn()}`,
        ...close(s),
      ];
    },
  },
  {
    name: 'tax_form',
    turns(s) {
      return [
        greet(s),
        C`I never got my tax form for last year.`,
        ...identify(s),
        ...verifySsn(s),
        A`I can email it. Which address?`,
        s.one(C`${s.email()}`, C`Send it to ${s.email()}.`),
        A`Done. It should arrive by ${s.time()} today.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'password_reset',
    turns(s) {
      return [
        greet(s),
        C`I can't log in, the reset link never comes.`,
        ...identify(s),
        A`What email do you use to sign in?`,
        C`${s.email()}`,
        s.one(A`I see a login attempt from ${s.ip()} on ${s.txDate()}. Was that you?`, A`There was a sign-in from ${s.ip()} at ${s.time()}, was that you?`),
        s.one(C`Yes, that's my home wifi.`, C`No, I don't recognise that.`),
        ...verifyPhone(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'mortgage_payment',
    turns(s) {
      return [
        greet(s),
        C`I want to pay my mortgage from my checking account.`,
        ...identify(s),
        A`Routing number of your bank?`,
        C`${s.routing()}`,
        A`And the account number?`,
        C`${s.account()}`,
        A`Payment of ${s.amount(800, 3500)} is scheduled for ${s.txDate()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'travel_notice',
    turns(s) {
      const k = s.card();
      return [
        greet(s),
        C`I'm travelling to Portugal and Spain next month.`,
        ...identify(s),
        A`Which card will you use?`,
        s.one(C`The one ending in ${s.last4(k.last4)}.`, C`${k}`),
        A`Is there a number where we can reach you abroad?`,
        C`${s.intlPhone()}`,
        A`I've added the travel notice.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'medical_bill',
    turns(s) {
      return [
        greet(s),
        C`I got a bill for ${s.amount(100, 4000)} and my insurance should have covered it.`,
        A`I can help. Patient's name?`,
        s.one(C`${s.cust.full}.`, C`It's for my son, ${s.other.full}.`),
        ...verifyDob(s),
        A`I see the claim from ${s.txDate()}. I'll resubmit it, reference ${s.caseNo()}.`,
        ...verifyAddress(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'start_service',
    turns(s) {
      return [
        greet(s),
        C`I'm moving and need to start electric service.`,
        ...identify(s),
        A`Service address?`,
        C`${s.fullAddress()}`,
        A`For the credit check I need your social.`,
        C`${s.ssn()}`,
        ...verifyDob(s),
        ...verifyPhone(s),
        A`Service will start on ${s.txDate()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'hotel_booking',
    turns(s) {
      const k = s.card();
      return [
        greet(s),
        C`I need to change my reservation at the ${s.merchant()} downtown.`,
        ...identify(s),
        A`What email was the booking made with?`,
        C`${s.email()}`,
        A`I can move it to ${s.txDate()}. Same card on file?`,
        s.one(C`No, use ${k}, expiry ${s.expiry()}.`, C`Yes the same one.`),
        ...close(s),
      ];
    },
  },
  {
    name: 'loan_status',
    turns(s) {
      return [
        greet(s),
        C`I applied for a loan two weeks ago and haven't heard anything.`,
        ...identify(s),
        ...verifySsn(s),
        A`Your application is in review. We need a pay stub sent to underwriting.`,
        ...verifyPhone(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'fee_reversal',
    turns(s) {
      return [
        greet(s),
        C`I got a ${kept('issue', s.one('late fee', 'overdraft fee', 'returned payment fee'))} of ${s.amount(25, 40)} and I want it reversed.`,
        ...identify(s),
        ...verify(s, verifyDob, verifyZip, verifyAddress),
        A`As a courtesy I've reversed it. It was from ${s.txDate()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'name_correction',
    turns(s) {
      const c = s.cust;
      return [
        greet(s),
        C`My name is misspelled on the account.`,
        A`I'm sorry about that. How should it read?`,
        s.one(C`${c.givenOnly}, ${spelled(c.givenOnly)}, and the last name ${spelled(c.familyOnly)}.`, C`It should be ${c.full}. ${spelled(c.familyOnly)}.`),
        s.one(A`Thanks ${c.titled}, I've fixed it.`, A`Got it, ${c.full}.`),
        ...verifyDob(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'gift_card',
    turns(s) {
      return [
        greet(s),
        C`I have a gift card from ${s.merchant()} and want the balance.`,
        A`Sure, read me the code on the back.`,
        C`${s.order()}`,
        A`The balance is ${s.amount(5, 200)}.`,
        C`Can you email the receipt?`,
        A`Of course, what email?`,
        C`${s.email()}`,
        ...close(s),
      ];
    },
  },
  {
    name: 'agent_transfer',
    turns(s) {
      const colleague = s.other;
      return [
        greet(s),
        C`I was talking to ${colleague.givenOnly} earlier and got cut off.`,
        A`Sorry about that. Do you have the case number?`,
        C`${s.caseNo()}`,
        A`I see ${colleague.givenOnly}'s notes about the ${s.issue()}. Let me confirm your details.`,
        ...identify(s),
        ...verifyPhone(s),
        A`I'll transfer you to ${colleague.full} in billing.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'small_talk_verify',
    turns(s) {
      return [
        greet(s),
        C`Hi, I just have a quick question about my bill for ${s.txDate()}.`,
        A`Sure. Before we start, can I get your name and date of birth?`,
        s.one(C`${s.cust.full}, ${s.dob()}.`, C`Sure, ${s.cust.full}, born ${s.dob()}.`, C`It's ${s.cust.givenOnly} ${s.cust.familyOnly}, and ${s.dob()}.`),
        A`Thank you. What's the question?`,
        C`Why did my bill go up to ${s.amount(60, 250)}?`,
        A`The promo on your ${s.product()} ended. I can add a new one for ${s.qty(['months'])}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'warranty_claim',
    turns(s) {
      const o = s.order();
      return [
        greet(s),
        s.one(C`My ${s.product()} stopped working after a month.`, C`I want to use the warranty on my ${s.product()}.`),
        ...identify(s),
        A`Do you have the order number?`,
        s.one(C`Yes, ${o}.`, C`It's ${o}, bought on ${s.txDate()}.`),
        A`I'll send a prepaid label. Where should it go?`,
        s.one(C`${s.fullAddress()}`, C`Same address, ${s.home.street}.`),
        ...verifyPhone(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'pharmacy_refill',
    turns(s) {
      return [
        greet(s),
        C`I'm calling to refill a prescription for my mother.`,
        A`What's the patient's name?`,
        s.one(C`${s.other.full}.`, C`${s.other.givenOnly} ${s.other.familyOnly}, ${spelled(s.other.familyOnly)}.`),
        A`And her date of birth?`,
        s.one(C`${s.dob()}`, C`She was born ${s.dob()}.`),
        A`Which pharmacy, the one on ${s.home.street}?`,
        s.one(C`Yes that one. You can text me at ${s.phone()} when it's ready.`, C`No, mail it to ${s.fullAddress()}.`),
        A`It will be ready after ${s.time()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'flight_change',
    turns(s) {
      return [
        greet(s),
        C`I need to move my flight, I have a family emergency.`,
        A`I'm sorry to hear that. Can I have the passenger's name as on the passport?`,
        s.one(C`${s.cust.full}.`, C`It's ${s.cust.familyOnly}, ${s.cust.givenOnly}. ${spelled(s.cust.familyOnly)}.`),
        A`And the email on the booking?`,
        C`${s.email()}`,
        A`I can put you on the ${s.time()} flight on ${s.txDate()}, the change fee is ${s.amount(50, 300)}.`,
        C`Okay. Can you also add my cell for delays? It's ${s.intlPhone()}.`,
        A`Done. Same card ending ${s.last4(s.r.digits(4))}?`,
        C`Yes.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'beneficiary_update',
    turns(s) {
      const o = s.other;
      return [
        greet(s),
        C`I want to change the beneficiary on my life policy.`,
        ...identify(s),
        ...verifySsn(s),
        A`Who is the new beneficiary?`,
        s.one(C`My wife, ${o.full}.`, C`My son ${o.givenOnly}, he's ${o.full} on paper.`),
        A`Their date of birth and social please.`,
        s.one(C`${s.dob()}, and ${s.ssn()}.`, C`Born ${s.dob()}. Social is ${s.ssn()}.`),
        A`And their address if different from yours?`,
        s.one(C`Same as mine.`, C`${s.fullAddress(s.address())}`),
        ...close(s),
      ];
    },
  },
  {
    name: 'chargeback_followup',
    turns(s) {
      const k = s.card();
      return [
        greet(s),
        C`I opened a dispute a month ago and haven't heard back. Case ${s.caseNo()}.`,
        ...identify(s),
        A`Can you confirm the card on the dispute?`,
        s.one(C`${k}`, C`Ending in ${s.last4(k.last4)}.`),
        A`The ${s.merchant()} charge of ${s.amount()} was credited on ${s.txDate()}.`,
        s.one(C`Oh great, thanks.`, C`I never saw it, can you email me proof?`),
        A`Sure, to which address?`,
        C`${s.email()}`,
        ...close(s),
      ];
    },
  },
  {
    name: 'port_protection',
    turns(s) {
      const p = s.usPhone();
      return [
        greet(s),
        C`Someone tried to move my number to another carrier!`,
        A`Let's lock it down. Which number is it?`,
        s.one(C`${p}`, C`It's ${p}, it's my main line.`),
        ...identify(s),
        ...verifyDob(s),
        A`I see the request came from ${s.ip()}. I've added port-out protection.`,
        s.one(C`Can you send confirmation to ${s.email()}?`, C`Thank you so much.`),
        ...close(s),
      ];
    },
  },
  {
    name: 'wrong_recipient',
    turns(s) {
      return [
        greet(s),
        C`I sent ${s.amount(100, 2000)} to the wrong account by mistake.`,
        ...identify(s),
        A`What account did it go to?`,
        s.one(C`Routing ${s.routing()}, account ${s.account()}. It should have been ${s.account()}.`, C`Account ${s.account()} at routing number ${s.routing()}.`),
        A`And who was the intended recipient?`,
        C`My landlord, ${s.other.full}.`,
        A`I've opened a recall, reference ${s.caseNo()}.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'loan_payoff',
    turns(s) {
      return [
        greet(s),
        C`I'd like a payoff quote for my car loan.`,
        ...identify(s),
        ...verify(s, verifyAddress, verifyDob, verifySsn),
        A`Your payoff as of ${s.txDate()} is ${s.amount(1500, 9000)}. Should I email the letter?`,
        s.one(C`Yes, ${s.email()}.`, C`Mail it please.`),
        A`Once paid, the title goes to the address on file.`,
        ...close(s),
      ];
    },
  },
  {
    name: 'third_party_caller',
    turns(s) {
      const o = s.other;
      return [
        greet(s),
        C`I'm calling for my father, he's hard of hearing. He's right here.`,
        A`I'll need him to give permission. What's his name?`,
        s.one(C`${o.full}.`, C`${o.titled}, first name ${o.givenOnly}.`),
        A`Mr. or Ms. on the line, may I speak with you?`,
        C`Yes, this is ${o.givenOnly}, my daughter ${s.cust.givenOnly} can talk for me.`,
        A`Thank you. And your name, ma'am?`,
        C`${s.cust.full}.`,
        ...verifyDob(s),
        ...verifyAddress(s),
        ...close(s),
      ];
    },
  },
  {
    name: 'billing_plan_change',
    turns(s) {
      return [
        greet(s),
        C`My bill is ${s.amount(80, 400)} this month, I want a cheaper plan.`,
        ...identify(s),
        ...verifyZip(s),
        A`I can move you to the ${s.product()} for ${s.amount(20, 70)} a month.`,
        s.one(C`Okay, and add ${s.qty(['lines', 'devices'])}.`, C`Sounds good.`),
        A`Confirmation goes to the email on file, ${s.email()}, right?`,
        s.one(C`Yes.`, C`No, use ${s.email()} instead.`),
        ...close(s),
      ];
    },
  },
];
