import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spokenViews, type NormalizedView } from './index.js';

/** The view texts of `text`, grouped first. */
function texts(text: string): string[] {
  return spokenViews(text).map((v) => v.text);
}

/** Maps the first occurrence of `needle` in some view back to the original pieces it came from. */
function back(text: string, needle: string): string[] {
  for (const v of spokenViews(text)) {
    const at = v.text.indexOf(needle);
    if (at >= 0) return v.toOriginal(at, at + needle.length).map((r) => text.slice(r.start, r.end));
  }
  throw new Error(`"${needle}" is in no view of the text`);
}

function grouped(text: string): NormalizedView {
  const v = spokenViews(text)[0];
  if (!v) throw new Error('no view');
  return v;
}

describe('spokenViews: fast path', () => {
  it('returns no view when nothing is spoken', () => {
    expect(spokenViews('')).toEqual([]);
    expect(spokenViews('My card was declined at the store yesterday.')).toEqual([]);
    expect(spokenViews('Order #123456789 shipped, total $45.10')).toEqual([]);
  });

  it('returns no view for a lone number word', () => {
    expect(spokenViews('one moment please')).toEqual([]);
    expect(spokenViews('oh okay, thanks')).toEqual([]);
    expect(spokenViews('the first thing i noticed')).toEqual([]);
  });
});

describe('spokenViews: digits', () => {
  it('reads digits said one by one', () => {
    expect(texts('card is four one one one')).toContain('card is 4111');
  });

  it('reads oh and o as zero inside a run', () => {
    expect(texts('zip nine oh two one oh')).toContain('zip 90210');
    expect(texts('it is one o five')).toContain('it is 105');
  });

  it('reads double and triple', () => {
    expect(texts('double five triple seven oh nine')).toContain('5577709');
    expect(texts('four double oh one')).toContain('4001');
  });

  it('reads teens, tens, hundreds and thousands', () => {
    expect(texts('forty two')).toContain('42');
    expect(texts('it was four hundred and twelve')).toContain('it was 412');
    expect(texts('two thousand five')).toContain('2005');
    expect(texts('two thousand and twelve')).toContain('2012');
    expect(texts('nineteen eighty two')).toContain('1982');
    expect(texts('nineteen oh five')).toContain('1905');
    expect(texts('twenty twenty four')).toContain('2024');
    expect(texts('twenty oh five')).toContain('2005');
  });

  it('drops fillers inside a run and keeps groups apart by one space', () => {
    expect(texts('four one one one um one one one one')).toEqual(['4111 1111', '41111111']);
    expect(texts('four one one one let me see one one one one')).toContain('4111 1111');
    expect(texts("four one one one sorry that's one one one one")).toContain('4111 1111');
    expect(texts('four one one one, one one one one, one one one one, one one one one')).toEqual([
      '4111 1111 1111 1111',
      '4111111111111111',
    ]);
  });

  it('does not let linking words join whole numbers', () => {
    const t = texts('two thousand five and twenty twenty four');
    expect(t).toContain('2005 and 2024');
  });

  it('prefers digit-by-digit readings and also gives the compact reading', () => {
    expect(texts('four fifty elm road')).toEqual(['4 50 elm road', '450 elm road']);
  });

  it('reads street numbers said digit by digit', () => {
    expect(texts('i live at one two three main street')).toContain('i live at 123 main street');
  });

  it('reads "oh" after a whole number as a zero', () => {
    expect(texts('account eighty six oh twenty five')).toContain('account 86025');
    expect(texts('it is oh eighty five three two')).toEqual(['it is 0 85 32', 'it is 08532']);
  });

  it('reads a single-digit house number before a street name', () => {
    expect(texts("it's three pacific terrace suite nine")).toContain("it's 3 pacific terrace suite 9");
  });

  it('leaves times, amounts and counts as words', () => {
    expect(spokenViews('can i move my eight fifteen appointment')).toEqual([]);
    expect(spokenViews('i was charged two hundred dollars')).toEqual([]);
    expect(spokenViews('call me at nine thirty am')).toEqual([]);
  });

  it('reads a single digit after a unit word', () => {
    expect(texts('apartment two')).toContain('apartment 2');
  });

  it('keeps written digits as they are and reads mixed runs', () => {
    expect(texts('4111 one one one one')).toContain('4111 1111');
  });
});

describe('spokenViews: dates and expiries', () => {
  it('reads a month and an ordinal day with a year', () => {
    expect(texts('born march fourth nineteen eighty two')).toContain('born march 4 1982');
  });

  it('reads "the fourth of march eighty two"', () => {
    expect(texts('the fourth of march eighty two')).toContain('the 4 march 82');
  });

  it('reads compound ordinals', () => {
    expect(texts('march twenty second nineteen ninety')).toContain('march 22 1990');
  });

  it('reads digit-pair dates as month, day and year', () => {
    expect(texts('oh three oh four eighty two')).toEqual(['03 04 82', '03/04/82']);
    expect(texts('zero three zero four nineteen eighty two')).toContain('03 04 1982');
  });

  it('reads spoken expiries', () => {
    expect(texts('expires oh nine twenty seven')).toContain('expires 09 27');
    expect(texts('expires oh nine slash twenty seven')).toContain('expires 09/27');
  });

  it('leaves ordinals alone away from months', () => {
    expect(spokenViews('the first time and the second time')).toEqual([]);
  });
});

describe('spokenViews: international numbers, IP and IBAN', () => {
  it('writes "plus" as + against the digits', () => {
    expect(texts('use plus four four two oh seven nine four six oh nine five eight')).toContain('use +442079460958');
  });

  it('writes "dot" between numbers as a dot (IP addresses)', () => {
    expect(texts('it says one ninety two dot one sixty eight dot zero dot two thirty one')).toContain(
      'it says 192.168.0.231',
    );
  });

  it('keeps "dot" of an e-mail address as a word', () => {
    expect(spokenViews('jsmith at outlook dot com')).toEqual([]);
  });

  it('writes the spelled country of an IBAN against its digits', () => {
    const t = texts('transfer to h r eight three one five nine six eight nine');
    expect(t).toContain('transfer to HR 83159689');
    expect(t.some((x) => x.includes('HR83159689'))).toBe(true);
  });
});

describe('spokenViews: a card read in one breath with expiry and code', () => {
  it('ends the card number where its checksum does, then writes expiry and code', () => {
    // 4111 1111 1111 1111, expiry 07/26, code 660.
    const text = 'card four one one one one one one one one one one one one one one one oh seven twenty six six six zero';
    expect(texts(text)).toContain('card 4111111111111111; 07/26; 660');
    expect(back(text, '4111111111111111;')).toEqual([text.slice(5, text.indexOf(' oh seven'))]);
  });

  it('ends a year after a month before the code that follows', () => {
    expect(texts('december twenty six zero six three')).toContain("december '26; 063");
  });
});

describe('spokenViews: offsets', () => {
  it('maps a run back to exactly its number words', () => {
    const text = 'my card number is four one one one um one one one one thanks';
    expect(back(text, '4111 1111')).toEqual(['four one one one um one one one one']);
    const v = grouped(text);
    const at = v.text.indexOf('4111');
    const [r] = v.toOriginal(at, at + 9);
    expect(r).toEqual({ start: text.indexOf('four'), end: text.indexOf(' thanks') });
  });

  it('maps part of a run to the words that said it', () => {
    const text = 'it is four one two three';
    const v = grouped(text);
    const at = v.text.indexOf('4123');
    expect(v.toOriginal(at + 1, at + 3).map((r) => text.slice(r.start, r.end))).toEqual(['one two']);
  });

  it('maps copied text character for character', () => {
    const text = 'call five five five one two one two today';
    const v = grouped(text);
    const at = v.text.indexOf('today');
    expect(v.toOriginal(at, at + 5)).toEqual([{ start: text.indexOf('today'), end: text.length }]);
    expect(v.toOriginal(0, 4)).toEqual([{ start: 0, end: 4 }]);
  });

  it('keeps UTF-16 offsets exact around astral characters', () => {
    const text = '😀 é card four one one one 😀';
    expect(back(text, '4111')).toEqual(['four one one one']);
  });

  it('maps a date across the month word to one range', () => {
    const text = 'born on the fourth of march eighty two ok';
    const v = spokenViews(text)[0]!;
    const at = v.text.indexOf('4 march 82');
    expect(v.toOriginal(at, at + '4 march 82'.length).map((r) => text.slice(r.start, r.end))).toEqual([
      'fourth of march eighty two',
    ]);
  });
});

describe('spokenViews: several turns', () => {
  const text = [
    'Customer: my card is four one one one',
    'Agent: okay',
    'Customer: one one one one',
    'Agent: mhm',
    'Customer: one one one one one one one one',
    'Agent: thanks',
  ].join('\n');

  it('joins digits of one speaker over the other speaker\'s turns', () => {
    expect(texts(text).some((t) => t.includes('4111111111111111'))).toBe(true);
    expect(texts(text).some((t) => t.includes('4111 1111 11111111'))).toBe(true);
  });

  it('maps the joined run to one range per utterance piece, never the other speaker', () => {
    expect(back(text, '4111111111111111')).toEqual([
      'four one one one',
      'one one one one',
      'one one one one one one one one',
    ]);
  });

  it('joins [customer] style labels and plain ASR lines', () => {
    const bracket = '[customer] four one one one\n[agent] ok\n[customer] one one one one';
    expect(back(bracket, '41111111')).toEqual(['four one one one', 'one one one one']);
    const plain = 'my number is five five five\none two three\nfour five six seven';
    expect(back(plain, '5551234567')).toEqual(['five five five', 'one two three', 'four five six seven']);
  });

  it('does not join across another speaker\'s digits with the wrong speaker', () => {
    const t = 'Agent: one two three\nCustomer: four five six';
    expect(texts(t).every((x) => !x.includes('123456'))).toBe(true);
  });

  it('keeps the unjoined reading too', () => {
    const t = 'Customer: zip is nine oh two one oh\nAgent: and phone\nCustomer: five five five one two three four five six seven';
    expect(texts(t)[0]).toContain('90210');
    expect(texts(t)[0]).toContain('5551234567');
  });

  it('does not join across a new question from the other speaker', () => {
    const t = [
      'caller: birthday is october fourteenth nineteen forty six',
      'agent: please read me the long number on the card',
      'caller: five three eight seven seven one six four four forty one six',
      'agent: mhm',
      'caller: eight four seven three',
      'agent: and the expiration date',
      'caller: oh seven twenty six',
    ].join('\n');
    const all = texts(t);
    expect(all.some((x) => x.includes('5387716444168473'))).toBe(true);
    expect(all.every((x) => !x.includes('19465387'))).toBe(true);
    expect(all.every((x) => !x.includes('84730726'))).toBe(true);
  });

  it('skips a short backchannel line between unlabelled ASR lines', () => {
    const t = 'four one one one one one one one\ngot it\none one one one one one one one';
    expect(back(t, '4111111111111111')).toEqual(['four one one one one one one one', 'one one one one one one one one']);
  });

  it('joins written digits split over turns', () => {
    const t = 'Customer: 4111 1111\nAgent: ok\nCustomer: 1111 1111';
    expect(back(t, '4111111111111111')).toEqual(['4111 1111', '1111 1111']);
  });

  it('reads chat labels with a clock time and a name in parentheses as speakers', () => {
    const t = '[4:36 PM] You: card is 4111 1111\n[4:36 PM] Dana (Support): ok\n[4:37 PM] You: 1111 1111';
    expect(back(t, '4111111111111111')).toEqual(['4111 1111', '1111 1111']);
    const plain = '00:34 Marisol (agent): go ahead\n00:41 Hunter: 4111 1111\n00:52 Hunter: 1111 1111';
    expect(back(plain, '4111111111111111')).toEqual(['4111 1111', '1111 1111']);
  });

  it('never joins a number to the clock time that opens the next message', () => {
    const t = '[4:36] my sim is +353 87-042-3426\n[4:37] thanks, bye';
    expect(texts(t).every((x) => !x.includes('3426 4'))).toBe(true);
  });
});

describe('spokenViews: properties', () => {
  const words = [
    'one', 'two', 'oh', 'o', 'nine', 'double', 'triple', 'twenty', 'nineteen', 'hundred', 'thousand', 'fourth',
    'march', 'of', 'the', 'um', 'and', 'slash', 'dash', 'card', 'Customer:', 'Agent:', '[agent]', '\n', ',', '.',
    '😀', 'é', '42', 'apartment', 'let me see', 'x',
  ];
  const textArb = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((ws) => ws.join(' ')),
    fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((ws) => ws.join('')),
  );

  it('every range lies inside the original, non-empty, ordered and disjoint', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        for (const v of spokenViews(text)) {
          const s = a % (v.text.length + 1);
          const e = s + (b % (v.text.length - s + 1));
          const ranges = v.toOriginal(s, e);
          let prevEnd = -1;
          for (const r of ranges) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(r.start).toBeLessThan(r.end);
            expect(r.start).toBeGreaterThan(prevEnd);
            prevEnd = r.end;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the whole view maps back to text that covers every digit the view produced', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const v of spokenViews(text)) {
          const ranges = v.toOriginal(0, v.text.length);
          expect(ranges.length).toBeGreaterThan(0);
          for (const r of ranges) expect(r.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
