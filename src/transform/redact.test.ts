import { describe, expect, it } from 'vitest';
import { applyOperators, createPseudonymizer, redact, redactAsync } from './index.js';
import { detect } from '../detect/index.js';

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.com';
const TEXT = `Card ${CARD}, mail ${EMAIL}.`;

describe('redact (detect + operators, Node door)', () => {
  it('labels what detect finds and reports input offsets', () => {
    const out = redact(TEXT);
    expect(out.text).toBe('Card [CREDIT_CARD], mail [EMAIL_ADDRESS].');
    expect(out.entities.map((e) => [e.type, TEXT.slice(e.start, e.end)])).toEqual([
      ['CREDIT_CARD', CARD],
      ['EMAIL_ADDRESS', EMAIL],
    ]);
  });

  it('turns hashKey into an HMAC hasher, the same for both doors of the call', () => {
    const a = redact(TEXT, { operator: 'hash', hashKey: 'k1' }).text;
    const b = applyOperators(TEXT, detect(TEXT), { operator: 'hash', hashKey: 'k1' }).text;
    const c = redact(TEXT, { operator: 'hash', hashKey: 'k2' }).text;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^Card \[CREDIT_CARD:[0-9a-f]{16}\], mail \[EMAIL_ADDRESS:[0-9a-f]{16}\]\.$/);
  });

  it('restricts detection to the chosen types', () => {
    expect(redact(TEXT, { types: ['EMAIL_ADDRESS'] }).text).toBe(`Card ${CARD}, mail [EMAIL_ADDRESS].`);
  });

  it('tokenizes through an async tokenizer', async () => {
    const out = await redactAsync(TEXT, { operator: 'tokenize', tokenizer: async (_v, type) => `tok:${type}` });
    expect(out.text).toBe('Card tok:CREDIT_CARD, mail tok:EMAIL_ADDRESS.');
  });

  it('keeps a conversation consistent with a pseudonymizer fed by detect', () => {
    const p = createPseudonymizer();
    const m1 = `my email is ${EMAIL}`;
    const m2 = `again: ${EMAIL.toUpperCase()}`;
    expect(p.apply(m1, detect(m1)).text).toBe('my email is [EMAIL_ADDRESS_1]');
    expect(p.apply(m2, detect(m2)).text).toBe('again: [EMAIL_ADDRESS_1]');
    expect(p.reidentify('Reply to [EMAIL_ADDRESS_1].')).toBe(`Reply to ${EMAIL}.`);
  });
});
