/**
 * The corpus's own invariants, checked with a reader written here (never the detector): offsets,
 * checksums, spoken values reading back to their canonical value, determinism and channel mix.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc, GoldSpan } from '../corpus/document.js';
import { generatePaymentsDev, generatePaymentsDevDoc, PAYMENTS_DEV_DEFAULT_COUNT, PAYMENTS_DEV_DEFAULT_SEED, PAYMENTS_DEV_TEMPLATES } from './generate.js';
import { abaValid, ibanValid, luhnValid } from './values.js';

const docs = generatePaymentsDev(PAYMENTS_DEV_DEFAULT_COUNT, PAYMENTS_DEV_DEFAULT_SEED);

const ONES: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINAL_MONTHS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Reads spoken digits as a digit string: "oh nine twenty seven" -> "0927", "double five" -> "55". */
function readSpokenDigits(s: string): string {
  const words = s.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'double' && words[i + 1] && words[i + 1]! in ONES) {
      out += String(ONES[words[++i]!]).repeat(2);
    } else if (w in TENS) {
      const next = words[i + 1];
      if (next && next in ONES && ONES[next]! > 0 && ONES[next]! < 10 && next !== 'oh') {
        out += String(TENS[w]! + ONES[next]!);
        i++;
      } else out += String(TENS[w]);
    } else if (w in ONES) out += String(ONES[w]);
    else if (/^\d+$/.test(w)) out += w;
  }
  return out;
}

function partsOf(doc: CorpusDoc, g: GoldSpan): GoldSpan[] {
  return doc.gold.filter((x) => x.entity === g.entity).sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
}

function surfaceOf(doc: CorpusDoc, g: GoldSpan): string {
  return partsOf(doc, g).map((p) => doc.text.slice(p.start, p.end)).join(' ');
}

/** Month and two-digit year an expiry surface says, read without the detector. */
function readExpiry(surface: string, written: boolean): { m: number; yy: string } | undefined {
  const lower = surface.toLowerCase();
  const named = MONTHS.findIndex((m) => lower.includes(m.slice(0, 3)));
  const ordinalMonth = ORDINAL_MONTHS.findIndex((o) => lower.includes(`the ${o} month`));
  if (written) {
    const digits = surface.replace(/\D/g, '');
    if (named >= 0) return { m: named + 1, yy: digits.slice(-2) };
    const [mm, yy] = surface.split(/[^0-9]+/).filter(Boolean);
    if (yy) return { m: Number(mm), yy: yy.slice(-2) };
    return { m: Number(digits.slice(0, 2)), yy: digits.slice(-2) };
  }
  // the century of a spoken year ("twenty thirty two", "two thousand twenty seven") is not the month
  const digits = readSpokenDigits(lower.replace(/\btwo thousand\b/g, ' ').replace(/\btwenty (?=twenty|thirty)/g, ''));
  if (named >= 0 || ordinalMonth >= 0) return { m: (named >= 0 ? named : ordinalMonth) + 1, yy: digits.slice(-2) };
  return { m: Number(digits.slice(0, -2)), yy: digits.slice(-2) };
}

const DIGIT_TYPES = new Set(['CREDIT_CARD', 'CARD_CVV', 'US_SSN', 'PHONE_NUMBER', 'ROUTING_NUMBER', 'BANK_ACCOUNT', 'POSTAL_CODE']);

describe('payments-dev corpus', () => {
  it('has the default size, the channel mix and enough templates', () => {
    expect(docs).toHaveLength(500);
    const mix: Record<string, number> = {};
    for (const d of docs) mix[d.channel] = (mix[d.channel] ?? 0) + 1;
    expect(mix).toEqual({ asr: 125, call_transcript: 100, chat: 100, email: 75, ticket: 100 });
    expect(PAYMENTS_DEV_TEMPLATES.length).toBeGreaterThanOrEqual(35);
    expect(new Set(docs.map((d) => d.template)).size).toBeGreaterThanOrEqual(35);
    const chars = docs.reduce((n, d) => n + d.text.length, 0) / docs.length;
    expect(chars).toBeGreaterThan(300);
    expect(chars).toBeLessThan(700);
  });

  it('is deterministic: doc i depends only on (seed, i)', () => {
    expect(generatePaymentsDev(40, PAYMENTS_DEV_DEFAULT_SEED)).toEqual(docs.slice(0, 40));
    expect(generatePaymentsDevDoc(PAYMENTS_DEV_DEFAULT_SEED, 321)).toEqual(docs[321]);
    expect(generatePaymentsDev(5, 7).map((d) => d.text)).not.toEqual(docs.slice(0, 5).map((d) => d.text));
  });

  it('has card expiry and CVV gold in every channel, written and spoken', () => {
    for (const ch of ['asr', 'call_transcript', 'chat', 'email', 'ticket']) {
      const gold = docs.filter((d) => d.channel === ch).flatMap((d) => d.gold);
      expect(gold.some((g) => g.type === 'CARD_EXPIRY'), ch).toBe(true);
      expect(gold.some((g) => g.type === 'CARD_CVV'), ch).toBe(true);
    }
    const forms = new Set(docs.flatMap((d) => d.gold.filter((g) => g.type === 'CARD_EXPIRY').map((g) => g.form)));
    expect(forms).toEqual(new Set(['written', 'spoken']));
    expect(docs.some((d) => d.gold.some((g) => g.type === 'CARD_EXPIRY' && g.parts === 2))).toBe(true);
  });

  it('has no unfilled template slot', () => {
    for (const d of docs) expect(d.text, d.id).not.toMatch(/\{\w+\}/);
  });

  it('must-survive offsets slice to their text and never overlap gold', () => {
    for (const d of docs) {
      for (const s of d.mustSurvive) {
        expect(d.text.slice(s.start, s.end), d.id).toBe(s.text);
        for (const g of d.gold) expect(g.end <= s.start || s.end <= g.start, `${d.id} ${s.text}`).toBe(true);
      }
      for (const n of d.neutral ?? []) expect(d.text.slice(n.start, n.end)).toBe(n.text);
    }
    expect(docs.reduce((n, d) => n + d.mustSurvive.length, 0)).toBeGreaterThan(docs.length * 4);
  });

  it('gold spans do not overlap and split values have every part', () => {
    for (const d of docs) {
      const sorted = [...d.gold].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start, d.id).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      for (const g of d.gold) {
        expect(g.end, d.id).toBeGreaterThan(g.start);
        expect(d.text.slice(g.start, g.end).trim(), d.id).toBe(d.text.slice(g.start, g.end));
        if (g.parts) expect(partsOf(d, g).map((p) => p.part)).toEqual([...Array(g.parts).keys()]);
      }
    }
  });

  it('numbers pass their checksums', () => {
    for (const d of docs) {
      for (const g of d.gold) {
        if (g.type === 'CREDIT_CARD') {
          expect(luhnValid(g.value), g.value).toBe(true);
          expect(g.value.length === 16 || (g.value.length === 15 && /^3[47]/.test(g.value))).toBe(true);
        }
        if (g.type === 'IBAN') expect(ibanValid(g.value), g.value).toBe(true);
        if (g.type === 'ROUTING_NUMBER') expect(abaValid(g.value), g.value).toBe(true);
      }
    }
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(abaValid('011000016')).toBe(false);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  });

  it('each gold surface reads back to its canonical value', () => {
    for (const d of docs) {
      for (const g of d.gold) {
        if ((g.part ?? 0) > 0) continue;
        const surface = surfaceOf(d, g);
        const ctx = `${d.id} ${g.type} "${surface}"`;
        if (DIGIT_TYPES.has(g.type)) {
          const read = g.form === 'written' ? surface.replace(/\D/g, '') : readSpokenDigits(surface);
          // "+1 952 ..." carries the country code, which is not part of the canonical number
          expect(g.type === 'PHONE_NUMBER' && read.length === 11 ? read.replace(/^1/, '') : read, ctx).toBe(g.value);
        } else if (g.type === 'CARD_EXPIRY') {
          const [mm, yy] = g.value.split('/');
          expect(readExpiry(surface, g.form === 'written'), ctx).toEqual({ m: Number(mm), yy });
        } else if (g.type === 'DATE_OF_BIRTH') {
          expect(g.value, ctx).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
          const year = g.value.slice(0, 4);
          if (g.form === 'written') expect(surface.includes(year) || surface.endsWith(year.slice(2)), ctx).toBe(true);
        } else if (g.type === 'PERSON') {
          if (g.form === 'spelled') expect(surface.replace(/[^\p{L}]/gu, '').toLowerCase(), ctx).toBe(g.value.replace(/[^\p{L}]/gu, '').toLowerCase());
          else expect(surface, ctx).toBe(g.value);
        } else if (g.type === 'STREET_ADDRESS') {
          expect(g.value, ctx).toMatch(/^\d+ /);
          if (g.form === 'written') expect(surface.toLowerCase(), ctx).toBe(g.value.toLowerCase());
          else {
            const words = surface.toLowerCase().split(' ');
            const numberWords = words.slice(0, words.findIndex((w) => !(w in ONES || w in TENS || w === 'double')));
            expect(readSpokenDigits(numberWords.join(' ')), ctx).toBe(g.value.split(' ')[0]);
          }
        } else if (g.type === 'IBAN') {
          const read = g.form === 'written' ? surface.replace(/\s/g, '') : surface.split(' ').map((w) => (w in ONES ? String(ONES[w]) : w.toUpperCase())).join('');
          expect(read, ctx).toBe(g.value);
        } else if (g.type === 'EMAIL_ADDRESS') {
          const read = g.form === 'written' ? surface : surface.replace(/ dot /g, '.').replace(/ at /g, '@').replace(/ underscore /g, '_').replace(/\s/g, '');
          expect(read, ctx).toBe(g.value);
        } else if (g.type === 'IP_ADDRESS') {
          const read = g.form === 'written' ? surface : surface.split(' dot ').map((o) => String(Number(readSpokenDigits(o)))).join('.');
          expect(read, ctx).toBe(g.value);
        }
      }
    }
  });

  it('last fours of cards and SSNs are not gold', () => {
    let seen = 0;
    for (const d of docs) {
      for (const m of d.text.matchAll(/(?:ending(?: in)?|last 4(?: SSN)?|last four(?: are)?|SSN last 4:) (\d{4})\b/g)) {
        seen++;
        const start = m.index! + m[0].length - 4;
        expect(d.gold.some((g) => g.start <= start && start < g.end), d.id).toBe(false);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
