/**
 * Conformance with Presidio's own recognizer tests (shared/conformance/presidio): per type, how
 * many expected spans detect() finds (a predicted span of the type overlaps the expected one) and
 * how many negative cases stay clean (no span of the type at all). Presidio's suite expects exactly
 * these outputs, so Presidio itself passes 100% of the cases that carry expectations.
 * DATE_TIME is not a Custos type: its cases are scored for reference only (any span overlapping).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isEntityType, type DetectOptions, type Span } from '../src/detect/types.js';

/**
 * The cases live in `shared/` beside the repository (CI clones main with shared/ next to it);
 * CUSTOS_PRESIDIO_CASES overrides.
 */
export const DEFAULT_PRESIDIO_CASES =
  process.env.CUSTOS_PRESIDIO_CASES ??
  [fileURLToPath(new URL('../../shared/conformance/presidio/presidio_cases.jsonl', import.meta.url)), '/work/shared/conformance/presidio/presidio_cases.jsonl'].find((p) =>
    existsSync(p),
  ) ??
  fileURLToPath(new URL('../../shared/conformance/presidio/presidio_cases.jsonl', import.meta.url));

/** The threshold detect() reports at by default; Presidio marks some expected matches as weaker than this. */
const DEFAULT_THRESHOLD = 0.4;

export interface PresidioCase {
  id: string;
  source: string;
  type: string;
  text: string;
  spans: [number, number][];
  presidio_score?: number | [number, number][] | null;
}

/** Presidio's expected score for span i is weak when its lower bound is under our threshold. */
function weakExpected(c: PresidioCase, i: number): boolean {
  const s = c.presidio_score;
  if (s === null || s === undefined) return false;
  if (typeof s === 'number') return s < DEFAULT_THRESHOLD;
  const range = s[i];
  return range !== undefined && range[0] < DEFAULT_THRESHOLD;
}

export interface PresidioTypeScore {
  type: string;
  /** true for types Custos does not have (DATE_TIME): not part of the totals. */
  reference: boolean;
  cases: number;
  expectedSpans: number;
  foundSpans: number;
  recall: number;
  negativeCases: number;
  falsePositiveCases: number;
  /** Predicted spans of the type that overlap no expected span, in positive cases. */
  extraSpans: number;
  casesPassed: number;
  passRate: number;
  /**
   * Pass rate when each case is judged at Presidio's own expectation: where Presidio's test expects
   * only a weak score (below our 0.4 threshold) the span is looked for at minScore 0.01 with that
   * type alone (Presidio's test runs one recognizer); negatives are checked at that low threshold too.
   */
  casesPassedAtPresidioThreshold: number;
  passRateAtPresidioThreshold: number;
  /** Presidio's result on its own tests: the expectations are its outputs. */
  presidioPassRate: number;
}

export interface PresidioScore {
  types: PresidioTypeScore[];
  overall: { cases: number; casesPassed: number; passRate: number; passRateAtPresidioThreshold: number; expectedSpans: number; foundSpans: number; recall: number; negativeCases: number; falsePositiveCases: number };
  failures: { id: string; type: string; text: string; expected: [number, number][]; predicted: [number, number, string][] }[];
  /** Ids of the cases that fail even when judged at Presidio's own per-case expectation. */
  failuresAtPresidioThreshold: { id: string; type: string }[];
}

export function loadPresidioCases(path = DEFAULT_PRESIDIO_CASES): PresidioCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const c = JSON.parse(l) as PresidioCase;
      if (typeof c.text !== 'string' || typeof c.type !== 'string' || !Array.isArray(c.spans)) throw new Error(`presidio case line ${i + 1} is malformed`);
      return c;
    });
}

const REFERENCE_TYPES = new Set(['DATE_TIME']);

export function scorePresidio(cases: readonly PresidioCase[], detect: (text: string, options?: DetectOptions) => Span[]): PresidioScore {
  const rows = new Map<string, PresidioTypeScore>();
  const failures: PresidioScore['failures'] = [];
  const failuresAtPresidioThreshold: PresidioScore['failuresAtPresidioThreshold'] = [];
  for (const c of cases) {
    const reference = REFERENCE_TYPES.has(c.type);
    const row = rows.get(c.type) ?? { type: c.type, reference, cases: 0, expectedSpans: 0, foundSpans: 0, recall: 0, negativeCases: 0, falsePositiveCases: 0, extraSpans: 0, casesPassed: 0, passRate: 0, casesPassedAtPresidioThreshold: 0, passRateAtPresidioThreshold: 0, presidioPassRate: 1 };
    rows.set(c.type, row);
    const spans = detect(c.text);
    const ofType = reference ? spans : spans.filter((s) => s.type === c.type);
    row.cases++;
    const low = !reference && isEntityType(c.type) ? detect(c.text, { minScore: 0.01, types: [c.type] }) : ofType;
    const passedAtPresidio =
      c.spans.length === 0
        ? low.length === 0
        : c.spans.every(([start, end], i) => (weakExpected(c, i) ? low : ofType).some((s) => s.start < end && start < s.end));
    if (passedAtPresidio) row.casesPassedAtPresidioThreshold++;
    else if (!reference) failuresAtPresidioThreshold.push({ id: c.id, type: c.type });
    let passed: boolean;
    if (c.spans.length === 0) {
      row.negativeCases++;
      passed = ofType.length === 0;
      if (!passed) row.falsePositiveCases++;
    } else {
      let all = true;
      for (const [start, end] of c.spans) {
        row.expectedSpans++;
        if (ofType.some((s) => s.start < end && start < s.end)) row.foundSpans++;
        else all = false;
      }
      row.extraSpans += ofType.filter((s) => !c.spans.some(([start, end]) => s.start < end && start < s.end)).length;
      passed = all;
    }
    if (passed) row.casesPassed++;
    else failures.push({ id: c.id, type: c.type, text: c.text, expected: c.spans, predicted: spans.map((s) => [s.start, s.end, s.type]) });
  }
  const types = [...rows.values()].map((r) => ({ ...r, recall: r.expectedSpans ? r.foundSpans / r.expectedSpans : 1, passRate: r.cases ? r.casesPassed / r.cases : 1, passRateAtPresidioThreshold: r.cases ? r.casesPassedAtPresidioThreshold / r.cases : 1 }));
  const counted = types.filter((r) => !r.reference);
  const sum = (f: (r: PresidioTypeScore) => number): number => counted.reduce((a, r) => a + f(r), 0);
  const overall = {
    cases: sum((r) => r.cases),
    casesPassed: sum((r) => r.casesPassed),
    passRate: sum((r) => r.cases) ? sum((r) => r.casesPassed) / sum((r) => r.cases) : 1,
    passRateAtPresidioThreshold: sum((r) => r.cases) ? sum((r) => r.casesPassedAtPresidioThreshold) / sum((r) => r.cases) : 1,
    expectedSpans: sum((r) => r.expectedSpans),
    foundSpans: sum((r) => r.foundSpans),
    recall: sum((r) => r.expectedSpans) ? sum((r) => r.foundSpans) / sum((r) => r.expectedSpans) : 1,
    negativeCases: sum((r) => r.negativeCases),
    falsePositiveCases: sum((r) => r.falsePositiveCases),
  };
  return { types, overall, failures, failuresAtPresidioThreshold };
}
