import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function values(text: string, type: EntityType): string[] {
  return detect(text, { types: [type] }).map((s) => text.slice(s.start, s.end));
}

/** Card, expiry and code read in one go, no cue word for the expiry or the code. */
describe('card number, then expiry, then code', () => {
  it('finds a code after a month-name expiry read on the turn after the card (spoken)', () => {
    const text = "c: here's the card four oh one two eight eight eight eight\na: go ahead\nc: eight eight eight eight eighteen eighty one june twenty eight two six nine\na: thanks";
    expect(values(text, 'CARD_CVV')).toEqual(['two six nine']);
  });

  it('finds a month-name expiry and code on the turn after the card, across a backchannel', () => {
    const text = "speaker 2: here's the card four oh one two eight eight eight eight\nspeaker 1: mhm\nspeaker 2: eight eight eight eight one eight eight one march thirty three four two seven\nspeaker 1: where should we mail it";
    expect(values(text, 'CARD_EXPIRY')).toEqual(['march thirty three']);
    expect(values(text, 'CARD_CVV')).toEqual(['four two seven']);
  });

  it('finds a spelled-out code ("six hundred twenty nine") after a month-name expiry', () => {
    const text = "c: here's the card six oh one one one one one one\na: okay\nc: one one one one eleven seventeen april twenty nine six hundred twenty nine\na: got it";
    expect(values(text, 'CARD_CVV')).toEqual(['six hundred twenty nine']);
  });

  it('finds the expiry in the second message of a card sent in two (MM-YY and MMYY)', () => {
    const dashed = 'Customer: Here is the card: 4012\nCustomer: 8888-8888-1881 10-31 378\nAgent: thanks';
    expect(values(dashed, 'CARD_EXPIRY')).toEqual(['10-31']);
    const mmyy = 'Customer: Here is the card: 4012 8888\nCustomer: 8888 1881 0830 567\nAgent: thanks';
    expect(values(mmyy, 'CARD_EXPIRY')).toEqual(['0830']);
  });

  it('finds the code closing one run of card, expiry and code read in uneven groups', () => {
    const text = "c: here's the card 40 12 88 88 88 88 18 81 07 29 6937\na: thanks";
    expect(values(text, 'CARD_CVV')).toEqual(['6937']);
  });

  it('covers an expiry and code run together in speech ("oh two thirty three twenty three")', () => {
    const text = "cust: here's the card four nine nine nine eight five five oh two six six six oh seven seven one oh two thirty three twenty three\nrep: noted";
    const covered = detect(text).filter((s) => s.end > text.indexOf('oh two thirty'));
    expect(covered.map((s) => text.slice(s.start, s.end)).join(' ')).toContain('oh two thirty three twenty three');
  });

  it('finds the code after the expiry of a nineteen-digit card', () => {
    const text = "Customer: Here's the card: 6212 3456 7890 1234 502 8/26 584\n";
    expect(values(text, 'CARD_CVV')).toEqual(['584']);
  });

  it('does not read a date after a ZIP+4 as an expiry, nor an ordinal date', () => {
    const zip = 'cust called re stolen card, addr 807 Lake Lane 55170-5505\nDec 19 - f/u w/ Heather';
    expect(values(zip, 'CARD_EXPIRY')).toEqual([]);
    const ordinal = 'card not received, addr 35 Church Hwy 57149-8233\nFebruary 21st - f/u, sent 2 payments';
    expect(values(ordinal, 'CARD_EXPIRY')).toEqual([]);
  });

  it('does not take part of a card read in pieces for an expiry and code', () => {
    const text = "spk_1: okay it's 4000 0566\nspk_0: okay\nspk_1: 5566 5556\nspk_0: when does it expire";
    expect(values(text, 'CARD_CVV')).toEqual([]);
  });
});

describe('bank account read back', () => {
  it('finds an account number and its read-back joined into one run', () => {
    const text = 'uh account number 6263950 5872899 6263 95 0 5 87 28 99\nyes';
    expect(values(text, 'BANK_ACCOUNT')).toEqual(['6263950 5872899 6263 95 0 5 87 28 99']);
  });

  it('does not take a number read twice for an account when the account was named a line before', () => {
    const text = "reset the account\nwhat's the best callback number\n6145550106 6145550106\nyes";
    expect(values(text, 'BANK_ACCOUNT')).toEqual([]);
  });

  it('does not take the number "on the account" for an account number', () => {
    const text = 'a: i will need the social security number on the account\nc: it is 412 60\na: okay go on\nc: 3822';
    expect(values(text, 'BANK_ACCOUNT')).toEqual([]);
  });
});
