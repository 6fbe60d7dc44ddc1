import { describe, expect, it } from 'vitest';
import { findSharedInstruments, type InstrumentRecord } from './index.js';

const rec = (customerRef: string, type: InstrumentRecord['type'], instrumentToken: string, interactionId: string): InstrumentRecord => ({ customerRef, type, instrumentToken, interactionId });

describe('findSharedInstruments', () => {
  const records = [
    rec('c1', 'CREDIT_CARD', 'tok_card_A', 'i1'),
    rec('c2', 'CREDIT_CARD', 'tok_card_A', 'i2'),
    rec('c3', 'CREDIT_CARD', 'tok_card_A', 'i3'),
    rec('c3', 'CREDIT_CARD', 'tok_card_A', 'i4'), // same customer again: still 3 customers
    rec('c1', 'PHONE_NUMBER', 'tok_phone_B', 'i1'),
    rec('c2', 'PHONE_NUMBER', 'tok_phone_B', 'i2'),
    rec('c1', 'CREDIT_CARD', 'tok_card_C', 'i5'),
    rec('c1', 'CREDIT_CARD', 'tok_card_C', 'i6'),
    rec('c9', 'PHONE_NUMBER', 'tok_card_A', 'i9'), // equal token, other type: another instrument
  ];

  it('joins on type + token and counts distinct customers', () => {
    expect(findSharedInstruments(records, { minCustomers: 3 })).toEqual([
      { instrumentToken: 'tok_card_A', type: 'CREDIT_CARD', customerCount: 3, interactionIds: ['i1', 'i2', 'i3', 'i4'], customerRefs: ['c1', 'c2', 'c3'] },
    ]);
  });

  it('honours minCustomers and orders the most shared first', () => {
    const two = findSharedInstruments(records, { minCustomers: 2 });
    expect(two.map((s) => [s.type, s.instrumentToken, s.customerCount])).toEqual([
      ['CREDIT_CARD', 'tok_card_A', 3],
      ['PHONE_NUMBER', 'tok_phone_B', 2],
    ]);
    expect(findSharedInstruments(records, { minCustomers: 2, types: ['PHONE_NUMBER'] }).map((s) => s.instrumentToken)).toEqual(['tok_phone_B']);
  });

  it('defaults to 3 customers and rejects nonsense thresholds', () => {
    expect(findSharedInstruments(records)).toHaveLength(1);
    expect(findSharedInstruments([])).toEqual([]);
    expect(() => findSharedInstruments(records, { minCustomers: 1 })).toThrow(/minCustomers/);
  });
});
