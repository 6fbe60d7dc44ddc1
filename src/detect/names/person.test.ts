import { describe, expect, it } from 'vitest';
import { detect } from '../index.js';
import { nameRecognizers } from './index.js';

/** PERSON stretches found by the name recognizers, overlapping finds merged as the engine would. */
function names(text: string, minScore = 0.4): string[] {
  const spans = nameRecognizers
    .flatMap((r) => r.analyze({ text, lower: text.toLowerCase(), channel: undefined }))
    .filter((s) => s.score >= minScore)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map((s) => text.slice(s.start, s.end));
}

describe('PERSON: cue phrases', () => {
  it.each([
    ['hi my name is john smith and my card is', ['john smith']],
    ["my name's priya ramaswamy", ['priya ramaswamy']],
    ['this is sarah from acme bank', ['sarah']],
    ['this is xochitl calling about my bill', ['xochitl']],
    ['Thank you for calling, this is Dmitri with billing', ['Dmitri']],
    ["you're speaking with mark today", ['mark']],
    ['you are speaking to Kofi Boateng', ['Kofi Boateng']],
    ["i'm jennifer and i need help", ['jennifer']],
    ['The name on the card is ROBERT O\'BRIEN', ["ROBERT O'BRIEN"]],
    ['the account holder is william turner', ['william turner']],
    ['card holder name: Anneliese Vogt', ['Anneliese Vogt']],
    ['I spoke with Mrs. Okafor yesterday', ['Okafor']],
    ['Dr. Lee will call back', ['Lee']],
    ['mister gonzalez called', ['gonzalez']],
    ['Dear Ms. Smith-Jones,\nThanks for writing.', ['Smith-Jones']],
    ['Dear Grant,\nYour refund is on its way.', ['Grant']],
    ['Cust: JOHN SMITH CB RE DISPUTE', ['JOHN SMITH']],
    ['Caller: Priya Ramaswamy called about a charge', ['Priya Ramaswamy']],
    ['Customer: Tomasz Wiśniewski', ['Tomasz Wiśniewski']],
    ['agent Tom transferred the call', ['Tom']],
    ['please ask for Bill when you call', ['Bill']],
    ['my husband david kim opened the account', ['david kim']],
    ['my last name is nakamura', ['nakamura']],
    ['under the name of Rosa Diaz', ['Rosa Diaz']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds a signature under a sign-off line', () => {
    const text = 'Hi team,\nMy Amazon order was charged twice.\nBest regards,\nEleanor Whitfield\n';
    expect(names(text)).toEqual(['Eleanor Whitfield']);
  });

  it('finds an agent name in a transcript greeting', () => {
    const text = 'Agent: thank you for calling acme this is maria how can i help\nCustomer: hi maria';
    expect(names(text)).toEqual(['maria', 'maria']);
  });

  it('puts the cue in the evidence', () => {
    const text = 'my name is john smith';
    const [s] = nameRecognizers[0]!.analyze({ text, lower: text, channel: 'asr' });
    expect(s?.evidence.context).toBe('name');
    expect(s?.type).toBe('PERSON');
  });
});

describe('PERSON: speakers, answers and notes', () => {
  it.each([
    ['Tyler (agent): Welcome to Contoso', ['Tyler']],
    ['[1:32 PM] jack (Support): Hi there!', ['jack']],
    ['[6:04 PM] Ji-hoon: Yeah, sure.', ['Ji-hoon']],
    ['Customer (François Salazar): Good afternoon', ['François Salazar']],
    ['Vu: May I have the name on the account?', ['Vu']],
    ['jose morrison: it is 870.868.2824', ['jose morrison']],
  ])('a speaker labelled by name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take role labels or field names for people', () => {
    expect(names('Agent: hello\nCustomer: hi\nSPEAKER_01: yes\nspk_0: ok\nSubject: Refund\nNote: called back')).toEqual([]);
    expect(names('Customer: Expires 09/25.\nCaller: Routing is 104372142\nAutopay: RTN 300923036')).toEqual([]);
  });

  it('takes the answer to a name question', () => {
    expect(names('agent: can i have your full name please\ncaller: um um mirosław macleod')).toEqual(['mirosław macleod']);
    expect(names("[Agent] Can I have your full name please?\n[Customer] Yeah, it's Anh Popov.")).toEqual(['Anh Popov']);
    expect(names('00:49 Rep: May I have the name on the account?\n00:52 Caller: Sure, Madison Sandoval.')).toEqual([
      'Madison Sandoval',
    ]);
  });

  it('does not take a second question for the answer', () => {
    expect(names('agent: can i start with your name\nagent: may i have the name on the account')).toEqual([]);
  });

  it.each([
    ["c: hmm hi yes it's papadopoulos i was on the phone", ['papadopoulos']],
    ['channel 2: uh thank you thao bye', ['thao']],
    ['Agent: Is there anything else, Quang?', ['Quang']],
    ["Agent: You've been connected to tendai. How can I help?", ['tendai']],
    ['[Agent] Lakeside Utilities, Aiko speaking, how may I help you?', ['Aiko']],
    ['customer: can you add grace wagner as an authorized user', ['grace wagner']],
    ['I want to transfer $203.24 to Bo Sun, the IBAN is', ['Bo Sun']],
    ['Beneficiary Ørjan Perez\nIBAN HU42', ['Ørjan Perez']],
    ['5/20 - f/u w/ Yui Hicks, sent 4 devices', ['Yui Hicks']],
    ['Cust Ty Eriksson cb 678-555-0146 re refund', ['Ty Eriksson']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves places, brands and acronyms alone', () => {
    expect(names('I live at 4285 Glenwood St., #4A in San Jose, zip 95141')).toEqual([]);
    expect(names('I want to dispute a Harris Teeter charge and a Kay Jewelers one')).toEqual([]);
    expect(names("there's a charge from ben & jerry's and one from Ben & Jerry's")).toEqual([]);
    expect(names('Rep: CVV please?\nCaller: IP is 98.242.175.247. ABA: 027036659')).toEqual([]);
    expect(names('From: Pinnacle Mortgage Support <support@pinnacle.example>')).toEqual([]);
    expect(names('one oh six eagle way in columbus zip four three two oh eight')).toEqual([]);
    expect(names('agent: lakeside utilities alice speaking how may i help you')).toEqual(['alice']);
  });
});

describe('PERSON: name list', () => {
  it('finds listed first names with their surnames in title case', () => {
    expect(names('Spoke with Jennifer Lopez about the refund')).toEqual(['Jennifer Lopez']);
  });

  it('finds them in lower case (ASR)', () => {
    expect(names('so jennifer lopez called about the refund')).toEqual(['jennifer lopez']);
  });

  it('finds them in upper case (tickets)', () => {
    expect(names('REFUND ISSUED TO JENNIFER LOPEZ PER SUPERVISOR')).toEqual(['JENNIFER LOPEZ']);
  });

  it('finds a surname-first ticket form', () => {
    expect(names('LOPEZ, JENNIFER - DISPUTE OPENED')).toEqual(['LOPEZ, JENNIFER']);
  });
});

describe('PERSON: the surname is never left behind', () => {
  it.each([
    ['my name is maria de la cruz', 'maria de la cruz'],
    ["my name is Sean O'Brien", "Sean O'Brien"],
    ['my name is Anna Smith-Jones', 'Anna Smith-Jones'],
    ['my name is john q public', 'john q public'],
    ['My name is John Q. Public.', 'John Q. Public'],
    ['my name is priya ramaswamy and i', 'priya ramaswamy'],
    ['this is ludwig van beethoven calling', 'ludwig van beethoven'],
    ['MY NAME IS JOHN WHITE.', 'JOHN WHITE'],
    ['name is Jean-Luc Picard', 'Jean-Luc Picard'],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});

describe('PERSON: spelled names', () => {
  it('marks a name spelled letter by letter', () => {
    expect(names('my last name is gonzalez g o n z a l e z')).toEqual(['gonzalez', 'g o n z a l e z']);
  });

  it('takes "s as in sam" into the spelled stretch', () => {
    expect(names("that's s as in sam m i t h")).toEqual(['s as in sam m i t h']);
  });

  it('reads hyphenated and upper-case spelling, and "double"', () => {
    expect(names('Last name: S-M-I-T-H')).toEqual(['S-M-I-T-H']);
    expect(names('spelled b u double l o c k')).toEqual(['b u double l o c k']);
  });

  it('does not take two letters or a lone "a" for spelling', () => {
    expect(names('i need a new card')).toEqual([]);
    expect(names('the u s office')).toEqual([]);
  });
});

describe('PERSON: what must survive', () => {
  it.each([
    'i will grant that may be true, mark the bill as paid and hope june is better',
    'chase called about my chase sapphire card',
    'I was charged by Amazon, Walmart and Netflix on my Visa',
    'my Apple watch and the apple store',
    'the package arrives Monday, March 5 or Tuesday',
    'I live in Austin near Dallas and flew to Paris in April',
    'Card Declined At Gas Station - Apple Pay Not Working',
    'Hi there, thanks for reaching out! Good morning team.',
    'hello thank you for calling customer service how can i help you today',
    'Dear Customer,\nYour order has shipped.\nThanks,\nThe Support Team',
    'Agent: thank you for calling, how may I help',
    'Customer: yes i would like to speak to a supervisor',
    'Best regards,\nCustomer Support',
    'will you be able to refund that',
    'the agent will review the dispute',
    'please bill me later and mark it urgent',
    'Refund Not Received; Account Locked After Password Reset',
    'I spoke with a supervisor and then with the manager',
    '123 Oak Dr Springfield',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps common-word names that are cued', () => {
    expect(names('my name is will')).toEqual(['will']);
    expect(names('hi, this is Chase from the billing team')).toEqual(['Chase']);
    expect(names('my name is june park')).toEqual(['june park']);
  });
});

describe('PERSON through detect()', () => {
  it('redacts the whole name and nothing of the brand', () => {
    const text = 'Customer: hi my name is maria de la cruz and amazon charged me twice';
    const people = detect(text).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));
    expect(people).toEqual(['maria de la cruz']);
  });

  it('joins a spoken name and its spelling', () => {
    const text = 'my last name is smith s as in sam m i t h';
    const people = detect(text).filter((s) => s.type === 'PERSON').map((s) => text.slice(s.start, s.end));
    expect(people.join('|')).toContain('s as in sam m i t h');
    expect(people.join('|')).toContain('smith');
  });
});
