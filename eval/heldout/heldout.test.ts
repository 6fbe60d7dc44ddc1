import { describe, expect, it } from 'vitest';
import { isValidIBAN } from 'ibantools';
import { CHANNELS, ENTITY_TYPES } from '../../src/detect/types.js';
import { isLeaked } from '../leak.js';
import { generateHeldout, HELDOUT_DEFAULT_COUNT, HELDOUT_TEMPLATES, heldoutDoc } from './generate.js';
import { abaValid, luhnValid } from './values.js';

const docs = generateHeldout();
const digitsOf = (s: string): string => s.replace(/\D/g, '');
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('held-out corpus', () => {
  it('has the default size, every channel, every entity type and every template', () => {
    expect(docs).toHaveLength(HELDOUT_DEFAULT_COUNT);
    expect(new Set(docs.map((d) => d.channel))).toEqual(new Set(CHANNELS));
    const types = new Set(docs.flatMap((d) => d.gold.map((g) => g.type)));
    for (const t of ENTITY_TYPES) expect(types, t).toContain(t);
    expect(HELDOUT_TEMPLATES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(docs.map((d) => d.template))).toEqual(new Set(HELDOUT_TEMPLATES));
    for (const ch of CHANNELS) {
      const of = new Set(docs.filter((d) => d.channel === ch).flatMap((d) => d.gold.map((g) => g.type)));
      expect(of.size, ch).toBeGreaterThanOrEqual(8);
    }
  });

  it('is deterministic per seed, differs between seeds, and a smaller corpus is a prefix', () => {
    expect(generateHeldout({ n: 50, seed: 7 })).toEqual(generateHeldout({ n: 50, seed: 7 }));
    expect(generateHeldout({ n: 50, seed: 7 }).map((d) => d.text)).not.toEqual(generateHeldout({ n: 50, seed: 8 }).map((d) => d.text));
    expect(generateHeldout({ n: 30 })).toEqual(docs.slice(0, 30));
    expect(heldoutDoc(123, 42)).toEqual(heldoutDoc(123, 42));
  });

  it('records gold and must-survive offsets that cut exactly their text, without overlaps', () => {
    for (const d of docs) {
      const spans = [...d.gold, ...d.mustSurvive, ...(d.neutral ?? [])].sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start, `${d.id} overlap`).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      for (const s of d.mustSurvive) expect(d.text.slice(s.start, s.end), d.id).toBe(s.text);
      for (const n of d.neutral ?? []) expect(d.text.slice(n.start, n.end), d.id).toBe(n.text);
      for (const g of d.gold) {
        const cut = d.text.slice(g.start, g.end);
        expect(cut.length, d.id).toBeGreaterThan(0);
        expect(cut, `${d.id} ${g.type}`).toBe(cut.trim());
        if (g.form !== 'written') continue;
        if (g.parts) {
          expect(g.value.replace(/\s/g, ''), `${d.id} ${g.type} part`).toContain(cut.replace(/[\s-]/g, ''));
          continue;
        }
        if (['CREDIT_CARD', 'US_SSN', 'BANK_ACCOUNT', 'ROUTING_NUMBER', 'CARD_CVV'].includes(g.type)) expect(digitsOf(cut), d.id).toBe(g.value);
        if (g.type === 'PHONE_NUMBER') expect([g.value, `1${g.value}`], d.id).toContain(digitsOf(cut).replace(/^00/, ''));
        if (g.type === 'IBAN') expect(cut.replace(/[\s-]/g, '').toUpperCase(), d.id).toBe(g.value);
        if (g.type === 'EMAIL_ADDRESS' || g.type === 'IP_ADDRESS') expect(cut.toLowerCase(), d.id).toBe(g.value.toLowerCase());
        if (g.type === 'POSTAL_CODE') expect(cut.slice(0, 5), d.id).toBe(g.value);
        if (g.type === 'STREET_ADDRESS') expect(cut.startsWith(g.value.split(' ')[0]! + ' '), `${d.id} ${cut}`).toBe(true);
        if (g.type === 'PERSON') expect(new Set(fold(cut).split(/[\s,]+/)), `${d.id} ${cut}`).toEqual(new Set(fold(g.value).split(/\s+/)));
      }
    }
  });

  it('gives values the leak rules can read: left unredacted, every gold value counts as leaked', () => {
    for (const d of docs) {
      const byEntity = new Map<number, typeof d.gold>();
      for (const g of d.gold) byEntity.set(g.entity, [...(byEntity.get(g.entity) ?? []), g]);
      for (const parts of byEntity.values()) {
        const g = parts[0]!;
        const region = d.text.slice(Math.min(...parts.map((p) => p.start)), Math.max(...parts.map((p) => p.end)));
        expect(isLeaked({ type: g.type, value: g.value, region, output: d.text }), `${d.id} ${g.type} ${region}`).toBe(true);
      }
    }
  });

  it('uses checksum-valid numbers: Luhn cards (Amex 15 digits too), ABA routing numbers, mod-97 IBANs', () => {
    const values = (t: string): string[] => docs.flatMap((d) => d.gold.filter((g) => g.type === t).map((g) => g.value));
    for (const v of values('CREDIT_CARD')) expect(luhnValid(v), v).toBe(true);
    expect(values('CREDIT_CARD').some((v) => v.length === 15)).toBe(true);
    for (const v of values('ROUTING_NUMBER')) expect(abaValid(v), v).toBe(true);
    for (const v of values('IBAN')) expect(isValidIBAN(v), v).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(abaValid('021000022')).toBe(false);
  });

  it('writes ASR transcripts in lower case words, with digits only in timestamps and speaker labels', () => {
    for (const d of docs.filter((x) => x.channel === 'asr')) {
      for (const line of d.text.split('\n')) {
        const speech = line.replace(/^\[[\d:]+\] /, '').replace(/^(spk_\d|speaker \d|AGENT|CUSTOMER): /, '');
        expect(speech, d.id).not.toMatch(/\d/);
        expect(speech, d.id).not.toMatch(/[A-Z]/);
      }
    }
  });
});
