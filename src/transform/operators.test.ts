import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EntityType, Span } from '../detect/index.js';
import { applyOperators, applyOperatorsAsync, prepareSpans } from './apply.js';
import { hmacSha256Hasher } from './node-hasher.js';
import { maskOperator, partialOperator } from './operators.js';
import { createPseudonymizer } from './pseudonymizer.js';
import { createPseudonymState } from './types.js';

/** A span over the first occurrence (or the nth) of `value` in `text`. */
function spanOf(text: string, value: string, type: EntityType, score = 0.9, from = 0): Span {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`test setup: ${value} not in text`);
  return { type, start, end: start + value.length, score, recognizer: `${type}Recognizer`, evidence: {} };
}

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.com';
const TEXT = `Card ${CARD}, mail ${EMAIL}, call +1 (415) 555-0123 or 415-555-0123.`;
const SPANS: Span[] = [
  spanOf(TEXT, CARD, 'CREDIT_CARD'),
  spanOf(TEXT, EMAIL, 'EMAIL_ADDRESS'),
  spanOf(TEXT, '+1 (415) 555-0123', 'PHONE_NUMBER'),
  spanOf(TEXT, '415-555-0123', 'PHONE_NUMBER', 0.9, TEXT.indexOf('or ')),
];

describe('label', () => {
  it('is the default and replaces each span by its type', () => {
    const out = applyOperators(TEXT, SPANS);
    expect(out.text).toBe('Card [CREDIT_CARD], mail [EMAIL_ADDRESS], call [PHONE_NUMBER] or [PHONE_NUMBER].');
  });

  it('reports input and output offsets for every entity', () => {
    const out = applyOperators(TEXT, SPANS);
    expect(out.entities).toHaveLength(4);
    for (const [i, e] of out.entities.entries()) {
      expect(e.start).toBe(SPANS[i]!.start);
      expect(e.end).toBe(SPANS[i]!.end);
      expect(e.recognizer).toBe(SPANS[i]!.recognizer);
      expect(out.text.slice(e.outputStart, e.outputEnd)).toBe(`[${e.type}]`);
    }
  });

  it('leaves text without spans untouched', () => {
    expect(applyOperators('nothing here', []).text).toBe('nothing here');
  });
});

describe('mask', () => {
  it('keeps the length and every offset', () => {
    const out = applyOperators(TEXT, SPANS, { operator: 'mask' });
    expect(out.text).toHaveLength(TEXT.length);
    expect(out.text).not.toContain('4111');
    expect(out.text).not.toContain('jane');
    expect(out.text.slice(SPANS[0]!.start, SPANS[0]!.end)).toBe('*'.repeat(CARD.length));
    for (const e of out.entities) {
      expect(e.outputStart).toBe(e.start);
      expect(e.outputEnd).toBe(e.end);
    }
  });

  it('uses the chosen fill character and rejects a longer one', () => {
    expect(applyOperators(TEXT, SPANS.slice(0, 1), { operator: 'mask', maskChar: '#' }).text).toContain('#'.repeat(CARD.length));
    expect(() => applyOperators(TEXT, SPANS, { operator: 'mask', maskChar: '##' })).toThrow(/maskChar/);
  });

  it('keeps line breaks inside a span', () => {
    expect(maskOperator('ab\ncd')).toBe('**\n**');
  });

  it('keeps length for any text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        const spans: Span[] = start < end ? [{ type: 'PERSON', start, end, score: 1, recognizer: 'x', evidence: {} }] : [];
        expect(applyOperators(text, spans, { operator: 'mask' }).text.length).toBe(text.length);
      }),
    );
  });
});

describe('partial', () => {
  it('keeps separators and only the last four digits of a card', () => {
    const out = applyOperators(TEXT, SPANS.slice(0, 1), { operator: 'partial' });
    expect(out.text).toBe(TEXT.replace(CARD, '**** **** **** 1111'));
  });

  it('does the same for phones, accounts and IBANs', () => {
    expect(partialOperator('PHONE_NUMBER', '+1 (415) 555-0123')).toBe('+* (***) ***-0123');
    expect(partialOperator('BANK_ACCOUNT', '000123456789')).toBe('********6789');
    expect(partialOperator('IBAN', 'GB82 WEST 1234 5698 7654 32')).toBe('**** **** **** **** **54 32');
    expect(partialOperator('CREDIT_CARD', '4111-1111-1111-1234')).toBe('****-****-****-1234');
  });

  it('masks completely where a last four makes no sense or would give too much away', () => {
    expect(partialOperator('EMAIL_ADDRESS', EMAIL)).toBe('*'.repeat(EMAIL.length));
    expect(partialOperator('US_SSN', '123-45-6789')).toBe('***********');
    expect(partialOperator('PHONE_NUMBER', '555-0123')).toBe('********');
    // A spoken card number: its words are not digits to keep.
    expect(partialOperator('CREDIT_CARD', 'four one one one 1111 1111 1111')).toBe('*'.repeat(31));
  });
});

describe('pseudonym', () => {
  const text = 'John Smith called. Later JOHN  smith and Mary Jones. Card 4111-1111-1111-1111 then 4111 1111 1111 1111.';
  const spans: Span[] = [
    spanOf(text, 'John Smith', 'PERSON'),
    spanOf(text, 'JOHN  smith', 'PERSON'),
    spanOf(text, 'Mary Jones', 'PERSON'),
    spanOf(text, '4111-1111-1111-1111', 'CREDIT_CARD'),
    spanOf(text, '4111 1111 1111 1111', 'CREDIT_CARD'),
  ];

  it('gives the same normalised value the same label, numbered per type', () => {
    const out = applyOperators(text, spans, { operator: 'pseudonym' });
    expect(out.text).toBe('[PERSON_1] called. Later [PERSON_1] and [PERSON_2]. Card [CREDIT_CARD_1] then [CREDIT_CARD_1].');
  });

  it('starts afresh for every document unless a state is shared', () => {
    const a = applyOperators('Mary Jones', [spanOf('Mary Jones', 'Mary Jones', 'PERSON')], { operator: 'pseudonym' });
    expect(a.text).toBe('[PERSON_1]');
    const state = createPseudonymState();
    applyOperators(text, spans, { operator: 'pseudonym', pseudonymState: state });
    const b = applyOperators('Hi Mary Jones and Bob', [spanOf('Hi Mary Jones and Bob', 'Mary Jones', 'PERSON'), spanOf('Hi Mary Jones and Bob', 'Bob', 'PERSON')], {
      operator: 'pseudonym',
      pseudonymState: state,
    });
    expect(b.text).toBe('Hi [PERSON_2] and [PERSON_3]');
  });

  it('matches a spoken number to its written form through the detector evidence', () => {
    const t = 'card 4111 1111 1111 1111 or four one one one';
    const spoken = { ...spanOf(t, 'four one one one', 'CREDIT_CARD'), evidence: { normalized: '4111111111111111' } };
    const out = applyOperators(t, [spanOf(t, '4111 1111 1111 1111', 'CREDIT_CARD'), spoken], { operator: 'pseudonym' });
    expect(out.text).toBe('card [CREDIT_CARD_1] or [CREDIT_CARD_1]');
  });
});

describe('pseudonymizer (one conversation)', () => {
  it('keeps labels stable across messages and re-identifies an answer', () => {
    const p = createPseudonymizer();
    const m1 = 'My name is Ann Lee, email ann@x.org';
    const r1 = p.apply(m1, [spanOf(m1, 'Ann Lee', 'PERSON'), spanOf(m1, 'ann@x.org', 'EMAIL_ADDRESS')]);
    expect(r1.text).toBe('My name is [PERSON_1], email [EMAIL_ADDRESS_1]');
    const m2 = 'Also ANN LEE and Tom Wu';
    const r2 = p.apply(m2, [spanOf(m2, 'ANN LEE', 'PERSON'), spanOf(m2, 'Tom Wu', 'PERSON')]);
    expect(r2.text).toBe('Also [PERSON_1] and [PERSON_2]');
    expect(p.reidentify('Dear [PERSON_1], we wrote to [EMAIL_ADDRESS_1]; [PERSON_2] too; [PERSON_9] unknown.')).toBe(
      'Dear Ann Lee, we wrote to ann@x.org; Tom Wu too; [PERSON_9] unknown.',
    );
    expect(p.entries().map((e) => [e.label, e.type])).toEqual([
      ['[PERSON_1]', 'PERSON'],
      ['[EMAIL_ADDRESS_1]', 'EMAIL_ADDRESS'],
      ['[PERSON_2]', 'PERSON'],
    ]);
  });

  it('keeps two conversations apart', () => {
    const a = createPseudonymizer();
    const b = createPseudonymizer();
    a.apply('Ann', [spanOf('Ann', 'Ann', 'PERSON')]);
    expect(b.reidentify('[PERSON_1]')).toBe('[PERSON_1]');
    expect(a.reidentify('[PERSON_1]')).toBe('Ann');
  });
});

describe('hash', () => {
  const hasher = hmacSha256Hasher('key-one');

  it('is stable across documents for one key and ignores formatting of digit types', () => {
    const t1 = `x ${CARD} y`;
    const t2 = 'z 4111-1111-1111-1111';
    const h1 = applyOperators(t1, [spanOf(t1, CARD, 'CREDIT_CARD')], { operator: 'hash', hasher }).text;
    const h2 = applyOperators(t2, [spanOf(t2, '4111-1111-1111-1111', 'CREDIT_CARD')], { operator: 'hash', hasher }).text;
    const digest1 = /\[CREDIT_CARD:([0-9a-f]{16})\]/.exec(h1)?.[1];
    expect(digest1).toBeDefined();
    expect(h2).toBe(`z [CREDIT_CARD:${digest1}]`);
  });

  it('is the truncated HMAC-SHA-256 of type:normalised value', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', 'key-one').update('EMAIL_ADDRESS:jane.doe@example.com').digest('hex').slice(0, 16);
    const t = 'JANE.DOE@example.com';
    expect(applyOperators(t, [spanOf(t, t, 'EMAIL_ADDRESS')], { operator: 'hash', hasher }).text).toBe(`[EMAIL_ADDRESS:${expected}]`);
  });

  it('differs between keys and between types', () => {
    const t = '123456789';
    const other = hmacSha256Hasher('key-two');
    const a = applyOperators(t, [spanOf(t, t, 'BANK_ACCOUNT')], { operator: 'hash', hasher }).text;
    const b = applyOperators(t, [spanOf(t, t, 'BANK_ACCOUNT')], { operator: 'hash', hasher: other }).text;
    const c = applyOperators(t, [spanOf(t, t, 'ROUTING_NUMBER')], { operator: 'hash', hasher }).text;
    expect(a).not.toBe(b);
    expect(a.split(':')[1]).not.toBe(c.split(':')[1]);
    expect(a).not.toContain(t);
  });

  it('refuses to run without a hasher instead of leaving values in clear', () => {
    expect(() => applyOperators(TEXT, SPANS, { operator: 'hash' })).toThrow(/hasher/);
    expect(() => hmacSha256Hasher('')).toThrow(/empty/);
  });

  it('honours hashLength', () => {
    const t = 'a@b.co';
    expect(applyOperators(t, [spanOf(t, t, 'EMAIL_ADDRESS')], { operator: 'hash', hasher, hashLength: 32 }).text).toMatch(
      /^\[EMAIL_ADDRESS:[0-9a-f]{32}\]$/,
    );
  });
});

describe('tokenize', () => {
  it('passes each original value and type to the caller and inserts its token', () => {
    const seen: Array<[string, EntityType]> = [];
    const out = applyOperators(TEXT, SPANS.slice(0, 2), {
      operator: 'tokenize',
      tokenizer: (value, type) => {
        seen.push([value, type]);
        return `tok_${seen.length}`;
      },
    });
    expect(seen).toEqual([
      [CARD, 'CREDIT_CARD'],
      [EMAIL, 'EMAIL_ADDRESS'],
    ]);
    expect(out.text).toBe(TEXT.replace(CARD, 'tok_1').replace(EMAIL, 'tok_2'));
  });

  it('awaits an async tokenizer in text order', async () => {
    const out = await applyOperatorsAsync(TEXT, SPANS.slice(0, 2), {
      operator: 'tokenize',
      tokenizer: async (_value, type) => `<${type.toLowerCase()}>`,
    });
    expect(out.text).toBe(TEXT.replace(CARD, '<credit_card>').replace(EMAIL, '<email_address>'));
  });

  it('rejects a promise in the sync path and a missing tokenizer', () => {
    expect(() => applyOperators(TEXT, SPANS, { operator: 'tokenize', tokenizer: (async () => 'x') as never })).toThrow(/string/);
    expect(() => applyOperators(TEXT, SPANS, { operator: 'tokenize' })).toThrow(/tokenizer/);
  });
});

describe('per-type choice', () => {
  it('applies each type its own operator, the rest the default', () => {
    const out = applyOperators(TEXT, SPANS, {
      operator: 'label',
      operators: { CREDIT_CARD: 'partial', EMAIL_ADDRESS: { operator: 'mask', maskChar: 'x' }, PHONE_NUMBER: 'pseudonym' },
    });
    expect(out.text).toBe(
      `Card **** **** **** 1111, mail ${'x'.repeat(EMAIL.length)}, call [PHONE_NUMBER_1] or [PHONE_NUMBER_2].`,
    );
    expect(out.entities.map((e) => e.operator)).toEqual(['partial', 'mask', 'pseudonym', 'pseudonym']);
  });

  it('only touches the chosen types when types is given', () => {
    const out = applyOperators(TEXT, SPANS, { types: ['EMAIL_ADDRESS'] });
    expect(out.text).toBe(TEXT.replace(EMAIL, '[EMAIL_ADDRESS]'));
    expect(out.entities.map((e) => e.type)).toEqual(['EMAIL_ADDRESS']);
  });

  it('rejects an unknown operator name', () => {
    expect(() => applyOperators(TEXT, SPANS, { operator: 'shred' as never })).toThrow(/unknown operator/);
  });
});

describe('defensive span handling', () => {
  it('merges overlapping spans so no part of either value survives', () => {
    const t = 'id 4111111111111111 end';
    const spans: Span[] = [
      { type: 'BANK_ACCOUNT', start: 3, end: 12, score: 0.5, recognizer: 'a', evidence: {} },
      { type: 'CREDIT_CARD', start: 6, end: 19, score: 0.95, recognizer: 'b', evidence: {} },
    ];
    const out = applyOperators(t, spans);
    expect(out.text).toBe('id [CREDIT_CARD] end');
    expect(out.entities).toEqual([expect.objectContaining({ type: 'CREDIT_CARD', start: 3, end: 19, recognizer: 'b' })]);
  });

  it('accepts unsorted and nested spans, drops empty ones, clamps out-of-range ends', () => {
    const t = 'ab cd ef';
    const spans: Span[] = [
      { type: 'PERSON', start: 6, end: 99, score: 1, recognizer: 'x', evidence: {} },
      { type: 'PERSON', start: 0, end: 5, score: 1, recognizer: 'x', evidence: {} },
      { type: 'PERSON', start: 1, end: 2, score: 0.2, recognizer: 'x', evidence: {} },
      { type: 'PERSON', start: 4, end: 4, score: 1, recognizer: 'x', evidence: {} },
    ];
    expect(applyOperators(t, spans).text).toBe('[PERSON] [PERSON]');
  });

  it('never splits a surrogate pair', () => {
    const t = 'a😀b';
    expect(prepareSpans(t, [{ type: 'PERSON', start: 2, end: 3, score: 1, recognizer: 'x', evidence: {} }])[0]).toMatchObject({ start: 1, end: 3 });
  });

  it('leaves no covered character in clear for random span sets (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(36), fc.nat(36), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }),
        (raw) => {
          const text = 'abcdefghijklmnopqrstuvwxyz0123456789'; // unique characters, none a label is made of
          const spans: Span[] = raw.map(([a, b, score]) => ({
            type: 'PERSON',
            start: Math.min(a, b),
            end: Math.max(a, b),
            score,
            recognizer: 'x',
            evidence: {},
          }));
          const out = applyOperators(text, spans, { operator: 'mask', maskChar: '_' }).text;
          for (const s of spans) for (let i = s.start; i < s.end; i++) expect(out[i]).toBe('_');
          const label = applyOperators(text, spans).text;
          for (const s of spans) if (s.end > s.start) expect(label).not.toContain(text.slice(s.start, s.end));
        },
      ),
    );
  });
});
