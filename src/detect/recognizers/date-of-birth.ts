import { IDENTIFIER_CUES, judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { isDigitCode, numberRuns } from '../number-runs.js';
import { makeSpan } from './make-span.js';

// A month's name ends there: "Janet", "Marcus" and "Decker" are no months.
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`;
const MONTH_NO_DOT = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])`;
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`;
const DAY = String.raw`(?:(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?|${ORDINAL_WORD})`;
const YEAR = String.raw`(?:(?:19|20)\d{2}|'\d{2})`;

/**
 * The gap between the parts of a spoken date: a pause, a comma, or the hesitation a caller makes
 * while remembering ("the second of november um hang on nineteen seventy one", "09... uh... 09 1967").
 */
const GAP = String.raw`(?:[.…,]*\s+(?:(?:um+|uh+|erm?|hmm+|ah|hold on|hang on|let me see|let me think|sorry|i mean|wait)[.…,]*\s+){0,3})`;

/** Every written or numeric date shape, matched on the lower-cased text. */
const DATE = new RegExp(
  [
    // 03/04/1982, 3-4-82, 1982-03-04, 04.03.1982; "dob-03/04/1982" (a dash after the cue's letters)
    String.raw`(?<![\d.]|[\d.]\/|[\d\/.\-]-)(?:\d{1,2}([\/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([\/.\-])\d{1,2}\2\d{1,2})(?![\d\/]|[.\-]\d)`,
    // 03 04 1982 (spoken views keep the pauses as spaces), 1129 1994, 11291994
    String.raw`(?<![\d\/.\-])\d{1,2}${GAP}\d{1,2}${GAP}(?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    String.raw`(?<![\d\/.\-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?(?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    // "three thirteen sixty five", which a spoken view reads as "3 1365": the month, then day and two-digit year run together
    String.raw`(?<![\d\/.\-])(?:0?[1-9]|1[0-2])${GAP}(?:0?[1-9]|[12]\d|3[01])\d{2}(?![\d\/])`,
    // "804 1985", "031 1963": a spoken month and day run into three digits, then the year
    // ("226 98" is as often an amount, "two hundred twenty six ninety eight": no birth date without a cue)
    String.raw`(?<![\d\/.\-])(?:[1-9](?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])[1-9]) (?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    // Oct-27-76, SEP/04/1964: a month's name with dashes or slashes, the way records print it
    String.raw`\b${MONTH_NO_DOT}([\-\/])(?:[0-2]?\d|3[01])\3(?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    // 04MAR1982, 4-Mar-82, 04/mar/1982: the form of medical and travel records
    String.raw`(?<!\d)(?:[0-2]?\d|3[01])([\/.\- ]?)${MONTH_NO_DOT}\4(?:(?:19|20)\d{2}|'?\d{2})(?!\d)`,
    // 19820304: year, month and day run together
    String.raw`(?<![\d\/.\-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)`,
    // 1982 march 4th: the year said first
    String.raw`(?<![\d\/.\-])(?:19|20)\d{2},? ${MONTH}${GAP}(?:the )?${DAY}(?!\d)`,
    // march 4th, 1982 / mar. 4 1982 / march 4
    String.raw`\b${MONTH}${GAP}(?:the )?${DAY}(?!\d)(?:${GAP}(?:of )?(?:${YEAR}|\d{2})(?!\d))?`,
    // 4 march 1982 / the 4th of march, 1982 / 4th march / the 16th of may, 05
    String.raw`\b(?:the )?${DAY}${GAP}(?:of )?${MONTH}(?:${GAP}(?:${YEAR}|\d{2})(?!\d))?`,
    // 1980 06 11 (year first, read with pauses)
    String.raw`(?<![\d\/.\-])(?:19|20)\d{2} (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])(?![\d\/])`,
    // march 1982 / march of 82
    String.raw`\b${MONTH},? (?:of )?(?:${YEAR}|\d{2})(?!\d)`,
    // "january eleven sixty four", which a spoken view reads as "january 1164": day and two-digit year run together
    String.raw`\b${MONTH} (?!(?:19|20)\d{2}(?!\d))(?:[1-9]|[12]\d|3[01])\d{2}(?!\d)`,
    // 3/4 (birthday without a year)
    String.raw`(?<![\d\/.\-])\d{1,2}\/\d{1,2}(?![\d\/]|[.\-]\d)`,
  ].join('|'),
  'g',
);

const DATE_AT = new RegExp(DATE.source, 'y');

const DOB_RULE: ContextRule = {
  positive:
    // "birthday card", "birthday promo": a thing bought or given for a birthday, dated by its sale.
    /\b(?:d\.?o\.?b\.?|date of birth|birth ?date|birth day|birthday(?!'?s? (?:card|gift|present|party|cake|promo|promotion|discount|reward|bonus|offer|coupon|credit|points|dinner|trip|purchase|order|sale|special|voucher|flowers)\b)|bday|b-day|b\/d|born(?: on| in)?|was born|year of birth|dob is)\b:?/g,
  negative:
    /(?<!born )\b(?:(?<!(?:hold|hang) )on(?! (?:file|record|(?:the|your|my|his|her|their|our) (?:account|file|record|profile|policy|card|application|form)\b))|since|from|until|till|charged?|paid|payment|posted|billed|dated|transaction|ordered|placed|refund(?:ed)?|issued|statement|due|delivered|shipped|called|today|yesterday|expir\w*|exp|opened|closed|renew\w*|cancel\w*|last(?! (?:four|4|two|2|digits))|next|booked|moved|scheduled|reschedul\w*|appointment)\b/g,
  before: 90,
  after: 0,
};

const TRAILING_CUE_HINT = /(?:is|was|that'?s|thats|'s) (?:my|his|her|their|the) (?:birth|dob|d\.o\.b|bday|b-day|date of birth)/;
/** The cue right after a date: ", that's my birthday", " is his date of birth". */
const TRAILING_CUE =
  /[ \t]*[,;-]?[ \t]*(?:(?:that|it)'?s|thats|is|was|'s)[ \t]+(?:my|his|her|their|the)[ \t]+(?:(?:date of birth|birth ?date|birthday|dob|d\.o\.b\.?|bday|b-day)\b)/g;
/** "the 03/04/2024 payment", "03/04/2024 as last updated": the date of an event, named right after it. */
const EVENT_AFTER =
  /^[ \t]*(?:payment|charge|transaction|purchase|order|refund|deposit|statement|invoice|bill|withdrawal|transfer|appointment|delivery|shipment|as (?:last )?(?:updated|modified|changed|edited)|last (?:updated|modified|changed))\b/;
const HAS_CUE = /birth|born|dob|d\.o\.b|bday|b-day|b\/d/;
const CUE_SITES = /birth|born|dob|d\.o\.b|bday|b-day|b\/d/g;
const NUMBER_WORD = 'zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|double';
/** Two number words in a row: a number read out ("oh one oh three", "nineteen forty two"). */
const SPOKEN_NUMBER = new RegExp(String.raw`\b(?:${NUMBER_WORD})[\s,.-]+(?:${NUMBER_WORD})\b`);
/** How far after a cue a birth date can start ("date of birth? Customer: um it's ..."). */
const REACH = 110;

function plausible(match: string): boolean {
  const nums = match.match(/\d+/g);
  if (!nums || /^\d{4} ?(?:\d{4}|\d{2})$/.test(match)) return true;
  // A numeric date needs a month ≤ 12 on one side and a day ≤ 31.
  if (/^\d/.test(match) && !/[a-z]/.test(match)) {
    const parts = nums.map(Number);
    if (parts.length === 3) {
      const [a, b, c] = parts as [number, number, number];
      if (nums[0]!.length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
      return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12) && c >= 0;
    }
    if (parts.length === 2 && nums[0]!.length === 3) return splitMonthDay(nums[0]!) !== undefined;
    if (parts.length === 2) {
      const [month, rest] = parts as [number, number];
      if (month < 1 || month > 12) return false;
      // "1 1947" is a month and a year; "3 1365" a month, then day and two-digit year run together.
      if (nums[1]!.length === 4) return (rest >= 1900 && rest <= 2099) || (Math.floor(rest / 100) >= 1 && Math.floor(rest / 100) <= 31);
      if (nums[1]!.length === 3) return Math.floor(rest / 100) >= 1;
      return rest >= 1 && rest <= 31;
    }
  }
  return true;
}

/** "804" is 8/04, "031" is 03/1: three digits of a month and a day said without a pause. */
function splitMonthDay(d: string): [number, number] | undefined {
  const a = Number(d[0]);
  const ad = Number(d.slice(1));
  if (a >= 1 && ad >= 1 && ad <= 31) return [a, ad];
  const ab = Number(d.slice(0, 2));
  const b = Number(d[2]);
  if (ab >= 1 && ab <= 12 && b >= 1) return [ab, b];
  return undefined;
}

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ORDINAL_VALUE: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** A date's year as a full year: two digits are the 1900s from 30 on, the 2000s below. */
function fullYear(y: string): number {
  const digits = y.replace("'", '');
  const n = Number(digits);
  return digits.length === 4 ? n : n >= 30 ? 1900 + n : 2000 + n;
}

/**
 * The year of a date matched by DATE that also names its month and day, or undefined: "oct-27-76",
 * "the 2 march 74", "11/26/1976", "804 1985", "10141965". A month and a year alone give none.
 */
function yearOfFullDate(match: string): number | undefined {
  const named = /[a-z]{3}/.exec(match.replace(/\b(?:the|of|st|nd|rd|th)\b/g, ''));
  const nums = match.match(/\d+/g) ?? [];
  if (named) {
    if (MONTH_NUMBER[named[0]] === undefined) return undefined;
    const ordinal = /(?:twenty|thirty)?[ -]?([a-z]+(?:st|nd|rd|th))\b/.exec(match.slice(named.index + 3));
    const hasDay = nums.some((n) => n.length <= 2 && Number(n) >= 1 && Number(n) <= 31 && !match.includes(`'${n}`)) || (!!ordinal && ORDINAL_VALUE[ordinal[1]!] !== undefined);
    const year = nums.length > 0 ? nums[nums.length - 1]! : undefined;
    if (!year || !hasDay || (nums.length < 2 && !ordinal)) return undefined;
    return year.length === 4 || year.length === 2 ? fullYear(year) : undefined;
  }
  if (nums.length === 3) return nums[0]!.length === 4 ? Number(nums[0]) : fullYear(nums[2]!);
  if (nums.length === 2 && (nums[0]!.length === 3 || nums[0]!.length === 4)) return fullYear(nums[1]!);
  if (nums.length === 1 && nums[0]!.length === 8) {
    const d = nums[0]!;
    return /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])/.test(d) ? Number(d.slice(0, 4)) : Number(d.slice(4));
  }
  return undefined;
}

/** People calling about an account were born in these years; a date of an event in them is rare. */
const FIRST_BIRTH_YEAR = 1915;
const LAST_BIRTH_YEAR = 2010;

/** A month's name somewhere before a two-digit year ("oct-27-76", "june 5 66"). */
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/g;

/** Where the last month's name in [from, to) starts, or -1 (a few dozen characters, looked at only for a likely year). */
function lastMonthWithin(lower: string, from: number, to: number): number {
  const lead = lower.slice(Math.max(0, from), to);
  MONTH_HINT.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = MONTH_HINT.exec(lead)) !== null) last = m.index;
  return last < 0 ? -1 : Math.max(0, from) + last;
}

/** What stands right before the year of a numeric date: "4/22/", "11 26 ", "804 ", "1129 ". */
const NUMERIC_BEFORE_YEAR = /(?:\d{1,2}[\/.\- ]\d{1,2}[\/.\- ]|(?<!\d)\d{3,4} )$/;

/**
 * Where the year of a possible birth date starts and ends, for the digit run at `at`: four digits of
 * a year people calling now were born in, the last four of "10141965", or two digits closing a date
 * ("09/23/80", "Oct-27-76", "june 5 66", "jan. 5 '43"). Undefined when the run can be no such year
 * or nothing before it reads as the rest of a date.
 */
function yearAnchor(lower: string, at: number, len: number): [number, number, number?] | undefined {
  const before = lower.charCodeAt(at - 1);
  const after = lower.charCodeAt(at + len);
  // "$1990", "1,995", "1990%", "1990.5", "80s", "10pm": no year of a date.
  if (before === 36 || (before === 44 && isDigitCode(lower.charCodeAt(at - 2))) || after === 37) return undefined;
  if ((after === 46 || after === 44) && isDigitCode(lower.charCodeAt(at + len + 1))) return undefined;
  if (len === 8) {
    // MMDDYYYY or YYYYMMDD.
    const tail = Number(lower.slice(at + 4, at + 8));
    if (tail >= FIRST_BIRTH_YEAR && tail <= LAST_BIRTH_YEAR) return [at + 4, at + 8];
    const head = Number(lower.slice(at, at + 4));
    return head >= FIRST_BIRTH_YEAR && head <= LAST_BIRTH_YEAR ? [at, at + 4] : undefined;
  }
  if (len !== 4 && len !== 2) return undefined;
  if (len === 4) {
    const y = Number(lower.slice(at, at + 4));
    if (y < FIRST_BIRTH_YEAR || y > LAST_BIRTH_YEAR) return undefined;
    // "1990-11-22": the year opens the date.
    if (/^[\/.\-]\d/.test(lower.slice(at + 4, at + 6))) return [at, at + 4];
  } else {
    // Two digits close a date only after a separator, a month's name or an apostrophe, and touch no letter.
    if (isLetter(after) || after === 47 || after === 58) return undefined;
    if (!(before === 39 || before === 32 || before === 47 || before === 45 || before === 46)) return undefined;
  }
  // A numeric date opens right where its month and day do: the first try reads it.
  const numeric = NUMERIC_BEFORE_YEAR.exec(lower.slice(Math.max(0, at - 6), at));
  if (numeric) return [at, at + len, numeric[0].length];
  const month = lastMonthWithin(lower, at - DATE_SPAN, at);
  // "the 4th of march 1982" opens a few words before the month's name, "march 4th" with it.
  return month >= 0 ? [at, at + len, at - Math.max(0, month - DAY_BEFORE_MONTH)] : undefined;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** How far before its year a date can start ("the twenty 4 of january 1954"). */
const DATE_SPAN = 48;
/** How far before the month's name a date can open ("the twenty fourth of march"). */
const DAY_BEFORE_MONTH = 24;

/** A number named as an order, case or ticket number, or a reference. */
const NAMED_OTHERWISE: ContextRule = { positive: /(?!)/g, negative: IDENTIFIER_CUES, before: 40 };
/** What makes a full date of a birth year the date of something else. */
const EVENT_BEFORE: ContextRule = {
  positive: /(?!)/g,
  negative: new RegExp(
    String.raw`${DOB_RULE.negative!.source}|\b(?:effective|started?|starting|joined|purchased|bought|installed|activated|enrolled|hired|signed|established|est|founded|warranty|dos|version|v)\b`,
    'g',
  ),
  before: 40,
};

/** "your SSN and date of birth?": two values asked for, so the other one may be answered first. */
const TWO_ASKED = /\band (?:your |the |a )?(?:date of birth|d\.?o\.?b|birth ?date|birthday)\b|\b(?:date of birth|d\.?o\.?b|birth ?date|birthday) (?:and|&)\b/;
const DOB_RULE_ACROSS: ContextRule = { ...DOB_RULE, digitsBlock: false };

/**
 * "and the year?" / "nineteen sixty one" (a view reads "1961"): the year of a birth date given in a
 * turn of its own, the question on the line before.
 */
const YEAR_TURN = /(?:^|\n)[^\n]*\byear\b[^\n]*\n(?:\[[^\]\n]{1,14}\][ \t]*)?(?:[^\n:]{0,40}:)?[ \t]*(?:(?:uh|um|it'?s|its|it was|that'?s|sure|yeah|yes|oh|so)[ \t,.]+)*((?:19|20)\d{2}|'?\d{2})[ \t.,!]*(?=\n|$)/dg;
/** How far before its year a birth cue may stand when the year is given in a turn of its own. */
const YEAR_REACH = 260;

/** DATE_OF_BIRTH: any date shape, but only where the context says it is a birth date. */
export class DateOfBirthRecognizer implements Recognizer {
  readonly name = 'DateOfBirthRecognizer';
  readonly types = ['DATE_OF_BIRTH'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const seen = new Set<number>();
    if (HAS_CUE.test(ctx.lower)) this.afterCues(ctx, out, seen);
    if (ctx.lower.includes('year')) this.yearInItsTurn(ctx, out, seen);
    this.birthYearDates(ctx, out, seen);
    return out;
  }

  private afterCues(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    // Dates are read only in the stretch after each cue, not across the whole text.
    CUE_SITES.lastIndex = 0;
    let cue: RegExpExecArray | null;
    while ((cue = CUE_SITES.exec(ctx.lower)) !== null) {
      const from = cue.index;
      const to = Math.min(ctx.lower.length, cue.index + cue[0].length + REACH);
      const window = ctx.lower.slice(from, to);
      DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      // A cue is answered by the first date after it; later dates are other dates.
      let answered = false;
      while (!answered && (m = DATE.exec(window)) !== null) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (seen.has(start)) {
          answered = true;
          continue;
        }
        if (!plausible(m[0])) continue;
        // "231 77 5073 9/14/62": digits that go on are a longer number given first, not the date.
        if (!/[a-z]/.test(m[0]) && /^[ \t.\-]?\d{3}/.test(ctx.lower.slice(end, end + 4))) continue;
        // On the original text a spoken date is no date shape; the cue's answer was that reading, not a later date.
        if (!ctx.view && SPOKEN_NUMBER.test(ctx.lower.slice(from + cue[0].length, start))) break;
        answered = true;
        // The window may cut a date short; read it again from the full text.
        DATE_AT.lastIndex = start;
        const full = DATE_AT.exec(ctx.lower);
        const fullEnd = full ? start + full[0].length : end;
        let verdict = judgeContext(ctx, start, fullEnd, DOB_RULE);
        // "SSN and date of birth?" / "674-07-1664 28 Mar 1970": the other value answered first.
        if (!verdict.cue && !verdict.blocked && TWO_ASKED.test(lineAround(ctx.lower, cue.index))) verdict = judgeContext(ctx, start, fullEnd, DOB_RULE_ACROSS);
        if (!verdict.cue) continue;
        // Right after its cue ("DOB 03/04/1982 payment plan ...") a date is the birth date whatever follows.
        const wordsBetween = ctx.lower.slice(cue.index + cue[0].length, start).match(/[a-z]+/g)?.length ?? 0;
        if (wordsBetween >= 2 && EVENT_AFTER.test(ctx.lower.slice(fullEnd, fullEnd + 32))) continue;
        seen.add(start);
        out.push(makeSpan('DATE_OF_BIRTH', start, fullEnd, 0.9, this.name, { context: verdict.cue }));
      }
    }
    if (TRAILING_CUE_HINT.test(ctx.lower)) this.cueAfter(ctx, out, seen);
  }

  /**
   * "march fourth" / "and the year?" / "1972": a birth date given in two turns, the year asked for in
   * between. The year is a birth date's when a birth cue stands a few lines up or the line before the
   * question holds a month and a day; that month and day are masked with it.
   */
  private yearInItsTurn(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    const { lower } = ctx;
    YEAR_TURN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_TURN.exec(lower)) !== null) {
      const [start, end] = m.indices![1]!;
      // The newline that closed the year may open the next question.
      YEAR_TURN.lastIndex = Math.max(m.index + 1, end);
      const year = fullYear(m[1]!);
      if (year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR || /\bhow (?:many|long|old)\b/.test(m[0])) continue;
      const questionStart = m.index + (lower[m.index] === '\n' ? 1 : 0);
      let monthDay = monthDayOnLineBefore(lower, questionStart);
      // "your next bill is due the 28th of august" / "okay and year of birth": a date of something else.
      if (monthDay && judgeContext(ctx, monthDay[0], monthDay[1], EVENT_BEFORE).blocked) monthDay = undefined;
      CUE_SITES.lastIndex = Math.max(0, start - YEAR_REACH);
      const cue = CUE_SITES.exec(lower);
      if (!monthDay && !(cue && cue.index < start)) continue;
      if (monthDay && !out.some((s) => s.start < monthDay[1] && monthDay[0] < s.end)) {
        seen.add(monthDay[0]);
        out.push(makeSpan('DATE_OF_BIRTH', monthDay[0], monthDay[1], 0.8, this.name, { context: 'year asked for', note: 'month and day before the year' }));
      }
      if (seen.has(start)) continue;
      seen.add(start);
      out.push(makeSpan('DATE_OF_BIRTH', start, end, 0.8, this.name, { context: 'year asked for', note: 'year in its own turn' }));
    }
    // One ASR line with no turns: "january thirteenth what year nineteen sixty five".
    if (!ctx.view) return;
    YEAR_SAME_LINE.lastIndex = 0;
    while ((m = YEAR_SAME_LINE.exec(lower)) !== null) {
      for (const [start, end] of [m.indices![1]!, m.indices![2]!]) {
        if (out.some((s) => s.start < end && start < s.end)) continue;
        seen.add(start);
        out.push(makeSpan('DATE_OF_BIRTH', start, end, 0.8, this.name, { context: 'year asked for', note: 'month, day and year around the question' }));
      }
    }
  }

  /**
   * "ID verified: HARDY, KEVIN, 09/23/80, 23816 Lakeview Cir", "Agent: 2/19/1976, thank you": a date
   * with a day, a month and a year people calling now were born in is a birth date, cue or not,
   * unless an event names it (opened, posted, since ...).
   */
  private birthYearDates(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    const { lower } = ctx;
    let coveredTo = 0;
    // Every run of digits is a group of the shared number runs, read once per text for all recognizers.
    for (const numberRun of numberRuns(ctx)) {
      for (const group of numberRun.groups) {
        const groupLength = group.end - group.start;
        const anchor = yearAnchor(lower, group.start, groupLength);
        if (!anchor) continue;
        const [yearStart, yearEnd, span = DATE_SPAN] = anchor;
        if (yearEnd <= coveredTo || out.some((s) => s.start <= yearStart && yearEnd <= s.end)) continue;
        // The year closes the date ("11/26/1976") or opens it ("1990-11-22", "19820304").
        const opens = groupLength === 8 || /^[\/.\-]\d/.test(lower.slice(yearEnd, yearEnd + 2));
        const date = opens ? dateOpeningAt(lower, group.start) ?? (yearStart > group.start ? undefined : dateEndingAt(lower, yearStart, yearEnd, span)) : dateEndingAt(lower, yearStart, yearEnd, span);
        if (!date) continue;
        const [start, end] = date;
        const text = lower.slice(start, end);
        const year = yearOfFullDate(text);
        if (year === undefined || year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR || !plausible(text)) continue;
        // "226 98" ("two hundred twenty six ninety eight") is as often an amount, "08 10" a day and an
        // hour: such a date needs a birth cue before it and the caller asked to confirm it.
        const twoDigitYear = /(?:^|[^\d])\d{2}$/.test(text);
        if (/^\d{3} \d{2}$/.test(text) && !(birthCueBefore(lower, start) && CONFIRMED_AFTER.test(lower.slice(end, end + 24)))) continue;
        if (twoDigitYear && year >= 2000 && !birthCueBefore(lower, start) && !CONFIRMED_AFTER.test(lower.slice(end, end + 24))) continue;
        // "10.2.05" is a version: a dotted date names its year in full.
        if (/^\d+\.\d+\.\d{2}$/.test(text)) continue;
        coveredTo = end;
        // "9400 1138 1543 9699 0817 87": digits inside a longer number.
        if (!/[a-z]/.test(text) && (/\d{3}[ \t.\-]?$/.test(lower.slice(Math.max(0, start - 4), start)) || /^[ \t.\-]?\d{3}/.test(lower.slice(end, end + 4)))) continue;
        if (seen.has(start) || out.some((s) => s.start < end && start < s.end)) continue;
        if (judgeContext(ctx, start, end, EVENT_BEFORE).blocked || EVENT_AFTER.test(lower.slice(end, end + 32))) continue;
        // A view reads any run of spoken numbers as digits ("eight sixteen ninety five" may be an amount):
        // there a date of numbers alone needs a birth cue a few lines up.
        if (ctx.view && !birthCueBefore(lower, start)) {
          // Without one, the date must stand alone ("april 20 4 533 62" is a date, then an amount), and
          // one of numbers alone needs a year of the 1900s said whole or the caller asked to confirm it.
          const alone = !/\d[ \t]?$/.test(lower.slice(Math.max(0, start - 2), start)) && !/^[ \t]?\d/.test(lower.slice(end, end + 2));
          if (!alone) continue;
          if (!/[a-z]/.test(text) && !(/(?:^|\D)19\d\d$/.test(text) || CONFIRMED_AFTER.test(lower.slice(end, end + 24)))) continue;
        }
        // "your case number is 8 29 47": a number named as something else.
        if (judgeContext(ctx, start, end, NAMED_OTHERWISE).blocked) continue;
        seen.add(start);
        out.push(makeSpan('DATE_OF_BIRTH', start, end, 0.6, this.name, { context: 'birth year', note: 'full date of a birth year' }));
      }
    }
  }

  /** "4/3/82 is my date of birth", "march fourth eighty two, that's my birthday": the cue after the date. */
  private cueAfter(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    TRAILING_CUE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = TRAILING_CUE.exec(ctx.lower)) !== null) {
      const from = Math.max(0, c.index - 60);
      const window = ctx.lower.slice(from, c.index);
      DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      let last: RegExpExecArray | null = null;
      while ((m = DATE.exec(window)) !== null) last = m;
      // The date must close right where the cue opens, on the same line.
      if (!last || last.index + last[0].length !== window.length || !plausible(last[0])) continue;
      const start = from + last.index;
      if (seen.has(start) || /\n/.test(last[0])) continue;
      seen.add(start);
      out.push(makeSpan('DATE_OF_BIRTH', start, c.index, 0.85, this.name, { context: c[0].trim() }));
    }
  }
}

/** The line holding offset `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The longest date DATE reads ending exactly at `yearEnd`, the year at `yearStart` inside it. Each
 * word start in the few dozen characters before the year is tried, the farthest first.
 */
function dateEndingAt(lower: string, yearStart: number, yearEnd: number, span: number): [number, number] | undefined {
  for (let p = Math.max(0, yearStart - span); p < yearStart; p++) {
    if (p > 0 && isAlphanumeric(lower.charCodeAt(p - 1))) continue;
    if (!opensDate(lower.charCodeAt(p))) continue;
    DATE_AT.lastIndex = p;
    const m = DATE_AT.exec(lower);
    if (m && p + m[0].length === yearEnd) return [p, yearEnd];
  }
  return undefined;
}

/** A digit, or the first letter of a month's name, "the" or an ordinal ("first" ... "thirtieth"). */
function opensDate(c: number): boolean {
  return isDigitCode(c) || c === 106 || c === 102 || c === 109 || c === 97 || c === 115 || c === 111 || c === 110 || c === 100 || c === 116 || c === 101;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** "1990-11-22", "19820304": a date that opens with its year. */
function dateOpeningAt(lower: string, yearStart: number): [number, number] | undefined {
  if (!/\d/.test(lower[yearStart + 4] ?? '') && !/^[\/.\-]\d/.test(lower.slice(yearStart + 4, yearStart + 6))) return undefined;
  DATE_AT.lastIndex = yearStart;
  const m = DATE_AT.exec(lower);
  return m && /^\d{4}/.test(m[0]) ? [yearStart, yearStart + m[0].length] : undefined;
}

/** A month's name and a day, alone on the line before `lineStart` ("uh september sixth"). */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}${GAP}(?:the )?${DAY}(?![\d:])|\b(?:the )?${DAY}${GAP}(?:of )?${MONTH}`);

function monthDayOnLineBefore(lower: string, lineStart: number): [number, number] | undefined {
  if (lineStart < 2) return undefined;
  const prevStart = lower.lastIndexOf('\n', lineStart - 2) + 1;
  const line = lower.slice(prevStart, lineStart - 1);
  if (line.length > 120) return undefined;
  const m = MONTH_DAY.exec(line);
  // A year on that line already makes the date whole: the question asks for another year.
  if (!m || /\d{4}/.test(line.slice(m.index))) return undefined;
  return [prevStart + m.index, prevStart + m.index + m[0].length];
}

/** "I have 11 9 63, is that right?": a read-back the caller is asked to confirm. */
const CONFIRMED_AFTER = /^[ \t,.]*(?:is that (?:right|correct)|correct\b|perfect\b|thank you|thanks\b)/;

/** How far before a spoken date of numbers alone its birth cue may stand. */
const CUE_REACH_IN_VIEW = 320;

function birthCueBefore(lower: string, at: number): boolean {
  CUE_SITES.lastIndex = Math.max(0, at - CUE_REACH_IN_VIEW);
  const cue = CUE_SITES.exec(lower);
  return cue !== null && cue.index < at;
}

/** A month and day, the year asked for, and a year of birth, all on one line. */
const YEAR_SAME_LINE = new RegExp(
  String.raw`(${MONTH_DAY.source})[ \t,.?]+(?:(?:okay|ok|and|so|um|uh|thanks|thank you)[ \t,.]+)*(?:what |and |the |and the )?year(?: of birth)?[ \t,.?]+(?:(?:it's|its|uh|um|that's)[ \t,.]+)*((?:19\d|200)\d|'?\d{2})(?![\d:])`,
  'dg',
);
