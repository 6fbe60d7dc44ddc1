/**
 * The written-dev corpus's own invariants, checked with readers written here (not the detector):
 * offsets, checksums, canonical values, overlaps, determinism, channel mix.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc, GoldSpan } from '../corpus/document.js';
import { SCENES, WRITTEN_DEV_DEFAULT_COUNT, WRITTEN_DEV_DEFAULT_SEED, generateWrittenDev, generateWrittenDevDoc } from './generate.js';

const docs = generateWrittenDev(WRITTEN_DEV_DEFAULT_COUNT, WRITTEN_DEV_DEFAULT_SEED);
const allGold = docs.flatMap((d) => d.gold.map((g) => ({ d, g })));

function luhnOk(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    let n = Number(ch);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  });
  return sum % 10 === 0;
}

function abaOk(d: string): boolean {
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return d.length === 9 && [...d].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0) % 10 === 0;
}

function ibanOk(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem === 1;
}

const slice = (d: CorpusDoc, s: { start: number; end: number }): string => d.text.slice(s.start, s.end);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const digitsOf = (s: string): string => s.replace(/\D/g, '');
const NUMERIC = new Set(['CREDIT_CARD', 'US_SSN', 'ROUTING_NUMBER', 'BANK_ACCOUNT', 'POSTAL_CODE', 'CARD_CVV', 'PHONE_NUMBER']);

describe('written-dev corpus', () => {
  it('has the default size, many templates and a realistic length spread', () => {
    expect(docs).toHaveLength(800);
    expect(new Set(docs.map((d) => d.template)).size).toBeGreaterThanOrEqual(60);
    const scenes = Object.values(SCENES).reduce((a, s) => a + s.length, 0);
    expect(scenes).toBeGreaterThanOrEqual(60);
    const lengths = docs.map((d) => d.text.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(350);
    expect(mean).toBeLessThan(900);
    expect(lengths.filter((n) => n < 150).length).toBeGreaterThan(5);
    expect(lengths.filter((n) => n > 2000).length).toBeGreaterThan(5);
  });

  it('mixes channels 30/25/25/10/10', () => {
    const count = (ch: string): number => docs.filter((d) => d.channel === ch).length / docs.length;
    expect(count('ticket')).toBeCloseTo(0.3, 2);
    expect(count('email')).toBeCloseTo(0.25, 2);
    expect(count('chat')).toBeCloseTo(0.25, 2);
    expect(count('call_transcript')).toBeCloseTo(0.1, 2);
    expect(count('asr')).toBeCloseTo(0.1, 2);
  });

  it('is deterministic, and document i depends only on (seed, i)', () => {
    expect(generateWrittenDev(30, WRITTEN_DEV_DEFAULT_SEED)).toEqual(docs.slice(0, 30));
    expect(generateWrittenDevDoc(WRITTEN_DEV_DEFAULT_SEED, 417)).toEqual(docs[417]);
    expect(generateWrittenDev(5, WRITTEN_DEV_DEFAULT_SEED + 1).map((d) => d.text)).not.toEqual(docs.slice(0, 5).map((d) => d.text));
  });

  it('gold offsets slice to a non-empty, trimmed surface', () => {
    for (const { d, g } of allGold) {
      const s = slice(d, g);
      expect(s.length, d.id).toBeGreaterThan(0);
      expect(s, d.id).toBe(s.trim());
    }
  });

  it('written surfaces agree with their canonical values', () => {
    for (const { d, g } of allGold) {
      if (g.form !== 'written' || g.parts) continue;
      const s = slice(d, g);
      if (NUMERIC.has(g.type)) expect(digitsOf(s), `${d.id} ${g.type}`).toBe(g.value);
      if (g.type === 'PERSON' || g.type === 'EMAIL_ADDRESS') expect(s, d.id).toBe(g.value);
      if (g.type === 'IBAN') expect(s.replace(/\s/g, '').toUpperCase(), d.id).toBe(g.value);
      if (g.type === 'IP_ADDRESS') expect(s, d.id).toBe(g.value);
      if (g.type === 'STREET_ADDRESS') expect(digitsOf(s.split(' ')[0]!) || s.match(/\d+/)![0], d.id).toBe(g.value.split(' ')[0]);
    }
  });

  it('card numbers pass Luhn, routing numbers the ABA check, IBANs mod 97', () => {
    const cards = allGold.filter(({ g }) => g.type === 'CREDIT_CARD');
    expect(cards.length).toBeGreaterThan(100);
    for (const { g } of cards) {
      expect(luhnOk(g.value), g.value.length.toString()).toBe(true);
      if (/^3[47]/.test(g.value)) expect(g.value).toHaveLength(15);
      else expect(g.value).toHaveLength(16);
    }
    for (const { g } of allGold.filter(({ g }) => g.type === 'ROUTING_NUMBER')) expect(abaOk(g.value)).toBe(true);
    const ibans = allGold.filter(({ g }) => g.type === 'IBAN');
    expect(ibans.length).toBeGreaterThan(5);
    for (const { g } of ibans) expect(ibanOk(g.value)).toBe(true);
  });

  it('dates of birth are ISO calendar dates, expiries MM/YY, SSNs 9 digits', () => {
    for (const { g } of allGold) {
      if (g.type === 'DATE_OF_BIRTH') {
        expect(g.value).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      }
      if (g.type === 'CARD_EXPIRY') expect(g.value).toMatch(/^(0[1-9]|1[0-2])\/\d\d$/);
      if (g.type === 'US_SSN') expect(g.value).toMatch(/^\d{9}$/);
      if (g.type === 'CARD_CVV') expect(g.value).toMatch(/^\d{3,4}$/);
      if (g.type === 'POSTAL_CODE') expect(g.value).toMatch(/^\d{5}(\d{4})?$/);
      if (g.type === 'STREET_ADDRESS') expect(g.value).toMatch(/^\d+ \S/);
    }
  });

  it('split values share an entity id and number their parts', () => {
    const split = new Map<string, GoldSpan[]>();
    for (const { d, g } of allGold) if (g.parts) split.set(`${d.id}#${g.entity}`, [...(split.get(`${d.id}#${g.entity}`) ?? []), g]);
    expect(split.size).toBeGreaterThan(20);
    for (const parts of split.values()) {
      expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
      expect(new Set(parts.map((p) => p.value)).size).toBe(1);
      expect(parts[0]!.parts).toBe(parts.length);
    }
  });

  it('must-survive and neutral offsets slice to their text', () => {
    let total = 0;
    for (const d of docs) {
      for (const s of d.mustSurvive) {
        expect(slice(d, s), d.id).toBe(s.text);
        total++;
      }
      for (const n of d.neutral ?? []) expect(slice(d, n), d.id).toBe(n.text);
    }
    expect(total / docs.length).toBeGreaterThan(4);
  });

  it('no gold span overlaps a must-survive span, a neutral span or another gold span', () => {
    for (const d of docs) {
      for (const g of d.gold) {
        for (const s of d.mustSurvive) expect(overlaps(g, s), `${d.id} ${g.type} / ${s.kind}`).toBe(false);
        for (const n of d.neutral ?? []) expect(overlaps(g, n), d.id).toBe(false);
      }
      const sorted = [...d.gold].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start, d.id).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
    }
  });

  it('covers every entity type and every must-survive kind', () => {
    const types = new Set(allGold.map(({ g }) => g.type));
    for (const t of ['PERSON', 'CREDIT_CARD', 'CARD_EXPIRY', 'CARD_CVV', 'US_SSN', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN', 'ROUTING_NUMBER', 'BANK_ACCOUNT', 'POSTAL_CODE', 'IP_ADDRESS', 'DATE_OF_BIRTH', 'STREET_ADDRESS']) {
      expect(types.has(t as GoldSpan['type']), t).toBe(true);
    }
    const kinds = new Set(docs.flatMap((d) => d.mustSurvive.map((s) => s.kind)));
    for (const k of ['amount', 'merchant', 'product', 'issue', 'order_number', 'case_number', 'transaction_date', 'time', 'quantity', 'brand']) expect(kinds.has(k as never), k).toBe(true);
    const forms = new Set(allGold.map(({ g }) => g.form));
    expect([...forms].sort()).toEqual(['spelled', 'spoken', 'written']);
  });

  it('ASR text is lower case, without digits or sentence punctuation outside labels', () => {
    for (const d of docs.filter((x) => x.channel === 'asr')) {
      const body = d.text.replace(/^(\[[\d:]+\] )?[\w]+: /gm, '');
      expect(body, d.id).toBe(body.toLowerCase());
      expect(body, d.id).not.toMatch(/[,;!?]/);
      expect(body, d.id).not.toMatch(/\d/);
    }
  });
});
