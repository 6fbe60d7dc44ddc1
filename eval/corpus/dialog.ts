/**
 * Conversation moves (greeting, identification, verification, payment, issue, closing...) and the
 * intents built from them. Phrasings are written once in ordinary case; the channel formatter turns
 * them into ASR text, a formatted transcript or a chat.
 */
import type { Channel } from '../../src/detect/types.js';
import { Rng } from './prng.js';
import { fill, type Seg } from './document.js';
import type { Persona } from './persona.js';
import { Voice } from './render.js';
import { AGENT_TEAMS, ISSUE_WORDS, MERCHANTS, PRODUCTS } from './pools.js';

export type Speaker = 'agent' | 'customer';

export interface Turn {
  who: Speaker;
  segs: Seg[];
}

export interface Ctx {
  rng: Rng;
  v: Voice;
  p: Persona;
  channel: Channel;
}

type Move = (c: Ctx) => Turn[];

const A = (segs: Seg[]): Turn => ({ who: 'agent', segs });
const C = (segs: Seg[]): Turn => ({ who: 'customer', segs });

function txDate(c: Ctx): Seg {
  return c.v.transactionDate(c.rng.int(1, 12), c.rng.int(1, 28));
}

/** Agents read numbers back to confirm them: the value appears a second time, in the agent's words. */
function readBack(c: Ctx, value: () => Seg, chance = 0.3): Turn[] {
  if (!c.rng.chance(chance)) return [];
  return [
    A(fill(c.rng.pick(['Let me read that back: {v}, is that correct?', 'So that is {v}?', 'I have {v}. Correct?', 'Just to confirm, {v}.', 'Okay, {v}, right?']), { v: value() })),
    C(fill(c.rng.pick(['Yes.', "That's right.", 'Correct.', 'Yep.', 'Yes that is it.']))),
  ];
}

// ---------- moves ----------

const greeting: Move = (c) => {
  const agent = c.v.person(c.p.agent, 'first');
  const company = c.v.brand(c.p.company);
  const t = c.rng.pick([
    'Thank you for calling {company}, my name is {agent}. How can I help you today?',
    'Thanks for calling {company}, this is {agent}, who do I have the pleasure of speaking with?',
    '{company}, {agent} speaking, how may I help you?',
    'Good morning and thank you for calling {company}. My name is {agent}, can I start with your name?',
    'Hi, you have reached {company} {team}, this is {agent}.',
    'Welcome to {company}. You are speaking with {agent}. What can I do for you?',
    'Hello, {agent} here with {company}, how are you doing today?',
  ]);
  return [A(fill(t, { agent, company, team: c.rng.pick(AGENT_TEAMS) }))];
};

const chatGreeting: Move = (c) => {
  const agent = c.v.person(c.p.agent, 'first');
  const t = c.rng.pick([
    "Hi there! You're chatting with {agent} from {company}. How can I help?",
    "Hello, I'm {agent}. Thanks for reaching out to {company} support.",
    'Hi! My name is {agent} and I will be assisting you today.',
    "You've been connected to {agent}. How can I help you today?",
  ]);
  return [A(fill(t, { agent, company: c.v.brand(c.p.company) }))];
};

const identify: Move = (c) => {
  const ask = c.rng.pick([
    'Can I have your full name please?', 'Who am I speaking with today?', 'May I have the name on the account?',
    "Could I get your first and last name?", "And what's your name?", 'Can you tell me the account holder name?',
  ]);
  const spell = c.rng.chance(0.3) && /^[A-Za-z]+$/.test(c.p.customer.last);
  const name = c.v.person(c.p.customer, c.rng.pick(['full', 'full', 'middle', 'first'] as const));
  const reply = c.rng.pick([
    "Yeah, it's {name}.", '{name}.', 'This is {name}.', 'My name is {name}.', 'Sure, {name}.', "It's {name}",
    'Yes hi, {name}, I have been a customer for years.', 'Um, {name}.',
  ]);
  const turns = [A(fill(ask)), C(fill(reply, { name }))];
  if (spell) {
    turns.push(A(fill(c.rng.pick(['Can you spell the last name for me?', 'How do you spell your last name?', 'Could you spell that please?']))));
    turns.push(C(fill(c.rng.pick(["It's {sp}.", '{sp}.', 'Sure, {sp}.', "That's {sp}."]), { sp: c.v.spelled(c.p.customer.last) })));
  }
  return turns;
};

const volunteerName: Move = (c) => {
  const name = c.v.person(c.p.customer);
  const t = c.rng.pick([
    "Hi, this is {name}, I'm calling about my account.",
    'Hello, my name is {name} and I have a question about my bill.',
    'Hey, {name} here. I got a weird email from you guys.',
    "Hi yes, it's {name}, I was on the phone with someone earlier.",
    'Good afternoon, {name} calling about a {issue}.',
  ]);
  return [C(fill(t, { name, issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) }))];
};

const verifyDob: Move = (c) => {
  const dob = c.v.dob(c.p.dob);
  return [
    A(fill(c.rng.pick([
      'For verification, can you confirm your date of birth?', 'What is your date of birth?', 'And your DOB please?',
      'I just need to verify the birth date on file.', 'Can you give me your date of birth for security?',
    ]))),
    C(fill(c.rng.pick(['{dob}.', "Sure, it's {dob}.", 'I was born {dob}.', 'Birthday is {dob}.', "It's {dob}", 'Uh, {dob}.']), { dob })),
  ];
};

const verifySsn: Move = (c) => {
  const ssn = c.v.ssn(c.p.ssn);
  return [
    A(fill(c.rng.pick([
      'I will need the social security number on the account.', 'Can you verify your full social?',
      'For the application I need your SSN.', "What's your social security number?",
    ]))),
    C(fill(c.rng.pick(["It's {ssn}.", '{ssn}.', 'Okay, my social is {ssn}.', 'Sure, {ssn}', 'The number is {ssn}.']), { ssn })),
  ];
};

const verifyAddress: Move = (c) => {
  const street = c.v.street(c.p.address);
  const zip = c.v.zip(c.p.address);
  const city = c.v.mode === 'spoken' ? c.p.city.toLowerCase() : c.p.city;
  const state = c.v.mode === 'spoken' ? c.p.state.toLowerCase().split('').join(' ') : c.p.state;
  const full = c.rng.chance(0.6);
  const reply = full
    ? c.rng.pick(["It's {street}, {city}, {state} {zip}.", '{street} in {city}, zip {zip}.', 'I live at {street}, {city} {state} {zip}.'])
    : c.rng.pick(['{street}.', "It's {street}.", 'The street address is {street}.']);
  const turns = [
    A(fill(c.rng.pick(["What's the address on the account?", 'Can you confirm your billing address?', 'Where should we mail the new card?', 'What is your current address?']))),
    C(fill(reply, { street, city, state, zip })),
  ];
  if (!full) {
    turns.push(A(fill(c.rng.pick(['And the zip code?', 'What is the ZIP?', 'And the postal code there?']))));
    turns.push(C(fill(c.rng.pick(['{zip}.', "It's {zip}.", 'Zip is {zip}.']), { zip: c.v.zip(c.p.address) })));
  }
  return turns;
};

const verifyPhone: Move = (c) => {
  const intl = c.rng.chance(0.25);
  const phone = c.v.phone(intl ? c.p.intlPhone : c.p.phone);
  return [
    A(fill(c.rng.pick(["What's the best callback number?", 'Can I get a phone number in case we get disconnected?', 'What number should we text the code to?', 'Is there a good number to reach you?']))),
    C(fill(c.rng.pick(intl
      ? ["I'm abroad right now, use {phone}.", 'My mobile is {phone}.', 'You can reach me on {phone}.']
      : ["It's {phone}.", '{phone}.', 'My cell is {phone}.', 'Call me at {phone}', 'Best number is {phone}, that is my mobile.', 'Home phone {phone}, but text me instead.', 'You can use {phone}']), { phone })),
    ...readBack(c, () => c.v.phone(intl ? c.p.intlPhone : c.p.phone)),
  ];
};

const verifyEmail: Move = (c) => {
  const email = c.v.email(c.p.email);
  return [
    A(fill(c.rng.pick(['And an email address for the receipt?', "What's the email on file?", 'Can I get your email to send the confirmation?']))),
    C(fill(c.rng.pick(["It's {email}.", '{email}', 'Sure, {email}.', 'Use {email} please.', 'The email is {email}, all lower case.']), { email })),
    ...readBack(c, () => c.v.email(c.p.email), 0.2),
  ];
};

const cardPayment: Move = (c) => {
  const card = c.v.card(c.p.card);
  const exp = c.v.expiry(c.p.expiry);
  const cvv = c.v.cvv(c.p.cvv);
  const turns: Turn[] = [
    A(fill(c.rng.pick(['Go ahead with the card number whenever you are ready.', 'Can I get the card number?', 'What card would you like to use?', 'Please read me the long number on the front of the card.']))),
    C(fill(c.rng.pick(["Okay, it's {card}.", '{card}', 'Sure, {card}.', 'The number is {card}', 'Okay, {card}.', 'Alright, ready? {card}.', 'Card number is {card}']), { card })),
    ...readBack(c, () => c.v.card(c.p.card)),
    A(fill(c.rng.pick(['And the expiration date?', 'What is the expiry?', 'When does it expire?']))),
    C(fill(c.rng.pick(['{exp}.', 'Expires {exp}.', "It's {exp}.", 'Expiration {exp}']), { exp })),
  ];
  if (c.rng.chance(0.85)) {
    turns.push(A(fill(c.rng.pick(['And the security code on the back?', 'Last thing, the three digit code on the back.', 'CVV please?', 'And the CVC?']))));
    turns.push(C(fill(c.rng.pick(['{cvv}.', "It's {cvv}.", 'Security code is {cvv}', 'Um, {cvv}.']), { cvv })));
  }
  turns.push(A(fill(c.rng.pick(['Great, I have processed a payment of {amount}.', 'Thank you, the payment of {amount} went through.', 'Okay, {amount} will post in one to two business days.']), { amount: c.v.amount() })));
  return turns;
};

const oneShotCard: Move = (c) => [
  C(fill(c.rng.pick([
    'My card is {card} exp {exp} code {cvv}.', 'Card number {card}, expires {exp}, CVV {cvv}.',
    "Here's the card: {card} {exp} {cvv}", 'Use the card ending... actually the full number is {card}, expiration {exp}.',
  ]), { card: c.v.card(c.p.card), exp: c.v.expiry(c.p.expiry), cvv: c.v.cvv(c.p.cvv) })),
];

const dispute: Move = (c) => {
  const slots = { merchant: c.v.merchant(c.rng.pick(MERCHANTS)), amount: c.v.amount(), date: txDate(c), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) };
  return [
    C(fill(c.rng.pick([
      "There's a charge from {merchant} for {amount} on {date} that I didn't make.",
      'I see a {issue} on my statement, {merchant}, {amount}, posted {date}.',
      'I was charged {amount} twice by {merchant} on {date}.',
      "I want to dispute a {merchant} charge of {amount} from {date}, it's a {issue}.",
      'Somebody used my card at {merchant}, {amount}, I never shop there.',
    ]), slots)),
    A(fill(c.rng.pick([
      'I am sorry about that. I can see the {merchant} transaction. Let me open a dispute.',
      'Okay, I can open a {issue} case for the {amount} charge.',
      'Let me look into that {merchant} charge for you.',
    ]), { merchant: c.v.merchant(c.rng.pick(MERCHANTS)), amount: c.v.amount(), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) })),
  ];
};

const orderIssue: Move = (c) => {
  const slots = {
    merchant: c.v.merchant(c.rng.pick(MERCHANTS)), product: c.v.product(c.rng.pick(PRODUCTS)), order: c.v.orderNumber(),
    qty: c.v.quantity(), date: txDate(c), time: c.v.time(), amount: c.v.amount(),
  };
  return [
    C(fill(c.rng.pick([
      'I ordered {qty} from {merchant}, order number {order}, and it never arrived.',
      'My {product} was supposed to arrive {date} but the tracking has not moved. Order {order}.',
      'I returned the {product} on {date} and still no refund of {amount}.',
      'The delivery window was {time} and nobody showed up. Order {order}.',
      'I got {qty} but I only ordered one {product}.',
    ]), slots)),
    A(fill(c.rng.pick([
      'I see order {order} here. It shows as delivered on {date} at {time}.',
      'Let me check on order {order} for you.',
      'I can issue a refund of {amount} for the {product}.',
    ]), slots)),
  ];
};

const bankSetup: Move = (c) => {
  const routing = c.v.routing(c.p.routing);
  const account = c.v.bankAccount(c.p.account);
  if (c.rng.chance(0.4)) {
    return [
      A(fill(c.rng.pick(['I can set up autopay from your checking account. Do you have the routing and account numbers?', 'For direct deposit I need your bank details.']))),
      C(fill(c.rng.pick(['Routing {routing}, account {account}.', 'Okay the routing number is {routing} and the account number is {account}.', 'ABA {routing}, checking {account}']), { routing, account })),
    ];
  }
  return [
    A(fill(c.rng.pick(['What is the routing number?', 'Can I have the bank routing number please?', "Let's start with the nine digit routing number."]))),
    C(fill(c.rng.pick(["It's {routing}.", '{routing}.', 'Routing is {routing}']), { routing })),
    A(fill(c.rng.pick(['And the account number?', 'Now the checking account number.', 'And which account should we draft from?']))),
    C(fill(c.rng.pick(['{account}.', "It's {account}.", 'Account number {account}', 'Checking account {account}.', 'Savings, {account}.']), { account })),
    ...readBack(c, () => c.v.bankAccount(c.p.account)),
    A(fill(c.rng.pick(['Autopay is set for {date}, for {amount}.', 'You are all set. First draft of {amount} on {date}.']), { date: txDate(c), amount: c.v.amount() })),
  ];
};

const wire: Move = (c) => {
  const iban = c.v.iban(c.p.iban);
  const other = c.v.person(c.p.other, 'full');
  return [
    C(fill(c.rng.pick([
      'I need to send a wire to my sister in Europe, her IBAN is {iban}.',
      "I want to transfer {amount} to {other}, the IBAN is {iban}.",
      'The refund should go to my European account, IBAN {iban}.',
      'Can you check why the transfer to {iban} bounced?',
    ]), { iban, other, amount: c.v.amount() })),
    A(fill(c.rng.pick(['Let me verify that account.', 'International wires take three to five business days.', 'There is a {amount} wire fee.']), { amount: c.v.amount() })),
  ];
};

const techSupport: Move = (c) => {
  const ip = c.v.ip(c.p.ip);
  return c.rng.chance(0.5)
    ? [
        A(fill(c.rng.pick(['I see a login attempt from IP {ip}, was that you?', 'Our logs show your last session from {ip}.', 'The device is connecting from {ip}.']), { ip })),
        C(fill(c.rng.pick(['No, that was not me.', 'Yes that is my home network.', 'I have no idea, I use a {product}.']), { product: c.v.product(c.rng.pick(PRODUCTS)) })),
      ]
    : [
        A(fill(c.rng.pick(['Can you read me the IP address in the settings page?', 'What IP address does the router show?']))),
        C(fill(c.rng.pick(["It says {ip}.", '{ip}', 'IP is {ip}.']), { ip })),
      ];
};

const contactUpdate: Move = (c) => [
  C(fill(c.rng.pick([
    'I also need to update my phone number to {phone}.', 'Please change my email to {email}.',
    'New number is {phone} and new email is {email}.',
  ]), { phone: c.v.phone(c.p.phone), email: c.v.email(c.p.email) })),
  A(fill(c.rng.pick(['Done, I have updated that.', 'Got it, that change is saved.', 'Okay, you will get a confirmation at the new contact.']))),
];

const thirdParty: Move = (c) => [
  C(fill(c.rng.pick([
    'My wife {other} is also on the account.', 'I spoke with {other} last week and she said it was fixed.',
    "I'm calling for my father, {other}, he is hard of hearing.", 'Can you add {other} as an authorized user?',
  ]), { other: c.v.person(c.p.other) })),
  A(fill(c.rng.pick(['I see the note from that call.', 'I will need their permission on the line.', 'Okay, I can help with that.']))),
];

const smallTalk: Move = (c) => [
  c.rng.chance(0.5)
    ? C(fill(c.rng.pick(['Sorry, my kids are loud.', 'Hold on, let me find my wallet.', 'I have been on hold for {time} already.', 'Is this going to take long?', "I'm driving, give me a second."]), { time: c.rng.chance(0.5) ? c.v.quantity() : c.v.time() }))
    : A(fill(c.rng.pick(['No problem, take your time.', 'Bear with me while the system loads.', 'I appreciate your patience.', 'One moment please.']))),
];

const closing: Move = (c) => {
  const slots = { case: c.v.caseNumber(), company: c.v.brand(c.p.company), first: c.v.person(c.p.customer, 'first'), agent: c.v.person(c.p.agent, 'first') };
  return [
    A(fill(c.rng.pick([
      'Your case number is {case}. Is there anything else I can help with?',
      'I have noted the account, reference {case}. Thank you for calling {company}.',
      'Thanks {first}, you should see it in three to five business days. Your ticket is {case}.',
      'Is there anything else, {first}?',
      'Have a great day and thank you for choosing {company}.',
    ]), slots)),
    C(fill(c.rng.pick(['No, that was it, thanks.', 'Thank you {agent}, bye.', "That's all, have a good one.", 'Thanks so much.']), slots)),
  ];
};


const travelNotice: Move = (c) => [
  C(fill(c.rng.pick([
    "I'm traveling to {country} from {date} and don't want my card blocked.",
    'I will be abroad until {date}, can you put a travel note on the account?',
    'My card got declined at {merchant} overseas, I told you guys I was traveling.',
  ]), { country: c.rng.pick(['Mexico', 'Italy', 'Japan', 'Germany', 'the Philippines', 'India', 'Canada', 'Brazil']), date: txDate(c), merchant: c.v.merchant(c.rng.pick(MERCHANTS)) })),
  A(fill(c.rng.pick(['Sure. Which number can we reach you at while you are away?', 'Got it. Is there a phone number that works abroad?']))),
  C(fill(c.rng.pick(['{phone}, that is my international number.', 'Use {phone}.', 'My sim there is {phone}']), { phone: c.v.phone(c.p.intlPhone) })),
];

const appointment: Move = (c) => [
  C(fill(c.rng.pick([
    'I need to reschedule my appointment from {date} at {time}.',
    'I am calling to book an appointment for {other}, my son.',
    'Can I move my {time} appointment to next week?',
  ]), { date: txDate(c), time: c.v.time(), other: c.v.person(c.p.other, 'first') })),
  A(fill(c.rng.pick(['I can help. What is the patient date of birth?', 'Sure, can I get the date of birth of the patient?', 'Of course, date of birth please?']))),
  C(fill(c.rng.pick(['{dob}.', 'Born {dob}.', "It's {dob}"]), { dob: c.v.dob(c.p.dob) })),
  A(fill(c.rng.pick(['You are booked for {date} at {time}.', 'I moved it to {date}, {time}.']), { date: txDate(c), time: c.v.time() })),
];

const paymentArrangement: Move = (c) => [
  A(fill(c.rng.pick([
    'I see a past due balance of {amount}. Would you like to set up a payment arrangement?',
    'Your account is {qty} behind, the total due is {amount}.',
  ]), { amount: c.v.amount(), qty: c.rng.chance(0.5) ? c.v.quantity() : c.v.issue('late fee') })),
  C(fill(c.rng.pick([
    'I can pay {amount} now and the rest on {date}.',
    'Can I split it into {qty}?',
    'I lost my job, can you waive the {issue}?',
  ]), { amount: c.v.amount(), date: txDate(c), qty: c.v.quantity(), issue: c.v.issue(c.rng.pick(ISSUE_WORDS)) })),
  A(fill(c.rng.pick(['I can do that. Which account will the payments come from?', 'Okay. I will need the bank account for the drafts.']))),
];

const passwordReset: Move = (c) => [
  C(fill(c.rng.pick([
    "I can't log in, it says my account is locked.",
    'I never got the two-factor code.',
    'Someone changed my password, I got an alert from {merchant} too.',
  ]), { merchant: c.v.merchant(c.rng.pick(MERCHANTS)) })),
  A(fill(c.rng.pick(['I will send a reset link to {email}.', 'I can text a code to {phone}.', 'The reset link went to {email}, it expires in {qty}.']), { email: c.v.email(c.p.email), phone: c.v.phone(c.p.phone), qty: c.v.quantity() })),
  C(fill(c.rng.pick(['Got it, thanks.', 'Is that still {email}? I changed it last year.', 'Wait, is {phone} the number you have?']), { email: c.v.email(c.p.email), phone: c.v.phone(c.p.phone) })),
];

// ---------- intents ----------

export interface Intent {
  name: string;
  moves: Move[];
  /** Optional extra moves mixed in at random. */
  extras: Move[];
}

export const INTENTS: readonly Intent[] = [
  { name: 'card_payment', moves: [identify, verifyDob, cardPayment, closing], extras: [verifyEmail, smallTalk, verifyPhone] },
  { name: 'dispute_charge', moves: [volunteerName, verifyDob, dispute, closing], extras: [verifyPhone, verifyAddress, smallTalk, oneShotCard] },
  { name: 'card_replacement', moves: [identify, verifyAddress, dispute, closing], extras: [verifyDob, verifyPhone, oneShotCard, techSupport] },
  { name: 'new_account', moves: [identify, verifySsn, verifyDob, verifyAddress, verifyEmail, closing], extras: [verifyPhone, smallTalk, techSupport] },
  { name: 'autopay_setup', moves: [identify, verifyDob, bankSetup, closing], extras: [verifyEmail, smallTalk] },
  { name: 'international_wire', moves: [volunteerName, verifyPhone, wire, closing], extras: [verifyDob, smallTalk] },
  { name: 'login_security', moves: [identify, verifyEmail, techSupport, closing], extras: [verifyPhone, verifyDob] },
  { name: 'order_status', moves: [identify, orderIssue, closing], extras: [verifyEmail, smallTalk, verifyPhone, oneShotCard] },
  { name: 'refund_request', moves: [volunteerName, orderIssue, cardPayment, closing], extras: [smallTalk] },
  { name: 'contact_update', moves: [identify, verifyDob, contactUpdate, verifyAddress, closing], extras: [smallTalk, wire, techSupport] },
  { name: 'authorized_user', moves: [identify, verifySsn, thirdParty, closing], extras: [verifyDob, verifyPhone] },
  { name: 'fraud_report', moves: [volunteerName, verifyDob, dispute, dispute, verifyAddress, closing], extras: [techSupport, verifyPhone] },
  { name: 'loan_payment', moves: [identify, verifySsn, bankSetup, closing], extras: [verifyAddress, smallTalk, wire] },
  { name: 'no_pii_inquiry', moves: [orderIssue, smallTalk, closing], extras: [dispute] },
  { name: 'travel_notice', moves: [identify, verifyDob, travelNotice, closing], extras: [verifyAddress, oneShotCard] },
  { name: 'appointment', moves: [volunteerName, appointment, verifyPhone, closing], extras: [verifyAddress, verifyEmail, thirdParty] },
  { name: 'payment_arrangement', moves: [identify, verifySsn, paymentArrangement, bankSetup, closing], extras: [verifyAddress, smallTalk] },
  { name: 'password_reset', moves: [identify, passwordReset, techSupport, closing], extras: [verifyDob, verifyPhone] },
];

export function conversation(c: Ctx, intent: Intent): Turn[] {
  const moves = [...intent.moves];
  for (const extra of intent.extras) {
    if (c.rng.chance(0.35)) moves.splice(c.rng.int(1, Math.max(1, moves.length - 1)), 0, extra);
  }
  const opener = c.channel === 'chat' ? chatGreeting : greeting;
  const turns: Turn[] = c.rng.chance(0.85) ? opener(c) : [];
  for (const m of moves) turns.push(...m(c));
  return turns;
}
