/**
 * Birth dates in the forms seen leaking on corpora the detector was not tuned on: month names with
 * dashes and two-digit years, "b/d" as a cue, a date of birth read back by the agent, a date given in
 * two turns, a verification line that names no birth at all. Example sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../index.js';

function births(text: string): string[] {
  return detect(text)
    .filter((s) => s.type === 'DATE_OF_BIRTH')
    .map((s) => text.slice(s.start, s.end));
}

function typesOf(text: string, value: string): string[] {
  const at = text.indexOf(value);
  return detect(text)
    .filter((s) => s.start < at + value.length && at < s.end)
    .map((s) => s.type);
}

describe('a month name with dashes and a two-digit year', () => {
  it('reads "Mon-DD-YY" after a birth cue', () => {
    expect(births('Pt. Lopez (DOB Jan-14-59) called about the bill.')).toEqual(['Jan-14-59']);
    expect(births('dob: SEP-30-72 | ph 555')).toEqual(['SEP-30-72']);
    expect(births('Birthdate - Dec-02-81\nAddress - 12 Elm')).toEqual(['Dec-02-81']);
  });

  it('leaves a transaction day written the same way alone', () => {
    expect(births('The refund posted Aug-18 and the card was reissued.')).toEqual([]);
  });
});

describe('"b/d" and "bday" as cues', () => {
  it('reads the date after "b/d"', () => {
    expect(births('talked w/ Marisol, b/d 7/9/63, wants the late fee waived')).toEqual(['7/9/63']);
    expect(births('searched by b/d 1988/02/17: no match')).toEqual(['1988/02/17']);
  });

  it('reads a month-name date after "b/d on file"', () => {
    expect(births('caller asked about the rate; b/d on file June 3rd 1979 matches.')).toEqual(['June 3rd 1979']);
  });
});

describe('a verification line with no birth cue', () => {
  it('reads a full date of a birth year next to a verified name and address', () => {
    expect(births('Identity confirmed: OKAFOR, LINDA, 03/15/71, 44 Birch Lane')).toEqual(['03/15/71']);
    expect(births('ID ok: Tomas Reyes, 19 Nov 1962, 8 Harbor Rd')).toEqual(['19 Nov 1962']);
    expect(births('Agent: 1/30/1949, thank you.')).toEqual(['1/30/1949']);
  });

  it('leaves dates of events alone, old or recent', () => {
    expect(births('Account opened 03/12/2004 at the Main St branch.')).toEqual([]);
    expect(births('Your payment of $45 posted 10/14/2025.')).toEqual([]);
    expect(births('Customer since 1998, renewal due 04/01/2026.')).toEqual([]);
    expect(births('Statement dated 11/02/2009 shows the fee.')).toEqual([]);
    expect(births('Policy effective 01/01/2005 per the contract.')).toEqual([]);
    expect(births('Router installed 3/4/2008 by the tech.')).toEqual([]);
  });
});

describe('a date of birth read back', () => {
  it('masks the agent\'s read-back after the caller\'s answer', () => {
    const text = 'Agent: and your birth date?\nCaller: it is 5/9/1980\nAgent: Okay so May 9th, 1980, correct?';
    expect(births(text)).toEqual(['5/9/1980', 'May 9th, 1980']);
  });

  it('masks a written read-back after a spoken year', () => {
    const text = 'Rep: And the year of birth?\nClient: nineteen sixty eight\nRep: I have 10/03/1968, is that right?';
    expect(births(text)).toContain('10/03/1968');
  });

  it('masks a spoken read-back', () => {
    const text = 'agent: what is your date of birth\ncaller: the second of march seventy four\nagent: i have march second nineteen seventy four is that right';
    const found = births(text).join(' | ');
    expect(found).toContain('second of march seventy four');
    expect(found).toContain('march second nineteen seventy four');
  });

  it('does not take a later transaction date for the birth date', () => {
    const text = 'Agent: date of birth?\nCaller: 4/5/77\nAgent: thanks. The charge on 02/26/2026 was duplicated.';
    expect(births(text)).toEqual(['4/5/77']);
  });
});

describe('a date of birth given in two turns', () => {
  it('masks the month and day after "hang on", and the year in its own turn', () => {
    const text = 'Agent: date of birth please\nCaller: hang on, march fourth\nAgent: and the year?\nCaller: nineteen seventy two\nAgent: thanks';
    const found = births(text).join(' | ');
    expect(found).toContain('march fourth');
    expect(found).toContain('nineteen seventy two');
  });
});

describe('a month and day of something else before a year question', () => {
  it('leaves a due date alone', () => {
    const text = 'agent: your next bill is due the twenty eighth of august\nagent: okay and year of birth\ncaller: eighty two';
    expect(births(text).join(' ')).not.toContain('august');
  });

  it('leaves a day and a clock time alone', () => {
    expect(births('[CRM NOTE] 14th of June 10pm - Acme\ncx Ana Ruiz asking about fees')).toEqual([]);
  });
});

describe('spoken birth dates', () => {
  it('reads digits said one by one, then the year', () => {
    const text = 'rep: can you verify your dob please\ncaller: it\'s eight zero three nineteen eighty five\nrep: perfect';
    expect(births(text).join(' ')).toContain('eight zero three nineteen eighty five');
  });

  it('reads a month and day run together, then a two-digit year, right after the question', () => {
    const text = 'Agent: Can I get your date of birth?\nCaller: um three oh seven eighty one\nAgent: thanks';
    expect(births(text).join(' ')).toContain('three oh seven eighty one');
  });

  it('reads a read-back the caller is asked to confirm', () => {
    const text = 'Agent: I have eleven four fifty nine, is that right?\nCaller: yes';
    expect(births(text).join(' ')).toContain('eleven four fifty nine');
  });

  it('reads month, day and year around the question on one ASR line', () => {
    const found = births('so october fifth what year nineteen seventy one').join(' | ');
    expect(found).toContain('october fifth');
    expect(found).toContain('nineteen seventy one');
  });

  it('reads a two-digit year after "and year of birth" on the same line', () => {
    const found = births('june ninth okay and year of birth seventy seven i have june the ninth').join(' | ');
    expect(found).toContain('june ninth');
    expect(found).toContain('seventy seven');
  });

  it('leaves a date followed by a spoken amount alone', () => {
    expect(births('channel 1: autopay is set for may ninth for four twenty one eighty')).toEqual([]);
  });

  it('leaves spoken amounts and case numbers alone', () => {
    expect(births('speaker 1: okay eight sixteen ninety five will post in two days')).toEqual([]);
    expect(births('agent: your case number is eight twenty nine forty seven')).toEqual([]);
    expect(births('agent: the fare is seven hundred ten thirty seven per person')).toEqual([]);
  });

  it('reads month and day as numbers and a year of two thousand', () => {
    const text = 'agent: your birthday?\ncaller: ten fourteen twenty oh two\nagent: thank you';
    expect(births(text).join(' ')).toContain('ten fourteen twenty oh two');
  });
});

describe('a birth date after another value in the same answer', () => {
  it('reads the date after the SSN when both were asked for', () => {
    const text = 'Agent: Please send your SSN and date of birth.\nCustomer: 512-40-7788 4 Feb 1966\nAgent: Thanks';
    expect(births(text)).toEqual(['4 Feb 1966']);
    expect(typesOf(text, '512-40-7788')).toEqual(['US_SSN']);
  });

  it('reads a numeric date after an SSN written in spaced groups', () => {
    const text = 'Support: please provide your SSN and date of birth.\nVisitor: 318 42 6690 3/22/58\nSupport: thanks';
    expect(births(text)).toEqual(['3/22/58']);
  });
});
