import { judgeContext, type ContextRule } from '../context.js';
import { numberRuns } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { cardEndsBefore, expiryAfterCardInRun } from './card-sequence.js';
import { makeSpan } from './make-span.js';

const CVV_RULE: ContextRule = {
  positive:
    /\b(?:cvv2?|cvc2?|cvn|cid|csc|c v v|c v c|c\.v\.v\.?|security code|(?<!social )security number|card code|card security|verification (?:code|number|value)|(?:three|four|3|4)[ -]digits? (?:code |number )?(?:on|in) the (?:back|front)|digits? on the back|code on the back|back of (?:the|my|your) card|(?:three|four|3|4)[ -]digit (?:security )?code)\b/g,
  negative:
    /\b(?:last (?:four|4|three|3)|ending(?: in| with)?|ends(?: in| with)?|dollars?|bucks|zip|pin|extension|ext|apt|suite|unit|order|case|ticket|payment of|credit of|refund of|amount|total|balance|processed|charged?|paid)\b/g,
  before: 80,
  after: 28,
  hint: /cv|cid|csc|secur|code|digit|back/,
};

const NEEDS = /cv|cid|csc|security|code|digits|back of|exp|card|\d\/\d|\d{4}[ -]?\d{4}/;
/** Card number then expiry ("4131-... 03/26 216", "2275...8588, 0630, 037") or "exp 1025 code 731". */
const EXPIRY_SHAPE = String.raw`(?:(?:0?[1-9]|1[0-2])\s?[\/-]?\s?(?:\d{2}|20\d{2})|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s'?(?:20)?\d{2})`;
/** What may stand between an expiry and its code: separators, fillers, the code's name. */
const EXPIRY_TO_CODE = String.raw`[\s,;/]+(?:(?:uh|um|er|like|and)\s+)*(?:(?:cvv|cvc|code|sec(?:urity)? code)\s*:?\s*)?$`;
/** The card's last groups ("6599 520" for nineteen digits), then the expiry. */
const AFTER_EXPIRY = new RegExp(
  String.raw`(?:(?:\d{4}(?:-\d{1,3})?|(?<!\d)\d{4} \d{1,3})[\s,;/]+(?:exp\w*\.?:?\s*)?${EXPIRY_SHAPE}|\bexp\w*\.?:?\s*${EXPIRY_SHAPE})${EXPIRY_TO_CODE}`,
  'i',
);
/**
 * An expiry alone before the code; the card before it is looked for across turns. Its year must be
 * one a card can expire in ("11 03" inside a card read in pieces is no expiry).
 */
const EXPIRY_BEFORE_CODE = new RegExp(
  String.raw`(?<![\d/.-])(?:(?:0?[1-9]|1[0-2])\s?[\/-]?\s?(?:20)?[1-4]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s'?(?:20)?[1-4]\d)${EXPIRY_TO_CODE}`,
  'i',
);

/** CARD_CVV: 3–4 digits, only by context (cvv, security code, "three digits on the back"). */
export class CardVerificationRecognizer implements Recognizer {
  readonly name = 'CardVerificationRecognizer';
  readonly types = ['CARD_CVV'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    if (!NEEDS.test(ctx.lower)) return [];
    const out: Span[] = [];
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 3) continue;
      // The code alone, or the last group of a spoken run "4111 ... 09 27 123".
      const lastGroup = run.groups[run.groups.length - 1]!;
      // "six seventy two" reads as "6 72": a three- or four-digit run in pieces is one code.
      const g = run.digitCount <= 4 && run.groups.length > 1 ? { start: run.groups[0]!.start, end: lastGroup.end } : lastGroup;
      if (g !== lastGroup && /[^\d ]/.test(ctx.text.slice(g.start, g.end))) continue;
      const len = g === lastGroup ? g.end - g.start : run.digitCount;
      if (len < 3 || len > 4) continue;
      const after = ctx.lower.slice(g.end, g.end + 12);
      if (/^\s*(?:%|percent|dollars?|bucks|cents|am\b|pm\b|minutes?|hours?|days?|items?|will post|posted|is posted)/.test(after)) continue;
      const verdict = judgeContext(ctx, g.start, g.end, CVV_RULE);
      if (verdict.cue) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.9, this.name, { context: verdict.cue }));
        continue;
      }
      // "4131-1709-3359-0114 03/26 216": three or four digits read right after a card's expiry.
      if (verdict.blocked) continue;
      const before = ctx.text.slice(Math.max(0, g.start - 48), g.start);
      if (AFTER_EXPIRY.test(before)) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: 'after card expiry' }));
        continue;
      }
      // "3448 0035 2539 6600 07 29 6937", spoken in arbitrary groups: card, expiry, code in one run.
      const inRun = g === lastGroup && run.groups.length >= 3 ? expiryAfterCardInRun(ctx.text, run) : undefined;
      // "here's the card 4025 8103 1833 2983" / "june '28; 269": the card ended a turn or two before.
      const exp = inRun ? null : EXPIRY_BEFORE_CODE.exec(before);
      if (inRun?.lastGroup === run.groups.length - 2 || (exp && cardEndsBefore(ctx, g.start - before.length + exp.index))) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: 'after card expiry' }));
      }
    }
    return out;
  }
}
