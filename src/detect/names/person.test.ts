import { describe, expect, it } from 'vitest';
import { detect } from '../index.js';
import { nameRecognizers } from './index.js';
import { foundNames as names } from '../../../test/support/person-names.js';

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

describe('PERSON: names said without the usual cue', () => {
  it.each([
    // A relative named before "my son", "my wife".
    ['Customer: I am calling to book an appointment for Soo-jin, my son.', ['Soo-jin']],
    ['caller: i am calling to book an appointment for victoria my son', ['victoria']],
    // Someone added as an authorised user, before or after the verb.
    ['SPEAKER_01: can uh you add porter as an authorized user', ['porter']],
    ['Note: June Powell added as AU.', ['June Powell']],
    // The caller named before "called on behalf of".
    ['Łukasz called on behalf of Bill Almeida, no POA on file.', ['Łukasz', 'Bill Almeida']],
    // Hesitations inside the cue phrase.
    ['speaker 2: thank um you tendai bye', ['tendai']],
    ['agent: is there anything um else june\ncaller: no', ['june']],
    ['rep: evergreen telecom bao er speaking how may i help you', ['bao']],
    ['c: good afternoon mark like calling about a paperless billing', ['mark']],
    // A capitalised everyday word introduced as a person, and a brand said as a name.
    ["Agent: Hello, I'm Lan. Thanks for reaching out.", ['Lan']],
    ['Customer: Thank you Chase, bye.', ['Chase']],
    ['Chase: Hi, this is Chase Bhatt, I am calling about my account', ['Chase', 'Chase Bhatt']],
    // Everyday surnames where the introduction plainly ends.
    ["customer: hi this is guadalupe west i'm calling about my account", ['guadalupe west']],
    ["channel 2: hi yes it's chase ray i was on the phone with someone earlier", ['chase ray']],
    ['i spoke with max last week and she said it was fixed', ['max']],
    ['customer: my wife faith mansour is also on the account', ['faith mansour']],
    ["speaker 2: i'm calling for my father max he is hard of hearing", ['max']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('PERSON: surnames left behind', () => {
  it.each([
    ['[Customer] My name is Tendai He.', ['Tendai He']],
    ["c: uh yeah it's ebony ho\nc: i can't log in", ['ebony ho']],
    ['INTL XFER RETURNED, CUST Louis He TO RESEND.', ['Louis He']],
    ['Subject: Re: your case\n\nMrs. Do,\n\nI am following up', ['Do']],
    ['channel 1: can i have your full name please\nchannel 2: um sure carol r. st. john\nchannel 1: thanks', ['carol r. st. john']],
    ['cust: er yes hi joy a. do i have been a customer for years', ['joy a. do']],
    ['hmm i want to transfer seventy dollars to bo søndergaard the iban is', ['bo søndergaard']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take a state or a pronoun for a surname', () => {
    expect(names('I live at 2404 Wilson Road, Columbus OH 43262.')).toEqual([]);
    expect(names('thanks maria he said it would be fine')).toEqual(['maria']);
  });
});

describe('PERSON: answers, labels and tickets', () => {
  it.each([
    ['a: who am i speaking uh with today\nc: um jun aydin\na: thanks', ['jun aydin']],
    ['SPEAKER_00: can you tell me the account holder name\nSPEAKER_01: um april singh\n', ['april singh']],
    ['[00:00:08] agent: and what is your name\n[00:00:16] customer: um lan duong\n', ['lan duong']],
    // A month or brand that is a speaker's name: named by a cue once, or the label of several lines.
    ["[9:37 AM] April: You've been connected to April. How can I help?\n[9:39 AM] April: Can I have your full name please?", ['April', 'April', 'April']],
    ['[10:27 AM] April: Can you tell me the account holder name?\n[10:28 AM] Ricardo Núñez: Ricardo Núñez\n[10:31 AM] April: Thanks.', ['April', 'Ricardo Núñez', 'Ricardo Núñez', 'April']],
    // Ticket shorthand.
    ['Acct locked. Cust BROWN verified.', ['BROWN']],
    ['Esc to T2 per sup Gabriel. Cust Hall irate re downgrade $545.80.', ['Gabriel', 'Hall']],
    ['Expedia 117.33 dollars. CALLER: Soo-jin Suzuki | DOB October 4, 1968', ['Soo-jin Suzuki']],
    ['Intl xfer returned cust KOFI EDWARDS to resend.', ['KOFI EDWARDS']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '[9:01 AM] Customer: Wait, is 740-820-5036 the number you have?',
    'CUST REPORTS HACKED ACCT. LAST LOGIN 10.208.171.42.',
    'AUTH: DOB 1/4/1973. CUST REQUESTED duplicate charge.',
    'caller: sorry my kids um are loud',
    'Agent: who do I have the pleasure of speaking with?\n[Customer] My extended warranty was supposed to arrive',
    'Date: June 5\nNote: May 12\n',
  ])('leaves %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: e-mail openings and signatures', () => {
  it.each([
    ['Subject: Refund request\n\nTuan,\n\nI returned 2 charges', ['Tuan']],
    ['Subject: Re: your case 92984\n\nMirosław,\n\nWe tried to reach you', ['Mirosław']],
    ['From: Łukasz Lim <lukaszlim1984@example.com>\nTo: support@example.com', ['Łukasz Lim']],
    ['From: Rukmini Lane <r.lane@example.com>', ['Rukmini Lane']],
    ['Thanks,\nJune Moreau\n\nSent from my iPhone', ['June Moreau']],
    ['Best regards,\nMin-jun Martinez', ['Min-jun Martinez']],
    ['Thank you\nApril S. Owusu', ['April S. Owusu']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Hi,\n\nCould you send the card', 'Team,\n\nPlease review', 'Best,\nEvergreen Telecom Customer Care', 'Hello everyone,\nok'])(
    'leaves %s alone',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON: two-letter spellings', () => {
  it.each([
    ['a: could you spell that please\nc: v o\na: what is the address', ['v o']],
    ['Could you spell that please?\nIt\'s X. U.\nOk', ['X. U.']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('needs a spelling request', () => {
    expect(names('is that a b or not')).toEqual([]);
    expect(names('could you spell that please\nc: i a')).toEqual([]);
  });
});

describe('PERSON: ticket summary fields and shorthand', () => {
  it.each([
    ['Max Nair - CB# (513) 951-9912 - declined payment', ['Max Nair']],
    ['ESCALATION - Ji-hoon - wrong item - promised callback 5/27', ['Ji-hoon']],
    ['Esc to T2 per sup IRIS. Cust Silva irate re autopay', ['IRIS', 'Silva']],
    ['Per WILL: Tyler Salazar added as AU.', ['WILL', 'Tyler Salazar']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Walmart - cb# 555 0100 - refund', 'REFUND - Missing Package - Expedia', 'Per Amazon policy we refund', 'URGENT - Card Declined - retry'])(
    'leaves %s alone',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('PERSON: agents introduced after the company', () => {
  it.each([
    ['Agent: Pinecrest Gas support, Wren here. What can I do?', ['Wren']],
    ['pinecrest gas customer care dale speaking how can i help', ['dale']],
    ['pinecrest gas support min jae here what do you need', ['min jae']],
    ['Rep: Pinecrest Gas support, Will here.', ['Will']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Good morning, Pinecrest Gas customer care, how can I help?',
    'Dear Harborline Mobile team, my bill doubled.',
    'good morning harborline mobile customer service how can i help',
    'Rep: Harborline Mobile, this is how we do it.',
    'I want the balance of my Tim Hortons card.',
  ])('leaves the company in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: the agent named at the close of a call', () => {
  it.each([
    ["customer: that's all, appreciate it dale", ['dale']],
    ["caller: nope you've been so helpful robin", ['robin']],
    ["Customer: You've been great, Hazel.", ['Hazel']],
    ['b: no robin you were very kind thanks', ['robin']],
    ['Customer: Nope. Wren, you were a star.', ['Wren']],
    ["caller: i'll ask for dale next time", ['dale']],
    ["Customer: I'll ask for Will again.", ['Will']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['spk_1: sorry can you say that again', 'honestly you were quick', "I'll ask for a refund next time"])('leaves %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: a name found once, said again', () => {
  it.each([
    ['Agent (Robin): hello\nAgent (Robin): I read Robin\'s note from Monday.', ['Robin', 'Robin', "Robin"]],
    ['Customer: petra hill, and hill is spelled h i l l', ['petra hill', 'hill', 'h i l l']],
    ['Cust: Ines Marsh.\nAgent: I spoke to Marsh earlier, and Marsh is spelled M A R S H.', ['Ines Marsh', 'Marsh', 'Marsh', 'M A R S H']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not spread a name that is also a month into a date', () => {
    expect(names('[9:00] June Patel: hi\n[9:01] June Patel: is the office open in June 3?')).toEqual(['June Patel', 'June Patel']);
  });
});

describe('PERSON: written forms of a name', () => {
  it.each([
    ['From: "R. Marsh" <rmarsh@example.net>', ['R. Marsh']],
    ['From: "Marsh, Petra" <pm@example.net>', ['Marsh, Petra']],
    ['On Tue, Mar 3, 2026 at 9:10 AM Petra Marsh <pm@example.net> wrote:', ['Petra Marsh']],
    ['Intake — name: Hill, Ines · phone on file', ['Hill, Ines']],
    ['CUST HILL, OLUWASEUN CALLED RE LATE FEE', ['HILL, OLUWASEUN']],
    ['Customer: my name is Okafor, Will.', ['Okafor, Will']],
    ['Thanks again,\nMarsh, Petra', ['Marsh, Petra']],
    ['-- \nR. Marsh\nPhone: on file', ['R. Marsh']],
    ['Cheers,\nP. Marsh | 555 0100', ['P. Marsh']],
    ['> call me back please.\n> Ines da Costa', ['Ines da Costa']],
    ['The parcel never came.\nIsolde\n\nRegards,\nTomas', ['Isolde', 'Tomas']],
    ['Ref 4471 | Wren | card dispute', ['Wren']],
    ['ACH setup: RTN 011000015 / acct 12345678 for Okafor, Ines. first debit Monday.', ['Okafor, Ines']],
    ['payout to DE89 3704 0044 0532 0130 00 (Petra Marsh). done', ['Petra Marsh']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'From: Pinecrest Gas Support <help@pinecrest.example>',
    'payout acct updated to 12345678 (rtg 011000015).',
    'CALLER: CS1234567',
  ])('leaves %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: answers and spoken titles', () => {
  it.each([
    ['A: who is the beneficiary\nB: petra okafor\nA: and the iban', ['petra okafor']],
    ['Agent: And who was the intended recipient?\nCustomer: My landlord, Ines Marsh.', ['Ines Marsh']],
    ["Agent: What's her name?\nCustomer: R. Okafor.", ['R. Okafor']],
    ['Agent: How should it read?\nCustomer: It should be Petra Hill.', ['Petra Hill']],
    ['customer: its petra\nagent: great thanks mix okafor', ['petra', 'okafor']],
    ['thank you doctor marsh one moment', ['marsh']],
    ['my name is ines last name st clair', ['ines', 'st clair']],
    ['yes this is dale my son robin can talk for me', ['dale', 'robin']],
    ['the other driver was Petra Okafor, her phone is unknown', ['Petra Okafor']],
    ["Am I speaking with R. Marsh?", ['R. Marsh']],
    ["i'll transfer you to dale lane in billing", ['dale lane']],
    ['04/02 JM: Handoff from Robin to Wren: callback requested', ['Robin', 'Wren']],
    ['rebooted the router. contact ines 555-0100.', ['ines']],
    ['rep: and how should it read\ncaller: robin r o b i n', ['robin', 'r o b i n']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Agent: And your name, ma\'am?',
    'Customer: My name is misspelled on the account.',
    'Agent: who am I speaking with?\nCustomer: hi, i see two charges',
    'Agent: who am I speaking with?\nCustomer: my bill is too high',
    'spk_1: it\'s o r d four two nine one',
    "we mix the colours well",
    'Please contact Verizon at 555-0100.',
    'the other driver was fine, just shaken',
    'ACH setup: done for March',
  ])('leaves %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON: third parties, notes and typed thanks', () => {
  it.each([
    ['The agent Will told me the fee was gone', ['Will']],
    ['so my nephew Teo, he\'s Teodoro Lane on the lease', ['Teo', 'Teodoro Lane']],
    ['spk_1: my niece ines she\'s ines day on the account', ['ines', 'ines day']],
    ['ok tahnks ivy, bye', ['ivy']],
    ['thanx joy!', ['joy']],
    ['Ruby was born in 1961 so she is the older one', ['Ruby']],
    ['ticket escalated to Hope for review', ['Hope']],
    ['spoke to tech Dawn about the modem', ['Dawn']],
    ['Acct holder: PHAM THI HUONG', ['PHAM THI HUONG']],
    ["Customer: My name's Will, surname Adeyemi.", ['Will', 'Adeyemi']],
    ['transferred call to Hope in retentions', ['Hope']],
    ['Customer Nkosana Mabuza called about a double charge.', ['Nkosana Mabuza']],
    ["my mom's name is june", ['june']],
    ['ok thanks jasmine let me look', ['jasmine']],
    ['she goes by Kasia but legally it\'s Katarzyna Zielinska', ['Kasia', 'Katarzyna Zielinska']],
    ['Note: cust spouse Eamonn called in', ['Eamonn']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'ticket escalated to tier 2 billing',
    'I transferred the call to retentions',
    'Customer Service is closed on Sunday',
    'Sent on behalf of Acme Billing',
    "Name's fine as it is",
    'the baby was born in March',
    "He's Not happy with the fee",
    'ok tahnks for that',
    'the tech never came',
    'ok thanks let me look',
    "it's nine one two double five",
  ])('leaves %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('form field labels are not speaker names', () => {
  it.each(['Birthdate: 07/14/1979', 'birthdate: July 14th, 1979', 'Valid Thru: 09/27', 'DOB: 3/4/82', 'CVV: 123'])('leaves the label of %s alone', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still reads a name as a speaker label', () => {
    expect(names('Maria: hi there')).toEqual(['Maria']);
  });
});
