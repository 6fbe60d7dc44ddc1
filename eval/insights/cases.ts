/**
 * The labeled insights set and its scoring, shared by `npm run eval:insights` and the test that
 * holds every rule to precision and recall >= 0.8.
 */
import { readFileSync } from 'node:fs';
import { analyzeInteraction, DEFAULT_RULES, type EntitySpan, type SanitizedInteraction } from '../../src/insights/index.js';

export interface EvalCase {
  id: string;
  channel: SanitizedInteraction['channel'];
  redactedText: string;
  /** Omitted: derived from the `[TYPE]` / `[TYPE_n]` labels in the text. */
  spans?: EntitySpan[];
  /** Rule ids (flags and risk) that must fire; every other rule must not. */
  expected: string[];
  note?: string;
}

const ENTITY_LABEL = /\[(PERSON|CREDIT_CARD|CARD_EXPIRY|CARD_CVV|US_SSN|PHONE_NUMBER|EMAIL_ADDRESS|STREET_ADDRESS|POSTAL_CODE|DATE_OF_BIRTH|BANK_ACCOUNT|ROUTING_NUMBER|IBAN|IP_ADDRESS)(?:_\d+)?\]/g;

/** Spans for the entity labels a redactor left in the text. */
export function spansFromLabels(text: string): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const m of text.matchAll(ENTITY_LABEL)) {
    spans.push({ type: m[1] as EntitySpan['type'], start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export function loadCases(path = new URL('./cases.jsonl', import.meta.url)): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const c = JSON.parse(l) as EvalCase;
      if (!c.id || !c.channel || typeof c.redactedText !== 'string' || !Array.isArray(c.expected)) {
        throw new Error(`cases.jsonl line ${i + 1}: missing id, channel, redactedText or expected`);
      }
      return c;
    });
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  cases: number;
  perRule: RuleScore[];
  overall: RuleScore;
  errors: Array<{ id: string; rule: string; kind: 'fp' | 'fn'; note?: string }>;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}

/** Interaction-level scoring: a rule counts once per case, whatever the number of findings. */
export function scoreCases(cases: readonly EvalCase[]): EvalReport {
  const rules = DEFAULT_RULES.map((r) => r.id);
  const counts = new Map(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const errors: EvalReport['errors'] = [];
  for (const c of cases) {
    const interaction: SanitizedInteraction = { id: c.id, channel: c.channel, redactedText: c.redactedText, spans: c.spans ?? spansFromLabels(c.redactedText) };
    const result = analyzeInteraction(interaction);
    const fired = new Set([...result.flags, ...result.risk].map((f) => f.rule));
    const expected = new Set(c.expected);
    for (const rule of rules) {
      const n = counts.get(rule)!;
      if (fired.has(rule) && expected.has(rule)) n.tp++;
      else if (fired.has(rule)) {
        n.fp++;
        errors.push({ id: c.id, rule, kind: 'fp', note: c.note });
      } else if (expected.has(rule)) {
        n.fn++;
        errors.push({ id: c.id, rule, kind: 'fn', note: c.note });
      }
    }
  }
  const perRule = rules.map((rule) => {
    const n = counts.get(rule)!;
    return { rule, ...n, precision: ratio(n.tp, n.tp + n.fp), recall: ratio(n.tp, n.tp + n.fn) };
  });
  const sum = perRule.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    cases: cases.length,
    perRule,
    overall: { rule: 'overall (micro)', ...sum, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn) },
    errors,
  };
}
