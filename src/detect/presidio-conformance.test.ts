/**
 * Scores detect() on Presidio's own recognizer test cases (/work/shared/conformance/presidio).
 * A positive case passes when every expected span overlaps a predicted span of its type; a
 * negative case passes when no span of its type is predicted. Cases Presidio itself scores as
 * weak (below our default threshold of 0.4) are checked with minScore 0.01 and that type alone, as
 * Presidio's own test runs one recognizer: we report them too, just below the line. Negatives are
 * checked the same way, at that low threshold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, DEFAULT_MIN_SCORE, isEntityType, type DetectOptions, type Span } from './index.js';

export interface PresidioCase {
  id: string;
  source: string;
  type: string;
  text: string;
  spans: [number, number][];
  presidio_score: number | [number, number][] | null;
}

export interface TypeScore {
  positives: number;
  positivesFound: number;
  negatives: number;
  negativesClean: number;
  failures: string[];
}

import { DEFAULT_PRESIDIO_CASES as CASES_PATH } from '../../eval/presidio.js';

export function loadPresidioCases(path = CASES_PATH): PresidioCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PresidioCase);
}

/** Presidio's expected score for span i is weak when its lower bound is under our threshold. */
function weakExpected(c: PresidioCase, i: number): boolean {
  const s = c.presidio_score;
  if (s === null) return false;
  if (typeof s === 'number') return s < DEFAULT_MIN_SCORE;
  const range = s[i];
  return range !== undefined && range[0] < DEFAULT_MIN_SCORE;
}

export function scorePresidioCases(
  cases: readonly PresidioCase[],
  run: (text: string, options?: DetectOptions) => Span[],
): Map<string, TypeScore> {
  const scores = new Map<string, TypeScore>();
  for (const c of cases) {
    let t = scores.get(c.type);
    if (!t) {
      t = { positives: 0, positivesFound: 0, negatives: 0, negativesClean: 0, failures: [] };
      scores.set(c.type, t);
    }
    const strong = run(c.text).filter((s) => s.type === c.type);
    // Presidio runs one recognizer per test; a weak match must not lose to another type here either.
    const all = isEntityType(c.type) ? run(c.text, { minScore: 0.01, types: [c.type] }) : [];
    if (c.spans.length === 0) {
      t.negatives++;
      if (all.length === 0) t.negativesClean++;
      else t.failures.push(`${c.id}: false positive`);
      continue;
    }
    t.positives++;
    const missed = c.spans.filter(([start, end], i) => {
      const pool = weakExpected(c, i) ? all : strong;
      return !pool.some((s) => s.start < end && start < s.end);
    });
    if (missed.length === 0) t.positivesFound++;
    else t.failures.push(`${c.id}: missed ${missed.length}/${c.spans.length}`);
  }
  return scores;
}

/**
 * Cases where Custos deliberately disagrees with Presidio, with the reason. DATE_TIME is not a
 * Custos type (a date is personal only as a DATE_OF_BIRTH, by its context): reference only.
 */
const DELIBERATE: Record<string, string> = {};

describe('Presidio conformance', () => {
  const cases = loadPresidioCases().filter((c) => c.type !== 'DATE_TIME');
  const scores = scorePresidioCases(cases, detect);

  for (const [type, s] of scores) {
    it(`${type}: every positive found, every negative clean`, () => {
      const failures = s.failures.filter((f) => !(f.split(':')[0]! in DELIBERATE));
      expect(failures).toEqual([]);
      expect(s.positives + s.negatives).toBeGreaterThan(0);
    });
  }

  it('covers the types Custos shares with Presidio', () => {
    expect([...scores.keys()].sort()).toEqual(
      ['BANK_ACCOUNT', 'CREDIT_CARD', 'EMAIL_ADDRESS', 'IBAN', 'IP_ADDRESS', 'PHONE_NUMBER', 'US_SSN'].sort(),
    );
  });
});
