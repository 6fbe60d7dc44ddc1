/**
 * How people say and write addresses, ZIP codes, birthdays and SSNs when they hesitate, pause,
 * correct themselves or answer a question asked on the line before.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';

function values(text: string, type: EntityType): string[] {
  return detect(text, { types: [type] }).map((s) => text.slice(s.start, s.end));
}

describe('STREET_ADDRESS forms', () => {
  it.each([
    ['agent: where do you live\ncaller: i live at four four one eight uh hang on birchwood avenue', 'four four one eight uh hang on birchwood avenue'],
    ['Agent: Address on file?\nCaller: Sure, seventy one, Harbor Road, Reno', 'seventy one, Harbor Road'],
    ['Agent: Shipping address?\nCaller: two two nine... copper lane apt four', 'two two nine... copper lane apt four'],
    // A single number word stays a word in the spoken views; the address cue makes it a house number.
    ['Agent: What is the mailing address?\nCaller: It is six, quarry street unit two b', 'six, quarry street unit two b'],
    ['rep: and the delivery address\ncust: three um let me think granite way', 'three um let me think granite way'],
    // no cue, but a ZIP right after makes it an address
    ['Rep: And the other one?\nCust: two... willow court, same town, zip 50310.', 'two... willow court'],
  ])('reads %j', (text, value) => {
    expect(values(text, 'STREET_ADDRESS')).toEqual([value]);
  });

  it('does not run a ticket number into "Dr." on a later line', () => {
    expect(values('Subject: RE: Ticket 552190\n\nDear Dr. Okafor,\nThanks for writing.', 'STREET_ADDRESS')).toEqual([]);
  });

  it('leaves a count followed by a pause alone in written prose', () => {
    expect(values('We opened 12, Main Street was the first of them.', 'STREET_ADDRESS')).toEqual([]);
  });

  it('wants an address cue for a number word: "one harbor road" in passing is no address', () => {
    expect(values('Agent: anything else?\nCaller: I drove one, harbor road was closed', 'STREET_ADDRESS')).toEqual([]);
  });
});

describe('POSTAL_CODE forms', () => {
  it.each([
    // "dash" is a pause in a spoken view
    ['caller: seven one two maple court eugene oregon nine seven four oh one dash two two three eight', 'nine seven four oh one dash two two three eight'],
    ['caller: 48 birch lane boise idaho 83702 4411', '83702 4411'],
    // a city, no state, after a spoken street
    ["Caller: I'm at two, orchard way, that's in Reno, 89501.", '89501'],
    ['agent: zip code\ncaller: four four one oh two sorry four four one oh three', 'four four one oh two sorry four four one oh three'],
    ['agent: and the zip code\ncaller: five five four one two no no five five four one three', 'five five four one two no no five five four one three'],
  ])('reads %j', (text, value) => {
    expect(values(text, 'POSTAL_CODE')).toEqual([value]);
  });

  it('does not take nine digits read with a pause for a ZIP+4 without an address around', () => {
    expect(values('agent: what is the ssn\ncaller: five two one four three one two two four', 'POSTAL_CODE')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH forms', () => {
  it.each([
    // the cue is in the question; "on the account" is no transaction date
    ['Agent: And the date of birth on the account?\nCaller: hmm, 03/14/1979', '03/14/1979'],
    ['Agent: What birthday do we have on file?\nCaller: 7 June 1966.', '7 June 1966'],
    ['agent: the birthday on your profile\ncaller: the fourth of july um hang on nineteen eighty', 'the fourth of july um hang on nineteen eighty'],
    ['agent: date of birth please\ncaller: oh four... uh... oh four... nineteen seventy', 'oh four... uh... oh four... nineteen seventy'],
    ['agent: your dob\ncaller: two twenty sixty one', 'two twenty sixty one'],
    ['agent: your dob\ncaller: sure it is 1975 09 23', '1975 09 23'],
    ['Agent: Date of birth?\nCaller: The 3rd of March, 88.', 'The 3rd of March, 88'],
  ])('reads %j', (text, value) => {
    expect(values(text, 'DATE_OF_BIRTH')).toEqual([value]);
  });

  it('does not take a later date for the birthday when it was said in words', () => {
    const text = 'agent: birth date\ncaller: oh two oh nine nineteen fifty\nagent: the balance as of june tenth is forty dollars';
    expect(values(text, 'DATE_OF_BIRTH')).toEqual(['oh two oh nine nineteen fifty']);
  });

  it('still reads "charged on" as a transaction date, not a birthday', () => {
    expect(values('Agent: born when?\nCaller: I was charged on 04/02/2024', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('US_SSN forms', () => {
  it.each([
    // a false start, then the whole number
    ['agent: social security number please\ncaller: four one two uh sorry four one six five two two nine three one', 'four one two uh sorry four one six five two two nine three one'],
    ['agent: your ssn\ncaller: five two two scratch that five two three four four eight eight one one', 'five two two scratch that five two three four four eight eight one one'],
    // "date of birth and social" answered in that order
    ['agent: date of birth and social\ncaller: may third nineteen ninety and two one four five five six two two one', 'two one four five five six two two one'],
    // a hesitation the spoken view keeps as words
    ['agent: your ssn please\ncaller: four two seven um hang on three three one eight nine two', 'four two seven um hang on three three one eight nine two'],
  ])('reads %j', (text, value) => {
    expect(values(text, 'US_SSN')).toEqual([value]);
  });

  it('keeps mixed written separators odd, as Presidio does', () => {
    expect(detect('693-09.4444', { types: ['US_SSN'], minScore: 0.01 })).toEqual([]);
  });
});
