/**
 * Presidio's own recognizer test cases (shared/conformance/presidio), scored by the same code as
 * `npm run eval` (eval/presidio.ts). Custos must pass them at least as well as Presidio does,
 * judged as Presidio's tests judge themselves: where a case expects only a weak match (score under
 * our 0.4 threshold), that type alone is looked for at minScore 0.01; negatives are checked at
 * 0.01 too. DATE_TIME is not a Custos type: reference only.
 */
import { describe, expect, it } from 'vitest';
import { loadPresidioCases, scorePresidio } from '../../eval/presidio.js';
import { detect } from './index.js';

const SHARED_TYPES = ['BANK_ACCOUNT', 'CREDIT_CARD', 'EMAIL_ADDRESS', 'IBAN', 'IP_ADDRESS', 'PHONE_NUMBER', 'US_SSN'];

describe('Presidio conformance', () => {
  const score = scorePresidio(loadPresidioCases(), detect);

  for (const type of SHARED_TYPES) {
    it(`${type}: every positive found, every negative clean`, () => {
      const row = score.types.find((t) => t.type === type);
      expect(row, `no cases for ${type}`).toBeDefined();
      expect(score.failuresAtPresidioThreshold.filter((f) => f.type === type).map((f) => f.id)).toEqual([]);
      expect(row!.passRateAtPresidioThreshold).toBe(1);
    });
  }

  it('covers the types Custos shares with Presidio', () => {
    expect(score.types.filter((t) => !t.reference).map((t) => t.type).sort()).toEqual([...SHARED_TYPES].sort());
  });

  it('finds the strong cases at the default threshold too (no weak-match allowance)', () => {
    // Cases Presidio scores >= 0.4 must be found by plain detect(); only weak ones get the allowance.
    const strongCard = score.types.find((t) => t.type === 'CREDIT_CARD')!;
    expect(strongCard.passRate).toBe(1);
  });
});
