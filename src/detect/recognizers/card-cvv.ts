import { blanked, holdsOtherNumber, isWordChar, judgeContext, lastCueIn, type ContextRule, type ContextVerdict } from '../context.js';
import { continuedInNextMessage, numberRuns, type DigitGroup, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { cardEndsBefore, expiryAfterCardInRun } from './card-sequence.js';
import { makeSpan } from './make-span.js';

const CVV_RULE: ContextRule = {
  positive:
    /\b(?:cvv2?|cvc2?|ccv|cvn|cv2|cid|csc|cav2?|security digits|c v v(?: two| 2)?|c v c|see vee vee|see v v|c\.v\.v\.?|c\.v\.c\.?|security code|sec\.? code|sec(?=\s*[:#])|security(?= (?:#|no\b))|(?<!social )security number|card code|card security|card verification(?: (?:code|number|value))?|verification value|(?:three|four|3|4)[ -]digits? (?:code |number )?(?:printed )?(?:on|in|from|off) the (?:back|front)|(?:as|is|was) (?:the|my) (?:security )?code|security (?:thing|digits)|(?:three|four|3|4) on (?:the )?back|(?:digits?|numbers?|code) (?:on|from|off) (?:the )?(?:back|front)|(?:three|four|3|4) (?:on|from|off) the (?:back|front)|back of (?:the|my|your) card|(?:three|four|3|4)[ -]digit (?:security )?(?:code|number)|signature (?:strip|panel|box|line)|(?:on|by) the signature)\b/g,
  negative:
    /\b(?:last (?:four|4|three|3)|ending(?: in| with)?|ends(?: in| with)?|dollars?|bucks|zip|pin|extension|ext|apt|suite|unit|order|case|ticket|payment of|credit of|refund of|amount|total|balance|processed|charged?|paid|since|year|confirmation|conf|reference|ref)\b/g,
  before: 80,
  after: 36,
  hint: /c(?:v|cv|id|sc|av|ode)|c[ .]v|sec|digit|back|front|verification|signature|see v/,
};

/** "I see you've been with us since 2021": a year said in passing is no answer to the question. */
const YEAR_IN_PASSING = /\b(?:since|in|from|back in) (?:19|20)\d{2}\b/gi;

/** Does the stretch between a question and a candidate hold another number, a year in passing aside? */
function holdsOtherValue(gap: string): boolean {
  return holdsOtherNumber(gap.includes('since') || gap.includes(' in ') || gap.includes('from') ? gap.replace(YEAR_IN_PASSING, '') : gap);
}

/**
 * The code asked for a few lines up, nothing numeric said since, and no other value named after the
 * question. The negative cues are looked for only once a question is found: most candidates have none.
 */
function askedBefore(ctx: AnalysisContext, start: number): boolean {
  const text = blanked(ctx);
  const from = Math.max(0, start - 240);
  const asked = lastCueIn(text, from, start, CVV_RULE.positive, CVV_RULE.hint);
  if (!asked || holdsOtherValue(ctx.text.slice(asked.end, start))) return false;
  const other = lastCueIn(text, asked.end, start, CVV_RULE.negative!);
  return !other || other.end <= asked.end;
}

/**
 * "code" alone ("and the code?", "code is 604") names the card's code only where a card or its expiry
 * was just given; a zip, promo or one-time code is something else.
 */
const CODE_RULE: ContextRule = {
  positive: /\bcode\b/g,
  // A qualifier before "code" makes it another code ("promo code", "zip code"); a cue after the
  // code's name is closer to the value than the name and blocks it ("code on the gift card").
  negative:
    /\b(?:(?:zip|postal|post|promo\w*|discount|coupon|gift(?: card)?|voucher|confirmation|conf|access|area|country|sort|swift|bic|routing|pass|one[- ]time|otp|sms|text|reference|ref|tracking|error|status|response|product|item|reason|sku|reset|login|sign[- ]in|auth\w*|two[- ]factor|2fa|verification|decline|referral|qr|bar|tax|region|airport|dial(?:ing)?|colou?r|source|program|offer|redemption|activation|unlock|discount) codes?|gift|promo|pin|order|case|ticket|dollars?|amount|total|balance|last (?:four|4)|ending(?: in| with)?)\b/g,
  before: 80,
  after: 0,
  hint: /code/,
};
/** A card, its number or its expiry just before: what makes a bare "code" the card's. */
const CARD_JUST_GIVEN = /\b(?:card|visa|mastercard|amex|discover|exp\w*|valid (?:thru|through)|good (?:thru|through))\b|\d{4}[ -]?\d{4}|\b\d{1,2} ?\/ ?\d{2}\b/;

/** Without one of these no code is named or asked for, and no card or expiry stands before one. */
const NEEDS = /cv|ccv|cid|csc|cav|c v [vc]|c\.v\.|sec|code|digit|see vee|the back|the front|verification value|signature|exp|card|\d\/\d|\d{4}[ .-]{0,2}\d{4}/;
/** Card number then expiry ("4131-... 03/26 216", "2275...8588, 0630, 037") or "exp 1025 code 731". */
const EXPIRY_SHAPE = String.raw`(?:(?:0?[1-9]|1[0-2])\s?[\/.-]?\s?(?:\d{2}|20\d{2})|20[1-4]\d[\/.-](?:0[1-9]|1[0-2])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?:\s?of)?[\s\/]?'?(?:20)?\d{2})`;
/** What may stand between an expiry and its code: separators, fillers, the code's name. */
/**
 * What may stand between an expiry and its code: separators, fillers, a listener's "ok" in a turn of
 * its own ("exp 03/29" / "Agent: ok" / "781"), the code's name.
 */
const EXPIRY_TO_CODE = String.raw`(?:[\s,;/.?!|(]| - |\b(?:uh|um|er|like|and|the|then|plus|its|it's|my|ok|okay|mhm|yes|yeah|yep|sure|right|alright|got it|go on|go ahead|uh huh|so)\b|\n[^\n:\d]{1,30}:)+(?:(?:cvv2?|cvc2?|ccv|cid|csc|code|sec(?:urity)?\.?(?: code)?)\s*(?:is|was|:|#)?\s*)?$`;
/** The card's last groups ("6599 520" for nineteen digits), then the expiry. */
const AFTER_EXPIRY = new RegExp(
  String.raw`(?:(?:(?<!\$[\d,.]*)\d{4}(?:-\d{1,3})?|(?<!\d)\d{4} \d{1,3})(?:[\s,;/|(]| - )+(?:x?exp\w*\.?:?\s*)?${EXPIRY_SHAPE}|\bx?exp\w*\.?:?\s*${EXPIRY_SHAPE})${EXPIRY_TO_CODE}`,
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

const MASKED = /[*\u2022\u25cf]$/;
/** "12/19/2025": a year closing a full date is no code. */
const FULL_DATE_BEFORE = /\d{1,2}[\/.-]\d{1,2}[\/.-]$/;
/** "cvv390", "cvc:1234", "sec:622": the code's name typed against the code. */
const CODE_NAME_GLUED = /(?:^|[^a-z])(?:cvv2?|cvc2?|cid|csc|sec)[:#-]?$/;
const TIME_WORD_BEFORE = /\b(?:after|before|at|by|around|until|till|from|to|between) $/i;
const TIME_OF_DAY_AFTER = /^[ \t]*(?:this (?:morning|afternoon|evening)|tonight|o'?clock|[ap]\.?m\b)/;

/** CARD_CVV: 3–4 digits, only by context (cvv, security code, "three digits on the back"). */
export class CardVerificationRecognizer implements Recognizer {
  readonly name = 'CardVerificationRecognizer';
  readonly types = ['CARD_CVV'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    if (!NEEDS.test(ctx.lower)) return [];
    const out: Span[] = [];
    const runs = numberRuns(ctx);
    for (let r = 0; r < runs.length; r++) {
      const run = afterMonthGluedYear(ctx, afterCodeName(ctx, runs[r]!));
      if (run.digitCount >= 3 && run.digitCount <= 4 && run.groups.length === 1 && gluedToCodeName(ctx, run)) {
        out.push(makeSpan('CARD_CVV', run.start, run.end, 0.9, this.name, { context: 'code name glued on' }));
        continue;
      }
      if (run.glued || run.amount || run.plus || run.digitCount < 3) continue;
      if (run.digitCount === 4 && /^(?:19|20)\d\d$/.test(ctx.text.slice(run.start, run.end)) && FULL_DATE_BEFORE.test(ctx.text.slice(Math.max(0, run.start - 6), run.start))) continue;
      // The code alone, or the last group of a spoken run "4111 ... 09 27 123".
      const lastGroup = run.groups[run.groups.length - 1]!;
      // "six seventy two" reads as "6 72": a three- or four-digit run in pieces is one code.
      const g = run.digitCount <= 4 && run.groups.length > 1 ? { start: run.groups[0]!.start, end: lastGroup.end } : lastGroup;
      // "1-2-3": a code spelled digit by digit with dashes; other dashed runs are pieces of something longer.
      if (g !== lastGroup && /[^\d ]/.test(ctx.text.slice(g.start, g.end)) && !(run.groups.every((x) => x.end - x.start === 1) && /^[\d -]+$/.test(ctx.text.slice(g.start, g.end)))) continue;
      const len = g === lastGroup ? g.end - g.start : run.digitCount;
      if (len < 3 || len > 4) continue;
      // "card ****1111": the masked card's last four, never its code.
      if (MASKED.test(ctx.text.slice(Math.max(0, g.start - 2), g.start))) continue;
      const after = ctx.lower.slice(g.end, g.end + 12);
      // "departing at twelve ten", "now it's two twenty two this afternoon": a time of day.
      if (TIME_WORD_BEFORE.test(ctx.lower.slice(Math.max(0, g.start - 10), g.start)) || TIME_OF_DAY_AFTER.test(ctx.lower.slice(g.end, g.end + 20))) continue;
      if (/^\s*(?:%|percent|dollars?|bucks|cents|am\b|pm\b|minutes?|hours?|days?|items?|will post|posted|is posted)/.test(after)) continue;
      if (ctx.view && movedBeforeMoney(ctx.lower, g.end)) continue;
      const verdict = judgeContext(ctx, g.start, g.end, CVV_RULE);
      if (verdict.cue) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.9, this.name, { context: verdict.cue }));
        continue;
      }
      // "4131-1709-3359-0114 03/26 216": three or four digits read right after a card's expiry.
      if (verdict.blocked) continue;
      const code: ContextVerdict = ctx.lower.slice(Math.max(0, g.start - 80), g.start).includes('code') ? judgeContext(ctx, g.start, g.end, CODE_RULE) : { blocked: false };
      if (code.cue && !/^[^\w\n]*(?:(?:we|i|that|was|is|you)\s+)?(?:texted|sent|emailed|response|error|status)/.test(after) && CARD_JUST_GIVEN.test(ctx.lower.slice(Math.max(0, g.start - 240), g.start - code.cue.length))) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.8, this.name, { context: 'code after a card' }));
        continue;
      }
      const before = ctx.text.slice(Math.max(0, g.start - 64), g.start);
      if (AFTER_EXPIRY.test(before) && saidWhole(ctx, runs, r)) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: 'after card expiry' }));
        continue;
      }
      // "3448 0035 2539 6600 07 29 6937", spoken in arbitrary groups: card, expiry, code in one run.
      const inRun = g === lastGroup && run.groups.length >= 3 ? expiryAfterCardInRun(ctx.text, run) : undefined;
      // "here's the card 4025 8103 1833 2983" / "june '28; 269": the card ended a turn or two before.
      let exp = inRun ? null : EXPIRY_BEFORE_CODE.exec(before);
      // "after seven thirty six": a time is no expiry.
      if (exp && TIME_WORD_BEFORE.test(before.slice(Math.max(0, exp.index - 9), exp.index))) exp = null;
      if ((inRun?.lastGroup === run.groups.length - 2 || (exp && cardEndsBefore(ctx, g.start - before.length + exp.index))) && saidWhole(ctx, runs, r)) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: 'after card expiry' }));
        continue;
      }
      // "the security code from the back, please" / "let me grab my wallet" / "OK, 913": the first
      // number said after the code was asked for, a few lines up, with no other number between.
      if (
        nearLineStart(ctx.text, g.start) &&
        askedBefore(ctx, g.start) &&
        saidWhole(ctx, runs, r)
      ) {
        out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: 'asked for before' }));
        continue;
      }
      // "expiration and security code?" / "09/27 and 123": both asked for, the expiry given first.
      if (exp) {
        const expStart = g.start - before.length + exp.index;
        const asked = lastCueIn(blanked(ctx), Math.max(0, expStart - 160), expStart, CVV_RULE.positive, CVV_RULE.hint);
        const askedLine = ctx.lower.slice(ctx.lower.lastIndexOf('\n', asked ? asked.end - 1 : 0) + 1, asked?.end);
        if (asked && /exp|valid|good thru/.test(askedLine) && !holdsOtherValue(ctx.text.slice(asked.end, expStart)) && saidWhole(ctx, runs, r)) {
          out.push(makeSpan('CARD_CVV', g.start, g.end, 0.75, this.name, { context: asked.word }));
        }
      }
    }
    return out;
  }
}

function gluedToCodeName(ctx: AnalysisContext, run: NumberRun): boolean {
  const touching = isWordChar(ctx.text, run.start - 1) || ':#-'.includes(ctx.text[run.start - 1] ?? ' ');
  if (!touching || isWordChar(ctx.text, run.end)) return false;
  return CODE_NAME_GLUED.test(ctx.lower.slice(Math.max(0, run.start - 6), run.start));
}

const MONTH_ABBREVIATION = /(?:^|[^a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/;

/** "JUL26 557": the year glued to the month's name opens the run; the code is the rest of it. */
function afterMonthGluedYear(ctx: AnalysisContext, run: NumberRun): NumberRun {
  if (!run.glued || run.groups.length !== 2 || isWordChar(ctx.text, run.end)) return run;
  const [year, code] = run.groups as [DigitGroup, DigitGroup];
  if (year.end - year.start !== 2 || ctx.text[year.end] !== ' ' || !MONTH_ABBREVIATION.test(ctx.lower.slice(Math.max(0, run.start - 4), run.start))) return run;
  return { ...run, start: code.start, groups: [code], digitCount: code.end - code.start, glued: false };
}

/** A code is said whole: digits carried on in the next message are a piece of a longer number. */
function saidWhole(ctx: AnalysisContext, runs: readonly NumberRun[], r: number): boolean {
  return continuedInNextMessage(ctx.text, runs, r) < 0;
}

/**
 * A view that joins digits across turns moves the opening number of a later turn up to the code
 * ("four one two" / "and the amount?" / "seven dollars" reads "4127"), leaving the label, a double
 * space and the money word behind: the moved digits were an amount.
 */
const MOVED_AMOUNT = /^[^\n]*\n(?:[^\n]*\n){0,2}?[^\n:]{0,40}:?[ \t]{2,}(?:dollars?|bucks|cents?|percent|euros?|pounds?|quid)\b/;

function movedBeforeMoney(lower: string, end: number): boolean {
  const after = lower.slice(end, end + 200);
  return after.includes('  ') && MOVED_AMOUNT.test(after);
}

const CODE_NAME_WITH_DIGIT = /(?:cvv|cvc|cv|cav)$/;

/** "cvv2 123": the "2" of the code's name opens the run; the code is the rest of it. */
function afterCodeName(ctx: AnalysisContext, run: NumberRun): NumberRun {
  const first = run.groups[0]!;
  if (!run.glued || run.groups.length < 2 || first.end - first.start !== 1 || ctx.text[first.start] !== '2') return run;
  if (!CODE_NAME_WITH_DIGIT.test(ctx.lower.slice(Math.max(0, run.start - 4), run.start))) return run;
  const groups = run.groups.slice(1);
  const last = groups[groups.length - 1]!;
  const glued = isWordChar(ctx.text, last.end);
  return { ...run, start: groups[0]!.start, groups, digitCount: run.digitCount - 1, glued };
}

/**
 * A short answer on a line of its own: the value within a label and a few words of the line start,
 * and little after it ("Customer: OK, 913.").
 */
function nearLineStart(text: string, at: number): boolean {
  let opens = at <= 48;
  for (let i = at - 1; !opens && i >= 0 && i >= at - 48; i--) if (text.charCodeAt(i) === 10) opens = true;
  if (!opens) return false;
  for (let i = at; i < at + 24; i++) if (i >= text.length || text.charCodeAt(i) === 10) return true;
  return false;
}
