/**
 * Forms of reading numbers out on a call that the first spoken forms missed: groups echoed by the
 * other side between turns, corrections that repeat the last digits, words ASR writes for digits
 * ("won", "ate", "too"), digits mixed with words, echoes inside one unpunctuated ASR line, and
 * read-backs written with spaced separators. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { detect, type EntityType } from '../index.js';
import { spokenViews } from './index.js';

/** Does some span of `type` cover the whole of `part` (its first occurrence at or after `from`)? */
function covers(text: string, type: EntityType, part: string, from = 0): boolean {
  const at = text.indexOf(part, from);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return detect(text).some((s) => s.type === type && s.start <= at && s.end >= at + part.length);
}

function typesFound(text: string): EntityType[] {
  return detect(text).map((s) => s.type);
}

function views(text: string): string[] {
  return spokenViews(text).map((v) => v.text);
}

describe('a value read in groups, each echoed by the other side', () => {
  it('joins a card read in four groups across echoed turns', () => {
    const text = [
      'rep: which card are we using today',
      'client: five one seven eight',
      'rep: five one seven eight got it',
      'client: five seven seven six',
      'rep: okay five seven seven six',
      'client: two seven one seven',
      'rep: mhm',
      'client: oh one three nine',
      'rep: thanks, anything else',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', 'five one seven eight')).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'two seven one seven')).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'oh one three nine')).toBe(true);
  });

  it('masks the echoes too, not only the groups read', () => {
    const text = [
      'rep: which card are we using today',
      'client: five one seven eight',
      'rep: five one seven eight got it',
      'client: five seven seven six',
      'rep: okay five seven seven six',
      'client: two seven one seven',
      'rep: mhm',
      'client: oh one three nine',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', 'five one seven eight got it')).toBe(false);
    expect(covers(text, 'CREDIT_CARD', 'five one seven eight', text.indexOf('rep: five'))).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'five seven seven six', text.indexOf('rep: okay'))).toBe(true);
  });

  it('joins a phone number said as pairs, with the echo in digits', () => {
    const text = [
      'Rep: and the best number to call you back on?',
      'Client: six one seven',
      'Rep: 617, okay',
      'Client: four four two',
      'Rep: uh huh',
      'Client: eighty one ten',
      'Rep: thanks.',
    ].join('\n');
    expect(covers(text, 'PHONE_NUMBER', 'six one seven')).toBe(true);
    expect(covers(text, 'PHONE_NUMBER', 'eighty one ten')).toBe(true);
  });

  it('joins groups when both sides are unlabelled lines of one ASR channel', () => {
    const text = [
      'what is the account number on the check',
      'six one two',
      'six one two',
      'nine eight four',
      'nine eight four okay',
      'three three one seven',
    ].join('\n');
    expect(covers(text, 'BANK_ACCOUNT', 'three three one seven')).toBe(true);
  });

  it('does not join two different numbers because a turn between repeats neither', () => {
    const text = [
      'agent: how many items did you order',
      'customer: three',
      'agent: and how many came broken',
      'customer: two',
    ].join('\n');
    expect(typesFound(text)).toEqual([]);
  });
});

describe('a correction that says the last digits again', () => {
  it('replaces the repeated digits instead of keeping both readings', () => {
    const text = 'agent: the card number please\ncaller: four nine one six six three no wait six three seven five zero zero four three five five four four';
    expect(views(text).some((v) => v.includes('4916637500435544'))).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'four nine one six six three no wait six three seven five')).toBe(true);
  });

  it('reads a restart after "wait" and a repeated tail of one digit that goes on', () => {
    expect(views('caller: six one seven wait six one seven four four two eight one one zero').some((v) => v.includes('6174428110'))).toBe(true);
    const text = 'caller: three seven one four four no no four four nine seven two seven two seven nine five seven two';
    expect(views(text).some((v) => v.includes('371449727279572'))).toBe(true);
  });

  it('does the same after "no no" and "sorry"', () => {
    const text = 'caller: okay it is five one seven eight six one nine one no no nine one seven eight four three five two zero four';
    expect(views(text).some((v) => v.includes('5178619178435204'))).toBe(true);
  });
});

describe('a remark between two groups', () => {
  it('joins the groups over one remark of the caller that asks nothing', () => {
    const text = [
      'Rep: the number on the card please',
      'Client: six zero one one',
      'Rep: six zero one one',
      'Client: sorry, the kids just got home',
      'Client: zero zero two zero',
      'Rep: mhm',
      'Client: nine six three five',
      'Rep: okay',
      'Client: eight one eight nine',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', 'six zero one one')).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'eight one eight nine')).toBe(true);
  });

  it('joins over a statement of the other side that names the account', () => {
    const text = [
      'Rep: and a number to call you back on',
      'Client: six one seven',
      "Rep: I'm putting a note on your account, case 58120.",
      'Client: four four two',
      'Rep: okay',
      'Client: eight one one zero',
    ].join('\n');
    expect(covers(text, 'PHONE_NUMBER', 'six one seven')).toBe(true);
    expect(covers(text, 'PHONE_NUMBER', 'eight one one zero')).toBe(true);
    expect(covers(text, 'PHONE_NUMBER', '58120')).toBe(false);
  });

  it('joins over two remarks, one of each side', () => {
    const text = [
      'rep: the card number please',
      'client: six zero one one',
      'client: oh and the tablet i got on may 3rd works fine',
      'rep: six zero one one mhm',
      'rep: i see a payment of forty dollars received last week thank you for that',
      'client: zero zero two zero',
      'rep: okay',
      'client: nine six three five',
      'client: eight one eight nine',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', 'eight one eight nine')).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'zero zero two zero')).toBe(true);
  });

  it('does not join over a question about something else', () => {
    const text = [
      'Rep: and the number on the card please',
      'Client: four five three two',
      'Rep: what is the zip code on the account?',
      'Client: zero one four two nine',
    ].join('\n');
    expect(covers(text, 'POSTAL_CODE', 'zero one four two nine')).toBe(true);
    expect(detect(text).some((s) => s.type === 'CREDIT_CARD')).toBe(false);
  });
});

describe('words ASR writes for digits', () => {
  it('reads "won", "ate" and "too" between digits', () => {
    const text = 'agent: card number\ncaller: five won seven ate five seven seven six too seven one seven oh one three nine';
    expect(views(text).some((v) => v.includes('5178577627170139'))).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'five won seven ate')).toBe(true);
  });

  it('reads "for" and "to" inside a long digit reading', () => {
    const text = 'agent: the routing number please\ncaller: to one one zero zero zero for two eight';
    expect(views(text).some((v) => v.includes('211000428'))).toBe(true);
  });

  it('reads a homophone in a group said on its own, and before a correction', () => {
    const text = ['rep: a good number to reach you', 'client: six for oh', 'rep: six for oh okay', 'client: two one two', 'rep: mhm', 'client: eight three one seven'].join('\n');
    expect(views(text).some((v) => v.includes('6402128317'))).toBe(true);
    const corrected = 'rep: card number\nclient: okay forty five thirty two oh too sorry oh too nine oh six oh nine six fifty';
    expect(views(corrected).some((v) => v.includes('4532029060'))).toBe(true);
  });

  it('does not read "for" after a date or a whole number as a digit', () => {
    const text = 'agent: the payment is scheduled for march third for two forty five eighty';
    for (const v of views(text)) expect(v).not.toContain('34');
  });

  it('reads "triple too", a last "to" of a turn that only reads digits, and "for" after "sorry"', () => {
    expect(views('caller: five four three two nine triple too five one zero four').some((v) => v.includes('543292225104'))).toBe(true);
    const turns = ['rep: and the card', 'client: four five three two', 'rep: okay', 'client: zero one nine to'].join('\n');
    expect(views(turns).some((v) => v.includes('45320192'))).toBe(true);
    expect(views('caller: sorry for five three two zero one four two nine').some((v) => v.includes('45320142'))).toBe(true);
  });

  it('does not read "for" after written digits', () => {
    const text = 'Agent: I see order 512-3344556-7788990 for $41.00, refunded today.';
    const at = text.indexOf('7788990');
    expect(detect(text).some((s) => s.start <= at && s.end > at)).toBe(false);
  });

  it('leaves "to", "for", "won" and "ate" alone in ordinary speech', () => {
    for (const text of [
      'caller: i went from two to four stores looking for one',
      'caller: give me five to ten minutes for the two of them',
      'caller: we won two tickets and ate three pies',
      'agent: we are open nine to five for six days a week',
    ]) {
      expect(typesFound(text)).toEqual([]);
      for (const v of views(text)) expect(v).not.toMatch(/\d{4}/);
    }
  });
});

describe('digits written and said in one reading', () => {
  it('finds a card that starts in digits and goes on in words', () => {
    const text = 'agent: the long number on the card\ncaller: sure 5425 two nine nine nine seven eight four five six two six one';
    expect(covers(text, 'CREDIT_CARD', '5425 two nine nine nine seven eight four five six two six one')).toBe(true);
  });
});

describe('amounts and clock times next to spoken numbers', () => {
  it('reads "four hundred twelve sixty" as an amount, not a ZIP or an account', () => {
    const text = 'agent: and your zip\ncaller: three oh two one four\nagent: we flagged four hundred twelve sixty at the pharmacy';
    expect(covers(text, 'POSTAL_CODE', 'three oh two one four')).toBe(true);
    const at = text.indexOf('four hundred');
    expect(detect(text).some((s) => s.start <= at && s.end > at)).toBe(false);
  });

  it('does not join the minutes of "9:40" to the number said after it', () => {
    for (const v of views('agent: the tech comes between 9:40 and nine fifty')) expect(v).not.toMatch(/\d{4}/);
  });
});

describe('written digits joined over a pause or a correction', () => {
  it('reads a routing number written in two pieces around an ellipsis', () => {
    const text = 'agent: the routing number first\ncaller: let me see 0260 ... 09593';
    expect(covers(text, 'ROUTING_NUMBER', '0260 ... 09593')).toBe(true);
  });

  it('ends a written number at a spaced dash before a word', () => {
    const text = 'ANA RUIZ - cb# 415-738-0132 - two-step login broken - refund $4.10';
    const at = text.indexOf('two-step');
    expect(detect(text).some((s) => s.start <= at && s.end > at)).toBe(false);
  });

  it('reads written digits corrected midway', () => {
    const text = 'agent: the routing number first\ncaller: 0260 sorry let me start over 0260 09593';
    expect(covers(text, 'ROUTING_NUMBER', '0260 sorry let me start over 0260 09593')).toBe(true);
  });
});

describe('a card read in one breath with its expiry', () => {
  it('reads the card apart from a slash date after a comma', () => {
    const text = 'Client: here it is, five one seven eight five seven seven six two seven one seven oh one three nine, nine slash twenty eight, four one two.';
    expect(covers(text, 'CREDIT_CARD', 'five one seven eight five seven seven six two seven one seven oh one three nine')).toBe(true);
  });
});

describe('a ZIP read back', () => {
  it('masks the agent repeating the ZIP in words or digits', () => {
    const text = ['agent: and the billing zip code', 'caller: zip is six oh six one four', 'agent: six oh six one four thank you', 'agent: so 60614, right?'].join('\n');
    expect(covers(text, 'POSTAL_CODE', 'six oh six one four', text.indexOf('agent: six'))).toBe(true);
    expect(covers(text, 'POSTAL_CODE', '60614')).toBe(true);
  });
});

describe('echoes inside one unpunctuated ASR line', () => {
  it('drops the echoed group before reading the card', () => {
    const text =
      'what card would you like to use today six zero one one okay six zero one one zero zero two zero mhm zero zero two zero nine six three five okay nine six three five eight one eight nine thank you';
    expect(covers(text, 'CREDIT_CARD', 'six zero one one okay six zero one one zero zero two zero')).toBe(true);
    expect(covers(text, 'CREDIT_CARD', 'eight one eight nine')).toBe(true);
  });

  it('keeps a ZIP said twice in one breath together', () => {
    const text = 'what is the zip on the account zip is three oh two one four three oh two one four thank you';
    expect(covers(text, 'POSTAL_CODE', 'three oh two one four three oh two one four')).toBe(true);
  });

  it('ends a number where its read-back starts', () => {
    const text =
      'the best number to reach you six one seven six one seven go ahead four four two eight one one zero so that is six one seven four four two eighty one ten yes';
    expect(covers(text, 'PHONE_NUMBER', 'six one seven six one seven go ahead four four two eight one one zero')).toBe(true);
    expect(covers(text, 'PHONE_NUMBER', 'six one seven four four two eighty one ten')).toBe(true);
  });

  it('reads whole numbers after "go ahead"', () => {
    const text = "what's the social on the account five two one five two one go ahead fourteen mhm sixty two ninety one thanks";
    expect(covers(text, 'US_SSN', 'five two one five two one go ahead fourteen mhm sixty two ninety one')).toBe(true);
  });

  it('ends a number at a read-back said in groups with "uh"', () => {
    const text =
      'a good number to reach you six one seven six one seven mhm four four two okay four four two eight one one zero so that is six one seven uh four four two uh eight one one zero';
    expect(covers(text, 'PHONE_NUMBER', 'six one seven six one seven mhm four four two okay four four two eight one one zero')).toBe(true);
  });

  it('keeps a pause before the last group of a phone number, not a correction', () => {
    const text = 'rep: best number for you\nclient: my cell is 617 four four two sorry four one one zero';
    expect(views(text).some((v) => v.includes('6174424110'))).toBe(true);
  });

  it('reads on through "go ahead" between groups', () => {
    const text = 'the card number please six zero one one go ahead zero zero seven five go ahead four eight six three two two eight nine';
    expect(views(text).some((v) => v.includes('6011007548632289'))).toBe(true);
  });
});

describe('read-backs written with spaced separators', () => {
  it('masks a read-back of a spoken phone number written "617 - 442 - 8110"', () => {
    const text = [
      'Rep: what is a good number to reach you',
      'Client: six one seven four four two eighty one ten',
      'Rep: So that is 617 - 442 - 8110?',
      'Client: yes',
    ].join('\n');
    expect(covers(text, 'PHONE_NUMBER', '617 - 442 - 8110')).toBe(true);
  });

  it('masks one written "4532, 014290, 60965, 0"', () => {
    const text = [
      'Rep: go ahead with the card number',
      'Client: four five three two zero one four two nine zero six zero nine six five zero',
      'Rep: Let me read that back. 4532, 01429, 0609650.',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', '4532, 01429, 0609650')).toBe(true);
  });

  it('masks a read-back written half in digits, half in words, with spaced dashes', () => {
    const text = [
      'Rep: go ahead with the card number',
      'Client: five one seven eight five seven seven six two seven one seven oh one three nine',
      'Rep: Let me read that back. 5178 - 5776 - two seven one seven - oh one three nine.',
    ].join('\n');
    expect(covers(text, 'CREDIT_CARD', '5178 - 5776 - two seven one seven - oh one three nine')).toBe(true);
  });

  it('masks a phone number said once without and once with the country code', () => {
    const text = [
      'rep: and a number in case we get cut off',
      'client: my cell hmm is six one seven four four two eight one one zero that is hmm the mobile',
      'rep: so that is one six one seven four four two',
      'client: mhm',
      'rep: eight one one zero',
    ].join('\n');
    expect(covers(text, 'PHONE_NUMBER', 'six one seven four four two eight one one zero')).toBe(true);
  });

  it('leaves an order number and an amount alone next to a read-back', () => {
    const text = [
      'Rep: what is a good number to reach you',
      'Client: six one seven four four two eighty one ten',
      'Rep: So that is 617 - 442 - 8110? Your order 5512 - 33 ships today for 42.10.',
    ].join('\n');
    const spans = detect(text);
    const order = text.indexOf('5512');
    expect(spans.some((s) => s.start <= order && s.end > order)).toBe(false);
  });
});
