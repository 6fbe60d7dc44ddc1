/**
 * Forms of personal data that used to leak: answers to the previous turn's question, values sent
 * in two messages, expiries inside a card's run, names repeated as speaker labels, and more.
 * Each test also checks a near miss that must stay untouched.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from './index.js';

function found(text: string, type: EntityType): string[] {
  return detect(text)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));
}

function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return detect(text).some((s) => s.start <= at && s.end >= at + value.length);
}

describe('an answer to the question in the previous turn', () => {
  it('takes the account cue from the question line, however long the labels', () => {
    const t = 'Rep (Tomasz Kowalczyk): Which savings account should the refund go back to?\nCaller (Ana Beatriz Ruiz): 5512093847.\n';
    expect(found(t, 'BANK_ACCOUNT')).toEqual(['5512093847']);
  });

  it('takes the expiry cue from the question line', () => {
    const t = 'Agent: When does that card expire?\n\n03:11 Customer (Bo Lindqvist): 07 / 29.\n';
    expect(found(t, 'CARD_EXPIRY')).toEqual(['07 / 29']);
  });

  it('does not borrow a cue when the question asked for an order number', () => {
    const t = 'Agent: What is the order number on the receipt?\nCustomer: 55120938.\n';
    expect(found(t, 'BANK_ACCOUNT')).toEqual([]);
  });

  it('does not borrow a cue across a long sentence before the number', () => {
    const t = 'Agent: which account is this about?\nCustomer: well I called three times last week about the outage and the ticket is 55120938\n';
    expect(found(t, 'BANK_ACCOUNT')).toEqual([]);
  });
});

describe('a number sent in two messages', () => {
  it('joins a card split over two chat messages when the pieces pass Luhn', () => {
    const t = '[9:01 AM] Agent (Support): Which card should we charge?\n[9:02 AM] Maria Lopez: 5105\n[9:02 AM] Maria Lopez: 1051 0510 5100\n';
    expect(found(t, 'CREDIT_CARD')).toEqual(['5105', '1051 0510 5100']);
  });

  it('joins across one backchannel line', () => {
    const t = 'spk_1: the card number is 5105 1051 0510\nspk_0: mhm\nspk_1: 5100\nspk_0: thanks';
    expect(found(t, 'CREDIT_CARD')).toEqual(['5105 1051 0510', '5100']);
  });

  it('leaves two unrelated numbers on consecutive lines alone', () => {
    const t = 'Customer: my order was 5105\nCustomer: 1051 0510 5101 is the tracking code';
    expect(found(t, 'CREDIT_CARD')).toEqual([]);
  });

  it('joins an account number split after its cue', () => {
    const t = '[8:03 AM] Ana: routing 021000021, account 552\n[8:03 AM] Ana: 1093847\n';
    expect(found(t, 'BANK_ACCOUNT')).toEqual(['552', '1093847']);
  });

  it('masks a read-back split over two lines', () => {
    const t = 'agent: which account should we draft from\ncustomer: 552109384\nagent: i have 552109\n384 correct';
    expect(found(t, 'BANK_ACCOUNT')).toEqual(['552109384', '552109', '384']);
  });
});

describe('card expiry and code around a card number', () => {
  it('reads MMYY right after a card number in the same run', () => {
    const t = 'Customer: card is 5105-1051-0510-5100 0329 441 thanks';
    expect(found(t, 'CARD_EXPIRY')).toEqual(['0329']);
    expect(found(t, 'CARD_CVV')).toEqual(['441']);
  });

  it('reads a month-year pair right after a card number', () => {
    expect(found('Customer: 4111 1111 1111 1111 7-30 118', 'CARD_EXPIRY')).toEqual(['7-30']);
    expect(found('Here you go: 5105 1051 0510 5100 / 03-29 / 864', 'CARD_EXPIRY')).toEqual(['03-29']);
  });

  it('reads a month name after a card number with no card word around', () => {
    expect(found('Here you go: 5105 1051 0510 5100 / April 2030 / 118', 'CARD_EXPIRY')).toEqual(['April 2030']);
  });

  it('reads MM/YY between card digits and a three-digit code', () => {
    const t = 'Ana: first half 5105 1051\nAna: 0510 5100 11/32 772';
    expect(found(t, 'CARD_EXPIRY')).toEqual(['11/32']);
  });

  it('does not read a time as an expiry because credit was mentioned earlier', () => {
    const t = 'hi calling about a credit limit increase\nthe delivery window was six forty five and nobody came';
    expect(found(t, 'CARD_EXPIRY')).toEqual([]);
  });

  it('reads a code said as "six seventy two"', () => {
    expect(found('agent: and the cvv\ncustomer: it is six seventy two', 'CARD_CVV')).toEqual(['six seventy two']);
  });

  it('reads a code after a spoken expiry and a filler', () => {
    const t = 'c: 4111 1111 1111 1111 exp oh five twenty nine uh code eight six eight';
    expect(found(t, 'CARD_CVV')).toEqual(['eight six eight']);
  });
});

describe('ZIP codes after a state', () => {
  it('keeps Idaho apart from an "id" cue', () => {
    expect(found('Caller: I live at 12 Pine Road, Nampa ID 83651.', 'POSTAL_CODE')).toEqual(['83651']);
    expect(found('i live at 77 oak street, nampa id 83651', 'POSTAL_CODE')).toEqual(['83651']);
  });

  it('still treats a customer id as an identifier', () => {
    expect(found('my customer id 83651 please', 'POSTAL_CODE')).toEqual([]);
  });

  it('reads a spelled state with an o ("c o", "m o") as letters', () => {
    const t = "c: it's nine elm street boulder c o eight zero three oh two";
    expect(found(t, 'POSTAL_CODE')).toEqual(['eight zero three oh two']);
  });
});

describe('spoken forms', () => {
  it('reads an IBAN spelled out without the word iban', () => {
    const t = 'customer: why did the wire to d e eight nine three seven oh four double oh four four oh five three two oh one three oh double oh bounce';
    expect(found(t, 'IBAN')).toEqual(['d e eight nine three seven oh four double oh four four oh five three two oh one three oh double oh']);
  });

  it('reads a spelled IBAN said over two turns with a backchannel between', () => {
    const t = 'caller: why did the wire to d e eight nine three seven oh four\nagent: mhm\ncaller: double oh four four oh five three two oh one three oh double oh bounce\nagent: let me check';
    expect(found(t, 'IBAN')).toEqual(['d e eight nine three seven oh four', 'double oh four four oh five three two oh one three oh double oh']);
  });

  it('reads a social said with "like" in the middle', () => {
    const t = "agent: i need your ssn\ncustomer: sure it's four one two like fifty five nine eight seven six";
    expect(found(t, 'US_SSN')).toEqual(['four one two like fifty five nine eight seven six']);
  });
});

describe('a name found once is masked where it is repeated', () => {
  it('masks a name that is also a word where it stands as a speaker label', () => {
    const t = '[5:06 PM] Agent: Who am I chatting with?\n[5:07 PM] Lan: hello, my name is Lan Giordano.\n[5:09 PM] Lan: Do you open on Sunday?';
    const spans = found(t, 'PERSON');
    expect(spans.filter((s) => s === 'Lan')).toHaveLength(2);
    expect(covered(t, 'Do you')).toBe(false);
  });

  it('accepts a role label holding a name that is also a word', () => {
    const t = '02:02 Customer (Lan Nguyen): I want a refund.\n02:10 Customer (Lan Nguyen): thanks';
    expect(found(t, 'PERSON')).toEqual(['Lan Nguyen', 'Lan Nguyen']);
  });

  it('accepts a two-word chat label with a listed surname', () => {
    const t = '[1:01 PM] Jun Hayes: hello there\n[1:02 PM] Jun Hayes: are you open on Jun 5?';
    expect(found(t, 'PERSON')).toEqual(['Jun Hayes', 'Jun Hayes']);
  });

  it('does not spread a spoken number misread as a name', () => {
    const t = 'the window was six forty five and my name is Ola Nordmann';
    expect(covered(t, 'forty')).toBe(false);
  });

  it('does not take a possessive at the start of a line for a name', () => {
    expect(found('Customer: My Kindle Paperwhite never arrived.', 'PERSON')).toEqual([]);
  });

  it('keeps a surname that is also a word when the introduction ends after it', () => {
    expect(found("caller: hi this is justin woods i'm calling about my bill", 'PERSON')).toEqual(['justin woods']);
    expect(found('I spoke with Mrs. Okafor yesterday', 'PERSON')).toEqual(['Okafor']);
  });
});

describe('more spoken and run-together forms', () => {
  it('reads a birth date whose day and two-digit year the view runs together', () => {
    const t = "rep: and the patient's dob\ncust: it's march twelve fifty nine\nrep: thanks";
    expect(found(t, 'DATE_OF_BIRTH')).toEqual(['march twelve fifty nine']);
  });

  it('ignores "like" as a filler inside a cue', () => {
    const t = 'rep: can i get the date like of birth\ncust: may third nineteen eighty\nrep: thanks';
    expect(found(t, 'DATE_OF_BIRTH')).toEqual(['may third nineteen eighty']);
  });

  it('reads the month-year pair between the end of a card and its code', () => {
    const t = 'customer: card 5105 1051 0510\nagent: okay\ncustomer: 5100 06-31 902\n';
    expect(found(t, 'CARD_EXPIRY')).toEqual(['06-31']);
  });

  it('reads a code after an expiry that follows a 19-digit card', () => {
    expect(found("Here's the card: 6011-0009-9013-9424-118 4/31 557", 'CARD_CVV')).toEqual(['557']);
  });

  it('keeps a month and a coming year apart from a birth date', () => {
    expect(found('i paid on march 2024 and june 2031', 'DATE_OF_BIRTH')).toEqual([]);
  });
});
