/**
 * Regenerates the `gen-*` lines of eval/insights/cases.jsonl (other lines, written by hand, are kept): sanitized contact-center conversations composed from
 * hand-written building blocks. Each block carries what it *means* (card spoken, identity verified,
 * address changed, ...); the expected rules are derived from that meaning, the channel and the order
 * of blocks, never from running the analyzer. Deterministic (seeded), so the file is reproducible:
 *   npx tsx eval/insights/generate.ts
 * The hand-written cases (ids `hand-*`) use other phrasings on purpose, to check the cue lists
 * beyond the blocks below.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EvalCase } from './cases.js';

type Role = 'agent' | 'customer' | 'bot' | 'third';
type Line = [Role, string];
type Channel = EvalCase['channel'];

interface Meaning {
  disclosure?: 'opening' | 'late';
  verifiedOk?: boolean;
  verifyFailed?: boolean;
  changeDone?: boolean;
  contactChange?: boolean;
  payout?: boolean;
  cardSpoken?: boolean;
  readback?: boolean;
  ssnFull?: boolean;
  pressure?: boolean;
  coaching?: boolean;
  solicit?: boolean;
  /** Asked for a sensitive value (counts as soliciting when the channel is chat or email). */
  asksSensitive?: boolean;
}

interface Block {
  lines: Line[];
  means: Meaning;
  note: string;
}

let seed = 20261123;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number): boolean => rand() < p;

const b = (note: string, means: Meaning, ...lines: Line[]): Block => ({ note, means, lines });

const GREETING_DISCLOSED: Block[] = [
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', 'Thanks for calling Northwind, this call may be recorded for quality and training. My name is [PERSON], how can I help?']),
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', "Hi, you've reached customer care. Just so you know, this call is recorded. What can I do for you today?"]),
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', 'Good morning, Northwind support. Calls are monitored or recorded for quality purposes. How may I help you?']),
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', 'Hello, this is [PERSON] on a recorded line. How can I help?']),
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', 'Thank you for calling card services. Before we begin, please be aware this call is being recorded. How can I assist?']),
  b('greet+disclosure', { disclosure: 'opening' }, ['agent', 'Northwind, [PERSON] speaking.'], ['customer', 'Hi, yes.'], ['agent', 'Hi there. Quick note that this call will be recorded for training purposes. What can I help with?']),
];
const GREETING_BARE: Block[] = [
  b('greet, no disclosure', {}, ['agent', 'Thanks for calling Northwind, my name is [PERSON]. How can I help you today?']),
  b('greet, no disclosure', {}, ['agent', 'Customer care, this is [PERSON] speaking, what can I do for you?']),
  b('greet, no disclosure', {}, ["agent", "Hi, you're through to the card services team. How can I help?"]),
  b('greet, no disclosure', {}, ['agent', 'Good afternoon, how may I help you?']),
  b('greet, no disclosure', {}, ['agent', 'Hello and welcome to Northwind. Who am I speaking with?'], ['customer', "It's [PERSON]."], ['agent', 'Thanks [PERSON], what can I do for you?']),
];
const LATE_DISCLOSURE: Block = b('late disclosure', { disclosure: 'late' }, ['agent', 'Oh, I should have mentioned earlier, this call is recorded.']);

const CHAT_GREETING: Block[] = [
  b('chat greet', {}, ['agent', "Hi, I'm [PERSON] from support. How can I help?"]),
  b('chat greet', {}, ['bot', "Hi! I'm the Northwind virtual assistant. What can I help you with today?"]),
  b('chat greet', {}, ['agent', 'Hello! Thanks for reaching out. What can I do for you?']),
];

/** Why the customer contacts; `payout` marks openers that ask for a new card or money movement. */
const ISSUES: Block[] = [
  b('lost card', { payout: true }, ['customer', 'I lost my card yesterday and I need a replacement card.']),
  b('stolen card', { payout: true }, ['customer', 'My wallet was stolen with my debit card in it. Can you block it and send me a new card?']),
  b('billing dispute', {}, ['customer', "There's a charge on my statement I don't recognize and I want to dispute it."]),
  b('double charge', {}, ['customer', 'I was charged twice for the same order last week.']),
  b('refund status', {}, ['customer', "I returned the item two weeks ago and still haven't gotten my refund."]),
  b('delivery', {}, ['customer', "My package still hasn't arrived, the tracking hasn't updated in a week."]),
  b('password', {}, ['customer', "I'm locked out of my account and can't log in."]),
  b('fees', {}, ['customer', 'Why was I charged a late fee? I paid on time.']),
  b('payment failure', {}, ['customer', "My payment keeps getting declined and I don't know why."]),
  b('technical', {}, ['customer', 'The app keeps crashing every time I open my statements.']),
  b('cancellation', {}, ['customer', 'I want to cancel my subscription before it renews.']),
  b('closure', {}, ['customer', "I'd like to close my account, please."]),
  b('balance', {}, ['customer', 'Can you tell me what my current balance is and when the minimum payment is due?']),
];

const VERIFY_OK: Block[] = [
  b('verify dob ok', { verifiedOk: true }, ['agent', 'Before I look into that, can you verify your date of birth?'], ['customer', "Sure, it's [DATE_OF_BIRTH]."], ['agent', "Thank you, you're verified."]),
  b('verify otp ok', { verifiedOk: true }, ['agent', "I've just sent a one-time code to the phone on file. Can you read it to me?"], ['customer', 'Yes, it says 482913.'], ['agent', 'Perfect, that matches.']),
  b('verify security question ok', { verifiedOk: true }, ['agent', 'Can you answer your security question for me? What was the name of your first pet?'], ['customer', 'Biscuit.'], ['agent', 'Great, thank you.']),
  b('verify last four ssn ok', { verifiedOk: true }, ['agent', 'For security, can I get just the last four of your social?'], ['customer', 'Sure, one moment. Okay, got them, they are the ones on my card.'], ['agent', 'Thanks, that matches what I have.']),
  b('verify passcode ok', { verifiedOk: true }, ['agent', 'Can you tell me the passcode on the account?'], ['customer', 'Yes, it is sunflower.'], ['agent', 'Thank you, you are verified.']),
];

const VERIFY_FAILED: Block[] = [
  b('dob mismatch', { verifyFailed: true }, ['agent', 'Can you confirm your date of birth?'], ['customer', '[DATE_OF_BIRTH].'], ['agent', "I'm sorry, that doesn't match what we have on file."], ['customer', 'Oh, try [DATE_OF_BIRTH].'], ['agent', "That's still not matching, I'm afraid."]),
  b('evasive security question', { verifyFailed: true }, ['agent', "What's the answer to your security question?"], ['customer', "Honestly I don't remember. Can we skip that part?"]),
  b('otp evasion', { verifyFailed: true }, ['agent', 'I sent a verification code to the phone number on file.'], ['customer', "I don't have that phone anymore, can you just send it somewhere else?"]),
  b('three attempts', { verifyFailed: true }, ['agent', 'What is the zip code on the account?'], ['customer', '[POSTAL_CODE].'], ['agent', "That's incorrect. That was the third attempt, so I'm unable to verify you today."]),
  b('why do you need', { verifyFailed: true }, ['agent', 'To verify you, I need your date of birth and the last four of your card.'], ['customer', "Why do you need all that? I don't have to answer that."]),
];

const CHANGE_DONE: Block[] = [
  b('address change done', { changeDone: true, contactChange: true }, ['customer', 'I also need to update my mailing address, I moved.'], ['agent', "No problem, what's the new address?"], ['customer', '[STREET_ADDRESS].'], ['agent', "Okay, I've updated your address to [STREET_ADDRESS]."]),
  b('phone change done', { changeDone: true, contactChange: true }, ['customer', 'Can you change the phone number on my account to [PHONE_NUMBER]?'], ['agent', 'Sure. Done, your phone number has been updated.']),
  b('email change done', { changeDone: true, contactChange: true }, ['customer', 'Please update my email to [EMAIL_ADDRESS].'], ['agent', "All right, I've changed the email on the account."]),
  b('password reset done', { changeDone: true }, ['customer', 'And can you reset my password while you are at it?'], ['agent', "I've reset your password, you'll get a temporary one by text."]),
  b('bank change done', { changeDone: true }, ['customer', 'I want my payouts to go to a different bank now, account [BANK_ACCOUNT], routing [ROUTING_NUMBER].'], ['agent', "Got it, I've updated your bank details for payouts."]),
];

const CHANGE_REFUSED: Block[] = [
  b('change refused until verified', { contactChange: true }, ['customer', 'I need to change my address.'], ['agent', "I can't change the address until we verify your identity."]),
];

const PAYOUT: Block[] = [
  b('replacement card to new address', { payout: true, contactChange: true }, ['customer', 'Can you also send a replacement card to the new address?']),
  b('refund to different account', { payout: true }, ['customer', 'I want the refund sent to a different account than the one on file.']),
  b('wire', { payout: true }, ['customer', 'I also need to set up a wire transfer of the balance today.']),
  b('expedite card', { payout: true }, ['customer', 'Please overnight a new card, I need it by tomorrow.']),
];

const CARD_SPOKEN: Block[] = [
  b('card spoken', { cardSpoken: true }, ['agent', "What's the card number?"], ['customer', "It's [CREDIT_CARD], expiry [CARD_EXPIRY]."]),
  b('card+cvv spoken', { cardSpoken: true }, ['agent', 'I can take the payment now. What card would you like to use?'], ['customer', 'The number is [CREDIT_CARD] and the code on the back is [CARD_CVV].']),
  b('cvv spoken', { cardSpoken: true }, ['agent', 'And the security code?'], ['customer', '[CARD_CVV].']),
];
const READBACK: Block[] = [
  b('readback cue', { readback: true }, ['agent', 'Let me read that back: [CREDIT_CARD], is that right?'], ['customer', 'Yes.']),
  b('readback plain', { readback: true }, ['agent', 'So that is [CREDIT_CARD]?'], ['customer', 'Correct.']),
  b('readback confirm', { readback: true }, ['agent', 'Just to confirm, the card number is [CREDIT_CARD].'], ['customer', 'Yep.']),
];
const NO_READBACK: Block[] = [
  b('no readback (last four digits only)', {}, ['agent', 'Thank you, I have the card ending in 4432 and the payment went through.']),
  b('no readback', {}, ["agent", "Thanks, I won't repeat the number back, but the payment is processing."]),
];

const SSN_FULL: Block[] = [
  b('full ssn asked and given', { ssnFull: true, asksSensitive: true }, ['agent', 'Can I get your full social security number?'], ['customer', 'Sure, [US_SSN].']),
  b('your social asked and given', { ssnFull: true, asksSensitive: true }, ['agent', "What's your social?"], ['customer', "It's [US_SSN]."]),
  b('ssn asked and given', { ssnFull: true, asksSensitive: true }, ['agent', 'I need the SSN on the account, all nine digits.'], ['customer', 'Okay, [US_SSN].']),
];
const SSN_NEAR: Block[] = [
  b('last four asked, detector labelled it', {}, ['agent', 'Can you give me just the last four of your social?'], ['customer', 'Sure, [US_SSN].']),
  b('full ssn asked, refused', { asksSensitive: true }, ['agent', 'Can I get your social security number?'], ['customer', "I'd rather not give that over the phone."], ['agent', 'That is fine, we can use your date of birth instead.']),
];

const PRESSURE: Block[] = [
  b('pressure urgent', { pressure: true }, ['customer', 'I need this fixed right now, it is urgent.']),
  b('pressure lawyer', { pressure: true }, ['customer', "If this isn't sorted today I'm calling my lawyer."]),
  b('pressure repeated', { pressure: true }, ['customer', 'How many times do I have to say it? Just do it, I need it done immediately.']),
  b('pressure threat', { pressure: true }, ['customer', "Do it now or I'll get you fired, I know people there."]),
];
const PRESSURE_NEAR: Block[] = [
  b('not pressure: busy', {}, ["customer", "I'm at work right now, so I may have to put you on hold."]),
  b('not pressure: not urgent', {}, ['customer', "It's not urgent, whenever you get a chance is fine."]),
];

const COACHING: Block[] = [
  b('coaching: telling me', { coaching: true }, ['customer', "Hold on, he's telling me the answer... what do I say now?"]),
  b('coaching: agent notices', { coaching: true }, ['agent', 'Is someone in the background telling you what to say?'], ['customer', 'No, no, it is just the TV.']),
  b('coaching: says to say', { coaching: true }, ['customer', 'Okay, um, she says to say it is for a vacation.']),
  b('coaching: whispering', { coaching: true }, ['customer', '[whispering] my date of birth is... [DATE_OF_BIRTH]']),
];
const COACHING_NEAR: Block[] = [
  b('not coaching: spouse on speaker', {}, ["customer", "My husband is here with me on speaker, he's on the account too."]),
  b('not coaching: will tell him', {}, ['customer', "I'll tell my son you said hi, he recommended you guys."]),
];

const SOLICIT: Block[] = [
  b('solicit card+cvv', { solicit: true }, ['agent', 'Please type your full card number and the CVV here so I can process the payment.']),
  b('solicit ssn bot', { solicit: true }, ['bot', 'To continue, please enter your social security number.']),
  b('solicit password', { solicit: true }, ['agent', 'Can you send me your password so I can log in and check?']),
  b('solicit pin', { solicit: true }, ['agent', "What's your PIN? I need it to unlock the card."]),
];
const SOLICIT_NEAR: Block[] = [
  b('safe: never share', {}, ['agent', 'For your security, never share your card number or PIN in chat.']),
  b('safe: secure link', {}, ['agent', "I've sent a secure payment link, please enter your card details there, not here."]),
  b('safe: customer asks', {}, ['customer', 'Can you tell me which card number is on file?'], ['agent', 'I can only see the last four digits, 1234.']),
];

const CLOSING: Block[] = [
  b('close', {}, ['agent', 'Is there anything else I can help with?'], ['customer', "No, that's all, thanks."]),
  b('close', {}, ['agent', "You're all set. Have a great day!"], ['customer', 'Thanks, bye.']),
  b('close', {}, ['agent', 'Thanks for your patience today.']),
];

const RESOLUTIONS: Block[] = [
  b('resolve', {}, ['agent', 'Let me check that for you.'], ['agent', 'I can see what happened there, I have fixed it on my end.']),
  b('resolve', {}, ['agent', 'I see the issue. I have opened a case and you will get an email within two days.']),
  b('resolve', {}, ['agent', "Okay, I've taken care of that. It should show on your account tomorrow."]),
];

const CALLS: Channel[] = ['asr', 'call_transcript'];

function render(channel: Channel, lines: Line[]): string {
  if (channel === 'call_transcript') {
    const style = pick([
      ['Agent:', 'Customer:', 'Other:'], ['Rep:', 'Caller:', 'Third party:'], ['[agent]', '[customer]', '[third party]'],
      ['AGENT:', 'CUSTOMER:', 'OTHER:'], ['Agent [PERSON]:', 'Customer:', 'Other:'],
    ]);
    return lines.map(([r, t]) => `${r === 'customer' ? style[1] : r === 'third' ? style[2] : style[0]} ${t}`).join('\n');
  }
  if (channel === 'asr') {
    const asrify = (t: string): string => t.toLowerCase().replace(/\[([a-z_]+)\]/g, (_, l: string) => `[${l.toUpperCase()}]`).replace(/[.,?!]/g, '').replace(/\s+/g, ' ').trim();
    const mode = pick(['speakers', 'roles', 'none']);
    if (mode === 'none') return lines.map(([, t]) => asrify(t)).join(' ');
    if (mode === 'roles') return lines.map(([r, t]) => `${r === 'customer' ? 'customer' : 'agent'}: ${asrify(t)}`).join('\n');
    return lines.map(([r, t]) => `Speaker ${r === 'customer' ? 2 : r === 'third' ? 3 : 1}: ${asrify(t)}`).join('\n');
  }
  // chat
  const style = pick(['plain', 'timestamps', 'names']);
  let minute = 1;
  return lines.map(([r, t]) => {
    const who = r === 'bot' ? 'Bot' : r === 'customer' ? (style === 'names' ? '[PERSON_1]' : 'Customer') : style === 'names' ? 'Agent [PERSON_2]' : 'Agent';
    const stamp = style === 'timestamps' ? `12:${String(minute++).padStart(2, '0')} ` : '';
    return `${stamp}${who}: ${t}`;
  }).join('\n');
}

function expectedFor(channel: Channel, blocks: Block[]): string[] {
  const has = (k: keyof Meaning): boolean => blocks.some((x) => x.means[k]);
  const index = (k: keyof Meaning): number => blocks.findIndex((x) => x.means[k]);
  const out: string[] = [];
  const call = CALLS.includes(channel);
  if (call && has('cardSpoken')) out.push('pci.sensitive_auth_data');
  if (has('readback')) out.push('pci.card_readback');
  if (has('ssnFull')) out.push('ssn.full_requested');
  if (call && !blocks.some((x) => x.means.disclosure === 'opening')) out.push('disclosure.recording_missing');
  if (has('changeDone')) {
    const ok = index('verifiedOk');
    if (ok === -1 || ok > index('changeDone')) out.push('verify.missing_before_change');
  }
  if ((channel === 'chat' || channel === 'email') && (has('solicit') || has('asksSensitive'))) out.push('solicit.sensitive_in_text');
  if (has('verifyFailed')) out.push('fraud.verification_failed');
  if (has('contactChange') && has('payout')) out.push('fraud.contact_change_with_payout');
  if (has('pressure')) out.push('fraud.pressure');
  if (has('coaching')) out.push('fraud.coaching');
  return out.sort();
}

function conversation(channel: Channel): Block[] {
  const blocks: Block[] = [];
  const call = CALLS.includes(channel);
  if (call) blocks.push(chance(0.65) ? pick(GREETING_DISCLOSED) : pick(GREETING_BARE));
  else blocks.push(pick(CHAT_GREETING));
  const issue = pick(ISSUES);
  blocks.push(issue);
  if (chance(0.2)) blocks.push(chance(0.5) ? pick(PRESSURE) : pick(PRESSURE_NEAR));
  if (chance(0.12)) blocks.push(chance(0.6) ? pick(COACHING) : pick(COACHING_NEAR));
  const verify = rand();
  const change = chance(0.35);
  const verifyFirst = chance(0.6);
  if (change && !verifyFirst) blocks.push(chance(0.8) ? pick(CHANGE_DONE) : pick(CHANGE_REFUSED));
  if (verify < 0.55) blocks.push(pick(VERIFY_OK));
  else if (verify < 0.75) blocks.push(pick(VERIFY_FAILED));
  if (change && verifyFirst) blocks.push(pick(CHANGE_DONE));
  if (chance(0.2)) blocks.push(pick(PAYOUT));
  if (chance(0.15)) blocks.push(chance(0.6) ? pick(SSN_FULL) : pick(SSN_NEAR));
  if (channel !== 'chat' && chance(0.3)) {
    blocks.push(pick(CARD_SPOKEN));
    const r = rand();
    if (r < 0.35) blocks.push(pick(READBACK));
    else if (r < 0.6) blocks.push(pick(NO_READBACK));
  }
  if (channel === 'chat' && chance(0.35)) blocks.push(chance(0.55) ? pick(SOLICIT) : pick(SOLICIT_NEAR));
  if (call && chance(0.08) && !blocks.some((x) => x.means.disclosure)) blocks.splice(2, 0, LATE_DISCLOSURE);
  blocks.push(pick(RESOLUTIONS));
  blocks.push(pick(CLOSING));
  return blocks;
}

const EMAIL_ISSUES = [
  'There is a charge on my statement I do not recognize, please look into it.',
  'My package has still not arrived and the tracking number does not work.',
  'I was charged a monthly fee that I was told would be waived.',
  'I would like to cancel my membership at the end of this month.',
  'My refund has not appeared on my account yet.',
];

function email(): EvalCase {
  const fromAgent = chance(0.5);
  if (fromAgent) {
    const solicit = chance(0.45);
    const body = solicit
      ? pick([
          'To process your refund, please reply with your full account number and routing number.',
          'So we can verify the card, please reply with the full card number, expiration date and CVV.',
          'Please send us your social security number so we can locate your file.',
        ])
      : pick([
          'Please never send your card number or password by email. We will never ask for them.',
          'You can update your payment details securely in the app under Settings; please do not include card details in your reply.',
          'Your refund has been processed and should arrive within five business days.',
        ]);
    const text = `Subject: Re: Your recent request\n\nDear [PERSON],\n\nThank you for contacting Northwind support. ${body}\n\nKind regards,\nNorthwind Support Team`;
    return { id: '', channel: 'email', redactedText: text, expected: solicit ? ['solicit.sensitive_in_text'] : [], note: solicit ? 'agent email solicits sensitive data' : 'agent email, safe' };
  }
  const parts = [pick(EMAIL_ISSUES)];
  const expected: string[] = [];
  const pressure = chance(0.3);
  if (pressure) parts.push(pick(['I need this resolved immediately, this is urgent.', 'If this is not fixed by Friday my attorney will be in touch.']));
  const takeover = chance(0.25);
  if (takeover) parts.push('Also, I have moved: please change my address to [STREET_ADDRESS] and send a replacement card there.');
  if (pressure) expected.push('fraud.pressure');
  if (takeover) expected.push('fraud.contact_change_with_payout');
  const text = `Subject: Help with my account\n\nHi,\n\n${parts.join(' ')}\n\nThanks,\n[PERSON]\n[PHONE_NUMBER]`;
  return { id: '', channel: 'email', redactedText: text, expected: expected.sort(), note: 'customer email' };
}

function ticket(): EvalCase {
  const variants: Array<[string, string[]]> = [
    ['Ticket 4411. Customer reports a duplicate charge on the last statement. Refund requested, case opened with billing.', []],
    ['Caller failed verification twice (date of birth does not match). Did not proceed. Advised to visit a branch.', ['fraud.verification_failed']],
    ['Customer verified via one-time code. Updated mailing address to [STREET_ADDRESS] at customer request.', []],
    ['Customer could not log in, password reset link sent to [EMAIL_ADDRESS] after identity verified with security questions.', []],
    ['Package marked delivered but not received. Carrier claim filed. Customer contact [PHONE_NUMBER].', []],
    ['Customer extremely upset, says she will sue if the late fee is not removed right now. Fee waived as goodwill.', ['fraud.pressure']],
  ];
  const [text, expected] = pick(variants);
  return { id: '', channel: 'ticket', redactedText: text, expected, note: 'ticket note' };
}

export function generateCases(count: number): EvalCase[] {
  const cases: EvalCase[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    let c: EvalCase;
    if (r < 0.1) c = email();
    else if (r < 0.15) c = ticket();
    else {
      const channel: Channel = r < 0.5 ? 'call_transcript' : r < 0.72 ? 'asr' : 'chat';
      const blocks = conversation(channel);
      const lines = blocks.flatMap((x) => x.lines);
      c = { id: '', channel, redactedText: render(channel, lines), expected: expectedFor(channel, blocks), note: blocks.map((x) => x.note).join(' | ') };
    }
    c.id = `gen-${String(i + 1).padStart(3, '0')}`;
    cases.push(c);
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = generateCases(170);
  const out = new URL('./cases.jsonl', import.meta.url);
  const kept = existsSync(out)
    ? readFileSync(out, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.includes('"id":"gen-'))
    : [];
  writeFileSync(out, [...kept, ...cases.map((c) => JSON.stringify(c))].join('\n') + '\n');
  console.log(`wrote ${cases.length} generated cases (kept ${kept.length} hand-written) to eval/insights/cases.jsonl`);
}
