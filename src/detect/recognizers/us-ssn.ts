import { allSameDigit } from '../checksums.js';
import { IDENTIFIER_CUES, judgeContext, type ContextRule } from '../context.js';
import { numberRuns } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const SSN_RULE: ContextRule = {
  positive:
    /\b(?:ssn|ss#|ss #|ss no\.?|social security(?: number| no\.?| #)?|social(?: number)?|socsec|tax ?payer id|tin)\b/g,
  negative: IDENTIFIER_CUES,
  before: 80,
  after: 24,
};

const LAST_FOUR = /\b(?:last (?:four|4)(?: digits)? of (?:your |my |the |his |her )?(?:ssn|social(?: security(?: number)?)?))\b/g;

/** Presidio's invalidation: impossible areas, zero groups, repeated digits, well-known samples. */
export function ssnPlausible(digits: string): boolean {
  if (digits.length !== 9) return false;
  if (allSameDigit(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  // The Woolworth wallet-card number, published and never valid; 987-65-432x are advertising samples.
  if (digits.startsWith('078051120') || digits.startsWith('98765432')) return false;
  return true;
}

/** US_SSN: 3-2-4 with one consistent separator on sight; 9 bare digits and odd groupings only by context. */
export class UsSsnRecognizer implements Recognizer {
  readonly name = 'UsSsnRecognizer';
  readonly types = ['US_SSN'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const { text } = ctx;
    const wantsLastFour = ctx.lower.includes('last');
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 4) continue;
      const g = run.groups;
      const len = (k: number): number => (k < g.length ? g[k]!.end - g[k]!.start : 0);
      for (let i = 0; i < g.length; ) {
        let size = 0;
        let strong = false;
        if (len(i) === 3 && len(i + 1) === 2 && len(i + 2) === 4 && text[g[i]!.end] === text[g[i + 1]!.end]) {
          size = 3;
          strong = true;
        } else if (((len(i) === 3 && len(i + 1) === 6) || (len(i) === 5 && len(i + 1) === 4)) && text[g[i]!.end] === '-') {
          size = 2;
        } else if (len(i) === 9) {
          size = 1;
        } else if (len(i) === 4 && wantsLastFour && g.length === 1 && ctx.lower.slice(Math.max(0, g[i]!.start - 48), g[i]!.start).includes('last')) {
          const lf = judgeContext(ctx, g[i]!.start, g[i]!.end, { positive: LAST_FOUR, before: 48 });
          if (lf.cue) out.push(makeSpan('US_SSN', g[i]!.start, g[i]!.end, 0.7, this.name, { context: lf.cue, note: 'last four' }));
        }
        if (size === 0 || (i === 0 && text[run.start] === '(')) {
          i++;
          continue;
        }
        const start = g[i]!.start;
        const end = g[i + size - 1]!.end;
        i += size;
        const digits = text.slice(start, end).replace(/\D/g, '');
        if (!ssnPlausible(digits)) continue;
        const verdict = judgeContext(ctx, start, end, SSN_RULE);
        let score: number;
        if (verdict.cue) score = strong ? 1 : 0.9;
        else if (verdict.blocked) score = strong ? 0.3 : 0.05;
        else score = strong ? 0.6 : 0.1;
        out.push(makeSpan('US_SSN', start, end, score, this.name, verdict.cue ? { context: verdict.cue } : {}));
      }
    }
    return out;
  }
}
