/**
 * A card is read as number, expiry, code: "4111 1111 1111 1111 09/27 123", or over several turns
 * ("here's the card 4025 8103 1833 2983" / "mhm" / "june 28 269"). What follows a card number is
 * its expiry and code even with no cue word of its own.
 */
import { luhnValid } from '../checksums.js';
import { blanked } from '../context.js';
import { digitsOf, isDigitCode, numberRuns, type NumberRun } from '../number-runs.js';
import type { AnalysisContext } from '../types.js';

/** A line that carries nothing between a card and its expiry: a label left over, a backchannel, a lead-in. */
const FILLER_LINE =
  /^[ \t]*(?:[^:\n\d]{1,40}:)?[ \t]*(?:(?:mhm+|mm+|hm+|uh[ -]huh|huh|okay|ok|yes|yeah|yep|right|got it|go on|go ahead|sure|alright|all right|and|the|it's|its|exp\w*|date)\b[ \t.,!]*)*$/;
const CARD_WORD = /\b(?:card|visa|master ?card|amex|american express|discover|credit|debit)\b/;
const MAX_LINES = 5;

/** The run ending exactly at `end`, by binary search over the runs (sorted by start). */
function runEndingAt(runs: readonly NumberRun[], end: number): NumberRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (r.end === end) return r;
    if (r.end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A run that reads as a card number: 13-19 digits passing Luhn, or card-printed groups after a card word. */
function readsAsCard(ctx: AnalysisContext, run: NumberRun): boolean {
  if (run.glued || run.amount || run.plus || run.digitCount < 8) return false;
  if (run.digitCount >= 13 && run.digitCount <= 19 && luhnValid(digitsOf(ctx.text, run.start, run.end))) return true;
  // The second half of a card sent in two messages: "Here's the card: 5545 3587" / "2883 7991".
  // Printed card groups are fours; a ZIP+4 or a phone number is not.
  if (run.groups.length < 2 || run.groups.some((g) => g.end - g.start !== 4)) return false;
  return CARD_WORD.test(ctx.lower.slice(Math.max(0, run.start - 160), run.start));
}

/**
 * Does a card number end just before `pos`, with only separators, speaker labels, timestamps and
 * backchannel lines ("mhm", "go ahead") between?
 */
export function cardEndsBefore(ctx: AnalysisContext, pos: number): boolean {
  const b = blanked(ctx);
  let p = pos;
  for (let lines = 0; lines < MAX_LINES; lines++) {
    const lineEnd = p;
    while (p > 0) {
      const c = b.charCodeAt(p - 1);
      // space, tab, , ; : . ' ( ) /
      if (c === 32 || c === 9 || c === 44 || c === 59 || c === 58 || c === 46 || c === 39 || c === 40 || c === 41 || c === 47) p--;
      else break;
    }
    if (p === 0) return false;
    if (isDigitCode(b.charCodeAt(p - 1))) {
      const run = runEndingAt(numberRuns(ctx), p);
      return run !== undefined && readsAsCard(ctx, run);
    }
    const lineStart = b.lastIndexOf('\n', p - 1) + 1;
    // A filler line is short; the length cap also bounds the pattern's work.
    if (lineStart === 0 || lineEnd - lineStart > 80 || !FILLER_LINE.test(b.slice(lineStart, lineEnd))) return false;
    p = lineStart - 1;
  }
  return false;
}

export function validMonth(m: string): boolean {
  const n = Number(m);
  return n >= 1 && n <= 12;
}

export function plausibleYear(y: string): boolean {
  const n = Number(y.replace("'", ''));
  return y.replace("'", '').length === 4 ? n >= 2010 && n <= 2049 : n >= 10 && n <= 49;
}

/**
 * "4394 7070 8781 3529 10-28 792", "4951-7442-1864-3686 0425 012": the expiry written in the same
 * run of digits right after a Luhn-valid card number, as MMYY or as a month and year pair.
 */
export function expiryAfterCardInRun(text: string, run: NumberRun): { start: number; end: number; lastGroup: number } | undefined {
  const g = run.groups;
  let digits = '';
  for (let k = 0; k < g.length - 1; k++) {
    digits += text.slice(g[k]!.start, g[k]!.end);
    if (digits.length > 19) return undefined;
    if (digits.length < 13 || !luhnValid(digits)) continue;
    const next = g[k + 1]!;
    const len = next.end - next.start;
    if (len === 4) {
      const d = text.slice(next.start, next.end);
      if (validMonth(d.slice(0, 2)) && plausibleYear(d.slice(2))) return { start: next.start, end: next.end, lastGroup: k + 1 };
    } else if ((len === 1 || len === 2) && g[k + 2]) {
      const year = g[k + 2]!;
      const yl = year.end - year.start;
      const sep = text.slice(next.end, year.start);
      if ((yl === 2 || yl === 4) && (sep === ' ' || sep === '-') && validMonth(text.slice(next.start, next.end)) && plausibleYear(text.slice(year.start, year.end)))
        return { start: next.start, end: year.end, lastGroup: k + 2 };
    }
    return undefined;
  }
  return undefined;
}
