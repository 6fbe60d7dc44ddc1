import { describe, expect, it } from 'vitest';
import type { Span } from '../src/detect/types.js';
import { generateCorpus } from './corpus/generate.js';
import type { CorpusDoc } from './corpus/document.js';
import { align, alignByDiff, alignByEntities } from './align.js';
import { isLeaked } from './leak.js';
import { scoreCorpus, type DetectFn, type RedactFn } from './score.js';
import { scorePresidio, loadPresidioCases, type PresidioCase } from './presidio.js';

const docs = generateCorpus({ n: 400, seed: 99 });
const byText = new Map(docs.map((d) => [d.text, d]));

/** Reference detectors built from the gold spans: they are inputs to the scorer, not the thing tested. */
const oracleDetect: DetectFn = (text) => (byText.get(text)?.gold ?? []).map((g): Span => ({ type: g.type, start: g.start, end: g.end, score: 1, recognizer: 'oracle', evidence: {} }));
const nothingDetect: DetectFn = () => [];

function redactWith(detect: DetectFn, withEntities = true): RedactFn {
  return (text) => {
    const spans = [...detect(text)].sort((a, b) => a.start - b.start);
    let out = '';
    let last = 0;
    const entities = [];
    for (const s of spans) {
      out += text.slice(last, s.start);
      const label = `[${s.type}]`;
      entities.push({ start: s.start, end: s.end, outputStart: out.length, outputEnd: out.length + label.length });
      out += label;
      last = s.end;
    }
    out += text.slice(last);
    return { text: out, entities: withEntities ? entities : [] };
  };
}

describe('corpus scoring', () => {
  it('a detector that finds every gold span scores full recall and precision, no leak, everything survives', () => {
    const s = scoreCorpus(docs, oracleDetect, redactWith(oracleDetect));
    expect(s.overall.recall).toBe(1);
    expect(s.overall.precision).toBe(1);
    expect(s.overall.leaked).toBe(0);
    expect(s.survive.share).toBe(1);
    expect(s.alignment).toEqual({ entities: docs.length });
  });

  it('a detector that finds nothing leaks every value of every type under the leak rules', () => {
    const s = scoreCorpus(docs, nothingDetect, redactWith(nothingDetect));
    expect(s.overall.recall).toBe(0);
    for (const row of s.types) {
      expect(row.entities, row.type).toBeGreaterThan(0);
      expect(`${row.type} ${row.leaked}/${row.entities}`).toBe(`${row.type} ${row.entities}/${row.entities}`);
    }
    expect(s.survive.share).toBe(1);
  });

  it('scores the same through the token diff when the redactor reports no offsets', () => {
    const viaEntities = scoreCorpus(docs, oracleDetect, redactWith(oracleDetect));
    const viaDiff = scoreCorpus(docs, oracleDetect, redactWith(oracleDetect, false));
    expect(viaDiff.alignment.diff).toBeGreaterThan(0);
    expect(viaDiff.overall).toEqual(viaEntities.overall);
    expect(viaDiff.survive).toEqual(viaEntities.survive);
  });

  it('a detector that labels every value with the wrong type still prevents leaks but loses same-type recall', () => {
    const wrong: DetectFn = (text) => oracleDetect(text).map((s) => ({ ...s, type: s.type === 'PERSON' ? 'IBAN' : 'PERSON' }));
    const s = scoreCorpus(docs, wrong, redactWith(wrong));
    expect(s.overall.recall).toBe(0);
    expect(s.overall.anyTypeRecall).toBe(1);
    expect(s.overall.precision).toBe(0);
    expect(s.overall.leaked).toBe(0);
  });

  it('spans on neutral text (company mailboxes) count neither for nor against precision', () => {
    const withMailboxes: DetectFn = (text) => [
      ...oracleDetect(text),
      ...(byText.get(text)?.neutral ?? []).map((n): Span => ({ type: 'EMAIL_ADDRESS', start: n.start, end: n.end, score: 1, recognizer: 'mailbox', evidence: {} })),
    ];
    const s = scoreCorpus(docs, withMailboxes, redactWith(withMailboxes));
    expect(s.neutralPredictions).toBeGreaterThan(0);
    expect(s.overall.precision).toBe(1);
  });

  it('over-redaction of must-survive strings is counted, per kind', () => {
    const greedy: DetectFn = (text) => [
      ...oracleDetect(text),
      ...(byText.get(text)?.mustSurvive ?? []).filter((m) => m.kind === 'amount').map((m): Span => ({ type: 'BANK_ACCOUNT', start: m.start, end: m.end, score: 1, recognizer: 'greedy', evidence: {} })),
    ];
    const s = scoreCorpus(docs, greedy, redactWith(greedy));
    expect(s.survive.byKind.amount!.share).toBe(0);
    expect(s.survive.byKind.merchant!.share).toBe(1);
    expect(s.types.find((t) => t.type === 'BANK_ACCOUNT')!.precision).toBeLessThan(1);
  });
});

describe('leak rules', () => {
  const base = { output: '' };
  it('long numbers leak on any seven surviving digits, written or spoken', () => {
    expect(isLeaked({ ...base, type: 'CREDIT_CARD', value: '4111111111111111', region: '[CREDIT_CARD]' })).toBe(false);
    expect(isLeaked({ ...base, type: 'CREDIT_CARD', value: '4111111111111111', region: '4111 11[CREDIT_CARD]' })).toBe(false);
    expect(isLeaked({ ...base, type: 'CREDIT_CARD', value: '4539148803436467', region: '[CREDIT_CARD] 0343 6467' })).toBe(true);
    expect(isLeaked({ ...base, type: 'PHONE_NUMBER', value: '4155550143', region: 'four one five [PHONE_NUMBER]' })).toBe(false);
    expect(isLeaked({ ...base, type: 'PHONE_NUMBER', value: '4155550143', region: '[PHONE_NUMBER] triple five oh one four three' })).toBe(true);
    expect(isLeaked({ type: 'US_SSN', value: '123456789', region: '[US_SSN]', output: 'my social is 123-45-6789 [US_SSN]' })).toBe(true);
  });

  it('names leak word by word, spelled or whole, accents ignored', () => {
    expect(isLeaked({ ...base, type: 'PERSON', value: 'José Gonzalez', region: '[PERSON]' })).toBe(false);
    expect(isLeaked({ ...base, type: 'PERSON', value: 'José Gonzalez', region: 'jose [PERSON]' })).toBe(true);
    expect(isLeaked({ ...base, type: 'PERSON', value: 'Gonzalez', region: 'g o n z a l e z' })).toBe(true);
    expect(isLeaked({ ...base, type: 'PERSON', value: 'Gonzalez', region: 'G-O-N-Z-A-L-E-Z.' })).toBe(true);
  });

  it('dates, expiry, email, address and IP follow their documented rules', () => {
    expect(isLeaked({ ...base, type: 'DATE_OF_BIRTH', value: '1982-03-04', region: 'march fourth [DATE_OF_BIRTH]' })).toBe(true);
    expect(isLeaked({ ...base, type: 'DATE_OF_BIRTH', value: '1982-03-04', region: '[DATE_OF_BIRTH] 1982' })).toBe(false);
    expect(isLeaked({ ...base, type: 'DATE_OF_BIRTH', value: '1982-03-04', region: '03/04/1982' })).toBe(true);
    expect(isLeaked({ ...base, type: 'CARD_EXPIRY', value: '04/26', region: 'oh four twenty six' })).toBe(true);
    expect(isLeaked({ ...base, type: 'CARD_EXPIRY', value: '04/26', region: '[CARD_EXPIRY] six' })).toBe(false);
    expect(isLeaked({ ...base, type: 'EMAIL_ADDRESS', value: 'jsmith82@gmail.com', region: 'j smith eighty two at [EMAIL_ADDRESS]' })).toBe(true);
    expect(isLeaked({ ...base, type: 'EMAIL_ADDRESS', value: 'jsmith82@gmail.com', region: '[EMAIL_ADDRESS] at gmail dot com' })).toBe(false);
    expect(isLeaked({ ...base, type: 'STREET_ADDRESS', value: '1234 Maple Avenue', region: 'twelve thirty four maple avenue' })).toBe(true);
    expect(isLeaked({ ...base, type: 'STREET_ADDRESS', value: '1234 Maple Avenue', region: '[STREET_ADDRESS] Maple Avenue' })).toBe(false);
    expect(isLeaked({ ...base, type: 'IP_ADDRESS', value: '192.168.1.24', region: '192.168.1.[IP_ADDRESS]' })).toBe(true);
    expect(isLeaked({ ...base, type: 'IP_ADDRESS', value: '192.168.1.24', region: 'one ninety two dot one sixty eight dot one dot [IP_ADDRESS]' })).toBe(true);
    expect(isLeaked({ ...base, type: 'CARD_CVV', value: '123', region: 'code [CARD_CVV]' })).toBe(false);
    expect(isLeaked({ ...base, type: 'POSTAL_CODE', value: '62704-1234', region: 'nine [POSTAL_CODE] 62704' })).toBe(true);
  });
});

describe('alignment', () => {
  it('maps ranges through replaced spans, by diff and by the redactor offsets alike', () => {
    const original = 'Call me at 415-555-0143 or mail jo@x.com today.';
    const output = 'Call me at [PHONE_NUMBER] or mail [EMAIL_ADDRESS] today.';
    const diff = alignByDiff(original, output);
    const ents = alignByEntities(original, output, [
      { start: 11, end: 23, outputStart: 11, outputEnd: 25 },
      { start: 32, end: 40, outputStart: 34, outputEnd: 49 },
    ])!;
    for (const map of [diff, ents]) {
      expect(output.slice(...map.map(11, 23))).toBe('[PHONE_NUMBER]');
      expect(output.slice(...map.map(32, 40))).toBe('[EMAIL_ADDRESS]');
      expect(output.slice(...map.map(41, 46))).toBe('today');
      expect(output.slice(...map.map(0, 4))).toBe('Call');
    }
    // Offsets that do not match the texts are refused, and align() falls back to the diff.
    expect(alignByEntities(original, output, [{ start: 10, end: 23, outputStart: 11, outputEnd: 25 }])).toBeUndefined();
    expect(align(original, output, [{ start: 10, end: 23, outputStart: 11, outputEnd: 25 }]).method).toBe('diff');
  });
});

describe('presidio scoring', () => {
  const cases: PresidioCase[] = [
    { id: 'a', source: 't', type: 'CREDIT_CARD', text: 'card 4111111111111111 ok', spans: [[5, 21]] },
    { id: 'b', source: 't', type: 'CREDIT_CARD', text: '1748503543012', spans: [] },
    { id: 'c', source: 't', type: 'DATE_TIME', text: 'Today is 5-20-2021', spans: [[9, 18]] },
  ];
  const span = (type: Span['type'], start: number, end: number): Span => ({ type, start, end, score: 1, recognizer: 't', evidence: {} });

  it('counts found spans, false positives on negatives, and keeps DATE_TIME out of the totals', () => {
    const s = scorePresidio(cases, (text) => (text.startsWith('card') ? [span('CREDIT_CARD', 5, 21)] : text === '1748503543012' ? [span('CREDIT_CARD', 0, 13)] : []));
    const cc = s.types.find((t) => t.type === 'CREDIT_CARD')!;
    expect([cc.foundSpans, cc.expectedSpans, cc.falsePositiveCases, cc.casesPassed]).toEqual([1, 1, 1, 1]);
    expect(s.types.find((t) => t.type === 'DATE_TIME')!.reference).toBe(true);
    expect(s.overall.cases).toBe(2);
    expect(s.failures.map((f) => f.id).sort()).toEqual(['b', 'c']);
  });

  it('a span of another type does not count as found', () => {
    const s = scorePresidio(cases.slice(0, 1), () => [span('BANK_ACCOUNT', 5, 21)]);
    expect(s.overall.recall).toBe(0);
  });

  it('loads the shared conformance file', () => {
    const all = loadPresidioCases();
    expect(all.length).toBeGreaterThan(500);
    for (const c of all) {
      for (const [start, end] of c.spans) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(c.text.length);
      }
    }
  });
});

export type { CorpusDoc };
