/**
 * Call transcripts where the cue sits in the asking turn before the answer, not within a fixed
 * number of characters of it: the asker adds a remark (opening hours, a wait) before the caller
 * answers. Every sentence and value here is our own.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function values(text: string, type: EntityType): string[] {
  return detect(text, { types: [type] }).map((s) => text.slice(s.start, s.end));
}

function untouched(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return !detect(text).some((s) => s.start < at + value.length && at < s.end);
}

describe('SSN answered a turn after the question', () => {
  it('reads the SSN after the asker adds a remark', () => {
    const text = [
      'rep_a: can i get your social for the file',
      'rep_a: heads up our office hours are eight thirty to four fifteen',
      'caller_b: sure it is five two eight one one four seven three six',
      'rep_a: thanks',
    ].join('\n');
    expect(values(text, 'US_SSN')).toEqual(['five two eight one one four seven three six']);
  });

  it('reads the SSN right after a question on the line before', () => {
    const text = ['Agent: What is the social security number on the loan?', 'Customer: 614 20 9937'].join('\n');
    expect(values(text, 'US_SSN')).toEqual(['614 20 9937']);
  });

  it('leaves a case or order number asked for the same way', () => {
    const text = [
      'rep_a: do you have the case number handy',
      'rep_a: heads up our office hours are eight thirty to four fifteen',
      'caller_b: sure it is five two eight one one four seven three six',
    ].join('\n');
    expect(untouched(text, 'five two eight one one four seven three six')).toBe(true);
    const order = ['Agent: And the order number on that shipment?', 'Customer: 731 55 2048'].join('\n');
    expect(values(order, 'US_SSN')).toEqual([]);
  });
});

describe('ZIP said after a city, then the street read back', () => {
  it('reads the ZIP the view joins to the read-back', () => {
    const text = 'the service address is eight one two west maple court that is in fresno nine three seven two one so eight twelve west maple court correct';
    expect(values(text, 'POSTAL_CODE')).toEqual(['nine three seven two one']);
    const mailing = 'what is your mailing address two hundred eleven birch street toledo four three six one five so two eleven birch street right';
    expect(values(mailing, 'POSTAL_CODE')).toEqual(['four three six one five']);
  });

  it('leaves an order number or a number with no address before it', () => {
    const order = 'ship it to two hundred eleven birch street the order number is four three six one five so two eleven birch street right';
    expect(values(order, 'POSTAL_CODE')).toEqual([]);
    const noAddress = 'my member code is four three six one five so two eleven birch street is where i live';
    expect(values(noAddress, 'POSTAL_CODE')).toEqual([]);
  });
});
