import { luhnValid } from '../checksums.js';
import { blanked, judgeContext, lastCueIn, type ContextRule } from '../context.js';
import { digitsOf, groupLength, numberRuns, type DigitGroup, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { cardEndsBefore, expiryAfterCardInRun, plausibleYear, validMonth } from './card-sequence.js';
import { makeSpan } from './make-span.js';

const EXPIRY_CUES =
  /\b(?:exp|exp\.|xp|expiry|expiration|expiring|expires?|expired|exp date|exp\. date|valid (?:thru|through|until|till|to)|good (?:thru|through|until|till)|mm ?\/ ?yy|runs? out|(?:new (?:one|card)|it) says)\b\.?/g;
// "credit" and "debit" alone name a refund or a charge ("provisional credit by 2/21"); "credit card" holds "card".
const CARD_CUES = /\b(?:card|visa|master ?card|amex|american express|discover)\b/g;
const CARD_WORD = new RegExp(CARD_CUES.source);
const NOT_EXPIRY =
  /(?<!expir\w* |valid |good |month )\b(?:on(?! (?:the|my|your|this|that) (?:card|front|back))|since|from|until|till|charged?|paid|payment|posted|billed|dated|transaction|ordered|placed|refund(?:ed)?|debit(?! card)|debited|withdrawal|withdrawn|deposit(?:ed)?|drafts?|drafted|autopay|re-?run|update[ds]?|(?<!exp\w*\.? )date(?=:)|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|scheduled|effective|starting|renews?|renewal|statement|due|delivered|shipped|called|today|born|birth|dob|d\.o\.b|birthday|between|and(?! (?:the |your |its )?(?:cvv|cvc|cid|csc|security|sec|code|(?:three|four|3|4)[ -]digit))|to|version|v)\b\.?/g;

/**
 * The expiry asked for a few lines up, nothing numeric said since ("expiration date on that card?" /
 * "hang on, let me find it, okay it says 09/27"). Only dates of events block it: over a few lines
 * the small words of NOT_EXPIRY ("on", "to") are everywhere.
 */
const EXPIRY_PENDING: ContextRule = {
  // Asked for: the line goes on to a question mark or a "please".
  positive: /\b(?:exp|expiry|expiration|expire|expires|valid (?:thru|through|until|till)|good (?:thru|through))\b(?=[^\n.!]{0,60}(?:\?|\bplease\b))/g,
  negative: /\b(?:charged?|paid|payment|posted|billed|dated|transaction|ordered|placed|refund(?:ed)?|debit(?:ed)?|statement|due|delivered|shipped|born|birth|dob|birthday|since|appointment|scheduled|renew(?:s|al|ed)?|drafts?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/g,
  before: 200,
  after: 0,
  hint: /exp|valid|good/,
};
const EXPIRY_RULE: ContextRule = { positive: EXPIRY_CUES, negative: NOT_EXPIRY, before: 40, after: 20, answers: true };
const EXPIRY_RULE_BEFORE: ContextRule = { ...EXPIRY_RULE, after: 0 };
/** A card cue with nothing numeric in between ("card not received $38.24 Safeway 9/15" is a date). */
const CARD_RULE: ContextRule = { positive: CARD_CUES, before: 80 };
/** The pair after a card number in the same breath: the card's digits sit between cue and pair. */
const CARD_RULE_ACROSS: ContextRule = { positive: CARD_CUES, before: 80, digitsBlock: false };
/** Right after a card number: "4131-1709-3359-0114 03/26". */
const AFTER_CARD = /\d{4}[ .-]{0,2}\d{4,6}[ .-]{0,2}\d{4,5}(?:[ .-]{0,2}\d{1,4})?(?:[\s,;(/|]|\.{3}| - )+(?:x?exp?\w*\.?:?\s*)?$/;
/** "09/27. CVV 123": the card's code named right after the month/year. */
/**
 * "09/27. CVV 123", "09/29 and 755 is the code on back", "September of 2030." / "And the security
 * code?": the card's code named, given or asked for right after the month/year.
 */
const CODE_NAMED_AFTER =
  /^[ \t.,;|!]*(?:\n(?:\[[^\]\n]{1,14}\][ \t]*)?(?:[^\n:]{0,40}:)?[ \t]*)?(?:(?:and|with|plus|then|what'?s|what is|ok|okay)[ \t]+)*(?:\d{3,4}[ \t]+(?:is[ \t]+|was[ \t]+)?)?(?:the |my |your )?(?:(?:three|four|3|4)[ -]digit )?(?:cvv2?|cvc2?|cid|csc|security (?:code|thing|number|digits)|sec\.? code|code on (?:the )?back|(?:three|four|3|4) on (?:the )?back)\b/;
const TIME_AFTER = /^[ \t,]*(?:(?:at|@|by)[ \t]*\d{1,2}(?::\d{2})?[ \t]*(?:am|pm|a\.m|p\.m|h\b|o'?clock|[,.;]|$)|\d{1,2}:\d{2}\b|\d{1,2}[ \t]?(?:am|pm)\b)/;
/** A line that opens with the date and goes on in columns: "10/12 | Casey's General Store | 1,461.00 USD". */
const TABLE_ROW_DATE = /^[ \t]*\d{1,2}\/\d{2,4}[ \t]*\|[ \t]*[A-Za-z]/;
const CODE_WORD = /code|cvv|cvc|\bcid\b|\bcsc\b/;
const MONEY_AFTER = /^\s*(?:dollars?|bucks|cents?|percent|%|usd|euros?|pounds?)\b/;

const SLASHED = /(?<![\d\/.]|[\d\/.]-)(0?[1-9]|1[0-2]) ?\/ ?(\d{4}|\d{2})(?![\d\/]|[.\-]\d)/g;
const MONTH_NAME =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.?(?:,? (?:of )?|[\/-] ?)(\d{4}|'?\d{2})|(?<=\b[a-z]{3})(\d{2}))(?!\d|st\b|nd\b|rd\b|th\b)/g;

/** A month/year with a card's last group before it and the code after it, all joined by slashes. */
const SLASHED_BETWEEN = /(?<=\d{4}\/)((?:0?[1-9]|1[0-2]) ?\/ ?((?:20)?\d{2}))(?=\/\d{3,4}(?![\d\/]))/dg;

/** "month 09, year 27", "month: 9 and year: 2027". */
const LABELLED_PAIR = /\b(?:month|mo|mm)\s*(?:is\s*|:\s*)?(0?[1-9]|1[0-2])\b[\s,;]*(?:and\s*)?(?:the\s*)?(?:exp\.?\s*)?(?:year|yr|yy)\s*(?:is\s*|:\s*)?((?:20)?\d{2})(?![\d\/.-])/g;
/** "09 of 27", "09 and 27", "9 slash 27": month and year joined by a word. */
const WORDED_PAIR = /(?<![\d\/.,:$-])(0?[1-9]|1[0-2]) (?:of|and|slash) ((?:20)?\d{2})(?![\d\/:%-]|[.,]\d)/g;
const PAIR_WORD = /\d (?:of|and|slash) \d/;
const YEAR_MONTH = /20[1-4]\d[-\/.][01]\d/;
/** "2027-09", "2027/09": the year first. */
const YEAR_FIRST = /(?<![\d\/.-])(20[1-4]\d)[-\/.](0[1-9]|1[0-2])(?![\d\/.-])/g;

/** "08-2030", "06.27": a month and year with a dash or a dot. */
const DASHED_PAIR = /(?<![\d\/.\-])(0?[1-9]|1[0-2])[.\-]((?:20)?\d{2})(?![\d\/]|[.\-]\d)/g;
const DASHED_PAIR_HINT = /\d[.\-]\d/;

/** "valid from 01/22 to 01/27", "valid 01/22 - 01/27": the start and end dates printed on the card. */
const VALID_RANGE =
  /\bvalid (?:from )?((?:0?[1-9]|1[0-2]) ?[\/.-] ?(?:20)?\d{2})(?: ?(?:-|to|thru|through|until|till) ?)((?:0?[1-9]|1[0-2]) ?[\/.-] ?(?:20)?\d{2})(?![\d\/])/dg;
/** "expires at the end of 2028", "expiring in '28", "card good thru 2029": only the year given. */
const EXPIRY_YEAR_ALONE =
  /\b(?:exp(?:ires|iring|iry|iration)?|valid (?:thru|through|until|till)|good (?:thru|through|until|till))\.?(?: date)?(?: is| was)?(?: at)?(?: the)?(?: very)? (?:end of |close of |in |by |thru |through |until |till )?(?:(?:the )?year )?(20[2-4]\d|'\d{2})(?![\d\/.-]|\.\d| ?(?:dollars|bucks|%|percent)| \d)/dg;
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** The cue with no space before the value: "exp0628", "expNov '28", "xp06.27". */
const GLUED_TO_CUE = new RegExp(
  String.raw`\b(?:exp|xp)(?:iry|iration|ires?)?[.:]?(?=\d|${MONTH_WORD})((?:0[1-9]|1[0-2])[\/.\-]?(?:20)?\d{2}|${MONTH_WORD}\.?,? ?'?(?:20)?\d{2})(?![\d\/]|[.\-]\d)`,
  'dg',
);
const ANSWER_LEAD = String.raw`(?:(?:uh|um|erm?|so|ok|okay|yes|yeah|sure|it['’]s|its|it is|that['’]s|that is|the month is|the year is|month|year|is|and|um+)[ \t,.]+)*`;
/** A line that holds only a month or a year, after a speaker label and a lead ("uh, it's"). */
const ANSWER_LINE = new RegExp(
  String.raw`(?:^|\n)(?:[^\n:]{1,30}:)?[ \t]*${ANSWER_LEAD}(?<!\w)(${MONTH_WORD}|0?[1-9]|1[0-2]|20[2-4]\d|'?\d{2})\.?[ \t.,!]*(?=\n|$)`,
  'dg',
);
const MONTH_ANSWER_LINE = new RegExp(String.raw`\n(?:[^\n:]{1,30}:)?[ \t]*${ANSWER_LEAD}(?<!\w)${MONTH_WORD}\.?[ \t.,!]*\n`);
/** An expiry asked for, or its month or year. */
const ASKED_EXPIRY = /\b(?:exp|expiry|expiration|expire|expires|valid (?:thru|through|until|till)|good (?:thru|through))\b/g;
/** Since the expiry was asked for, another date came up: a birth date, an event. */
const NOT_CARD_DATE = /\b(?:born|birth|dob|birthday|d\.o\.b|charged?|paid|payment|posted|transaction|ordered|delivered|shipped|appointment|scheduled|statement|due)\b/;

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
        // "re-run 02/26 at 2pm": a day with its hour is no expiry; "10/12 | Casey's | $14": a table's date column.
        if (!exp.cue && (TIME_AFTER.test(ctx.lower.slice(end, end + 16)) || TABLE_ROW_DATE.test(lineAround(text, start, end)))) continue;
        let score: number;
        let cue: string | undefined;
        if (exp.cue) {
          score = 0.95;
          cue = exp.cue;
        } else if (exp.blocked) {
          // "on", "to" and the like block a date nearby; a question for the expiry a line up still names it.
          if (!plausibleYear(m[2]!) || !judgeContext(ctx, start, end, EXPIRY_PENDING).cue) continue;
          score = 0.75;
          cue = 'asked for before';
        } else {
          // "at Kate Spade 02/07" after "my card": a year no card can still run to is a day of the month.
          if (!plausibleYear(m[2]!)) continue;
          const card = judgeContext(ctx, start, end, CARD_RULE);
          cue = card.cue;
          // Without a cue "9/26" is far more often a day of the month than an expiry.
          // "09/2027" (a month of a coming year) reads as an expiry; "9/27" could be a day of the month.
          score =
            card.cue ||
            AFTER_CARD.test(text.slice(Math.max(0, start - 40), start)) ||
            betweenCardAndCode(text, start, end) ||
            cardEndsBefore(ctx, start) ||
            CODE_NAMED_AFTER.test(ctx.lower.slice(end, end + 80))
              ? 0.8
              : plausibleYear(m[2]!) && judgeContext(ctx, start, end, EXPIRY_PENDING).cue
                ? 0.75
                : futureMonthYear(m[2]!)
                ? 0.5
                : plausibleYear(m[2]!)
                  ? 0.35
                  : 0.2;
        }
        out.push(makeSpan('CARD_EXPIRY', start, end, score, this.name, cue ? { context: cue } : {}));
      }
      this.slashedBetweenCardAndCode(ctx, out);
    }
    const hasExpiryWord = /exp|valid|good thru|good through|\bxp\b|runs? out|new (?:one|card) says/.test(ctx.lower);
    const hasCardWord = /card|visa|amex|discover/.test(ctx.lower);
    const hasCardDigits = /\d{4}[ .-]{0,2}\d{4}/.test(text);
    if (!hasExpiryWord && !hasCardWord && !hasCardDigits) {
      // "Nov 2032 and 718 is the code on the back": the code named after makes the month and year the expiry.
      if (CODE_WORD.test(ctx.lower)) this.monthNames(ctx, out);
      return out;
    }
    for (const run of numberRuns(ctx)) {
      if (run.glued || run.amount || run.plus || run.digitCount < 3) continue;
      const afterCard = (run.digitCount >= 16 ? expiryAfterCardInRun(text, run) : undefined) ?? expiryBetweenCardAndCode(ctx, run);
      if (afterCard) {
        out.push(makeSpan('CARD_EXPIRY', afterCard.start, afterCard.end, 0.7, this.name, { context: 'after card number' }));
        continue;
      }
      const cued = expiryThenCode(ctx, run);
      if (cued) {
        out.push(makeSpan('CARD_EXPIRY', cued.start, cued.end, 0.85, this.name, { context: cued.cue }));
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
      // "3743  744018  18742 0726": the MMYY joined by one space to the card's last group.
      if (start < 0 && lastLen === 4 && g.length === 2 && AFTER_CARD.test(text.slice(Math.max(0, last.start - 40), last.start))) start = last.start;
      if (start < 0) continue;
      const end = last.end;
      // The month and year first: they rule out most runs without a pattern test.
      const digits = text.slice(start, end).replace(/\D/g, '');
      const month = Number(digits.slice(0, monthLen));
      if (month < 1 || month > 12 || !plausibleYear(digits.slice(monthLen))) continue;
      if (MONEY_AFTER.test(ctx.lower.slice(end, end + 12))) continue;
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
      } else if ((cue = askedAbove(ctx, start))) {
        // "the expiration date?" / "hold on" / "0927": the answer after a line or two of stalling
        // (whose "on" or "to" blocked the cue above).
        score = 0.75;
      } else if (!exp.blocked && CODE_NAMED_AFTER.test(ctx.lower.slice(end, end + 80))) {
        // "X:01.27 CVC:267": the code named right after.
        score = 0.7;
        cue = 'code named after';
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
    if (hasExpiryWord || CODE_WORD.test(ctx.lower)) {
      // "month 09, year 27", "09 of 27", "2027-09": only after an expiry cue (or asked for one).
      for (const re of [LABELLED_PAIR, WORDED_PAIR, YEAR_FIRST]) {
        if (!(re === LABELLED_PAIR ? /year|yr|yy/.test(ctx.lower) : re === WORDED_PAIR ? PAIR_WORD.test(ctx.lower) : YEAR_MONTH.test(ctx.text))) continue;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(ctx.lower)) !== null) {
          const start = m.index + m[0].indexOf(m[1]!);
          const end = m.index + m[0].length;
          const year = re === YEAR_FIRST ? m[1]! : m[2]!;
          if (!plausibleYear(year)) continue;
          const exp = judgeContext(ctx, start, end, EXPIRY_RULE_BEFORE);
          if (exp.cue && (opensAnswer(ctx, start) || cueRightBefore(ctx, start))) {
            out.push(makeSpan('CARD_EXPIRY', start, end, 0.85, this.name, { context: exp.cue }));
          } else if (!exp.blocked && (CODE_NAMED_AFTER.test(ctx.lower.slice(end, end + 80)) || cardEndsBefore(ctx, start))) {
            // "... 9076 9 08 of 26 and 633 is the three on the back": after the card, before the code.
            out.push(makeSpan('CARD_EXPIRY', start, end, 0.75, this.name, { context: 'between card and code' }));
          }
        }
      }
    }
    this.monthNames(ctx, out);
    if (hasExpiryWord) {
      this.dashedAfterCue(ctx, out);
      this.gluedToCue(ctx, out);
      this.validRange(ctx, out);
      this.yearAlone(ctx, out);
      if (ctx.text.includes('\n')) this.monthAndYearInTurns(ctx, out);
    }
    return out;
  }

  /** "4101 8841-3678 2742/01/27/347": card, expiry and code joined by slashes. */
  private slashedBetweenCardAndCode(ctx: AnalysisContext, out: Span[]): void {
    SLASHED_BETWEEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SLASHED_BETWEEN.exec(ctx.text)) !== null) {
      const [start, end] = m.indices![1]!;
      if (!plausibleYear(m[2]!) || !(cardEndsBefore(ctx, start) || AFTER_CARD.test(ctx.text.slice(Math.max(0, start - 40), start)))) continue;
      out.push(makeSpan('CARD_EXPIRY', start, end, 0.8, this.name, { context: 'after card number' }));
    }
  }

  /** "September 2027", "Nov '28", "AUG29": a month's name and a year, after a cue, a card or before the code. */
  private monthNames(ctx: AnalysisContext, out: Span[]): void {
    const { text } = ctx;
    MONTH_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MONTH_NAME.exec(ctx.lower)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const year = m[2] ?? m[3]!;
      if (!plausibleYear(year)) continue;
      const exp = judgeContext(ctx, start, end, EXPIRY_RULE_BEFORE);
      if (exp.cue) out.push(makeSpan('CARD_EXPIRY', start, end, 0.9, this.name, { context: exp.cue }));
      else if (!exp.blocked && (AFTER_CARD.test(text.slice(Math.max(0, start - 40), start)) || cardEndsBefore(ctx, start)))
        out.push(makeSpan('CARD_EXPIRY', start, end, 0.7, this.name, { context: 'after card number' }));
      else if (!exp.blocked && CODE_NAMED_AFTER.test(ctx.lower.slice(end, end + 80)))
        out.push(makeSpan('CARD_EXPIRY', start, end, 0.7, this.name, { context: 'code named after' }));
      else if ((!exp.blocked && judgeContext(ctx, start, end, EXPIRY_PENDING).cue) || askedAbove(ctx, start))
        out.push(makeSpan('CARD_EXPIRY', start, end, 0.75, this.name, { context: 'asked for before' }));
    }
  }

  /** "valid thru 08-2030 3 digit code 999": a dashed month and year right after the cue, whatever follows. */
  private dashedAfterCue(ctx: AnalysisContext, out: Span[]): void {
    if (!DASHED_PAIR_HINT.test(ctx.text)) return;
    DASHED_PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DASHED_PAIR.exec(ctx.lower)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (!plausibleYear(m[2]!) || out.some((s) => s.start < end && start < s.end) || !cueRightBefore(ctx, start)) continue;
      out.push(makeSpan('CARD_EXPIRY', start, end, 0.85, this.name, { context: 'expiry cue' }));
    }
  }

  /** "exp0628", "expNovember 2030", "xp06.27": the cue glued to the value, as typed in a hurry. */
  private gluedToCue(ctx: AnalysisContext, out: Span[]): void {
    GLUED_TO_CUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GLUED_TO_CUE.exec(ctx.lower)) !== null) {
      const [start, end] = m.indices![1]!;
      const year = /\d{2}$/.exec(m[1]!)![0];
      if (!plausibleYear(year) || (/^\d/.test(m[1]!) && !validMonth(m[1]!.slice(0, 2)))) continue;
      out.push(makeSpan('CARD_EXPIRY', start, end, 0.9, this.name, { context: 'exp' }));
    }
  }

  /** "valid from 01/22 to 01/27": the card prints both dates; "to" is no event's date here. */
  private validRange(ctx: AnalysisContext, out: Span[]): void {
    VALID_RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VALID_RANGE.exec(ctx.lower)) !== null) {
      const [, from, to] = m.indices!;
      for (const [start, end] of [from!, to!]) {
        out.push(makeSpan('CARD_EXPIRY', start, end, 0.9, this.name, { context: 'valid from' }));
      }
    }
  }

  /** "expires at the end of 2028", "exp. in '28": the year alone named as the card's expiry. */
  private yearAlone(ctx: AnalysisContext, out: Span[]): void {
    EXPIRY_YEAR_ALONE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EXPIRY_YEAR_ALONE.exec(ctx.lower)) !== null) {
      const [start, end] = m.indices![1]!;
      if (!plausibleYear(m[1]!.replace("'", '')) || out.some((s) => s.start < end && start < s.end)) continue;
      // A warranty, an offer or a membership expires in a year too: the card must be named.
      if (!CARD_WORD.test(ctx.lower.slice(Math.max(0, m.index - 100), m.index))) continue;
      out.push(makeSpan('CARD_EXPIRY', start, end, 0.8, this.name, { context: m[0].slice(0, m[0].indexOf(' ')) }));
    }
  }

  /**
   * The month and the year asked for one at a time ("the expiration month?" / "September" / "and the
   * year?" / "2027"): each answer alone on its line, the expiry named a few lines up, no birth date
   * asked for since. A bare number is a month only when the question named the month.
   */
  private monthAndYearInTurns(ctx: AnalysisContext, out: Span[]): void {
    const { lower } = ctx;
    ANSWER_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANSWER_LINE.exec(lower)) !== null) {
      const [start, end] = m.indices![1]!;
      const value = m[1]!;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      const lineStart = m.index + (lower[m.index] === '\n' ? 1 : 0);
      const before = lower.slice(Math.max(0, lineStart - 240), lineStart);
      const cue = lastCueIn(before, 0, before.length, ASKED_EXPIRY);
      if (!cue || NOT_CARD_DATE.test(before.slice(cue.end - cue.word.length))) continue;
      const prevLine = before.slice(before.lastIndexOf('\n', before.length - 2) + 1);
      const isYear = /^(?:20[2-4]\d|'?\d{2})$/.test(value) && !/^(?:0?[1-9]|1[0-2])$/.test(value);
      const isMonthName = /^[a-z]/.test(value);
      const isMonthNumber = !isYear && !isMonthName;
      // "How many years have you had it?", "how many months ago?" ask for no year or month.
      const counting = /\bhow (?:many|long|old)\b/.test(prevLine);
      const yearAsked = /\byear\b/.test(prevLine) && !counting;
      if (isYear && !yearAsked && !monthSaidSince(lower, cue.end - before.length + lineStart, lineStart)) continue;
      if (isYear && !plausibleYear(value.replace("'", ''))) continue;
      if (isMonthNumber && (!/\bmonth\b/.test(prevLine) || counting)) continue;
      // A month's name alone reads as a name too ("May", "June"); the question makes it the expiry's month.
      out.push(makeSpan('CARD_EXPIRY', start, end, isMonthName ? 0.9 : 0.8, this.name, { context: 'asked for before', note: isYear ? 'year in its own turn' : 'month in its own turn' }));
    }
  }
}

/** A month, by name, answered on its own line between the cue and `to`. */
function monthSaidSince(lower: string, from: number, to: number): boolean {
  return MONTH_ANSWER_LINE.test(lower.slice(Math.max(0, from - 1), to));
}

/** Lines that only stall while the card is fetched; anything asking for another value ends the search. */
const OTHER_ASKED =
  /\b(?:zip|postal|phone|number|name|address|account|routing|cvv|cvc|code|security|social|ssn|e-?mail|amount|born|birth|dob|birthday|charged?|paid|payment|posted|transaction|ordered|delivered|shipped|appointment|scheduled|statement|due)\b/;
const ASKED_EXPIRY_LINE = /\b(?:exp|expiry|expiration|expire|expires|valid (?:thru|through|until|till)|good (?:thru|through))\b/;

/**
 * The expiry asked for up to four lines above the answer, with only stalling between ("and the
 * expiration date" / "hold on" / "take your time" / "okay its 09 27"): no digits, no other value asked.
 */
function askedAbove(ctx: AnalysisContext, start: number): string | undefined {
  const { lower } = ctx;
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !opensAnswer(ctx, start)) return undefined;
  const lines = lower.slice(Math.max(0, lineStart - 300), lineStart - 1).split('\n');
  for (let k = lines.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const line = lines[k]!;
    const cue = ASKED_EXPIRY_LINE.exec(line);
    if (cue) return /\d/.test(line.slice(cue.index)) ? undefined : cue[0];
    if (/\d/.test(line) || OTHER_ASKED.test(line)) return undefined;
  }
  return undefined;
}

/** The value opens its line, after at most a label and a short lead ("Customer: it's"). */
function opensAnswer(ctx: AnalysisContext, start: number): boolean {
  const lineStart = ctx.lower.lastIndexOf('\n', start - 1) + 1;
  return /^[^\n:]{0,40}:?\s*(?:(?:it'?s|its|it says|says|it reads|uh|um|sure|yes|yeah|ok|okay)[\s,]+)*$/.test(ctx.lower.slice(lineStart, start)) && lineStart > 0;
}

/** An expiry cue just before the value: "expires 09 of 27", "expiration date is 2027-09". */
function cueRightBefore(ctx: AnalysisContext, start: number): boolean {
  const cue = lastCueIn(blanked(ctx), Math.max(0, start - 40), start, EXPIRY_CUES);
  return !!cue && /^[\s:,.-]*(?:(?:date|month|mo|mm|year|and|is|was|'s|on the card|in|of)[\s:,.-]*)*$/.test(ctx.lower.slice(cue.end, start));
}

/** "… 3406-2152 08/32 279": a month/year between the last group of a card and a three- or four-digit code. */
function betweenCardAndCode(text: string, start: number, end: number): boolean {
  return /\d{4}[ \t]*$/.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t,]+\d{3,4}(?!\d)/.test(text.slice(end, end + 8));
}

function groupText(text: string, g: readonly DigitGroup[], k: number): string {
  return text.slice(g[k]!.start, g[k]!.end);
}

/**
 * "expiration and cvv?" / "09 27 321", "0927 321": after an expiry cue, a month and year then the
 * three or four digits of the code, in one run.
 */
function expiryThenCode(ctx: AnalysisContext, run: NumberRun): { start: number; end: number; cue: string } | undefined {
  const g = run.groups;
  const n = g.length;
  if (n < 2 || n > 3) return undefined;
  if (groupLength(g, n - 1) < 3 || groupLength(g, n - 1) > 4) return undefined;
  const { text } = ctx;
  const ok =
    n === 2
      ? groupLength(g, 0) === 4 && validMonth(groupText(text, g, 0).slice(0, 2)) && plausibleYear(groupText(text, g, 0).slice(2))
      : groupLength(g, 0) <= 2 &&
        (groupLength(g, 1) === 2 || groupLength(g, 1) === 4) &&
        validMonth(groupText(text, g, 0)) &&
        plausibleYear(groupText(text, g, 1));
  if (!ok) return undefined;
  const exp = judgeContext(ctx, g[0]!.start, g[n - 2]!.end, EXPIRY_RULE_BEFORE);
  return exp.cue ? { start: g[0]!.start, end: g[n - 2]!.end, cue: exp.cue } : undefined;
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
  // After the card, or right after the expiry's cue ("it runs out oh two two seven seven eight nine").
  return (opensWithMonthYear(d, 1) || opensWithMonthYear(d, 2)) && (cardEndsBefore(ctx, run.start) || cueRightBefore(ctx, run.start));
}

/** `d` opens with a month of `monthLength` digits and a two-digit year, and more digits follow. */
function opensWithMonthYear(d: string, monthLength: number): boolean {
  return validMonth(d.slice(0, monthLength)) && plausibleYear(d.slice(monthLength, monthLength + 2)) && d.length - monthLength - 2 >= 1;
}

/** The looser forms need the card named just before, and a run that is no whole card itself. */
function cardNamedBefore(ctx: AnalysisContext, run: NumberRun): boolean {
  return (
    CARD_WORD.test(ctx.lower.slice(Math.max(0, run.start - 160), run.start)) &&
    !(run.digitCount >= 13 && run.digitCount <= 19 && luhnValid(digitsOf(ctx.text, run.start, run.end)))
  );
}

/** How many groups of four end at group `k`. */
function foursEndingAt(g: readonly DigitGroup[], k: number): number {
  let c = 0;
  while (k >= 0 && groupLength(g, k) === 4) {
    c++;
    k--;
  }
  return c;
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
  const code = n - 1;
  if (groupLength(g, code) < 3 || groupLength(g, code) > 4) return undefined;
  // MMYY as one group.
  const mmyy = n - 2;
  if (groupLength(g, mmyy) === 4 && foursEndingAt(g, mmyy - 1) >= 2 && cardNamedBefore(ctx, run)) {
    const d = text.slice(g[mmyy]!.start, g[mmyy]!.end);
    if (validMonth(d.slice(0, 2)) && plausibleYear(d.slice(2))) return { start: g[mmyy]!.start, end: g[mmyy]!.end };
  }
  if (n < 4) return undefined;
  const [card, month, year] = [n - 4, n - 3, n - 2];
  if (groupLength(g, card) !== 4 || groupLength(g, month) > 2 || (groupLength(g, year) !== 2 && groupLength(g, year) !== 4)) return undefined;
  const sep = text.slice(g[month]!.end, g[year]!.start);
  if (sep !== '-' && sep !== '.' && !(sep === ' ' && foursEndingAt(g, card) >= 2 && cardNamedBefore(ctx, run))) return undefined;
  if (!validMonth(text.slice(g[month]!.start, g[month]!.end)) || !plausibleYear(text.slice(g[year]!.start, g[year]!.end))) return undefined;
  return { start: g[month]!.start, end: g[year]!.end };
}

/** From the start of the line holding `start` to a little past `end`. */
function lineAround(text: string, start: number, end: number): string {
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, end + 8);
}
