import { describe, expect, it } from 'vitest';
import { CardDetailsRecognizer } from './card-details.js';

const recognizer = new CardDetailsRecognizer();
function found(text: string): string[] {
  return recognizer
    .analyze({ text, lower: text.toLowerCase(), channel: undefined })
    .map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('CardDetailsRecognizer', () => {
  it('takes expiry and code listed right after a card number', () => {
    expect(found('5555  5555  5555  4444 - 11 29 - 481')).toEqual(['CARD_EXPIRY:11 29', 'CARD_CVV:481']);
    expect(found('visa 4012 8888 8888 1881|Mar 28|307 thanks')).toEqual(['CARD_EXPIRY:Mar 28', 'CARD_CVV:307']);
    expect(found('card 4111 1111 1111 1111, expires 07/30, then 2284')).toEqual(['CARD_EXPIRY:07/30', 'CARD_CVV:2284']);
  });

  it('does not take a transaction date, an amount or a short ending', () => {
    expect(found('4111 1111 1111 1111 charged $42.10 on 09/27')).toEqual([]);
    expect(found('the card ending 4417 was declined 09/27 at 10:30')).toEqual([]);
    expect(found('4111 1111 1111 1112 - 10 30 - 995')).toEqual([]);
  });
});

describe('CardDetailsRecognizer, spoken ordinal month', () => {
  it('takes "the Nth month of <year>" after an expiry cue or a card', () => {
    expect(found('agent: expiry date\ncaller: the eleventh month of thirty two')).toEqual(['CARD_EXPIRY:the eleventh month of thirty two']);
    expect(found('four one one one one one one one one one one one one one one one the sixth month of twenty eight')).toEqual(['CARD_EXPIRY:the sixth month of twenty eight']);
  });
  it('leaves other talk of months alone', () => {
    expect(found('we close the books in the third month of twenty twenty')).toEqual([]);
  });
  it('does not take the year of a transaction date in a table row as a code', () => {
    expect(found('| 4111 1111 1111 1111 | 10/28 | 2026-03-14 | $87.12 |')).toEqual(['CARD_EXPIRY:10/28']);
  });
});
