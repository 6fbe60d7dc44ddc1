/**
 * Call scenes: each is a sequence of moves around an issue, with the must-survive strings that issue
 * brings (amounts, merchants that look like names, transaction dates, order and case numbers).
 */
import { ent, f, type Piece } from './model.js';
import {
  A, C, E, O, agentName, closing, formal, giveName, greet, outboundGreet, person, takeBank, takeCard, takeCvv, takeEmail, takeExpiry, takeIban, takeIp, takePhone,
  takeSsn, um, verifyAddress, verifyDob, verifyZip, type Turn,
} from './moves.js';
import { BANKS, MERCHANTS } from './pools.js';
import { amount, brand, caseNumber, keep, merchant, orderNumber, product, quantity, randomCents, sayDob, timeOfDay, trackingNumber, txDate, type Ctx } from './say.js';
import { numberWords, WEEKDAYS } from './speech.js';

export interface Scene {
  name: string;
  build(ctx: Ctx): Turn[];
}

const pickMerchant = (ctx: Ctx): Piece => merchant(ctx, ctx.rng.pick(MERCHANTS));

/** Verification in a random order and extent. */
function verify(ctx: Ctx, ...steps: ((c: Ctx) => Turn[])[]): Turn[] {
  const chosen = steps.filter((_, i) => i === 0 || ctx.rng.chance(0.7));
  return chosen.flatMap((s) => s(ctx));
}

const open = (ctx: Ctx): Turn[] => [...greet(ctx), ...giveName(ctx)];

function say(ctx: Ctx, who: 'A' | 'C', options: string[], slots: Record<string, Piece | Piece[]> = {}): Turn {
  const p = f(ctx.rng.pick(options), slots);
  return who === 'A' ? A(p) : C(p);
}

export const SCENES: Scene[] = [
  {
    name: 'lost-card-replacement',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ["I lost my {product} somewhere, I think at {m} on {d}.", 'i cant find my card the last time i used it was at {m} {d}', 'My wallet was stolen {d}, the card was in it.'], { product: product(ctx), m: pickMerchant(ctx), d: txDate(ctx) }),
      ...verify(ctx, verifyDob, verifyZip),
      say(ctx, 'A', ['I see a charge at {m} for {amt} on {d}, was that you?', 'The last two transactions are {amt} at {m} and {amt2} at {m2}. Do you recognize those?'], { m: pickMerchant(ctx), amt: amount(ctx, randomCents(ctx.rng, 20000)), d: txDate(ctx), amt2: amount(ctx, randomCents(ctx.rng, 9000)), m2: pickMerchant(ctx) }),
      C(ctx.rng.pick(['yeah that was me', 'no I did not make that one', 'the first one yes the second one no'])),
      A(f('I have blocked the card and a new one will arrive in {q}. Your case number is {cs}.', { q: quantity(ctx, 'business days', ctx.rng.int(5, 10)), cs: caseNumber(ctx) })),
      ...verifyAddress(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'one-time-payment-card',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ["I'd like to make a payment on my account.", 'i want to pay my bill', 'Calling to pay the {amt} that is past due.'], { amt: amount(ctx, randomCents(ctx.rng)) }),
      ...verify(ctx, verifyDob, verifyZip),
      say(ctx, 'A', ['Your balance is {amt}, due on {d}. How much would you like to pay?', 'I show a statement balance of {amt} and a minimum payment of {amt2}.'], { amt: amount(ctx, randomCents(ctx.rng, 150000)), amt2: amount(ctx, randomCents(ctx.rng, 8000)), d: txDate(ctx) }),
      say(ctx, 'C', ['Let us do the full amount.', 'just the minimum today', 'can I do {amt}'], { amt: amount(ctx, randomCents(ctx.rng, 30000)) }),
      ...takeCard(ctx), ...takeExpiry(ctx), ...takeCvv(ctx),
      A(f(ctx.rng.pick(['That payment went through, confirmation number {cs}. It will post in {q}.', 'Okay you are all set, your confirmation is {cs}.']), { cs: caseNumber(ctx), q: quantity(ctx, 'business days', ctx.rng.int(1, 3)) })),
      ...closing(ctx),
    ],
  },
  {
    name: 'dispute-name-like-merchant',
    build: (ctx) => {
      const m = ctx.rng.pick(['Edward Jones', 'Jackson Hewitt', 'Michael Kors', 'Kate Spade', 'Ralph Lauren', 'Tory Burch', 'Calvin Klein', 'Charles Schwab', 'Jenny Craig', "Marie Callender's", 'Harry & David']);
      return [
        ...open(ctx),
        say(ctx, 'C', ["There's a charge from {m} for {amt} on {d} and I never shopped there.", 'i see {m} on my statement {amt} i did not authorize that', 'Who is {m}? They charged me {amt} on {d}.'], { m: merchant(ctx, m), amt: amount(ctx, randomCents(ctx.rng, 60000)), d: txDate(ctx) }),
        ...verify(ctx, verifyDob, verifyZip, takePhone),
        say(ctx, 'A', ['I can see {m} posted on {d} at {t}. I will open a dispute, the reference is {cs}.', 'Okay so the {m} transaction, {amt}. I am filing that dispute now, case {cs}.'], { m: merchant(ctx, m), d: txDate(ctx), t: timeOfDay(ctx), amt: amount(ctx, randomCents(ctx.rng, 60000)), cs: caseNumber(ctx) }),
        say(ctx, 'A', ['You will get a provisional credit within {q}.', 'Expect a letter in {q}.'], { q: quantity(ctx, 'days', ctx.rng.pick([5, 7, 10, 30])) }),
        ...closing(ctx),
      ];
    },
  },
  {
    name: 'address-change',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I moved and need to update my address.', 'hi i need to change my mailing address', 'We just bought a house so new address.'])),
      ...verify(ctx, verifyDob, takePhone),
      ...verifyAddress(ctx, true),
      say(ctx, 'A', ['Updated. Your next statement on {d} will go to the new address.', 'Done, it can take {q} to update everywhere.'], { d: txDate(ctx), q: quantity(ctx, 'billing cycles', ctx.rng.int(1, 2)) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'email-update-spelled',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ["I'm not getting my e-bills anymore.", 'i need to update my email', 'I never got the receipt for order {o}'], { o: orderNumber(ctx) }),
      ...verify(ctx, verifyDob, verifyZip),
      ...takeEmail(ctx),
      say(ctx, 'A', ['I just sent a test message to that address at {t}.', 'You should see an email from {b} within {q}.'], { t: timeOfDay(ctx), b: brand(ctx), q: quantity(ctx, 'minutes', ctx.rng.pick([5, 10, 15])) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'phone-update-split',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I got a new number.', 'i need to put a new phone number on the account', 'Can you update my cell?'])),
      ...verify(ctx, verifyDob),
      ...takePhone(ctx),
      say(ctx, 'A', ['And should I keep the old number ending in {last} as a secondary?', 'Text alerts will go to the new number starting today.'], { last: numberWords(ctx.rng.int(10, 99)) }),
      C(ctx.rng.pick(['no take it off', 'sure keep it', 'yes please'])),
      ...closing(ctx),
    ],
  },
  {
    name: 'direct-deposit-setup',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I want to set up autopay from my {bank} checking.', 'i want my payments to come out of my {bank} account automatically', 'Can I pay from my bank account instead of the card?'], { bank: keep(ctx, 'merchant', ctx.rng.pick(BANKS)) }),
      ...verify(ctx, verifyDob, verifyZip),
      ...takeBank(ctx),
      say(ctx, 'A', ['Autopay will draft {amt} on the {day} of each month starting {d}.', 'All set. The first draft is {d}.'], { amt: amount(ctx, randomCents(ctx.rng, 30000)), day: keep(ctx, 'transaction_date', ctx.rng.pick(['fifteenth', 'first', '1st', '28th'])), d: txDate(ctx) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'international-wire',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I need to wire {amt} to my daughter {other} in Europe.', 'i have to send money overseas to {other}', 'Wire transfer to {otherFull}, she is studying abroad.'], { amt: amount(ctx, randomCents(ctx.rng, 500000)), other: person(ctx, ctx.cast.other.first), otherFull: person(ctx, ctx.cast.other.full) }),
      ...verify(ctx, verifyDob, takeSsn),
      ...takeIban(ctx),
      say(ctx, 'A', ['And the beneficiary name exactly as on the account?', 'Name of the account holder?']),
      C(person(ctx, ctx.cast.other.full)),
      say(ctx, 'A', ['The wire fee is {fee} and it should arrive in {q}. Reference {cs}.', 'Sent. Fee of {fee}, reference number {cs}.'], { fee: amount(ctx, ctx.rng.pick([2500, 3500, 4500])), q: quantity(ctx, 'business days', ctx.rng.int(1, 3)), cs: caseNumber(ctx) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'internet-outage-ip',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['My internet has been dropping since {d}.', 'the wifi keeps going out every night around {t}', 'Our {product} shows a red light.'], { d: txDate(ctx), t: timeOfDay(ctx), product: product(ctx) }),
      ...verify(ctx, verifyAddress, takePhone),
      ...takeIp(ctx),
      say(ctx, 'A', ['I see {q} on your line. I will send a refresh signal.', 'There is a known {issue} in your area, ticket {cs}, estimated fix by {t}.'], { q: quantity(ctx, 'errors', ctx.rng.int(12, 400)), issue: keep(ctx, 'issue', 'outage'), cs: caseNumber(ctx), t: timeOfDay(ctx) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'identity-ssn-verification',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I got a letter saying I need to verify my identity.', 'my account is locked', 'I was told to call to reactivate my account.'])),
      ...takeSsn(ctx),
      ...verifyDob(ctx),
      say(ctx, 'A', ['Thank you, the lock is removed as of {t} today.', 'You are verified. The hold placed on {d} is lifted.'], { t: timeOfDay(ctx), d: txDate(ctx) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'callback-scheduling',
    build: (ctx) => {
      const day = ctx.rng.pick(WEEKDAYS);
      return [
        ...open(ctx),
        C('Can someone call me back? I am at work right now.'),
        ...takePhone(ctx),
        say(ctx, 'A', ['Sure, what time works best?', 'When is a good time?']),
        say(ctx, 'C', ['{day} between {t} and {t2}', 'after {t} any day', 'anytime {day}'], { day: keep(ctx, 'time', day), t: timeOfDay(ctx), t2: timeOfDay(ctx) }),
        say(ctx, 'A', ['I have you down for {day}. You will get a call from {n}, she is on our escalations team.', 'Okay, {n} will call you {day}.'], { day: keep(ctx, 'time', day), n: person(ctx, ctx.rng.pick(['Shawna', 'Gloria', 'Renee'])) }),
        ...closing(ctx),
      ];
    },
  },
  {
    name: 'order-status-spoken-order-number',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I ordered a {p} on {d} and it still has not come. Order number {o}.', 'my order {o} never showed up', 'Checking on order number {o}, the {p}.'], { p: product(ctx), d: txDate(ctx), o: orderNumber(ctx) }),
      ...verify(ctx, verifyZip, takeEmail),
      say(ctx, 'A', ['It shipped on {d}, tracking number {tr}, it is showing {q} in the package.', 'That order was split, {q} shipped, the rest is backordered until {d}.'], { d: txDate(ctx), tr: trackingNumber(ctx), q: quantity(ctx, 'items', ctx.rng.int(1, 4)) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'plan-change-percentages',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['My bill went up to {amt}, can I switch to a cheaper plan?', 'i want to downgrade from the {p}'], { amt: amount(ctx, randomCents(ctx.rng, 30000)), p: product(ctx) }),
      ...verify(ctx, verifyDob, takePhone),
      say(ctx, 'A', ['The {p} is {amt} a month with a {pct} loyalty discount for {q}.', 'I can move you to {p} at {amt}, that is {pct} off.'], { p: product(ctx), amt: amount(ctx, randomCents(ctx.rng, 12000)), pct: keep(ctx, 'amount', ctx.rng.pick(['twenty percent', '15%', 'ten percent', '25 percent'])), q: quantity(ctx, 'months', ctx.rng.pick([6, 12, 24])) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'fraud-alert-outbound',
    build: (ctx) => [
      ...outboundGreet(ctx),
      ...verify(ctx, verifyDob, verifyZip),
      say(ctx, 'A', ['We flagged {amt} at {m} on {d} at {t}, and {amt2} at {m2}. Did you make these?', 'Did you attempt a purchase at {m} for {amt} on {d}?'], { amt: amount(ctx, randomCents(ctx.rng, 90000)), m: pickMerchant(ctx), d: txDate(ctx), t: timeOfDay(ctx), amt2: amount(ctx, randomCents(ctx.rng, 5000)), m2: pickMerchant(ctx) }),
      C(ctx.rng.pick(['no that was not me', 'oh yes that was my son', 'I have never even been to one of those'])),
      A(f('I have closed the card ending in {l}. Case {cs}.', { l: ctx.cast.card.number.slice(-4), cs: caseNumber(ctx) })),
      ...closing(ctx),
    ],
  },
  {
    name: 'new-account-full-intake',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I would like to open a new account.', 'i want to sign up for service at my new place', 'Opening a new account please.'])),
      ...takeSsn(ctx), ...verifyDob(ctx), ...verifyAddress(ctx, true), ...takePhone(ctx), ...takeEmail(ctx),
      say(ctx, 'A', ['You are approved. There is a {amt} deposit and service starts {d}.', 'Your account is open, welcome to {b}.'], { amt: amount(ctx, randomCents(ctx.rng, 25000)), d: txDate(ctx), b: brand(ctx) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'autopay-failed',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['My autopay did not go through on {d} and now there is a {fee} late fee.', 'why did i get charged a late fee of {fee}'], { d: txDate(ctx), fee: amount(ctx, ctx.rng.pick([2500, 2900, 3900, 1500])) }),
      ...verify(ctx, verifyDob, verifyZip),
      A('It looks like the bank returned it. Can we update the account?'),
      ...takeBank(ctx),
      say(ctx, 'A', ['I have waived the {fee} fee as a one time courtesy.', 'The {issue} is reversed.'], { fee: amount(ctx, ctx.rng.pick([2500, 2900, 3900])), issue: keep(ctx, 'issue', 'late fee') }),
      ...closing(ctx),
    ],
  },
  {
    name: 'insurance-claim',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I need to file a claim, someone hit my car on {d} around {t}.', 'There was water damage in my basement on {d}.'], { d: txDate(ctx), t: timeOfDay(ctx) }),
      ...verify(ctx, verifyDob, verifyAddress),
      say(ctx, 'A', ['Under your {p} the deductible is {amt}. Claim number {cs}.', 'Okay I have opened claim {cs}. An adjuster named {adj} will call within {q}.'], { p: product(ctx), amt: amount(ctx, ctx.rng.pick([50000, 100000, 25000])), cs: caseNumber(ctx), adj: person(ctx, ctx.cast.other.full), q: quantity(ctx, 'hours', ctx.rng.pick([24, 48, 72])) }),
      ...takePhone(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'pharmacy-refill',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I need a refill on my {p}.', 'calling to refill the {p} for my mother {otherFull}', 'Is my {p} ready for pickup?'], { p: product(ctx), otherFull: person(ctx, ctx.cast.other.full) }),
      ...verifyDob(ctx),
      say(ctx, 'A', ['I see {q} left on that prescription, it will be ready {day} after {t}.', 'That is a {q} supply, your copay is {amt}.'], { q: quantity(ctx, 'refills', ctx.rng.int(1, 5)), day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)), t: timeOfDay(ctx), amt: amount(ctx, randomCents(ctx.rng, 6000)) }),
      ...takePhone(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'travel-booking-guests',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I want to book two seats on {d}, for me and {other}.', 'i need to change my flight on {d} and add my partner {otherFull}'], { d: txDate(ctx), other: person(ctx, ctx.cast.other.first), otherFull: person(ctx, ctx.cast.other.full) }),
      ...verifyDob(ctx),
      say(ctx, 'A', ['The {p} fare is {amt} per person, departing at {t}.', 'Change fee is {amt}. Flight {f} leaves at {t}.'], { p: product(ctx), amt: amount(ctx, randomCents(ctx.rng, 80000)), t: timeOfDay(ctx), f: keep(ctx, 'order_number', `${ctx.rng.pick(['TA', 'flight '])}${ctx.rng.int(100, 2999)}`) }),
      ...takeCard(ctx), ...takeExpiry(ctx), ...takeCvv(ctx),
      A(f('Your confirmation code is {cs}.', { cs: keep(ctx, 'case_number', ctx.rng.pick(['QX7T2M', 'HBR44K', 'ZL9P0A', 'MWD3VX'])) })),
      ...closing(ctx),
    ],
  },
  {
    name: 'utility-start-service',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I need to start electric service on {d}.', 'i am moving in on {d} and need the power turned on'], { d: txDate(ctx) }),
      ...verifyAddress(ctx, true),
      ...takeSsn(ctx),
      say(ctx, 'A', ['There is a {amt} connection fee on the first bill, and the {p} is available.', 'Service will be on by {t} on {d}.'], { amt: amount(ctx, randomCents(ctx.rng, 8000)), p: product(ctx), t: timeOfDay(ctx), d: txDate(ctx) }),
      ...takeEmail(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'warranty-model-number',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['My {p} stopped working, the model number is {model}.', 'the {p} I bought on {d} is broken, model {model}'], { p: product(ctx), model: keep(ctx, 'product', `${ctx.rng.pick(['WX', 'KSM', 'RV', 'NB'])}-${ctx.rng.int(100, 9999)}`), d: txDate(ctx) }),
      ...verify(ctx, takeEmail, takePhone),
      say(ctx, 'A', ['It is under warranty until {d}. I will ship a replacement, order {o}.', 'Warranty covers it. RMA number {cs}, ship it back within {q}.'], { d: txDate(ctx), o: orderNumber(ctx), cs: caseNumber(ctx), q: quantity(ctx, 'days', 30) }),
      ...verifyAddress(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'collections-promise-to-pay',
    build: (ctx) => [
      ...outboundGreet(ctx),
      A(f('This is an attempt to collect a debt. Your account is {q} past due with a balance of {amt}.', { q: quantity(ctx, 'days', ctx.rng.pick([30, 60, 90])), amt: amount(ctx, randomCents(ctx.rng, 250000)) })),
      ...verifyDob(ctx),
      say(ctx, 'C', ['I can pay {amt} on {d} when I get paid.', 'i get paid {day} can i do it then'], { amt: amount(ctx, randomCents(ctx.rng, 50000)), d: txDate(ctx), day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)) }),
      ...takeCard(ctx), ...takeExpiry(ctx),
      A(f('I have scheduled it. Reference {cs}.', { cs: caseNumber(ctx) })),
      ...closing(ctx),
    ],
  },
  {
    name: 'password-reset-ip',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I am locked out of online banking.', 'it says too many attempts', 'I cannot log in to the app.'])),
      ...verify(ctx, verifyDob, takeEmail, verifyZip),
      A('I see failed logins from an unfamiliar address. What IP are you on?'),
      ...takeIp(ctx),
      say(ctx, 'A', ['I sent a reset link, it expires in {q}.', 'The reset code is valid for {q}.'], { q: quantity(ctx, 'minutes', ctx.rng.pick([10, 15, 30])) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'third-party-spouse',
    build: (ctx) => {
      const o = ctx.cast.other;
      return [
        ...greet(ctx),
        say(ctx, 'C', ["Hi, I'm calling for my spouse {full}, we're on speaker.", 'this is {first} calling on behalf of {full} the account holder'], { full: person(ctx, ctx.cast.customer.full), first: person(ctx, o.first) }),
        A('I will need the account holder to give permission on the line.'),
        O(f(ctx.rng.pick(['Yes, this is {first}, they can talk for me.', 'hi yes {full} here it is fine']), { first: person(ctx, ctx.cast.customer.first), full: person(ctx, ctx.cast.customer.full) })),
        ...verifyDob(ctx),
        say(ctx, 'C', ['We were charged twice for {amt} on {d}.', 'there is a {issue} on the {d} bill'], { amt: amount(ctx, randomCents(ctx.rng, 20000)), d: txDate(ctx), issue: keep(ctx, 'issue', 'double charge') }),
        A(f('I have refunded the duplicate, {cs}.', { cs: caseNumber(ctx) })),
        ...closing(ctx),
      ];
    },
  },
  {
    name: 'dob-vs-transaction-date',
    build: (ctx) => {
      const d = ctx.cast.dob;
      const dobSaid = sayDob(ctx);
      return [
        ...open(ctx),
        say(ctx, 'C', ['The charge on {d} for {amt} is wrong.', 'i was billed {amt} on {d} and again on {d2}'], { d: txDate(ctx), d2: txDate(ctx), amt: amount(ctx, randomCents(ctx.rng, 40000)) }),
        A('Before I look, can you verify your birthday?'),
        C(f(ctx.rng.pick(['{dob}, and the charge was {d}', 'oh sorry {dob} um the charge date I said was {d}']), { dob: ent('DATE_OF_BIRTH', d.value, dobSaid.text, dobSaid.form), d: txDate(ctx) })),
        say(ctx, 'A', ['Thanks. I see it, posted {d} at {t}, {amt}. Refund in {q}.'], { d: txDate(ctx), t: timeOfDay(ctx), amt: amount(ctx, randomCents(ctx.rng, 40000)), q: quantity(ctx, 'business days', ctx.rng.int(3, 10)) }),
        ...closing(ctx),
      ];
    },
  },
  {
    name: 'cancel-subscription',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I want to cancel {p}, I have been charged {amt} every month since {d}.', 'cancel my {p} please'], { p: product(ctx), amt: amount(ctx, randomCents(ctx.rng, 9000)), d: txDate(ctx) }),
      ...verify(ctx, takeEmail, verifyDob),
      say(ctx, 'A', ['Cancelled effective {d}. You will keep access for {q}.', 'Done. Your final bill of {amt} closes on {d}.'], { d: txDate(ctx), q: quantity(ctx, 'days', ctx.rng.int(3, 30)), amt: amount(ctx, randomCents(ctx.rng, 9000)) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'supervisor-escalation',
    build: (ctx) => {
      const sup = ctx.rng.pick(['Gloria Benavides', 'Curtis Oyelowo', 'Renee Fairbanks', 'Duane Whitaker']);
      return [
        ...open(ctx),
        say(ctx, 'C', ['I already talked to {prev} last {day} and nothing got fixed.', 'This is my third call about the {issue}. {prev} promised a credit.'], { prev: person(ctx, ctx.rng.pick(['Tamika', 'Javier', 'Kayla', 'a guy named Trevor']).replace('a guy named ', '')), day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)), issue: keep(ctx, 'issue', ctx.rng.pick(['billing error', 'dropped calls', 'overdraft fee'])) }),
        ...verify(ctx, verifyDob, verifyZip),
        say(ctx, 'A', ['Let me get my supervisor, {sup}. Please hold.', 'I am transferring you to {supFirst}, my team lead.'], { sup: person(ctx, sup), supFirst: person(ctx, sup.split(' ')[0]!) }),
        E(ctx.asr ? '[hold music]' : '[on hold]'),
        O(f(ctx.rng.pick(['Hi, this is {sup}. I have read the notes and I am applying a {amt} credit.', "{supFirst} here, I'm sorry about this. {amt} credit, case {cs}."]), { sup: person(ctx, sup), supFirst: person(ctx, sup.split(' ')[0]!), amt: amount(ctx, randomCents(ctx.rng, 15000)), cs: caseNumber(ctx) })),
        ...closing(ctx),
      ];
    },
  },
  {
    name: 'refund-to-card',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I returned {q} to the store on {d} and never got the refund.', 'where is my refund for order {o}'], { q: quantity(ctx, 'items', ctx.rng.int(1, 3)), d: txDate(ctx), o: orderNumber(ctx) }),
      ...verify(ctx, verifyZip, takeEmail),
      A('Which card should the refund go to? The original card was closed.'),
      ...takeCard(ctx), ...takeExpiry(ctx),
      say(ctx, 'A', ['The refund of {amt} will show in {q}.'], { amt: amount(ctx, randomCents(ctx.rng, 30000)), q: quantity(ctx, 'business days', ctx.rng.int(3, 10)) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'appointment-technician',
    build: (ctx) => [
      ...open(ctx),
      say(ctx, 'C', ['I need a technician, the {p} is not working since {d}.', 'can you send someone out the {p} is dead'], { p: product(ctx), d: txDate(ctx) }),
      ...verifyAddress(ctx),
      say(ctx, 'A', ['The earliest is {day} between {t} and {t2}. The tech is {tech}.', 'I have {day} at {t}.'], { day: keep(ctx, 'time', ctx.rng.pick(WEEKDAYS)), t: timeOfDay(ctx), t2: timeOfDay(ctx), tech: person(ctx, ctx.rng.pick(['Luis', 'Brandon', 'Kofi'])) }),
      ...takePhone(ctx),
      ...closing(ctx),
    ],
  },
  {
    name: 'card-activation-interrupted',
    build: (ctx) => [
      ...open(ctx),
      C(ctx.rng.pick(['I got my new card and need to activate it.', 'calling to activate the new card'])),
      E(ctx.rng.pick(['[crosstalk]', '[baby crying]', '[inaudible]'])),
      ...takeCard(ctx),
      ...takeExpiry(ctx),
      ...takeCvv(ctx),
      ...verifyDob(ctx),
      say(ctx, 'A', ['Activated. Your credit limit is {amt}.', 'Your card is active, and the {p} offer gives {pct} back.'], { amt: amount(ctx, ctx.rng.pick([500000, 250000, 120000])), p: product(ctx), pct: keep(ctx, 'amount', ctx.rng.pick(['three percent', '2%', 'five percent'])) }),
      ...closing(ctx),
    ],
  },
  {
    name: 'name-without-cue',
    build: (ctx) => {
      const c = ctx.cast.customer;
      return [
        A(f('{b}, {agent}.', { b: brand(ctx), agent: agentName(ctx) })),
        C(f(ctx.rng.pick(['yeah {full} {issue} on my account', '{full} here um my {p} got {issue}']), { full: person(ctx, c.full), first: person(ctx, c.first), last: person(ctx, c.last), issue: keep(ctx, 'issue', 'declined'), p: product(ctx) })),
        A(f('Okay {first}, one second.', { first: person(ctx, c.first) })),
        ...verifyZip(ctx),
        say(ctx, 'A', ['It was declined at {m} for {amt} because of a {issue}.'], { m: pickMerchant(ctx), amt: amount(ctx, randomCents(ctx.rng, 30000)), issue: keep(ctx, 'issue', 'fraud alert') }),
        C(f(um(ctx) + 'okay and my {rel} {other} can use the card too right', { rel: ctx.rng.pick(['husband', 'wife', 'son', 'daughter', 'brother']), other: person(ctx, ctx.cast.other.first) })),
        ...closing(ctx),
      ];
    },
  },
];
