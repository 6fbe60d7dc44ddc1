import { luhnValid } from '../checksums.js';
import { judgeContext, type ContextRule } from '../context.js';
import { digitsOf, numberRuns, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { cardEndsBefore, expiryAfterCardInRun, plausibleYear, validMonth } from './card-sequence.js';
import { makeSpan } from './make-span.js';

const EXPIRY_CUES =
  /\b(?:exp|exp\.|expiry|expiration|expiring|expires?|expired|exp date|exp\. date|valid (?:thru|through|until|till)|good (?:thru|through)|mm ?\/ ?yy)\b\.?/g;
const CARD_CUES = /\b(?:credit|debit|card|visa|master ?card|amex|american express|discover)\b/g;
const CARD_WORD = new RegExp(CARD_CUES.source);
const NOT_EXPIRY =
  /(?<!expir\w* )\b(?:on|since|from|until|till|charged?|paid|payment|posted|billed|dated|transaction|ordered|placed|refund(?:ed)?|debit(?! card)|debited|withdrawal|withdrawn|deposit(?:ed)?|drafted|autopay|scheduled|effective|starting|renews?|renewal|statement|due|delivered|shipped|called|today|born|birth|dob|d\.o\.b|birthday|between|and|to|version|v)\b\.?/g;

const EXPIRY_RULE: ContextRule = { positive: EXPIRY_CUES, negative: NOT_EXPIRY, before: 40, after: 20, answers: true };
const EXPIRY_RULE_BEFORE: ContextRule = { ...EXPIRY_RULE, after: 0 };
/** A card cue with nothing numeric in between ("card not received $38.24 Safeway 9/15" is a date). */
const CARD_RULE: ContextRule = { positive: CARD_CUES, before: 80 };
/** The pair after a card number in the same breath: the card's digits sit between cue and pair. */
const CARD_RULE_ACROSS: ContextRule = { positive: CARD_CUES, before: 80, digitsBlock: false };
/** Right after a card number: "4131-1709-3359-0114 03/26". */
const AFTER_CARD = /\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?[\s,;(/]+(?:exp\w*\.?:?\s*)?$/;
const MONEY_AFTER = /^\s*(?:dollars?|bucks|cents?|percent|%|usd|euros?|pounds?)\b/;

const SLASHED = /(?<![\d\/.\-])(0?[1-9]|1[0-2]) ?\/ ?(\d{4}|\d{2})(?![\d\/]|[.\-]\d)/g;
const MONTH_NAME =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,? (?:of )?(\d{4}|'?\d{2})(?!\d|st\b|nd\b|rd\b|th\b)/g;

function futureMonthYear(y: string): boolean {
  return y.length === 4 && Number(y) >= 2025 && Number(y) <= 2045;
}


/** CARD_EXPIRY: `09/27`, `9/27`, `09/2027` on sight; `0927`, `09 27`, `September 2027` only after an expiry or card cue. */
export class CardExpiryRecognizer implements Recognizer {
  readonly name = 'CardExpiryRecognizer';
  readonly types = ['CARD_EXPIRY'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const { text } = ctx;
    if (text.includes('/')) {
      SLASHED.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SLASHED.exec(text)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (/[A-Za-z]/.test(text[end] ?? '') || MONEY_AFTER.test(ctx.lower.slice(end, end + 12))) continue;
        const exp = judgeContext(ctx, start, end, EXPIRY_RULE);
        let score: number;
        let cue: string | undefined;
        if (exp.cue) {
          score = 0.95;
          cue = exp.cue;
        } else if (exp.blocked) {
          continue;
        } else {
          const card = judgeContext(ctx, start, end, CARD_RULE);
          cue = card.cue;
          // Without a cue "9/26" is far more often a day of the month than an expiry.
          // "09/2027" (a month of a coming year) reads as an expiry; "9/27" could be a day of the month.
          score =
            card.cue || AFTER_CARD.test(text.slice(Math.max(0, start - 40), start)) || betweenCardAndCode(text, start, end) || cardEndsBefore(ctx, start)
              ? 0.8
              : futureMonthYear(m[2]!)
                ? 0.5
                : plausibleYear(m[2]!)
                  ? 0.35
                  : 0.2;
        }
        out.push(makeSpan('CARD_EXPIRY', start, end, score, this.name, cue ? { context: cue } : {}));
      }
    }
    const hasExpiryWord = /exp|valid|good thru|good through/.test(ctx.lower);
    const hasCardWord = /card|visa|amex|discover/.test(ctx.lower);
    const hasCardDigits = /\d{4}[ -]?\d{4}/.test(text);
    if (!hasExpiryWord && !hasCardWord && !hasCardDigits) return out;
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 3) continue;
      const afterCard = (run.digitCount >= 16 ? expiryAfterCardInRun(text, run) : undefined) ?? expiryBetweenCardAndCode(ctx, run);
      if (afterCard) {
        out.push(makeSpan('CARD_EXPIRY', afterCard.start, afterCard.end, 0.7, this.name, { context: 'after card number' }));
        continue;
      }
      if (expiryAndCodeAsOne(ctx, run)) {
        out.push(makeSpan('CARD_EXPIRY', run.start, run.end, 0.7, this.name, { context: 'after card number', note: 'expiry and code read as one number' }));
        continue;
      }
      const g = run.groups;
      const last = g[g.length - 1]!;
      const lastLen = last.end - last.start;
      let start = -1;
      let monthLen = 2;
      const single = g.length === 1 || text.slice(g[g.length - 2]!.end, last.start).endsWith('(');
      if (single && (lastLen === 4 || lastLen === 6)) {
        // Alone, or in parentheses after the card: "card 3475 252511-19317 (0631)".
        start = last.start;
      } else if (g.length >= 2) {
        const prev = g[g.length - 2]!;
        const pl = prev.end - prev.start;
        const sep = text.slice(prev.end, last.start);
        if ((pl === 1 || pl === 2) && (lastLen === 2 || lastLen === 4) && (sep === ' ' || sep === '-' || sep === '.')) {
          start = prev.start;
          monthLen = pl;
        }
      }
      if (start < 0) continue;
      const end = last.end;
      if (MONEY_AFTER.test(ctx.lower.slice(end, end + 12))) continue;
      const digits = text.slice(start, end).replace(/\D/g, '');
      const month = Number(digits.slice(0, monthLen));
      if (month < 1 || month > 12 || !plausibleYear(digits.slice(monthLen))) continue;
      const exp = judgeContext(ctx, start, end, EXPIRY_RULE_BEFORE);
      let score = 0;
      let cue: string | undefined;
      if (exp.cue) {
        score = 0.9;
        cue = exp.cue;
      } else if (!exp.blocked && AFTER_CARD.test(text.slice(Math.max(0, start - 40), start))) {
        // "Card 2275086314498588, 0630, 037"
        score = 0.7;
        cue = 'after card number';
      } else if (!exp.blocked && g.length >= 2 && run.digitCount >= 15) {
        // "card number 4111 1111 1111 1111 09 27": the pair after the card number.
        const card = judgeContext(ctx, start, end, CARD_RULE_ACROSS);
        if (card.cue) {
          score = 0.6;
          cue = card.cue;
        }
      }
      if (score > 0) out.push(makeSpan('CARD_EXPIRY', start, end, score, this.name, cue ? { context: cue } : {}));
    }
    if (hasExpiryWord || hasCardWord || hasCardDigits) {
      MONTH_NAME.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MONTH_NAME.exec(ctx.lower)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (!plausibleYear(m[2]!)) continue;
        const exp = judgeContext(ctx, start, end, EXPIRY_RULE_BEFORE);
        if (exp.cue) out.push(makeSpan('CARD_EXPIRY', start, end, 0.9, this.name, { context: exp.cue }));
        else if (!exp.blocked && (AFTER_CARD.test(text.slice(Math.max(0, start - 40), start)) || cardEndsBefore(ctx, start)))
          out.push(makeSpan('CARD_EXPIRY', start, end, 0.7, this.name, { context: 'after card number' }));
      }
    }
    return out;
  }
}

/** "… 3406-2152 08/32 279": a month/year between the last group of a card and a three- or four-digit code. */
function betweenCardAndCode(text: string, start: number, end: number): boolean {
  return /\d{4}[ \t]*$/.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t,]+\d{3,4}(?!\d)/.test(text.slice(end, end + 8));
}



/**
 * "4999 8550 2666 0771; 023323": right after a card, one group of five to eight digits that opens with
 * a month and a year is the expiry and the code said in one breath ("oh two thirty three twenty
 * three" has no telling where the year ends), so the whole group is covered.
 */
function expiryAndCodeAsOne(ctx: AnalysisContext, run: NumberRun): boolean {
  // Only the spoken views run words together so; a written group this long after a card is something else.
  if (!ctx.view || run.groups.length !== 1 || run.digitCount < 5 || run.digitCount > 8) return false;
  const d = ctx.text.slice(run.start, run.end);
  const monthFirst = (len: number): boolean => validMonth(d.slice(0, len)) && plausibleYear(d.slice(len, len + 2)) && d.length - len - 2 >= 1;
  return (monthFirst(1) || monthFirst(2)) && cardEndsBefore(ctx, run.start);
}

/**
 * "1840 04-27 483", "1742-1776-6606 10-31 378", "2883 7991 0830 567": the last groups of a card, a
 * month-year pair (or MMYY), then the code, closing one run. A pair split by a space, or MMYY, needs
 * two card groups before it: one group alone could be any number.
 */
function expiryBetweenCardAndCode(ctx: AnalysisContext, run: NumberRun): { start: number; end: number } | undefined {
  const { text } = ctx;
  const g = run.groups;
  const n = g.length;
  if (n < 3) return undefined;
  // The looser forms need the card named just before, and a run that is no whole card itself.
  const cardNamed = (): boolean =>
    CARD_WORD.test(ctx.lower.slice(Math.max(0, run.start - 160), run.start)) &&
    !(run.digitCount >= 13 && run.digitCount <= 19 && luhnValid(digitsOf(text, run.start, run.end)));
  const len = (k: number): number => g[k]!.end - g[k]!.start;
  const code = n - 1;
  if (len(code) < 3 || len(code) > 4) return undefined;
  const fourBefore = (k: number): number => {
    let c = 0;
    while (k >= 0 && len(k) === 4) {
      c++;
      k--;
    }
    return c;
  };
  // MMYY as one group.
  const mmyy = n - 2;
  if (len(mmyy) === 4 && fourBefore(mmyy - 1) >= 2 && cardNamed()) {
    const d = text.slice(g[mmyy]!.start, g[mmyy]!.end);
    if (validMonth(d.slice(0, 2)) && plausibleYear(d.slice(2))) return { start: g[mmyy]!.start, end: g[mmyy]!.end };
  }
  if (n < 4) return undefined;
  const [card, month, year] = [n - 4, n - 3, n - 2];
  if (len(card) !== 4 || len(month) > 2 || (len(year) !== 2 && len(year) !== 4)) return undefined;
  const sep = text.slice(g[month]!.end, g[year]!.start);
  if (sep !== '-' && !(sep === ' ' && fourBefore(card) >= 2 && cardNamed())) return undefined;
  if (!validMonth(text.slice(g[month]!.start, g[month]!.end)) || !plausibleYear(text.slice(g[year]!.start, g[year]!.end))) return undefined;
  return { start: g[month]!.start, end: g[year]!.end };
}
