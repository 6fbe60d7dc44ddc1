/**
 * The corpus's own invariants, checked with a reader written here (not the detector): offsets,
 * checksums, spoken numbers reading back to their values, entity parts, determinism and the mix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/detect/types.js';
import type { CorpusDoc, GoldSpan } from '../corpus/document.js';
import { channelOf, generateDoc, generateSpokenDev, SPOKEN_DEV_DEFAULT_COUNT, SPOKEN_DEV_DEFAULT_SEED } from './generate.js';
import { abaValid, ibanValid, luhnValid } from './values.js';

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, o: 0, one: 1, won: 1, two: 2, to: 2, too: 2, three: 3, four: 4, for: 4, five: 5, six: 6, seven: 7, eight: 8, ate: 8, nine: 9,
};
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Every digit string a spoken number can mean. "forty one" is 41 or 40 then 1, so readings branch;
 * "twelve hundred" is 1200, "double five" is 55; digits pass through as digits.
 */
export function readings(surface: string): Set<string> {
  const words = surface.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  const walk = (i: number, acc: string): void => {
    if (out.size > 64) return;
    if (i >= words.length) { out.add(acc); return; }
    const w = words[i]!;
    const next = words[i + 1];
    if (/^\d+$/.test(w)) return walk(i + 1, acc + w);
    if ((w === 'double' || w === 'triple') && next && next in UNITS) return walk(i + 2, acc + String(UNITS[next]).repeat(w === 'double' ? 2 : 3));
    let n: number | undefined;
    let used = 1;
    if (w in UNITS) n = UNITS[w];
    else if (w in TEENS) n = TEENS[w];
    else if (w in TENS) {
      n = TENS[w]!;
      if (next && next in UNITS && UNITS[next]! > 0) walk(i + 2, acc + String(n + UNITS[next]!));
      if (next === 'hundred' || next === 'thousand') { /* handled below */ }
    }
    if (n === undefined) return walk(i + 1, acc); // filler, "sorry", "uh"
    const after = words[i + used];
    if (after === 'hundred') walk(i + used + 1, acc + String(n * 100));
    if (after === 'thousand') walk(i + used + 1, acc + String(n * 1000));
    if (w in TENS && next && next in UNITS && (words[i + 2] === 'hundred')) walk(i + 3, acc + String((n + UNITS[next]!) * 100));
    walk(i + used, acc + String(n));
  };
  walk(0, '');
  return out;
}

const DIGIT_TYPES = new Set(['CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER', 'ROUTING_NUMBER', 'BANK_ACCOUNT', 'POSTAL_CODE', 'CARD_CVV']);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function validValue(g: GoldSpan): boolean {
  const v = g.value;
  switch (g.type) {
    case 'CREDIT_CARD': return luhnValid(v) && (v.length === 16 || (v.length === 15 && /^3[47]/.test(v)));
    case 'IBAN': return ibanValid(v);
    case 'ROUTING_NUMBER': return abaValid(v);
    case 'US_SSN': return /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(v);
    case 'PHONE_NUMBER': return /^[2-9]\d{2}[2-9]\d{6}$/.test(v);
    case 'BANK_ACCOUNT': return /^\d{8,12}$/.test(v);
    case 'POSTAL_CODE': return /^\d{5}(-\d{4})?$/.test(v);
    case 'CARD_CVV': return /^\d{3,4}$/.test(v);
    case 'CARD_EXPIRY': return /^(0[1-9]|1[0-2])\/\d\d$/.test(v);
    case 'DATE_OF_BIRTH': { const d = new Date(`${v}T00:00:00Z`); return /^\d{4}-\d\d-\d\d$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v); }
    case 'EMAIL_ADDRESS': return /^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'IP_ADDRESS': return v.split('.').length === 4 && v.split('.').every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
    case 'STREET_ADDRESS': return /^\d+ [A-Z]/.test(v);
    case 'PERSON': return /^\p{Lu}/u.test(v) && !/\d/.test(v);
  }
}

describe('spoken-dev corpus', () => {
  let docs: CorpusDoc[];
  beforeAll(() => { docs = generateSpokenDev(SPOKEN_DEV_DEFAULT_COUNT, SPOKEN_DEV_DEFAULT_SEED); });

  it('gold offsets slice to a trimmed, one-line surface and values are canonical and checksum-valid', () => {
    const bad: string[] = [];
    for (const d of docs) for (const g of d.gold) {
      const s = d.text.slice(g.start, g.end);
      if (!s || s !== s.trim() || s.includes('\n')) bad.push(`${d.id} ${g.type} surface ${JSON.stringify(s)}`);
      if (!validValue(g)) bad.push(`${d.id} ${g.type} value ${g.value}`);
    }
    expect(bad).toEqual([]);
  });

  it('number surfaces read back to their values (written or spoken, read here, not by the detector)', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const d of docs) for (const g of d.gold) {
      if (!DIGIT_TYPES.has(g.type)) continue;
      const surface = d.text.slice(g.start, g.end);
      if (/\b(sorry|wait|no|scratch)\b/.test(surface)) continue; // a self-correction holds a wrong attempt too
      const want = g.value.replace(/\D/g, '');
      const got = [...readings(surface)];
      // A written phone may carry the country code ("1-764-...", "+1 764 ...").
      const ok = g.parts ? got.some((r) => r.length > 0 && want.includes(r)) : got.includes(want) || (g.type === 'PHONE_NUMBER' && got.includes(`1${want}`));
      checked++;
      if (!ok) bad.push(`${d.id} ${g.type} ${JSON.stringify(surface)} -> ${got.slice(0, 3).join('|')} want ${want}`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });

  it('must-survive offsets slice to their text, and no gold span overlaps a must-survive span or another gold span', () => {
    const bad: string[] = [];
    for (const d of docs) {
      for (const s of d.mustSurvive) {
        if (d.text.slice(s.start, s.end) !== s.text || !s.text.trim()) bad.push(`${d.id} survive ${s.kind}`);
        if (d.gold.some((g) => overlaps(g, s))) bad.push(`${d.id} gold overlaps ${s.kind} ${s.text}`);
      }
      for (const n of d.neutral ?? []) if (d.text.slice(n.start, n.end) !== n.text) bad.push(`${d.id} neutral`);
      const sorted = [...d.gold].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) bad.push(`${d.id} gold overlap at ${sorted[i]!.start}`);
    }
    expect(bad).toEqual([]);
  });

  it('a value split over utterances keeps one entity id, one type and value, and all its parts', () => {
    const bad: string[] = [];
    let split = 0;
    for (const d of docs) {
      const byEntity = new Map<number, GoldSpan[]>();
      for (const g of d.gold) byEntity.set(g.entity, [...(byEntity.get(g.entity) ?? []), g]);
      for (const [id, spans] of byEntity) {
        const first = spans[0]!;
        if (spans.some((s) => s.type !== first.type || s.value !== first.value)) bad.push(`${d.id} entity ${id} mixes values`);
        if (spans.length === 1 && first.parts === undefined) continue;
        split++;
        const idx = spans.map((s) => s.part).join(',');
        if (spans.some((s) => s.parts !== spans.length) || idx !== spans.map((_, i) => i).join(',')) bad.push(`${d.id} entity ${id} parts ${idx}`);
      }
    }
    expect(split).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });

  it('is deterministic and document i depends only on (seed, i)', () => {
    expect(generateSpokenDev(30, SPOKEN_DEV_DEFAULT_SEED)).toEqual(docs.slice(0, 30));
    expect(generateDoc(SPOKEN_DEV_DEFAULT_SEED, 417)).toEqual(docs[417]);
    expect(generateDoc(SPOKEN_DEV_DEFAULT_SEED + 1, 417).text).not.toEqual(docs[417]!.text);
  });

  it('has the channel mix 40/25/15/10/10, 60+ scenes, every entity type and every must-survive kind', () => {
    const count = (c: string): number => docs.filter((d) => d.channel === c).length;
    expect([count('asr'), count('call_transcript'), count('chat'), count('email'), count('ticket')]).toEqual([320, 200, 120, 80, 80]);
    expect(docs.every((d, i) => d.channel === channelOf(i))).toBe(true);
    expect(new Set(docs.map((d) => d.template.split(/[/+]/)[0])).size).toBeGreaterThanOrEqual(60);
    const types = new Set(docs.flatMap((d) => d.gold.map((g) => g.type)));
    expect([...ENTITY_TYPES].filter((t) => !types.has(t))).toEqual([]);
    const kinds = new Set(docs.flatMap((d) => d.mustSurvive.map((s) => s.kind)));
    expect(kinds.size).toBe(10);
    const forms = new Set(docs.flatMap((d) => d.gold.map((g) => g.form)));
    expect([...forms].sort()).toEqual(['spelled', 'spoken', 'written']);
  });

  it('leaves no template debris and ASR text is lower case without sentence punctuation', () => {
    const bad: string[] = [];
    for (const d of docs) {
      if (/\{\w+\}|undefined|NaN|\[object/.test(d.text)) bad.push(`${d.id} debris`);
      if (d.channel === 'asr') {
        const speech = d.text.replace(/^[^\n:]*: /gm, '').replace(/\[[^\]]*\]/g, '');
        if (/[A-Z]/.test(speech) || /[,;!?]/.test(speech)) bad.push(`${d.id} asr casing ${speech.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the reader is not trivially permissive', () => {
    expect(readings('four one one one')).toContain('4111');
    expect(readings('forty one eleven')).toContain('4111');
    expect(readings('twelve hundred')).toContain('1200');
    expect(readings('double oh seven')).toContain('007');
    expect(readings('four one one one')).not.toContain('4112');
  });
});
