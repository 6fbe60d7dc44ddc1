import { luhnValid, allSameDigit } from '../checksums.js';
import { IDENTIFIER_CUES, cueGluedBefore, isWordChar, judgeContext, type ContextRule } from '../context.js';
import { continuedInNextMessage, digitsOf, numberRuns, type DigitGroup, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const CARD_CONTEXT: ContextRule = {
  positive:
    /\b(?:credit|debit|card|cards|visa|master ?card|mc|amex|american express|discover|diners|jcb|unionpay|cc|pan|card number|card no)\b/g,
  negative: IDENTIFIER_CUES,
  before: 48,
  after: 24,
};

/** A closer cue naming another kind of number: a Luhn pass alone does not make a bank account a card. */
const OTHER_NUMBER: ContextRule = {
  positive: /\b(?:credit|debit|card|cards|visa|master ?card|amex|discover)\b/g,
  negative: /\b(?:account|acct|checking|savings|routing|aba|iban|social|ssn|phone|cell|mobile|reach|fax|tracking|order|case|ticket|reference|confirmation|invoice)\b/g,
  before: 64,
};

/** Two groups of four joined by a dot, slash, comma, underscore, long dash, tab or no-break space, or by a separator padded by spaces. */
const ODD_SEPARATOR_HINT = /\d{4}(?:[./_,*\u2013\u2014\t\u00a0\u202f]| +[-\u2013\u2014./_,*] *| *[-\u2013\u2014./_,*] +| {2,})\d{4}/;
/** Four groups of four (and a last short one), one separator repeated: a dot, slash, comma, underscore, asterisk, long dash, tab, no-break space, a padded dash, or two spaces. */
const ODD_SEPARATED_CARD =
  /(?<![\w.\/,*-])\d{4}( *[./_,*\u2013\u2014] *|[\t\u00a0\u202f]| +- *| *- +| {2,})\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?(?![\w\/*]|[.-]\d)/g;

/**
 * Amex 4-6-5 (34, 37) and Diners 4-6-4 (30, 36, 38) with one separator repeated that is not a single
 * space or dash: two spaces, a comma, a dot ("3729  435897  18403", "3743, 236200, 88207"). Its prefix
 * and grouping together are what tell it from a list of numbers; an expiry may follow after a slash.
 */
const ODD_SEPARATED_AMEX =
  /(?<![\w.\/,-])3[047-8]\d{2}( *[./_,\u2013\u2014] *|[\t\u00a0\u202f]| +- *| *- +| {2,})\d{6}\1\d{4,5}(?!\w|[.-]\d)/g;

/** Issuer prefixes: 1 (UATP), 2 (Mastercard 2-series), 3 (Amex, Diners, JCB), 4 (Visa), 5 (Mastercard, Maestro), 6 (Discover, UnionPay). */
function plausibleIssuer(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48;
  if (first < 1 || first > 6) return false;
  // Presidio's rule: 13 digits starting with 1 are not card numbers.
  if (first === 1 && digits.length === 13) return false;
  if (first === 2) {
    const p = Number(digits.slice(0, 4));
    return p >= 2221 && p <= 2720;
  }
  return !allSameDigit(digits);
}

/** Printed groupings rank first: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4; unseparated next. */
function shapeRank(lengths: number[]): number {
  const key = lengths.join('-');
  if (key === '4-6-5' || key === '4-6-4') return 3;
  if (lengths.length === 1) return 2;
  const head = lengths.slice(0, -1);
  const last = lengths[lengths.length - 1]!;
  if (head.every((l) => l === 4) && last >= 1 && last <= 4) return 3;
  return 1;
}

/** A run glued only on its right, to letters ("7334exp"): nothing word-like or code-like before it. */
function lettersOnlyAfter(text: string, run: NumberRun): boolean {
  const before = text.charCodeAt(run.start - 1);
  if (isWordChar(text, run.start - 1) || before === 45 || before === 47 || before === 95 || before === 46 || before === 44) return false;
  return /^[A-Za-z]/.test(text.slice(run.end, run.end + 1));
}

/** "CC4532316326737334", "visa4111...": the card cue typed against the number, nothing glued after it. */
const CUE_GLUED = /\b(?:cc|card|visa|mc|amex|pan)$/;

/** Are the groups `from` to `i` (excluded) all fours, the last one joined to `i` by one space? */
function continuesGroupsOfFour(text: string, groups: readonly DigitGroup[], from: number, i: number): boolean {
  if (text.charCodeAt(groups[i - 1]!.end) !== 32 || groups[i - 1]!.end + 1 !== groups[i]!.start) return false;
  for (let k = from; k < i; k++) if (groups[k]!.end - groups[k]!.start !== 4) return false;
  return true;
}

interface CardCandidate {
  start: number;
  end: number;
  lastGroup: number;
  rank: number;
}

function bestCardFrom(text: string, groups: readonly DigitGroup[], first: number): CardCandidate | undefined {
  let best: CardCandidate | undefined;
  let digits = '';
  const lengths: number[] = [];
  for (let j = first; j < groups.length; j++) {
    const g = groups[j]!;
    digits += text.slice(g.start, g.end);
    lengths.push(g.end - g.start);
    if (digits.length > 19) break;
    if (digits.length < 13) continue;
    if (!luhnValid(digits) || !plausibleIssuer(digits)) continue;
    const rank = shapeRank(lengths) * 100 + (digits.length === 16 ? 50 : 0) + digits.length;
    if (!best || rank > best.rank) best = { start: groups[first]!.start, end: g.end, lastGroup: j, rank };
  }
  return best;
}

/** CREDIT_CARD: 13–19 digits, grouped or not, Luhn-checked. */
export class CardNumberRecognizer implements Recognizer {
  readonly name = 'CardNumberRecognizer';
  readonly types = ['CREDIT_CARD'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const runs = numberRuns(ctx);
    for (const run of runs) {
      if (run.digitCount < 13) continue;
      if (!run.glued) this.scanRun(ctx, run, out, false);
      // "4532 3163 2673 7334exp 09/27": typed without a space before the next word; named a card, it is one.
      else if (!ctx.view && (lettersOnlyAfter(ctx.text, run) || cueGluedBefore(ctx, run, CUE_GLUED))) this.scanRun(ctx, run, out, true);
    }
    if (runs.length > 1 && ctx.text.includes('\n')) this.splitAcrossMessages(ctx, runs, out);
    if (ODD_SEPARATOR_HINT.test(ctx.text)) this.oddSeparators(ctx, out);
    return out;
  }

  /**
   * "4539.1488.0343.6467", "4539 - 1488 - 0343 - 6467", "4539/1488/0343/6467": the printed groups of
   * four kept, joined by something other than one space or dash. The same separator between every
   * group and the printed grouping are what tell it from a version, a date or a phone number.
   */
  private oddSeparators(ctx: AnalysisContext, out: Span[]): void {
    for (const pattern of [ODD_SEPARATED_CARD, ODD_SEPARATED_AMEX]) this.oddSeparated(ctx, pattern, out);
  }

  private oddSeparated(ctx: AnalysisContext, pattern: RegExp, out: Span[]): void {
    const { text } = ctx;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = digitsOf(text, start, end);
      if (digits.length < 13 || !luhnValid(digits) || !plausibleIssuer(digits)) continue;
      if (pattern === ODD_SEPARATED_AMEX && !/^3[47]\d{13}$|^3[068]\d{12}$/.test(digits)) continue;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      const verdict = judgeContext(ctx, start, end, CARD_CONTEXT);
      const score = verdict.cue ? 0.95 : verdict.blocked || judgeContext(ctx, start, end, OTHER_NUMBER).blocked ? 0.3 : 0.7;
      out.push(
        makeSpan('CREDIT_CARD', start, end, score, this.name, {
          checksum: 'luhn',
          note: 'printed groups with an unusual separator',
          ...(verdict.cue ? { context: verdict.cue } : {}),
        }),
      );
    }
  }

  /**
   * "5393\n[8:40 PM] Ana: 6080 6676 7363": a card sent in two messages. The first piece ends its
   * line, the second opens the next one after the speaker label; together they pass Luhn.
   */
  private splitAcrossMessages(ctx: AnalysisContext, runs: readonly NumberRun[], out: Span[]): void {
    const { text } = ctx;
    for (let i = 0; i < runs.length; i++) {
      const first = runs[i]!;
      if (first.glued || first.amount || first.plus || first.digitCount < 4 || first.digitCount > 15) continue;
      const k = continuedInNextMessage(text, runs, i);
      if (k < 0) continue;
      const second = runs[k]!;
      // The second piece may run on into the expiry and code ("0396 3634 03/31 520"): take the groups that complete the card.
      if (second.digitCount < 3) continue;
      const head = digitsOf(text, first.start, first.end);
      let digits = head;
      let end = -1;
      const sg = second.groups;
      for (let k = 0; k < sg.length; k++) {
        const g = sg[k]!;
        digits += text.slice(g.start, g.end);
        if (digits.length > 19) break;
        if (digits.length < 13 || !luhnValid(digits) || !plausibleIssuer(digits)) continue;
        // Several group ends give Luhn several chances: the card must end the run, or be followed by
        // what follows a card (an expiry "03/31", "0331" or a month, a code).
        const rest = sg.length - 1 - k;
        const nextLen = rest > 0 ? sg[k + 1]!.end - sg[k + 1]!.start : 0;
        if (rest === 0 || (rest <= 3 && (nextLen <= 2 || nextLen === 4) && /^[ \-]/.test(text.slice(g.end, g.end + 1)))) end = g.end;
        break;
      }
      if (end < 0 || /[^\d \-]/.test(text.slice(first.start, first.end) + text.slice(second.start, end))) continue;
      const verdict = judgeContext(ctx, first.start, first.end, CARD_CONTEXT);
      if (verdict.blocked || judgeContext(ctx, first.start, first.end, OTHER_NUMBER).blocked) continue;
      // Without a card cue, only the printed grouping (fours) vouches for two pieces being one card.
      const fours = [...first.groups, ...sg].every((g) => g.end - g.start === 4 || g.start >= end);
      if (!verdict.cue && !fours) continue;
      const score = verdict.cue ? 0.95 : 0.6;
      for (const part of [first, { start: second.start, end }]) {
        out.push(
          makeSpan('CREDIT_CARD', part.start, part.end, score, this.name, {
            checksum: 'luhn',
            note: 'split across messages',
            ...(verdict.cue ? { context: verdict.cue } : {}),
          }),
        );
      }
    }
  }

  private scanRun(ctx: AnalysisContext, run: NumberRun, out: Span[], needsCue: boolean): void {
    const { groups } = run;
    let total = 0;
    for (const g of groups) total += g.end - g.start;
    if (total < 13) return;
    // "$12.50 4111 ...": the amount (or a "+44" prefix) opens the run but is not part of the card.
    // The first group after the last card found: a card read twice in one run starts a new number there.
    let after = run.amount || run.plus ? 1 : 0;
    for (let i = after; i < groups.length; ) {
      // A group after a dot is the cents of an amount or a version part; after a dash it is the
      // middle of a dashed code (order 713-3104035-6186600). Cards start after a space.
      if (i > 0 && ctx.text.slice(groups[i - 1]!.end, groups[i]!.start) !== ' ') {
        i++;
        continue;
      }
      // "9400 6576 5233 9297 7379 01": a card never goes on from a group of four in the same printed
      // number; sixteen digits that pass Luhn inside a longer one (a parcel tracking number) are chance.
      if (i > after && continuesGroupsOfFour(ctx.text, groups, after, i)) {
        i++;
        continue;
      }
      let found = bestCardFrom(ctx.text, groups, i);
      if (!found) {
        i++;
        continue;
      }
      // "5 5 4111 1111 1111 1111": a printed grouping starting later beats an odd one starting here.
      for (let k = i + 1; k < groups.length && groups[k]!.start < found.end; k++) {
        const later = bestCardFrom(ctx.text, groups, k);
        if (later && later.rank > found.rank) found = later;
      }
      // Only spaces and dashes separate card groups; dots and parentheses mean something else.
      const slice = ctx.text.slice(found.start, found.end);
      if (/[^\d \-]/.test(slice)) {
        i++;
        continue;
      }
      const verdict = judgeContext(ctx, found.start, found.end, CARD_CONTEXT);
      if (needsCue && !verdict.cue) {
        i = found.lastGroup + 1;
        after = i;
        continue;
      }
      let score = 0.9;
      if (verdict.cue) score = 1;
      // Order numbers like 713-3104035-6186600 pass Luhn one time in ten; printed card groupings keep 0.5.
      else if (verdict.blocked) score = found.rank >= 300 ? 0.5 : 0.2;
      // "166-7728803-8206248": dashes between groups no card is printed in are an order number's.
      else if (found.rank < 300 && slice.includes('-')) score = 0.3;
      else if (judgeContext(ctx, found.start, found.end, OTHER_NUMBER).blocked) score = found.rank >= 300 ? 0.6 : 0.3;
      // Spoken digits come in arbitrary groups, so some stretch of a long spoken number passes Luhn
      // by chance; without a card cue only a whole spoken run counts.
      else if (ctx.view && (found.start !== groups[0]!.start || found.end !== groups[groups.length - 1]!.end)) score = 0.3;
      out.push(
        makeSpan('CREDIT_CARD', found.start, found.end, score, this.name, {
          checksum: 'luhn',
          ...(verdict.cue ? { context: verdict.cue } : {}),
        }),
      );
      i = found.lastGroup + 1;
      after = i;
    }
  }
}
