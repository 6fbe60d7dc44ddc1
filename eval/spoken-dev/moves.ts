/**
 * Moves of a call, each with several phrasings: greeting, name, verification, taking card or bank
 * details, read-backs and the closing. Scenes (scenes.ts) string them together around an issue.
 */
import { ent, f, parts, type EntPiece, type Piece } from './model.js';
import {
  amount, asrCase, brand, caseNumber, cardParts, keep, product, quantity, randomCents, timeOfDay, txDate, ibanParts, joinGroups, numberParts, sayCvv, sayDob, sayEmail, sayExpiry, sayIp, sayName, sayStreet, sayZip,
  type Ctx, type SaidParts,
} from './say.js';
import { MONTHS, numberWords, ordinalWords, sayYear, spellLetters } from './speech.js';

export type Who = 'agent' | 'customer' | 'other' | 'event';

export interface Turn {
  who: Who;
  pieces: Piece[];
  /** The agent's full name at this turn, when a transfer changed agents mid-call. */
  agent?: string;
}

export const A = (...p: (Piece | Piece[])[]): Turn => ({ who: 'agent', pieces: p.flat() });
export const C = (...p: (Piece | Piece[])[]): Turn => ({ who: 'customer', pieces: p.flat() });
export const O = (...p: (Piece | Piece[])[]): Turn => ({ who: 'other', pieces: p.flat() });
export const E = (marker: string): Turn => ({ who: 'event', pieces: [marker] });

/** Hesitations people put before or inside a value. */
export function um(ctx: Ctx): string {
  return ctx.rng.pick(['', '', 'um ', 'uh ', 'okay ', 'so ', 'let me see ', 'hold on ', 'yeah ', 'it is ']);
}

export function person(ctx: Ctx, name: string, value: string = name): EntPiece {
  return ent('PERSON', value, sayName(ctx, name), ctx.asr ? 'spoken' : 'written');
}

export function agentName(ctx: Ctx, full = false): EntPiece {
  const n = full ? `${ctx.cast.agent} ${ctx.cast.agentLast}` : ctx.cast.agent;
  return person(ctx, n);
}

function title(ctx: Ctx): string {
  return ctx.rng.pick(['Mr.', 'Ms.', 'Mrs.', 'Miss']);
}

/** The customer's surname with a title; the title is not part of the name. */
export function formal(ctx: Ctx): Piece[] {
  return [`${title(ctx)} `, person(ctx, ctx.cast.customer.last)];
}

export function greet(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const b = brand(ctx);
  const t = rng.pick([
    'Thank you for calling {brand}, my name is {agent}, can I have your name please?',
    '{brand}, this is {agent} speaking, how may I help you?',
    "Good afternoon and thank you for calling {brand}. You're speaking with {agentFull}. Who do I have the pleasure of speaking with?",
    "Hi, thanks for calling {brand}. This call may be recorded for quality and training purposes. My name's {agent}, who am I speaking with today?",
    "Thanks for holding, you've reached {brand} customer care, I'm {agent}. May I have your first and last name?",
    '{brand} billing, {agent} here. How can I help?',
  ]);
  return [A(f(t, { brand: b, agent: agentName(ctx), agentFull: agentName(ctx, true) }))];
}

export function outboundGreet(ctx: Ctx): Turn[] {
  const c = ctx.cast.customer;
  return [
    A(f(ctx.rng.pick([
      'Hi, this is {agent} calling from the fraud department at {brand}. Am I speaking with {full}?',
      'Hello, may I speak with {first} please? This is {agent} with {brand}.',
      "Good morning, I'm trying to reach {full}. My name is {agentFull} and I'm calling from {brand}.",
    ]), { agent: agentName(ctx), agentFull: agentName(ctx, true), full: person(ctx, c.full), first: person(ctx, c.first), brand: brand(ctx) })),
    C(ctx.rng.pick([['yes this is ', person(ctx, c.first)], ['speaking'], ['yeah that is me who is this'], ["this is she"], ['uh yes']])),
  ];
}

/** The customer gives a name, sometimes spelling the last name, with or without a spelling alphabet. */
export function giveName(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const c = ctx.cast.customer;
  const turns: Turn[] = [];
  turns.push(C(f(rng.pick([
    'Hi {agent}, this is {full}.', 'Yeah hi, my name is {full}.', '{full}.', "It's {first}, {full}.", 'hi um yes {full} calling about my account',
    'Hey {agent}. {full}, I have a question about my bill.', "this is {full} I'm calling because", 'My name is {first}, {full}.',
  ]), { agent: agentName(ctx), full: person(ctx, c.full), first: person(ctx, c.first) })));
  if (rng.chance(0.45)) {
    turns.push(A(rng.pick(['Could you spell your last name for me?', 'And how do you spell the last name?', 'Can I get the spelling of that last name?'])));
    const alphabet = rng.chance(0.5);
    const spelled = spellLetters(c.last, rng, alphabet, rng.pick([' ', ' ', ', ', '-']));
    const spell = ent('PERSON', c.last, ctx.asr ? asrCase(spelled) : spelled.toUpperCase().replace(/ AS IN (\w+)/g, (_m, w: string) => ` as in ${w[0]!.toUpperCase()}${w.slice(1).toLowerCase()}`), 'spelled');
    turns.push(C(f(rng.pick(['Sure, {s}.', "it's {s}", '{s}', 'yeah {s} and the first name is {first}']), { s: spell, first: person(ctx, c.first) })));
    if (rng.chance(0.5)) turns.push(A(f(rng.pick(['Got it, {last}.', 'Thank you {t}{last2}.', 'Perfect, thank you.']), { last: person(ctx, c.last), t: rng.pick(['Mr. ', 'Ms. ']), last2: person(ctx, c.last) })));
  } else if (rng.chance(0.6)) {
    turns.push(A(f(rng.pick(['Thank you, {formal}.', 'Hi {first}, how are you doing today?', 'Thanks {first}.', 'Okay {full}, let me pull up your account.']), {
      formal: formal(ctx), first: person(ctx, c.first), full: person(ctx, c.full),
    })));
  }
  return turns;
}

/** Date of birth, sometimes split ("march fourth" ... "and the year?" ... "eighty two"), sometimes read back. */
export function verifyDob(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const d = ctx.cast.dob;
  const turns: Turn[] = [A(rng.pick(['Can I get your date of birth?', "And for verification, what's your birthday?", 'Date of birth on the account?', 'Can you verify your DOB for me please?', 'And your birth date?']))];
  if (ctx.voice && rng.chance(0.25)) {
    const first = `${MONTHS[d.m - 1]} ${ordinalWords(d.d)}`;
    const year = sayYear(d.y, rng, rng.chance(0.5));
    const [p1, p2] = parts('DATE_OF_BIRTH', d.value, [ctx.asr ? asrCase(first) : first, year], 'spoken');
    turns.push(C(um(ctx), p1!), A(rng.pick(['And the year?', 'what year', 'Okay and year of birth?'])), C(p2!));
  } else {
    const s = sayDob(ctx);
    turns.push(C(f(rng.pick(['{d}', "It's {d}.", 'um {d}', 'yeah {d}', 'I was born {d}', 'sure its {d}']), { d: ent('DATE_OF_BIRTH', d.value, s.text, s.form) })));
  }
  if (rng.chance(0.35)) {
    const again = sayDob(ctx);
    turns.push(A(f(rng.pick(['{d}, thank you.', 'I have {d}, is that right?', 'Okay so {d}. Perfect.']), { d: ent('DATE_OF_BIRTH', d.value, again.text, again.form) })), C(rng.pick(['yes', 'correct', "that's right", 'mhm'])));
  } else turns.push(A(rng.pick(['Thank you.', 'Perfect.', 'Okay, got it.', 'Great, thanks.'])));
  return turns;
}

export function verifyZip(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const z = sayZip(ctx);
  const turns = [A(rng.pick(['And the zip code on file?', "What's the billing zip code?", 'Can you confirm the ZIP code for the account?', 'and your zip'])),
    C(f(rng.pick(['{z}', "It's {z}.", 'uh {z}', 'zip is {z}']), { z: ent('POSTAL_CODE', ctx.cast.address.zip, z.text, z.form) }))];
  if (rng.chance(0.3)) {
    const again = sayZip(ctx);
    turns.push(A(f('{z}, thank you.', { z: ent('POSTAL_CODE', ctx.cast.address.zip, again.text, again.form) })));
  }
  return turns;
}

export function verifyAddress(ctx: Ctx, askNew = false): Turn[] {
  const { rng } = ctx;
  const a = ctx.cast.address;
  const s = sayStreet(ctx);
  const z = sayZip(ctx, a.zip, ctx.voice ? undefined : a.plus4);
  const city = ctx.asr ? a.city[0].toLowerCase() : `${a.city[0]}, ${a.city[1]}`;
  const street = ent('STREET_ADDRESS', s.value, s.said.text, s.said.form);
  const zip = ent('POSTAL_CODE', a.plus4 && !ctx.voice ? `${a.zip}-${a.plus4}` : a.zip, z.text, z.form);
  const turns: Turn[] = [
    A(askNew ? rng.pick(["What's the new address?", 'Okay, where would you like it shipped?', 'Go ahead with the new street address.']) : rng.pick(['Can you verify the address on the account?', 'And the service address?', "What's your mailing address?"])),
    C(f(rng.pick(['{street}, {city} {zip}', "It's {street} in {city}, zip code {zip}", '{street} um {city} and the zip is {zip}', "{street}. That's in {city}. {zip}."]), { street, city, zip })),
  ];
  if (rng.chance(0.4)) {
    const again = sayStreet(ctx);
    turns.push(A(f(rng.pick(['So {street}, correct?', 'Let me repeat that, {street}?', 'I have {street}.']), { street: ent('STREET_ADDRESS', again.value, again.said.text, again.said.form) })), C(rng.pick(['yes', 'yep', 'correct'])));
  }
  return turns;
}

/** A number said in groups across turns, the agent echoing each group: one entity, one span per piece. */
function echoed(ctx: Ctx, type: Parameters<typeof parts>[0], value: string, said: SaidParts, minGroups = 2): Turn[] {
  const { rng } = ctx;
  const chunks = said.chunks;
  const lead = (): string => (type === 'PHONE_NUMBER' && rng.chance(0.3) ? rng.pick(['area code ', "it's area code ", 'my cell is ']) : um(ctx));
  if (chunks.length < minGroups || !ctx.voice || rng.chance(0.45)) {
    let text: string;
    if (ctx.voice && chunks.length > 1 && rng.chance(0.12)) {
      // A slip and a correction inside the number: one span from the first digit to the last.
      const slip = chunks[0]!.split(' ').slice(0, -1).join(' ') || chunks[0]!;
      text = `${slip} ${rng.pick(['no sorry', 'wait', 'no no', 'sorry let me start over'])} ${joinGroups(ctx, chunks)}`;
    } else if (chunks.length > 1 && rng.chance(0.3)) {
      text = `${chunks.slice(0, -1).join(' ')} ${rng.pick(['um', 'uh', 'sorry', '...', 'hold on'])} ${chunks[chunks.length - 1]}`;
    } else text = joinGroups(ctx, chunks, type === 'US_SSN' || type === 'PHONE_NUMBER');
    return [C(lead(), ent(type, value, text, said.form))];
  }
  const texts: string[] = [];
  const whos: ('c' | 'a')[] = [];
  chunks.forEach((c, i) => {
    texts.push(c);
    whos.push('c');
    if (i < chunks.length - 1 && rng.chance(0.6)) { texts.push(c); whos.push('a'); }
  });
  const ps = parts(type, value, texts, said.form);
  const turns: Turn[] = [];
  ps.forEach((p, i) => {
    if (whos[i] === 'a') turns.push(A(f(rng.pick(['{p}', '{p}, okay', '{p}, go ahead', 'okay {p}', '{p} mhm']), { p })));
    // ASR segmenters also cut one caller's number into two lines with nothing in between.
    else if (i > 0 && whos[i - 1] === 'c' && !(ctx.asr && rng.chance(0.3))) turns.push(A(rng.pick(['mhm', 'okay', 'go ahead', 'uh huh'])), C(p));
    else turns.push(C(p));
  });
  return turns;
}

export function takePhone(ctx: Ctx, phone: string = ctx.cast.phone): Turn[] {
  const { rng } = ctx;
  const said = numberParts(ctx, phone, [3, 3, 4]);
  const turns: Turn[] = [A(rng.pick(["What's the best callback number for you?", 'And a phone number in case we get disconnected?', 'Can I get the phone number on the account?', 'what is a good number to reach you']))];
  turns.push(...echoed(ctx, 'PHONE_NUMBER', phone, ctx.voice ? said : { chunks: [rng.pick([`(${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}`, `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`, `${phone.slice(0, 3)}.${phone.slice(3, 6)}.${phone.slice(6)}`, phone])], form: 'written' }));
  if (rng.chance(0.35)) {
    const again = numberParts(ctx, phone, [3, 3, 4]);
    turns.push(A(f('So that is {p}?', { p: ent('PHONE_NUMBER', phone, joinGroups(ctx, again.chunks), again.form) })), C(rng.pick(['yes', 'yes ma\'am', 'correct'])));
  }
  return turns;
}

export function takeEmail(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const s = sayEmail(ctx);
  const turns: Turn[] = [A(rng.pick(['Do we have a good email address for you?', "What's the email you'd like the receipt sent to?", 'And can I get an email for the confirmation?'])),
    C(f(rng.pick(['sure its {e}', '{e}', "It's {e}.", 'yeah uh {e}']), { e: ent('EMAIL_ADDRESS', ctx.cast.email, s.text, s.form) }))];
  if (rng.chance(0.4)) {
    const again = sayEmail(ctx);
    turns.push(A(f(rng.pick(['Let me read that back: {e}.', 'So {e}, correct?']), { e: ent('EMAIL_ADDRESS', ctx.cast.email, again.text, again.form) })), C('yes'));
  }
  return turns;
}

export function takeCard(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const card = ctx.cast.card;
  const said = cardParts(ctx);
  const turns: Turn[] = [A(rng.pick(['Go ahead with the card number whenever you are ready.', 'What card would you like to use today? The full number please.', 'Okay, the long number on the front of the card?', 'I can take that payment now, card number?']))];
  if (ctx.voice && rng.chance(0.15)) {
    // A self-correction inside the number: the whole stretch is one span, valued as the corrected number.
    const wrong = said.chunks[1]!.split(' ').slice(0, 2).join(' ');
    const text = `${said.chunks[0]} ${wrong} ${rng.pick(['no wait', 'sorry', 'no no', 'scratch that'])} ${said.chunks.slice(1).join(' ')}`;
    turns.push(C(um(ctx), ent('CREDIT_CARD', card.number, text, said.form)));
  } else turns.push(...echoed(ctx, 'CREDIT_CARD', card.number, said, 3));
  if (ctx.voice && rng.chance(0.2)) {
    const again = cardParts(ctx);
    turns.push(E(rng.pick(['[crosstalk]', '[inaudible]', '[noise]'])), A('Sorry, you cut out there, can you repeat the whole number?'), C(rng.pick(['yeah ', 'sorry ', '']), ent('CREDIT_CARD', card.number, joinGroups(ctx, again.chunks), again.form)));
  }
  if (rng.chance(0.35)) {
    const again = cardParts(ctx);
    turns.push(A(f('Let me read that back. {c}.', { c: ent('CREDIT_CARD', card.number, joinGroups(ctx, again.chunks), again.form) })), C(rng.pick(['yes', 'correct', 'yep that is it'])));
  } else if (rng.chance(0.5)) {
    // The network is a product name, not a person; the last four alone identify no one.
    const network = card.network === 'amex' ? 'American Express' : card.network === 'visa' ? 'Visa' : card.network === 'discover' ? 'Discover' : 'Mastercard';
    turns.push(A('Okay, a ', keep(ctx, 'product', network), ` ending in ${card.number.slice(-4)}.`));
  }
  return turns;
}

export function takeExpiry(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const s = sayExpiry(ctx);
  return [A(rng.pick(['And the expiration date?', 'Expiration?', 'What is the expiry on the card, month and year?', 'and the exp date'])),
    C(f(rng.pick(['{e}', "It's {e}.", 'um {e}', 'it says {e}', 'valid thru {e}', 'expires {e}']), { e: ent('CARD_EXPIRY', ctx.cast.expiry.value, s.text, s.form) }))];
}

export function takeCvv(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const s = sayCvv(ctx);
  const amex = ctx.cast.card.network === 'amex';
  return [A(amex ? 'And the four digit code on the front of the card?' : rng.pick(['And the three digit security code on the back?', 'The CVV please?', 'And the security code?', 'last thing the three digits on the back'])),
    C(f(rng.pick(['{c}', "It's {c}.", 'the three on the back is {c}', 'security code is {c}', 'um {c}', 'cvv {c}']), { c: ent('CARD_CVV', ctx.cast.cvv, s.text, s.form) }))];
}

export function takeSsn(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const said = numberParts(ctx, ctx.cast.ssn, [3, 2, 4]);
  const turns: Turn[] = [A(rng.pick(["For verification I'll need your full social security number.", 'Can I get your social?', 'And your Social Security number please?', "What's the SSN on the application?"]))];
  if (!ctx.voice) said.chunks = [rng.pick([`${ctx.cast.ssn.slice(0, 3)}-${ctx.cast.ssn.slice(3, 5)}-${ctx.cast.ssn.slice(5)}`, ctx.cast.ssn])];
  turns.push(...echoed(ctx, 'US_SSN', ctx.cast.ssn, said));
  turns.push(A(rng.pick(['Thank you.', 'Got it, thank you.', 'Perfect.'])));
  return turns;
}

export function takeBank(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const routing = numberParts(ctx, ctx.cast.routing, rng.pick([[9], [3, 3, 3], [4, 5]]));
  const account = numberParts(ctx, ctx.cast.account, rng.pick([[ctx.cast.account.length], [4, 4], [3, 3, 3]]));
  const turns: Turn[] = [A(rng.pick(["What's the routing number? It's the nine digits at the bottom left of the check.", 'Okay, routing number first.', 'Can I have the bank routing number?']))];
  turns.push(...echoed(ctx, 'ROUTING_NUMBER', ctx.cast.routing, routing));
  turns.push(A(rng.pick(['And the account number?', 'Now the checking account number.', 'and the account'])));
  turns.push(...echoed(ctx, 'BANK_ACCOUNT', ctx.cast.account, account));
  if (rng.chance(0.4)) {
    const again = numberParts(ctx, ctx.cast.account, [ctx.cast.account.length]);
    turns.push(A(f('Reading it back, account {a}.', { a: ent('BANK_ACCOUNT', ctx.cast.account, again.chunks.join(' '), again.form) })), C('yes'));
  }
  return turns;
}

export function takeIban(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const said = ibanParts(ctx);
  const half = Math.ceil(said.chunks.length / 2);
  const [p1, p2] = parts('IBAN', ctx.cast.iban, [said.chunks.slice(0, half).join(' '), said.chunks.slice(half).join(' ')], said.form);
  return [A(rng.pick(["What's the IBAN of the receiving account?", 'I need the international account number, the IBAN.'])),
    C(um(ctx), p1!), A(rng.pick(['okay go on', 'got it, and the rest?', 'mhm'])), C(p2!)];
}

export function takeIp(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const s = sayIp(ctx);
  return [A(rng.pick(['Can you go to whatismyip dot com and read me the numbers it shows?', 'What IP address does the router page show under WAN?', 'Read me the public IP on that screen.'])),
    C(f(rng.pick(['it says {ip}', '{ip}', 'okay {ip}', "it's {ip}"]), { ip: ent('IP_ADDRESS', ctx.cast.ip, s.text, s.form) }))];
}

export function closing(ctx: Ctx): Turn[] {
  const { rng } = ctx;
  const c = ctx.cast.customer;
  return [
    A(rng.pick(['Is there anything else I can help you with today?', 'Anything else I can do for you?', 'Did that resolve everything for you today?'])),
    C(f(rng.pick(["No that's it, thanks {agent}.", 'nope thank you so much', "That's all, you've been really helpful.", 'no thanks {agent} bye']), { agent: agentName(ctx) })),
    A(f(rng.pick(['Thank you for calling {brand}, {formal}. Have a great day.', 'You are welcome {first}, take care.', "Alright, this was {agent}, thanks for calling {brand}. Bye now.", 'Have a good one.']), {
      brand: brand(ctx), formal: formal(ctx), first: person(ctx, c.first), agent: agentName(ctx),
    })),
  ];
}

/**
 * Asides that fill real calls with numbers and dates that are not personal: tenure years, office
 * hours, hold times, due dates, earlier calls, payments received.
 */
export function aside(ctx: Ctx): Turn {
  const { rng } = ctx;
  const year = 2005 + rng.int(0, 20);
  const yy = year % 100;
  const yearSaid = ctx.voice ? rng.pick([`twenty ${yy < 10 ? `oh ${numberWords(yy)}` : numberWords(yy)}`, `two thousand ${yy < 10 ? '' : 'and '}${numberWords(yy)}`, String(year)]) : String(year);
  const choices: (() => Turn)[] = [
    () => A(f("I see you've been with us since {y}, thank you for being a customer.", { y: keep(ctx, 'transaction_date', yearSaid) })),
    () => A(f('Just so you know our hours are {t} to {t2}, {days}.', { t: timeOfDay(ctx), t2: timeOfDay(ctx), days: keep(ctx, 'time', rng.pick(['Monday through Friday', 'Monday through Saturday', 'seven days a week'])) })),
    () => A(f('Bear with me, this will take about {q}.', { q: quantity(ctx, 'minutes', rng.int(1, 5)) })),
    () => C(f(rng.pick(['I already called about this on {d}.', 'i called on {d} and they said it was fixed']), { d: txDate(ctx) })),
    () => A(f('Your next bill of {amt} is due {d}.', { amt: amount(ctx, randomCents(rng, 30000)), d: txDate(ctx) })),
    () => A(f('I see a payment of {amt} received on {d}, thank you for that.', { amt: amount(ctx, randomCents(rng, 30000)), d: txDate(ctx) })),
    () => A(f("I'm adding a note to the account, reference {cs}.", { cs: caseNumber(ctx) })),
    () => C(f(rng.pick(['my {p} has been acting up too since {d}', 'oh and the {p} I got on {d} works fine']), { p: product(ctx), d: txDate(ctx) })),
  ];
  return rng.pick(choices)();
}
