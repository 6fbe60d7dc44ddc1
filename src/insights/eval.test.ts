import { describe, expect, it } from 'vitest';
import { loadCases, scoreCases } from '../../eval/insights/cases.js';
import { DEFAULT_RULES } from './index.js';

describe('labeled insights set (eval/insights/cases.jsonl)', () => {
  const cases = loadCases();
  const report = scoreCases(cases);

  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const channel of ['asr', 'call_transcript', 'chat', 'email', 'ticket']) {
      expect(cases.filter((c) => c.channel === channel).length).toBeGreaterThanOrEqual(5);
    }
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
    for (const rule of DEFAULT_RULES) {
      expect(cases.filter((c) => c.expected.includes(rule.id)).length, rule.id).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(DEFAULT_RULES.map((r) => r.id))('%s has precision and recall >= 0.8', (rule) => {
    const r = report.perRule.find((x) => x.rule === rule)!;
    expect(r.precision, `${rule} precision (tp ${r.tp}, fp ${r.fp})`).toBeGreaterThanOrEqual(0.8);
    expect(r.recall, `${rule} recall (tp ${r.tp}, fn ${r.fn})`).toBeGreaterThanOrEqual(0.8);
  });
});
