/**
 * How callers actually read values out: pauses, fillers, self-corrections, values split over turns
 * and read back. Each test is a form of speech, checked through detect() or the views.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';
import { spokenViews } from './index.js';

/** The text of every span of `type`. */
function found(text: string, type: EntityType): string[] {
  return detect(text)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));
}

/** Does some span of `type` cover the whole of `part`? */
function covers(text: string, type: EntityType, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return detect(text).some((s) => s.type === type && s.start <= at && s.end >= at + part.length);
}

function views(text: string): string[] {
  return spokenViews(text).map((v) => v.text);
}

describe('fillers of several words inside a value', () => {
  it('reads through "hang on", "hold on a second" and "one sec"', () => {
    expect(views('agent: card expiry\ncaller: oh nine uh hang on twenty seven')).toContain('agent: card expiry\ncaller: 0927');
    expect(views('my routing is one one one hold on a second nine three four')).toContain('my routing is 111934');
    expect(views('it is four two one one sec seven seven')).toContain('it is 421 77');
  });

  it('does not read "one sec" as a digit', () => {
    expect(views('one sec, it is four two one seven')).toContain('one sec, it is 4217');
  });

  it('finds a card expiry with a pause in the middle', () => {
    expect(found('agent: and when does it expire\ncaller: oh nine uh hang on twenty seven', 'CARD_EXPIRY')).toEqual(['oh nine uh hang on twenty seven']);
  });

  it('finds an account number with "hold on" in it', () => {
    const text = 'agent: the account number please\ncaller: six one two nine four hold on three three eight seven';
    expect(found(text, 'BANK_ACCOUNT')).toEqual(['six one two nine four hold on three three eight seven']);
  });

  it('reads a year said after its month with a pause between', () => {
    expect(views('caller: the card runs until march erm twenty twenty nine')).toContain('caller: the card runs until march 2029');
  });
});

describe('spoken e-mail addresses with a pause before "at"', () => {
  it('keeps the local part when a filler stands before "at"', () => {
    expect(found('the email is pkowalski uh hang on at outlook dot com', 'EMAIL_ADDRESS')).toEqual(['pkowalski uh hang on at outlook dot com']);
    expect(found('send it to mbright nine one um at g m x dot net', 'EMAIL_ADDRESS')).toEqual(['mbright nine one um at g m x dot net']);
    expect(found('sure to which address\ntjones let me see at yahoo dot com', 'EMAIL_ADDRESS')).toEqual(['tjones let me see at yahoo dot com']);
  });

  it('still ends the local part at a filler before it', () => {
    expect(found('my email is um pkowalski at outlook dot com', 'EMAIL_ADDRESS')).toEqual(['pkowalski at outlook dot com']);
  });
});

describe('self-corrections', () => {
  it('reads the corrected value, covering both readings', () => {
    expect(views('my cell is three one two no wait three one five five five five two nine four one')).toContain('my cell is 3155552941');
    const text = 'caller: my cell is three one two no wait three one five five five five two nine four one';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['three one two no wait three one five five five five two nine four one']);
  });

  it('replaces only the group that was wrong', () => {
    expect(views('card four nine one one, two two three three, six six sorry six seven seven eight')).toContain(
      'card 4911 2233 6778',
    );
  });

  it('reads "scratch that" and "i mean" as corrections', () => {
    expect(views('the zip is nine oh two scratch that nine oh two one four')).toContain('the zip is 90214');
    expect(views('routing two six one i mean two six three one one five three six four')).toContain('routing 263115364');
  });

  it('keeps both readings when the second does not start over', () => {
    expect(views('four two two two sorry that is three three three three')).toContain('4222 3333');
  });
});

describe('pauses written as ellipses', () => {
  it('reads a number paused with ellipses as one value', () => {
    const text = 'Agent: Best number to reach you?\nCustomer: three one two... five five five... eight eight one zero';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['three one two... five five five... eight eight one zero']);
  });

  it('reads a month and year with an ellipsis between', () => {
    expect(views('Customer: expires october... twenty twenty eight')).toContain('Customer: expires october 2028');
    expect(views('Customer: expires october, um, twenty twenty eight')).toContain('Customer: expires october 2028');
    expect(views('Customer: in may, twenty two people came')).not.toContain('Customer: in may 22 people came');
  });
});

describe('values over turns', () => {
  it('joins written digits when the other side only asks for the rest', () => {
    const text = 'Agent: I need your social.\nCustomer: 219-44\nAgent: Okay, and the rest?\nCustomer: 6173\nAgent: Thanks.';
    expect(covers(text, 'US_SSN', '219-44')).toBe(true);
    expect(covers(text, 'US_SSN', '6173')).toBe(true);
  });

  it('reads "bot/agent:" as a speaker label', () => {
    const text = '(09:14:02) user: my cell is 312 555\n(09:14:40) bot/agent: Mhm.\n(09:15:03) user: 2941';
    expect(covers(text, 'PHONE_NUMBER', '312 555')).toBe(true);
  });

  it('does not join a number that opens with "+" to the line before', () => {
    const text = 'Note: please update my address\nDenver, CO 80219\n+1 303 555 0199\n';
    expect(views(text).some((v) => v.includes('80219 1 303') || v.includes('8021913035550199'))).toBe(false);
  });

  it('does not join a whole phone number under unlabelled lines (a signature) to the line before', () => {
    const text = 'Regards,\nOla Berg\n12 Pine Road\nAustin, TX 73301\n512 555 0144\n';
    expect(views(text)).toEqual([]);
  });

  it('joins written pieces of unlabelled ASR lines across a backchannel', () => {
    const text = 'what is the best number\nit is 312 55\nokay\n5 0144\nthanks';
    expect(views(text)).toContain('what is the best number\nit is 3125550144\nokay\n\nthanks');
  });

  it('does not join a piece across a question about something else', () => {
    const text = 'caller: my social is four one two three four five six seven eight\nagent: and your dob\ncaller: oh one oh two eighty';
    expect(views(text).some((v) => v.includes('412345678010280'))).toBe(false);
  });
});

describe('read-backs of two values in one breath', () => {
  it('masks a routing and an account number read back together', () => {
    const text = [
      'agent: what is the routing number',
      'caller: zero two one zero zero zero zero two one',
      'agent: and the account number',
      'caller: seven seven one four two six nine one',
      'agent: let me read that back zero two one zero zero zero zero two one and seven seven one four two six nine one',
    ].join('\n');
    expect(covers(text, 'ROUTING_NUMBER', 'back zero two one zero zero zero zero two one'.slice(5))).toBe(true);
    const readBack = text.lastIndexOf('seven seven one four');
    expect(detect(text).some((s) => s.start <= readBack && s.end > readBack)).toBe(true);
  });
});

describe('other spoken forms', () => {
  it('reads a house number through a pause before the street', () => {
    expect(found('caller: we moved to eight uh hang on maple grove road', 'STREET_ADDRESS')).toEqual(['eight uh hang on maple grove road']);
  });

  it('reads "OH" before a ZIP as the state, not a zero', () => {
    expect(views('Caller: 12 Elm Street, Akron, OH four four three one one')).toContain('Caller: 12 Elm Street, Akron, OH 44311');
    expect(views('caller: five oh five one two')).toContain('caller: 50512');
  });

  it('reads a lower-case "oh" between a city and a ZIP as Ohio', () => {
    expect(views('caller: twelve birch lane toledo oh four three six one five')).toContain('caller: 12 birch lane toledo oh 43615');
    expect(views('caller: routing oh four three six one five')).toContain('caller: routing 043615');
    expect(views('caller: my pin is oh four three six one five')).toContain('caller: my pin is 043615');
  });

  it('reads a date of birth paused before the year', () => {
    expect(views('caller: i was born four nine um eighty one')).toContain('caller: i was born 4/9/81');
  });

  it('writes the bank code spelled inside an IBAN', () => {
    expect(views('caller: it is g b two nine n w b k six zero one six one three three one nine two six eight one nine')).toContain(
      'caller: it is GB29NWBK60161331926819',
    );
  });

  it('keeps a spoken dash between groups where groups are kept', () => {
    expect(views('caller: zip is six oh six one four dash two two oh nine')).toContain('caller: zip is 60614-2209');
    expect(found('caller: it is in chicago illinois six oh six one four dash two two oh nine', 'POSTAL_CODE')).toEqual([
      'six oh six one four dash two two oh nine',
    ]);
  });

  it('reads "oh" between dots as a zero octet', () => {
    expect(views('the login came from one nine two dot one six eight dot oh dot nine')).toContain('the login came from 192.168.0.9');
  });

  it('writes a bank code said between commas or ellipses, or at the end of a turn', () => {
    expect(views('Caller: g b two nine... n w b k... six zero one six... one three three one... nine two six eight... one nine')).toContain(
      'Caller: GB29NWBK60161331926819',
    );
    expect(views('caller: g b two nine, n w b k, six zero one six, one three three one, nine two six eight, one nine')).toContain(
      'caller: GB29NWBK60161331926819',
    );
    expect(views('caller: g b two nine n w b k um six zero one six one three three one nine two six eight one nine')).toContain(
      'caller: GB29NWBK60161331926819',
    );
    const split = 'caller: it is g b two nine n w b k\nagent: mhm\ncaller: then six zero one six one three three one nine two six eight one nine';
    expect(covers(split, 'IBAN', 'g b two nine n w b k')).toBe(true);
  });

  it('reads a correction made between ellipses', () => {
    expect(views('Caller: routing zero two one... um sorry... zero two six... zero zero nine... five nine three')).toContain(
      'Caller: routing 026 009 593',
    );
  });

  it('reads a teen before a year as a month, not as the first half of a year', () => {
    expect(views('caller: expires eleven twenty thirty one')[0]).toBe('caller: expires 11 2031');
    expect(views('caller: born nineteen seventy one')[0]).toBe('caller: born 1971');
  });

  it('writes letters spelled before an order number against its digits', () => {
    expect(views('caller: it is about order z t four four one nine two eight three one')).toContain('caller: it is about order ZT44192831');
    expect(found('caller: it is about order z t four four one nine two eight three one', 'PHONE_NUMBER')).toEqual([]);
  });

  it('does not read "that one" in the next turn as the rest of a number', () => {
    const text = 'the clinic on nine elm lane unit four\nyes that one you can call me later';
    expect(views(text).some((v) => v.includes('unit 4 1') || v.includes('unit 41'))).toBe(false);
  });

  it('still joins a last digit an ASR engine put on the next line', () => {
    const text = 'my account is five five one two oh nine four four\nthree and it was closed';
    expect(views(text)).toContain('my account is 551209443\n and it was closed');
  });

  it('reads a day and a year said as "twenty two thousand one" after a month', () => {
    expect(views('caller: born march twenty two thousand four')[0]).toBe('caller: born march 20 2004');
    expect(views('caller: it cost twenty two thousand four hundred')[0]).toBe('caller: it cost 22400');
  });

  it('reads a last "oh" said on its own as a zero', () => {
    expect(views('caller: c h four four, three one two three, four five six, oh')[0]).toBe('caller: CH 44 3123 456 0');
  });

  it('reads "thirty three twenty three" after a card as the year thirty and the code three twenty three', () => {
    const text = 'caller: card is five five five five four four four four three three three three one one one one oh nine thirty one forty four\nagent: thanks';
    expect(views(text)).toContain('caller: card is 5555444433331111; 09/30; 144\nagent: thanks');
    expect(found(text, 'CARD_CVV')).toEqual(['one forty four']);
  });

  it('does not join a year to digits after "and"', () => {
    expect(views('born the fifth of may nineteen eighty and four one two three four five six seven eight').some((v) => v.includes('1980412'))).toBe(false);
  });
});
