import { allSameDigit } from '../checksums.js';
import { IDENTIFIER_CUES, cueGluedBefore, identifierAsked, judgeContext, type ContextRule, type ContextVerdict } from '../context.js';
import { groupLength, numberRuns } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

/** Identifier cues, less the bare "id": a "tax id" is the number itself, not a label for another one. */
const SSN_NEGATIVE = new RegExp(IDENTIFIER_CUES.source.replace('|otp|id)\\b', '|otp)\\b'), 'g');

const SSN_RULE: ContextRule = {
  positive:
    // "social worker", "social media", "social security office": the word, not the number.
    // "ss#" ends in a non-word character, so it stands outside the alternation that must end at a word boundary.
    /\b(?:(?:ssn|ss no|ss number|social security(?: number| no)?(?! (?:office|administration|benefits?|payments?|checks?|deposits?|income|disability|check))|social(?: number)?(?! (?:worker|media|club|services?|event|hour|security (?:office|administration|benefits?|payments?|checks?|deposits?|income|disability))\b)|socsec|soc|tax ?payer id|tax id(?:entification)?(?: number| no)?|tin)\b|ss ?#|s\.s\.n\.?)/g,
  negative: SSN_NEGATIVE,
  before: 80,
  after: 24,
  // "what's the ssn on the application" / "just so you know our hours are..." / "it is 308546216":
  // the asking turn before the answer names it, however far back in characters.
  answers: true,
};

/**
 * "form asks for ss#, do u need all of it?" / "we need the full number, yes." / "ok 717527261": the
 * cue a turn or two back, with no other number and no other kind of number named in between.
 */
const SSN_EARLIER_RULE: ContextRule = {
  positive: SSN_RULE.positive,
  negative: /\b(?:account|acct|routing|aba|phone|cell|mobile|card|zip|postal|order|case|ticket|confirmation|member|policy|claim|invoice|tracking|reference|ref|date of birth|dob|birthday)\b/g,
  before: 200,
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

/** "SSN-412-45-6789", "ss#412456789": the run touches its cue, which is why it reads as glued. */
const CUE_GLUED = /\b(?:(?:ssn|ss|soc|tin)[-#:]|ssn|tin)$/;

/**
 * "412_45_6789", "412–45–6789", "412 - 45 - 6789", "412/45/6789": 3-2-4 joined by a separator the
 * shared number runs do not join. Long and padded dashes are how "-" gets typed or printed; an
 * underscore or a slash counts only with a cue.
 */
const ODD_DASHED_SSN = /(?<![\w\u2013\u2014\/-])\d{3}( +[-\u2013\u2014] +|[_\u2013\u2014\/])\d{2}\1\d{4}(?![\w\u2013\u2014\/-])/g;
const ODD_DASH_HINT = /[_\u2013\u2014\/]|\d [-\u2013\u2014] \d/;

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
      if ((run.glued && !cueGluedBefore(ctx, run, CUE_GLUED)) || run.amount || run.plus || run.digitCount < 4) continue;
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
        } else if (groupLength(g, i) === 3 && groupLength(g, i + 1) === 3 && groupLength(g, i + 2) === 3 && text[g[i]!.end] === text[g[i + 1]!.end] && g.length === 3) {
          // "412 456 789": nine digits in threes, an SSN only when named one (scored as unseparated).
          size = 3;
        } else if (groupLength(g, i) === 4 && wantsLastFour && g.length === 1 && ctx.lower.slice(Math.max(0, g[i]!.start - 48), g[i]!.start).includes('last')) {
          const lf = judgeContext(ctx, g[i]!.start, g[i]!.end, { positive: LAST_FOUR, before: 48 });
          if (lf.cue) out.push(makeSpan('US_SSN', g[i]!.start, g[i]!.end, 0.7, this.name, { context: lf.cue, note: 'last four' }));
        }
        // "(415) 555-0132": a run opening on an area code in parentheses is a phone; "(057-44-7579)" is not.
        if (size === 0 || (i === 0 && text[run.start] === '(' && groupLength(g, 0) === 3 && text[g[0]!.end] === ')')) {
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
        if (!verdict.cue && !verdict.blocked && (size === 1 || strong)) {
          const earlier = judgeContext(ctx, start, end, SSN_EARLIER_RULE);
          if (earlier.cue) verdict = { cue: earlier.cue, blocked: false };
        }
        let score: number;
        if (verdict.cue) score = strong ? 1 : 0.9;
        else if (verdict.blocked) score = strong ? 0.3 : 0.05;
        // "Do you have a case number?" / "yes 512-33-8871": the answer is what was asked for.
        else score = strong ? (identifierAsked(ctx, start, end) ? 0.3 : 0.6) : 0.1;
        out.push(makeSpan('US_SSN', start, end, score, this.name, verdict.cue ? { context: verdict.cue } : {}));
      }
    }
    if (!spoken && ODD_DASH_HINT.test(text)) this.oddDashes(ctx, out);
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

  private oddDashes(ctx: AnalysisContext, out: Span[]): void {
    ODD_DASHED_SSN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ODD_DASHED_SSN.exec(ctx.text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (!ssnPlausible(m[0].replace(/\D/g, ''))) continue;
      const verdict = judgeContext(ctx, start, end, SSN_RULE);
      const needsCue = m[1] === '_' || m[1] === '/';
      if (verdict.blocked || (needsCue && !verdict.cue)) continue;
      out.push(makeSpan('US_SSN', start, end, verdict.cue ? 1 : 0.6, this.name, { note: 'unusual dash', ...(verdict.cue ? { context: verdict.cue } : {}) }));
    }
  }
}
