import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid } from './checksums.js';
import { changedBlocks, linesRead } from './analyzer.js';
import {
  createAnalyzer,
  defaultRecognizers,
  detect,
  resolveOverlaps,
  type AnalysisContext,
  type NormalizedView,
  type Recognizer,
  type Span,
} from './index.js';

function span(type: Span['type'], start: number, end: number, score: number): Span {
  return { type, start, end, score, recognizer: 'test', evidence: {} };
}

/** A recognizer that reports fixed spans: lets the engine be tested on its own. */
function fixed(name: string, spans: Span[], runsOnViews = false): Recognizer {
  return { name, types: [...new Set(spans.map((s) => s.type))], runsOnViews, analyze: () => spans };
}

describe('resolveOverlaps', () => {
  it('keeps the higher score and drops a span inside it', () => {
    const out = resolveOverlaps([span('PHONE_NUMBER', 5, 12, 0.5), span('CREDIT_CARD', 0, 19, 0.9)]);
    expect(out).toEqual([span('CREDIT_CARD', 0, 19, 0.9)]);
  });

  it('widens the winner over a partial overlap so no part of either value is left', () => {
    const out = resolveOverlaps([span('US_SSN', 0, 11, 0.9), span('PHONE_NUMBER', 4, 16, 0.6)]);
    expect(out).toEqual([span('US_SSN', 0, 16, 0.9)]);
  });

  it('keeps disjoint and touching spans apart, sorted by start', () => {
    const out = resolveOverlaps([span('EMAIL_ADDRESS', 10, 20, 0.9), span('PHONE_NUMBER', 0, 10, 0.5), span('IBAN', 30, 40, 1)]);
    expect(out.map((s) => [s.type, s.start, s.end])).toEqual([
      ['PHONE_NUMBER', 0, 10],
      ['EMAIL_ADDRESS', 10, 20],
      ['IBAN', 30, 40],
    ]);
  });

  it('merges a long low span bridging two kept ones into one', () => {
    const out = resolveOverlaps([span('CREDIT_CARD', 0, 5, 0.9), span('CARD_CVV', 10, 15, 0.8), span('BANK_ACCOUNT', 3, 12, 0.5)]);
    expect(out).toEqual([span('CREDIT_CARD', 0, 15, 0.9)]);
  });
});

describe('createAnalyzer', () => {
  it('runs a custom registry and applies minScore and the types filter', () => {
    const analyzer = createAnalyzer({
      recognizers: [fixed('A', [span('EMAIL_ADDRESS', 0, 3, 0.9), span('PHONE_NUMBER', 5, 8, 0.3)])],
      views: () => [],
    });
    expect(analyzer.analyze('abcdefghij').map((s) => s.type)).toEqual(['EMAIL_ADDRESS']);
    expect(analyzer.analyze('abcdefghij', { minScore: 0.2 }).map((s) => s.type)).toEqual(['EMAIL_ADDRESS', 'PHONE_NUMBER']);
    expect(analyzer.analyze('abcdefghij', { minScore: 0.2, types: ['PHONE_NUMBER'] }).map((s) => s.type)).toEqual(['PHONE_NUMBER']);
  });

  it('drops spans a recognizer reports outside the text', () => {
    const analyzer = createAnalyzer({ recognizers: [fixed('Bad', [span('IBAN', 5, 50, 1), span('IBAN', -1, 2, 1)])], views: () => [] });
    expect(analyzer.analyze('short')).toEqual([]);
  });

  it('maps spans found in a normalised view back to the original, one span per range', () => {
    const original = 'four one then later on two two done';
    // The view reads "four one" (0-8) and "two two" (23-30) as one number "4122".
    const view: NormalizedView = { text: '4122', toOriginal: () => [{ start: 0, end: 8 }, { start: 23, end: 30 }] };
    const viewRecognizer: Recognizer = {
      name: 'ViewOnly',
      types: ['BANK_ACCOUNT'],
      runsOnViews: true,
      analyze: (ctx: AnalysisContext) => (ctx.text === '4122' ? [span('BANK_ACCOUNT', 0, 4, 0.9)] : []),
    };
    const analyzer = createAnalyzer({ recognizers: [viewRecognizer], views: () => [view] });
    const out = analyzer.analyze(original);
    expect(out.map((s) => [original.slice(s.start, s.end), s.evidence.normalized])).toEqual([
      ['four one', 'spoken'],
      ['two two', 'spoken'],
    ]);
  });

  it('ignores a view span that maps only onto written digits (the original pass owns those)', () => {
    const original = 'call 7226. [4:42 PM]';
    const view: NormalizedView = { text: '72264', toOriginal: () => [{ start: 5, end: 9 }, { start: 12, end: 13 }] };
    const viewRecognizer: Recognizer = {
      name: 'ViewOnly',
      types: ['PHONE_NUMBER'],
      runsOnViews: true,
      analyze: (ctx: AnalysisContext) => (ctx.text === '72264' ? [span('PHONE_NUMBER', 0, 5, 0.9)] : []),
    };
    expect(createAnalyzer({ recognizers: [viewRecognizer], views: () => [view] }).analyze(original)).toEqual([]);
  });

  it('drops a view span of another type that sticks out of a value written in digits', () => {
    const original = 'login 10.95.189.50. two-factor code';
    const written: Recognizer = fixed('Written', [span('IP_ADDRESS', 6, 18, 0.9)]);
    const view: NormalizedView = { text: 'login 10 95 189 50 2-factor code', toOriginal: () => [{ start: 6, end: 23 }] };
    const viewRecognizer: Recognizer = {
      name: 'ViewOnly',
      types: ['BANK_ACCOUNT'],
      runsOnViews: true,
      analyze: (ctx: AnalysisContext) => (ctx.view ? [span('BANK_ACCOUNT', 6, 20, 0.85)] : []),
    };
    const out = createAnalyzer({ recognizers: [written, viewRecognizer], views: () => [view] }).analyze(original);
    expect(out.map((s) => [s.type, original.slice(s.start, s.end)])).toEqual([['IP_ADDRESS', '10.95.189.50']]);
  });

  it('does not run recognizers without runsOnViews over the views', () => {
    let calls = 0;
    const r: Recognizer = { name: 'Plain', types: ['EMAIL_ADDRESS'], analyze: () => (calls++, []) };
    createAnalyzer({ recognizers: [r], views: (t) => [{ text: t, toOriginal: (s, e) => [{ start: s, end: e }] }] }).analyze('hello');
    expect(calls).toBe(1);
  });
});

describe('detect', () => {
  it('raises the score with a context word and records it', () => {
    const bare = detect('5551234567', { minScore: 0, types: ['PHONE_NUMBER'] });
    const cued = detect('call me at 5551234567', { types: ['PHONE_NUMBER'] });
    expect(bare[0]!.score).toBeLessThan(0.4);
    expect(cued[0]!.score).toBeGreaterThanOrEqual(0.8);
    expect(cued[0]!.evidence.context).toBe('call');
  });

  it('filters by type', () => {
    const text = 'email a@b.com or call (415) 555-0132';
    expect(detect(text, { types: ['EMAIL_ADDRESS'] }).map((s) => s.type)).toEqual(['EMAIL_ADDRESS']);
  });

  it('minScore 1 keeps only certain spans', () => {
    const text = 'card number 4111 1111 1111 1111, phone (415) 555-0132';
    expect(detect(text, { minScore: 1 }).map((s) => s.type)).toEqual(['CREDIT_CARD']);
  });

  it('returns nothing for empty text', () => {
    expect(detect('')).toEqual([]);
  });

  it('the default registry holds the written, spoken and name recognizers', () => {
    const names = defaultRecognizers().map((r) => r.name);
    for (const n of ['CardNumberRecognizer', 'UsSsnRecognizer', 'PhoneNumberRecognizer', 'IbanRecognizer', 'StreetAddressRecognizer', 'DateOfBirthRecognizer']) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('properties', () => {
  it('random text never yields out-of-range, overlapping or unsorted spans', () => {
    const alphabet = fc.constantFrom(...'0123456789 -./:()@+#$,aAbeEfFxX\nsStT'.split(''), ' card ', ' ssn ', ' exp ', ' call ', ' Main St ', ' dob ', ' IBAN GB29 ', '::');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')), (text) => {
        const spans = detect(text, { minScore: 0 });
        let prevEnd = 0;
        for (const s of spans) {
          if (!(s.start >= prevEnd && s.start < s.end && s.end <= text.length)) return false;
          if (!(s.score >= 0 && s.score <= 1) || !s.recognizer) return false;
          prevEnd = s.end;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('a Luhn-valid 16-digit number embedded anywhere with separators is found whole', () => {
    const cardDigits = fc
      .tuple(fc.constantFrom('4', '51', '52', '55', '6011', '3528'), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }))
      .map(([prefix, rest]) => {
        const body = (prefix + rest.join('')).slice(0, 15);
        for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c;
        throw new Error('unreachable');
      })
      .filter((d) => !/^(\d)\1+$/.test(d));
    const words = fc.array(fc.constantFrom('hello', 'the', 'charge', 'was', 'wrong', 'please', 'thanks', '$12.50', 'on', 'March', '5'), { maxLength: 8 });
    fc.assert(
      fc.property(cardDigits, fc.constantFrom(' ', '-', ''), words, words, (digits, sep, before, after) => {
        const card = digits.match(/.{4}/g)!.join(sep);
        const prefix = before.length ? before.join(' ') + ' ' : '';
        const text = prefix + card + (after.length ? ' ' + after.join(' ') : '');
        const spans = detect(text, { types: ['CREDIT_CARD'] });
        const start = prefix.length;
        return spans.some((s) => s.start <= start && s.end >= start + card.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spoken forms through the spoken-number views (src/detect/spoken)', () => {
  it.each([
    ['yeah my card number is four one one one one one one one one one one one one one one one', 'CREDIT_CARD', 'four one one one one one one one one one one one one one one one'],
    ['my social is one two three four five six seven eight nine', 'US_SSN', 'one two three four five six seven eight nine'],
    ['you can call me at four one five five five five zero one three two', 'PHONE_NUMBER', 'four one five five five five zero one three two'],
    ['my date of birth is march fourth nineteen eighty two', 'DATE_OF_BIRTH', 'march fourth nineteen eighty two'],
    ['the routing number is zero two one zero zero zero zero two one', 'ROUTING_NUMBER', 'zero two one zero zero zero zero two one'],
    ['my iban is g b two nine n w b k six zero one six one three three one nine two six eight one nine', 'IBAN', 'g b two nine n w b k six zero one six one three three one nine two six eight one nine'],
  ] as const)('%s', (text, type, value) => {
    const spans = detect(text, { types: [type] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([value]);
    expect(spans[0]!.evidence.normalized).toBe('spoken');
  });

  it('masks a spoken read-back of a value found earlier', () => {
    const text = 'agent: and the account number\ncaller: one two three four five six seven eight\nagent: i have one two three four five six seven eight';
    const spans = detect(text, { types: ['BANK_ACCOUNT'] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['one two three four five six seven eight', 'one two three four five six seven eight']);
  });

  it('leaves spoken amounts and transaction dates alone', () => {
    const text = 'so the charge was two hundred dollars on march fifth';
    expect(detect(text).filter((s) => s.type !== 'PERSON')).toEqual([]);
  });
});

describe('changedBlocks', () => {
  it('reads only the lines a view changed, with the two lines before and one after', () => {
    const original = 'a\nb\nc\nd: four two\ne\nf\ng';
    const view = 'a\nb\nc\nd: 42\ne\nf\ng';
    const blocks = changedBlocks(view, original);
    expect(blocks.map(([s, e]) => view.slice(s, e))).toEqual(['b\nc\nd: 42\ne']);
    expect(changedBlocks(original, original)).toEqual([]);
  });

  it('skips lines a view shares with a view read before it', () => {
    const original = 'a\nb\nc: four two\nd\ne\nf\ng\nh: forty two ten\ni';
    const grouped = 'a\nb\nc: 42\nd\ne\nf\ng\nh: 42 10\ni';
    const compact = 'a\nb\nc: 42\nd\ne\nf\ng\nh: 4210\ni';
    const read = linesRead(original);
    expect(changedBlocks(grouped, original, read).map(([s, e]) => grouped.slice(s, e))).toEqual(['a\nb\nc: 42\nd', 'f\ng\nh: 42 10\ni']);
    expect(changedBlocks(compact, original, read).map(([s, e]) => compact.slice(s, e))).toEqual(['f\ng\nh: 4210\ni']);
  });

  it('does not read again a turn whose digits a joined view moved up to the run they continue', () => {
    const original = 'a: four one one one\nb\nc\nd\ne\na: one one one one\nf';
    const grouped = 'a: 4111\nb\nc\nd\ne\na: 1111\nf';
    const joined = 'a: 4111 1111\nb\nc\nd\ne\na: \nf';
    const read = linesRead(original);
    changedBlocks(grouped, original, read);
    const moved = [joined.lastIndexOf('a: ') + 3];
    expect(changedBlocks(joined, original, read, moved).map(([s, e]) => joined.slice(s, e))).toEqual(['a: 4111 1111\nb']);
    // Without the mark, a shorter line is read as a change like any other.
    expect(changedBlocks(joined, original, linesRead(original)).length).toBe(2);
  });
});

describe('offsets stay exact when lower-casing changes the length of the text', () => {
  it('İstanbul (İ lower-cases to two code units)', () => {
    const text = 'İİİ İstanbul card 4111 1111 1111 1111 and jane@example.com';
    const spans = detect(text, { types: ['CREDIT_CARD', 'EMAIL_ADDRESS'] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['4111 1111 1111 1111', 'jane@example.com']);
  });
});

describe('guessChannel', () => {
  it('tells transcripts, e-mail and ASR text apart', async () => {
    const { guessChannel } = await import('./index.js');
    expect(guessChannel('Agent: hello\nCustomer: hi')).toBe('call_transcript');
    expect(guessChannel('From: a@b.com\nSubject: refund\n\nHello')).toBe('email');
    expect(guessChannel('so um yeah i was calling about the charge on my account it looks wrong')).toBe('asr');
    expect(guessChannel('Hello, I need help.')).toBeUndefined();
  });
});
