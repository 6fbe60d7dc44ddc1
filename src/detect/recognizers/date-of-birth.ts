import { judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
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
    String.raw`(?<![\d\/.]|[\d\/.\-]-)(?:\d{1,2}([\/.\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([\/.\-])\d{1,2}\2\d{1,2})(?![\d\/]|[.\-]\d)`,
    // 03 04 1982 (spoken views keep the pauses as spaces), 1129 1994, 11291994
    String.raw`(?<![\d\/.\-])\d{1,2}${GAP}\d{1,2}${GAP}(?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    String.raw`(?<![\d\/.\-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?(?:(?:19|20)\d{2}|\d{2})(?![\d\/])`,
    // "three thirteen sixty five", which a spoken view reads as "3 1365": the month, then day and two-digit year run together
    String.raw`(?<![\d\/.\-])(?:0?[1-9]|1[0-2])${GAP}(?:0?[1-9]|[12]\d|3[01])\d{2}(?![\d\/])`,
    // 04MAR1982, 4-Mar-82, 04/mar/1982: the form of medical and travel records
    String.raw`(?<!\d)(?:[0-2]?\d|3[01])([\/.\- ]?)${MONTH_NO_DOT}\3(?:(?:19|20)\d{2}|'?\d{2})(?!\d)`,
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
    /\b(?:d\.?o\.?b\.?|date of birth|birth ?date|birth day|birthday(?!'?s? (?:card|gift|present|party|cake|promo|promotion|discount|reward|bonus|offer|coupon|credit|points|dinner|trip|purchase|order|sale|special|voucher|flowers)\b)|bday|b-day|born(?: on| in)?|was born|year of birth|dob is)\b:?/g,
  negative:
    /(?<!born )\b(?:on(?! (?:file|record|(?:the|your|my|his|her|their|our) (?:account|file|record|profile|policy|card|application|form)\b))|since|from|until|till|charged?|paid|payment|posted|billed|dated|transaction|ordered|placed|refund(?:ed)?|issued|statement|due|delivered|shipped|called|today|yesterday|expir\w*|exp|opened|closed|renew\w*|cancel\w*|last|next|booked|moved|scheduled|reschedul\w*|appointment)\b/g,
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
const HAS_CUE = /birth|born|dob|d\.o\.b|bday|b-day/;
const CUE_SITES = /birth|born|dob|d\.o\.b|bday|b-day/g;
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

/** DATE_OF_BIRTH: any date shape, but only where the context says it is a birth date. */
export class DateOfBirthRecognizer implements Recognizer {
  readonly name = 'DateOfBirthRecognizer';
  readonly types = ['DATE_OF_BIRTH'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    if (!HAS_CUE.test(ctx.lower)) return [];
    const out: Span[] = [];
    const seen = new Set<number>();
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
        // On the original text a spoken date is no date shape; the cue's answer was that reading, not a later date.
        if (!ctx.view && SPOKEN_NUMBER.test(ctx.lower.slice(from + cue[0].length, start))) break;
        answered = true;
        // The window may cut a date short; read it again from the full text.
        DATE_AT.lastIndex = start;
        const full = DATE_AT.exec(ctx.lower);
        const fullEnd = full ? start + full[0].length : end;
        const verdict = judgeContext(ctx, start, fullEnd, DOB_RULE);
        if (!verdict.cue) continue;
        // Right after its cue ("DOB 03/04/1982 payment plan ...") a date is the birth date whatever follows.
        const wordsBetween = ctx.lower.slice(cue.index + cue[0].length, start).match(/[a-z]+/g)?.length ?? 0;
        if (wordsBetween >= 2 && EVENT_AFTER.test(ctx.lower.slice(fullEnd, fullEnd + 32))) continue;
        seen.add(start);
        out.push(makeSpan('DATE_OF_BIRTH', start, fullEnd, 0.9, this.name, { context: verdict.cue }));
      }
    }
    if (TRAILING_CUE_HINT.test(ctx.lower)) this.cueAfter(ctx, out, seen);
    return out;
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
