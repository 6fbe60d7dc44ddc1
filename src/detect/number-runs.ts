/**
 * One pass over the text that finds every run of digit groups ("4111 1111-1111 1111",
 * "(415) 555-0132", "+44 20 7946 0958"), shared by the numeric recognizers so none of them
 * rescans the whole text with its own pattern.
 */
import type { AnalysisContext } from './types.js';
import { isWordChar } from './context.js';

export interface DigitGroup {
  readonly start: number;
  readonly end: number;
}

export interface NumberRun {
  /** Offset of the first character (a digit, `+` or `(`). */
  readonly start: number;
  /** Offset past the last digit. */
  readonly end: number;
  readonly groups: readonly DigitGroup[];
  /** How many digits the run holds, so recognizers can skip runs too short for them. */
  readonly digitCount: number;
  /** Starts with `+` (an international phone number). */
  readonly plus: boolean;
  /** Touches a letter or digit on either side (INC0012345, v2.3): part of a word, not a number. */
  readonly glued: boolean;
  /** Preceded by a currency sign or followed by `%`: an amount. */
  readonly amount: boolean;
}

const cache = new WeakMap<AnalysisContext, NumberRun[]>();

export function numberRuns(ctx: AnalysisContext): NumberRun[] {
  let runs = cache.get(ctx);
  if (!runs) {
    runs = scanNumberRuns(ctx.text);
    cache.set(ctx, runs);
  }
  return runs;
}

/** The length of group `k`, 0 past the last. (A module-level helper: a closure per run costs more than the check.) */
export function groupLength(g: readonly DigitGroup[], k: number): number {
  return k < g.length ? g[k]!.end - g[k]!.start : 0;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of the separator at `i` if a digit (or `(` digit) follows it, else 0. */
function separatorAt(text: string, i: number, inParens: boolean): number {
  const c = text.charCodeAt(i);
  // ")" closing an area code, optionally followed by one space, dash or dot.
  if (c === 41 /* ) */) {
    if (!inParens) return 0;
    const n = text.charCodeAt(i + 1);
    if (isDigitCode(n)) return 1;
    if ((n === 32 || n === 45 || n === 46) && isDigitCode(text.charCodeAt(i + 2))) return 2;
    return 0;
  }
  if (c === 32 || c === 45 || c === 46) {
    const n = text.charCodeAt(i + 1);
    if (isDigitCode(n)) return 1;
    if (n === 40 /* ( */ && isDigitCode(text.charCodeAt(i + 2))) return 2;
    return 0;
  }
  if (c === 40 /* ( */ && isDigitCode(text.charCodeAt(i + 1))) return 1;
  return 0;
}

const NEXT_DIGIT = /\d/g;

export function scanNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The regex engine finds the next digit far faster than a character loop; test() leaves
    // lastIndex just past the one-character match without allocating a match array.
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    i = NEXT_DIGIT.lastIndex - 1;
    let start = i;
    let plus = false;
    let inParens = false;
    const prev = text.charCodeAt(i - 1);
    if (prev === 40 /* ( */) {
      start = i - 1;
      inParens = true;
      if (text.charCodeAt(i - 2) === 43) {
        start = i - 2;
        plus = true;
      }
    } else if (prev === 43 /* + */) {
      start = i - 1;
      plus = true;
    }
    const groups: DigitGroup[] = [];
    let digitCount = 0;
    let j = i;
    for (;;) {
      const gs = j;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      groups.push({ start: gs, end: j });
      digitCount += j - gs;
      const sep = separatorAt(text, j, inParens);
      if (sep === 0) break;
      // A decimal comma/point between a thousands group and two cents is an amount, but a dot
      // between groups is also how phone numbers are written; both stay in the run.
      const open = text.charCodeAt(j + sep - 1) === 40;
      if (text.charCodeAt(j) === 41) inParens = false;
      if (open) inParens = true;
      j += sep;
    }
    const end = j;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    const glued =
      isWordChar(text, start - 1) ||
      // TKT-8234-748, ref/2231: a code that merely contains digits
      ((before === 45 || before === 47 || before === 95) && /[A-Za-z]/.test(text[start - 2] ?? '')) ||
      isWordChar(text, end) ||
      // 1.5.3-rc, 12,345: the run continues as a decimal or thousands number
      ((after === 44 || after === 46) && isDigitCode(text.charCodeAt(end + 1))) ||
      ((before === 44 || before === 46) && isDigitCode(text.charCodeAt(start - 2)));
    const amount = before === 36 || before === 163 || before === 8364 || after === 37 || before === 44 || centsBeforeCurrency(text, groups, end);
    runs.push({ start, end, groups, digitCount, plus, glued, amount });
    i = end + 1;
  }
  return runs;
}

const CURRENCY_AFTER = /^ ?(?:usd|eur|gbp|cad|aud|dollars?|bucks)\b/i;

/** "337.73 USD": the run ends in cents and a currency follows, so it is an amount, whatever precedes it. */
function centsBeforeCurrency(text: string, groups: readonly DigitGroup[], end: number): boolean {
  const last = groups[groups.length - 1]!;
  if (groups.length < 2 || last.end - last.start !== 2 || text.charCodeAt(last.start - 1) !== 46 /* . */) return false;
  return CURRENCY_AFTER.test(text.slice(end, end + 9));
}

/** The digits of `text[start, end)`, separators dropped. */
export function digitsOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) out += text[i];
  }
  return out;
}

/** The start of the next message: a newline, an optional timestamp, a speaker label. */
const MESSAGE_LABEL = /^\n[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?[ \t]*)?(?:[^\n:]{1,40}:[ \t]*)?/;
/**
 * A listener's short reply between two pieces of a number: an acknowledgement ("mhm", "got it") or
 * a prompt for the rest ("Yes?", "and the rest?", "go on"), with no digit and no request for another value.
 */
const BACKCHANNEL =
  /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?[ \t]*)?(?:[^\n:]{1,40}:)?[ \t]*(?:(?:mhm+|mm+|uh[ -]huh|okay|ok|yes|yeah|yep|right|got it|go on|go ahead|sure|alright|all right|and|then|so|the rest|rest of it|the rest of it|continue|keep going|next|i'?m listening|what else|after that|and then|(?:the )?last (?:four|4|few)(?: digits)?|(?:the )?remaining(?: digits)?|(?:the )?other (?:four|4|digits))[ \t.,!?\u2026-]*){1,5}(?=\n)/i;
/** What may open the second piece before its digits: "and then 2627", "the rest is 913-7841". */
const CONTINUATION_LEAD = /^(?:(?:and then|and|then|uh|um|so|the rest is|rest is|it'?s|that'?s)[ \t,]+)?/i;

/**
 * The run that carries on the number `runs[i]` in the next message ("5393\n[8:40 PM] Ana: 6080 6676"),
 * possibly after one backchannel line ("mhm", "Yes?", "Got it, and the rest?"); `i`'s run must end its
 * line (a closing ")" of an area code may follow) and the next must open its message, after at most
 * a connective ("and then"). Returns the index in `runs`, or -1.
 */
export function continuedInNextMessage(text: string, runs: readonly NumberRun[], i: number): number {
  // Five recognizers and the analyzer ask this of the same runs: the answer is kept per run.
  let memo = continuations.get(runs);
  if (memo === undefined || memo.text !== text) {
    memo = { text, next: new Int32Array(runs.length).fill(UNKNOWN) };
    continuations.set(runs, memo);
  }
  let k = memo.next[i]!;
  if (k === UNKNOWN) {
    k = findContinuation(text, runs, i);
    memo.next[i] = k;
  }
  return k;
}

const UNKNOWN = -2;
const continuations = new WeakMap<readonly NumberRun[], { text: string; next: Int32Array }>();

function findContinuation(text: string, runs: readonly NumberRun[], i: number): number {
  const first = runs[i]!;
  // The piece must end its line: a newline within a few characters (a ")", a comma, an ellipsis).
  let nl = -1;
  for (let j = first.end; j < first.end + 9 && j < text.length; j++) {
    if (text.charCodeAt(j) === 10) {
      nl = j;
      break;
    }
  }
  if (nl < 0 || !/^\)?[ \t.,\u2026-]*$/.test(text.slice(first.end, nl))) return -1;
  // The backchannel, label and lead below reach at most 79 + 80 + 16 characters past the newline
  // (the slices they are read from): with no run starting that close, none can carry on the number.
  const next = runs[i + 1];
  if (next === undefined || next.start > nl + 1 + 79 + 80 + 16) return -1;
  const back = BACKCHANNEL.exec(text.slice(nl + 1, nl + 80));
  if (back) nl = nl + 1 + back[0].length;
  const label = MESSAGE_LABEL.exec(text.slice(nl, nl + 80));
  if (!label) return -1;
  let at = nl + label[0].length;
  at += CONTINUATION_LEAD.exec(text.slice(at, at + 16))![0].length;
  for (let k = i + 1; k < runs.length && runs[k]!.start <= at; k++) {
    if (runs[k]!.start === at) return runs[k]!.glued || runs[k]!.amount || runs[k]!.plus ? -1 : k;
  }
  return -1;
}
