import { allSameDigit } from '../checksums.js';
import { IDENTIFIER_CUES, judgeContext, type ContextRule, type ContextVerdict } from '../context.js';
import { numberRuns, type DigitGroup } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const SSN_RULE: ContextRule = {
  positive:
    // "social worker", "social media", "social security office": the word, not the number.
    /\b(?:ssn|ss#|ss #|ss no\.?|social security(?: number| no\.?| #)?(?! (?:office|administration|benefits?|payments?|checks?|deposits?|income|disability|check))|social(?: number)?(?! (?:worker|media|club|services?|event|hour|security (?:office|administration|benefits?|payments?|checks?|deposits?|income|disability))\b)|socsec|tax ?payer id|tin)\b/g,
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

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A date (month or day first), then "and", right before a value: the answer to "date of birth and social". */
const DATE_BEFORE = new RegExp(
  String.raw`(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH},? (?:\d{4}|\d{2})|\d{1,2}[/.\- ]\d{1,2}[/.\- ](?:\d{4}|\d{2}))[,.;]?\s+(?:and\s+)?$`,
);

/**
 * A false start just before the value: a short group that opens with the same digit, then
 * nothing but a correction or hesitation ("637 uh sorry 639767005", "538 scratch that 531 064158").
 */
const FALSE_START =
  /(?<![\d-])(\d{1,8})[ ,.…]*(?:(?:scratch that|sorry|i mean|no wait|wait|actually|correction|let me start (?:again|over)|start (?:again|over)|no|um+|uh+|erm?|hold on|hang on)[ ,.…]+)*$/;

/**
 * The cue seemed cut off by another number: was that number a date answered first ("date of birth
 * and social?") or a false start ("six three seven uh sorry six three nine...", part of the value)?
 */
function rereadAfterNumber(ctx: AnalysisContext, start: number, end: number, digits: string): { start: number; verdict: ContextVerdict } | undefined {
  let from = start;
  let date = dateBefore(ctx, from);
  // Not a false start when that "first try" is the year of the date just before.
  if (!date) {
    from = restartBefore(ctx, start, digits);
    if (from === start) return undefined;
    date = dateBefore(ctx, from);
  }
  const verdict = judgeContext(ctx, date ? from - date[0].length : from, end, SSN_RULE);
  return verdict.cue ? { start: from, verdict } : undefined;
}

/**
 * A view keeps a hesitation it does not know as words between two groups: "531 um hang on 475208".
 * Read only with an SSN cue.
 */
const PAUSED_SSN =
  /(?<![\d-])(?:\d{3}|\d{3}[ ,]\d{2}|\d{5})(?:[ ,.…]+(?:um+|uh+|erm?|hmm+|hold on|hang on|let me see|let me check|one sec(?:ond)?|wait)){1,3}[ ,.…]+(?:\d{6}|\d{2}[ ,]\d{4}|\d{4})(?![\d-])/g;
const PAUSE_HINT = /\b(?:um+|uh+|erm?|hmm+|hold on|hang on|let me|one sec|wait)\b/;

function digitBefore(text: string, at: number, reach: number): boolean {
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function dateBefore(ctx: AnalysisContext, at: number): RegExpExecArray | null {
  return DATE_BEFORE.exec(ctx.lower.slice(Math.max(0, at - 40), at));
}

function restartBefore(ctx: AnalysisContext, start: number, digits: string): number {
  const m = FALSE_START.exec(ctx.lower.slice(Math.max(0, start - 48), start));
  if (!m || m[1]![0] !== digits[0]) return start;
  return start - m[0].length;
}

/** The length of group `k`, 0 past the last. (Not a closure per run: those cost more than the check.) */
function groupLength(g: readonly DigitGroup[], k: number): number {
  return k < g.length ? g[k]!.end - g[k]!.start : 0;
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
    // Digits a view made of speech: their spaces are pauses, not the writer's separators ("693-09.4444" stays odd).
    const spoken = ctx.view === true;
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 4) continue;
      const g = run.groups;
      for (let i = 0; i < g.length; ) {
        let size = 0;
        let strong = false;
        if (groupLength(g, i) === 3 && groupLength(g, i + 1) === 2 && groupLength(g, i + 2) === 4 && text[g[i]!.end] === text[g[i + 1]!.end]) {
          size = 3;
          strong = true;
        } else if (groupLength(g, i) === 3 && groupLength(g, i + 1) === 2 && groupLength(g, i + 2) === 4 && spoken) {
          // Read aloud, the pauses fall where they fall: "oh eight nine, twenty two fifty seven forty".
          size = 3;
        } else if (((groupLength(g, i) === 3 && groupLength(g, i + 1) === 6) || (groupLength(g, i) === 5 && groupLength(g, i + 1) === 4)) && (text[g[i]!.end] === '-' || spoken)) {
          size = 2;
        } else if (groupLength(g, i) === 9) {
          size = 1;
        } else if (groupLength(g, i) === 4 && wantsLastFour && g.length === 1 && ctx.lower.slice(Math.max(0, g[i]!.start - 48), g[i]!.start).includes('last')) {
          const lf = judgeContext(ctx, g[i]!.start, g[i]!.end, { positive: LAST_FOUR, before: 48 });
          if (lf.cue) out.push(makeSpan('US_SSN', g[i]!.start, g[i]!.end, 0.7, this.name, { context: lf.cue, note: 'last four' }));
        }
        if (size === 0 || (i === 0 && text[run.start] === '(')) {
          i++;
          continue;
        }
        let start = g[i]!.start;
        const end = g[i + size - 1]!.end;
        i += size;
        const digits = text.slice(start, end).replace(/\D/g, '');
        if (!ssnPlausible(digits)) continue;
        let verdict = judgeContext(ctx, start, end, SSN_RULE);
        if (!verdict.cue && !verdict.blocked && digitBefore(text, start, 48)) {
          const reread = rereadAfterNumber(ctx, start, end, digits);
          if (reread) {
            start = reread.start;
            verdict = reread.verdict;
          }
        }
        let score: number;
        if (verdict.cue) score = strong ? 1 : 0.9;
        else if (verdict.blocked) score = strong ? 0.3 : 0.05;
        else score = strong ? 0.6 : 0.1;
        out.push(makeSpan('US_SSN', start, end, score, this.name, verdict.cue ? { context: verdict.cue } : {}));
      }
    }
    if (spoken && PAUSE_HINT.test(ctx.lower)) {
      PAUSED_SSN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PAUSED_SSN.exec(ctx.lower)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        const digits = m[0].replace(/\D/g, '');
        if (!ssnPlausible(digits)) continue;
        let verdict = judgeContext(ctx, start, end, SSN_RULE);
        let from = start;
        if (!verdict.cue && !verdict.blocked) {
          const reread = rereadAfterNumber(ctx, start, end, digits);
          if (reread) {
            from = reread.start;
            verdict = reread.verdict;
          }
        }
        if (verdict.cue) out.push(makeSpan('US_SSN', from, end, 0.9, this.name, { context: verdict.cue, note: 'paused' }));
      }
    }
    return out;
  }
}
