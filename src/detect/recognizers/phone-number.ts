import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { IDENTIFIER_CUES, identifierAsked, judgeContext, type ContextRule, type ContextVerdict } from '../context.js';
import { continuedInNextMessage, digitsOf, numberRuns, type DigitGroup, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const STRONG_CUES =
  // "Work:", "Office:": the labels of a signature block's number lines.
  /\b(?:phone|phones|telephone|tel|cell|cellphone|cell phone|mobile|mob|landline|home number|work number|call(?:ed)?|calling|callback|call back|cb|cbr|reach|reached|text|texts|sms|fax|contact|ph|whatsapp|dial|telefon\w*|telepono|numaram|cep|(?:work|home|office|direct|main|alt)(?=\s*:))\b/g;
/**
 * Cues that name a phone line itself (not "call" or "reach", which as often precede a call or case
 * id, nor "cb", which in a ticket is as often a chargeback): an eight- or nine-digit number written
 * as one block reads as a foreign phone only right after one.
 */
const PHONE_NOUN_BEFORE =
  /\b(?:phone|telephone|tel|cell|cellphone|mobile|mob|landline|fax|ph|whatsapp|callback|sms|text|telefon\w*|work|home|office)\b(?:[\s:#.,()-]|\b(?:number|no|num|is|at|on)\b)*$/;
const WEAK_CUES =
  /(?<!(?:security|account|acct|routing|card|case|order|ticket|reference|confirmation|tracking|member|policy|claim|invoice|serial|model|iban|aba|social|transit|ssn) )\b(?:number|num|no)\b\.?/g;
const NOT_PHONE = new RegExp(
  IDENTIFIER_CUES.source.replace('(?:order|', '(?:account|acct|routing|aba|ssn|social|card|iban|zip|postal|po|refund for|return for|label for|order|'),
  'g',
);

const STRONG_RULE: ContextRule = { positive: STRONG_CUES, negative: NOT_PHONE, before: 80, after: 20 };
const WEAK_RULE: ContextRule = { positive: WEAK_CUES, negative: NOT_PHONE, before: 40 };
/** "the phone number on the account": the account owns the number, it does not name it. */
const ON_THE_ACCOUNT = /\b(?:on|for|with) (?:the|your|my|this|that) (?:account|acct)\b/;
const NOT_PHONE_BESIDES_ACCOUNT = new RegExp(IDENTIFIER_CUES.source.replace('(?:order|', '(?:routing|aba|ssn|social|card|iban|zip|postal|po|refund for|return for|label for|order|'), 'g');
/** "x204", "ext. 12", "extension 4410" right after a number: only a phone line has an extension. */
const EXTENSION_AFTER = /^[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5}(?!\d)/i;
const STRONG_ON_ACCOUNT: ContextRule = { ...STRONG_RULE, negative: NOT_PHONE_BESIDES_ACCOUNT };
const WEAK_ON_ACCOUNT: ContextRule = { ...WEAK_RULE, negative: NOT_PHONE_BESIDES_ACCOUNT };

/**
 * Countries whose local formats (no +) Custos recognizes: the callers a US contact center hears most.
 * Any one of them will do, so the order only sets how many parses (tens of microseconds each) a
 * number costs: the regions whose numbers come up most often go first.
 */
const LOCAL_REGIONS: readonly CountryCode[] = ['DE', 'GB', 'FR', 'IT', 'ES', 'NL', 'IE', 'IL', 'IN', 'BR', 'MX', 'TR', 'PH', 'JP', 'CN', 'AU', 'NG'];

const FOREIGN_BARE = 0.3;

/** `nanp-ten`: ten bare digits; whether they form a valid US number matters only when no cue scores them. */
type Shape = 'intl' | 'nanp' | 'nanp-ten' | 'local7' | 'foreign';

function looksLikeDate(lens: number[], seps: string): boolean {
  if (lens.length !== 3 || !/^([-.])\1$/.test(seps)) return false;
  const k = lens.join('-');
  return k === '4-2-2' || k === '2-2-4' || k === '1-2-4' || k === '2-1-4' || k === '1-1-4' || k === '2-2-2';
}

function looksLikeIp(text: string, lens: number[], seps: string): boolean {
  return lens.length === 4 && seps === '...' && lens.every((l) => l <= 3);
}

/**
 * Read-backs and the view pass put the same candidates through libphonenumber again and again (the
 * foreign check tries seventeen regions); each answer depends on its input alone, so it is
 * remembered, in a map cleared when it grows large.
 */
const parseVerdicts = new Map<string, boolean>();
const PARSE_VERDICTS_MAX = 8192;

function remembered(key: string, decide: () => boolean): boolean {
  const known = parseVerdicts.get(key);
  if (known !== undefined) return known;
  const verdict = decide();
  if (parseVerdicts.size >= PARSE_VERDICTS_MAX) parseVerdicts.clear();
  parseVerdicts.set(key, verdict);
  return verdict;
}

function validInSomeLocalRegion(candidate: string): boolean {
  return remembered('L' + candidate, () => {
    for (const region of LOCAL_REGIONS) {
      const p = parsePhoneNumberFromString(candidate, region);
      if (p && p.isValid()) return true;
    }
    return false;
  });
}

function validOrPossibleIntl(candidate: string): boolean {
  return remembered('P' + candidate, () => {
    const p = parsePhoneNumberFromString(candidate);
    return !!p && (p.isValid() || p.isPossible());
  });
}

function validIntl(number: string): boolean {
  return remembered('I' + number, () => !!parsePhoneNumberFromString(number)?.isValid());
}

function validUs(digits: string): boolean {
  return remembered('U' + digits, () => !!parsePhoneNumberFromString(digits, 'US')?.isValid());
}

function classify(
  candidate: string,
  digits: string,
  lens: number[],
  seps: string,
  plus: boolean,
  cue: RunCue,
  written = true,
): Shape | undefined {
  if (plus) {
    if (digits.length < 8 || digits.length > 15) return undefined;
    if (digits.length === 11 && digits[0] === '1' && /^[2-9]/.test(digits.slice(1))) return 'intl';
    return validOrPossibleIntl(candidate) ? 'intl' : undefined;
  }
  if (looksLikeDate(lens, seps) || looksLikeIp(candidate, lens, seps)) return undefined;
  // "0044 7970 879812": the international prefix dialled from Europe instead of "+"; "011 44 ..." from the US.
  if (digits.startsWith('00') && digits.length >= 11 && digits.length <= 17 && digits[2]! >= '2') {
    if (validIntl('+' + candidate.replace(/^\D*00/, ''))) return 'intl';
  }
  if (digits.startsWith('011') && lens[0] === 3 && digits.length >= 12 && digits.length <= 18 && validIntl('+' + digits.slice(3))) return 'intl';
  const parens = candidate.includes('(');
  const key = lens.join('-');
  const nanpDigits = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (nanpDigits.length === 10 && /^[2-9]/.test(nanpDigits)) {
    if (key === '3-3-4' || key === '1-3-3-4' || parens) {
      const uniform = /^(?:[-. ]|\) ?|\)-)*$/.test(seps) && (parens || new Set(seps.replace(/\(|\)/g, '').split('')).size <= 1);
      if (uniform) return 'nanp';
    }
    if (lens.length === 1) return 'nanp-ten';
  }
  if (digits.length === 7 && key === '3-4' && /^[-.]$/.test(seps)) return 'local7';
  if (digits.length >= 8 && digits.length <= 13 && runCued(cue)) {
    if (digits.length <= 12 && validInSomeLocalRegion(candidate)) return 'foreign';
    // "44 7073 450675": a country code without its "+", as written (spoken digits fall in arbitrary groups).
    if (written && lens.length > 1 && lens[0]! <= 3 && validIntl('+' + digits)) return 'foreign';
  }
  return undefined;
}

/** The char code of the second digit of the groups from `i` on. */
function secondDigit(text: string, g: readonly { start: number; end: number }[], i: number): number {
  const first = g[i]!;
  if (first.end - first.start >= 2) return text.charCodeAt(first.start + 1);
  return i + 1 < g.length ? text.charCodeAt(g[i + 1]!.start) : -1;
}

/**
 * The verdicts of the last candidate judged: the run-level cue check and the score of the candidate
 * found in it usually ask about the same stretch, and each judgement costs several pattern scans.
 */
interface Judged {
  readonly ctx: AnalysisContext;
  readonly start: number;
  readonly end: number;
  readonly rule: ContextRule;
  readonly verdict: ContextVerdict;
}
let lastJudged: Judged[] = [];

function judged(ctx: AnalysisContext, start: number, end: number, rule: ContextRule): ContextVerdict {
  for (let k = 0; k < lastJudged.length; k++) {
    const j = lastJudged[k]!;
    if (j.ctx === ctx && j.start === start && j.end === end && j.rule === rule) return j.verdict;
  }
  let verdict = judgeContext(ctx, start, end, rule);
  if (verdict.blocked && (rule === STRONG_RULE || rule === WEAK_RULE) && ON_THE_ACCOUNT.test(ctx.lower.slice(Math.max(0, start - 80), start))) {
    verdict = judgeContext(ctx, start, end, rule === STRONG_RULE ? STRONG_ON_ACCOUNT : WEAK_ON_ACCOUNT);
  }
  if (lastJudged.length >= 4) lastJudged.shift();
  lastJudged.push({ ctx, start, end, rule, verdict });
  return verdict;
}

/**
 * Whether a run is named a phone number, asked at most once per run. (State in an object, not a
 * closure: a closure per run costs more than the question usually does.)
 */
interface RunCue {
  readonly ctx: AnalysisContext;
  readonly start: number;
  readonly end: number;
  known: boolean | undefined;
}

/** A local foreign number without a cue scores 0.3: skip the region lookups when that cannot pass. */
function runCued(cue: RunCue): boolean {
  return (cue.known ??= (cue.ctx.minScore ?? 0) <= FOREIGN_BARE || cuedAt(cue.ctx, cue.start, cue.end));
}

function cuedAt(ctx: AnalysisContext, start: number, end: number): boolean {
  const strong = judged(ctx, start, end, STRONG_RULE);
  if (strong.cue) return true;
  if (strong.blocked) return false;
  return judged(ctx, start, end, WEAK_RULE).cue !== undefined;
}

/** An order, case or ticket named earlier on the line: "2 orders, PO-313876 and 3135770461". */
const IDENTIFIER_EARLIER_ON_LINE =
  /\b(?:orders?|case|cases|ticket|tickets|invoice|confirmation|tracking|reference|claim|transaction|incident|request|reservation|booking|receipt|shipment|package|application)\b[^\n]*$/;

/**
 * Ten bare digits with no cue either way: a real area code and exchange is more likely a phone than
 * not, unless the line is listing orders or cases.
 */
function bareTenDigits(ctx: AnalysisContext, start: number, end: number): number {
  if (IDENTIFIER_EARLIER_ON_LINE.test(ctx.lower.slice(Math.max(0, start - 60), start))) return 0.2;
  const digits = ctx.text.slice(start, end).replace(/\D/g, '');
  const local = digits.length === 11 ? digits.slice(1) : digits;
  if (validUs(local)) return 0.45;
  // An area code not assigned yet still makes a phone where a phone is written: between the pipes
  // of a signature line, beside an e-mail address, or alone in parentheses.
  return NANP_SHAPE.test(local) && writtenLikeAPhoneLine(ctx.text, start, end) ? 0.45 : 0.3;
}

const NANP_SHAPE = /^[2-9]\d{2}[2-9]\d{6}$/;

function writtenLikeAPhoneLine(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  if (/\|\s*$/.test(before) || /^\s*\|/.test(after)) return true;
  if (before.endsWith('(') && after.startsWith(')')) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return lineEnd - lineStart <= 160 && text.slice(lineStart, lineEnd).includes('@');
}

/**
 * "9400 1892 4654 2834 0053 96": five or more groups of four (and a short last one) joined by one
 * repeated separator are one long number, a parcel tracking or account number; no phone sits inside.
 */
function longPrintedNumber(text: string, g: readonly DigitGroup[]): boolean {
  if (g.length < 5) return false;
  const sep = text.charCodeAt(g[0]!.end);
  for (let k = 0; k < g.length - 1; k++) {
    if (g[k]!.end - g[k]!.start !== 4 || text.charCodeAt(g[k]!.end) !== sep || g[k]!.end + 1 !== g[k + 1]!.start) return false;
  }
  return true;
}

/**
 * An area code, a slash, then exchange and line ("589/531-0102"): three digits alone before the slash,
 * 3-4 after it joined by a dash or dot, both opening with 2-9 as NANP area codes and exchanges do.
 */
function areaCodeBeforeSlash(text: string, area: NumberRun, rest: NumberRun): boolean {
  if (area.glued || area.amount || area.plus || area.groups.length !== 1 || text.charCodeAt(area.end) !== 47 /* / */) return false;
  if (rest.start !== area.end + 1 || rest.glued || rest.groups.length !== 2 || text.charCodeAt(area.start - 1) === 47) return false;
  const [exchange, line] = rest.groups as [DigitGroup, DigitGroup];
  if (exchange.end - exchange.start !== 3 || line.end - line.start !== 4) return false;
  const sep = text.charCodeAt(exchange.end);
  if (sep !== 45 /* - */ && sep !== 46 /* . */) return false;
  return text.charCodeAt(area.groups[0]!.start) >= 50 && text.charCodeAt(exchange.start) >= 50;
}

/** Is `runs[r]` the first of three runs of 3, 3 and 4 digits joined by a comma and a space, as a NANP number? */
function commaSeparatedPhone(text: string, runs: readonly NumberRun[], r: number): boolean {
  for (let k = r; k < r + 3; k++) {
    const run = runs[k]!;
    if (run.glued || run.amount || run.plus || run.groups.length !== 1 || run.digitCount !== (k === r + 2 ? 4 : 3)) return false;
    if (k > r && (run.start !== runs[k - 1]!.end + 2 || text.charCodeAt(runs[k - 1]!.end) !== 44 /* , */ || text.charCodeAt(run.start - 1) !== 32)) return false;
  }
  return text.charCodeAt(runs[r]!.start) >= 50 && text.charCodeAt(runs[r + 1]!.start) >= 50;
}

/** PHONE_NUMBER: US formats on sight, bare ten digits by context, international via libphonenumber. */
export class PhoneNumberRecognizer implements Recognizer {
  readonly name = 'PhoneNumberRecognizer';
  readonly types = ['PHONE_NUMBER'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const runs = numberRuns(ctx);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      if (run.digitCount === 3 && r + 1 < runs.length && areaCodeBeforeSlash(ctx.text, run, runs[r + 1]!)) {
        // "(867/379-5491)": a parenthesis before the area code encloses the whole number.
        this.slashAreaCode(ctx, run.groups[0]!.start, runs[r + 1]!.end, out);
        r++;
        continue;
      }
      if (run.digitCount === 3 && r + 2 < runs.length && commaSeparatedPhone(ctx.text, runs, r)) {
        this.commaSeparated(ctx, run.start, runs[r + 2]!.end, out);
        r += 2;
        continue;
      }
      if (run.glued || run.amount || run.digitCount < 7) continue;
      this.scanRun(ctx, run, out);
    }
    if (runs.length > 1 && ctx.text.includes('\n')) this.splitAcrossMessages(ctx, runs, out);
    // The remembered verdicts point at this text: nothing of it is kept after the call.
    lastJudged = [];
    return out;
  }

  private scanRun(ctx: AnalysisContext, run: NumberRun, out: Span[]): void {
    const { text } = ctx;
    const g = run.groups;
    let total = 0;
    for (const x of g) total += x.end - x.start;
    if (total < 7 || longPrintedNumber(text, g)) return;
    const cue: RunCue = { ctx, start: run.start, end: run.end, known: undefined };
    // Digits before each group, so spans of groups too short or too long for a phone number are skipped unbuilt.
    const before = new Array<number>(g.length + 1);
    before[0] = 0;
    for (let k = 0; k < g.length; k++) before[k + 1] = before[k]! + g[k]!.end - g[k]!.start;
    let runBlocked: boolean | undefined;
    for (let i = 0; i < g.length; ) {
      let matched = false;
      for (let j = Math.min(g.length - 1, i + 6); j >= i; j--) {
        const count = before[j + 1]! - before[i]!;
        if (count < 7 || count > 15) continue;
        // Without a "+", only seven (local), ten or eleven (US) digits, an "00" prefix or a cued
        // foreign number can be a phone: rule the rest out before building the candidate.
        if (!(i === 0 && run.plus) && count !== 7 && count !== 10 && count !== 11) {
          // "00" or the US exit code "011" before a country code.
          const opensWith00 =
            count >= 11 &&
            text.charCodeAt(g[i]!.start) === 48 &&
            (secondDigit(text, g, i) === 48 || (g[i]!.end - g[i]!.start === 3 && text.startsWith('011', g[i]!.start)));
          if (!opensWith00 && (count > 13 || !runCued(cue))) continue;
        }
        const start = i === 0 ? run.start : g[i]!.start;
        const end = g[j]!.end;
        const lens: number[] = [];
        let seps = '';
        let digits = '';
        for (let k = i; k <= j; k++) {
          lens.push(g[k]!.end - g[k]!.start);
          digits += text.slice(g[k]!.start, g[k]!.end);
          if (k < j) seps += text.slice(g[k]!.end, g[k + 1]!.start);
        }
        if (digits.length < 7 || digits.length > 15) continue;
        let candidate = text.slice(start, end);
        // A "(" that opened the run but is not closed inside the candidate is punctuation.
        let cStart = start;
        if (candidate.startsWith('(') && !candidate.includes(')')) {
          cStart = start + 1;
          candidate = candidate.slice(1);
        }
        const shape = classify(candidate, digits, lens, seps, i === 0 && run.plus, cue, !ctx.view);
        if (!shape) continue;
        // "case 123-456-7890", "reference 8680-916-2231", "What is the ticket number?" / "1-2345678901":
        // a number named an identifier as a whole has no phone inside it, whatever cue follows.
        // (Written text only: a view's runs may join turns.)
        if (i > 0 && !ctx.view && (runBlocked ??= judged(ctx, run.start, run.end, STRONG_RULE).blocked || identifierAsked(ctx, run.start, run.end))) continue;
        const score = this.score(ctx, cStart, end, shape, lens.length === 1);
        if (score === undefined) continue;
        out.push(makeSpan('PHONE_NUMBER', cStart, end, score.value, this.name, score.cue ? { context: score.cue } : {}));
        matched = true;
        i = j + 1;
        break;
      }
      if (!matched) i++;
    }
  }

  /**
   * "My cell is (402)" / "Got it, and the rest?" / "663-1475": a US number sent in two messages, the
   * area code (or area code and exchange) first; named as a phone before the first piece.
   */
  private splitAcrossMessages(ctx: AnalysisContext, runs: readonly NumberRun[], out: Span[]): void {
    const { text } = ctx;
    for (let i = 0; i < runs.length; i++) {
      const first = runs[i]!;
      if (first.glued || first.amount || first.digitCount < 2 || first.digitCount > 9) continue;
      // An area code (and exchange), or a piece opening with a country code: nothing else starts a phone.
      const opensWithCountry = first.groups.length > 1 && first.groups[0]!.end - first.groups[0]!.start <= 3;
      if (!first.plus && first.digitCount !== 3 && first.digitCount !== 6 && !opensWithCountry && text.charCodeAt(first.start) !== 48) continue;
      const head = digitsOf(text, first.start, first.end);
      // "+33663" / "555711", "0055 11" / "99496 6113": an international number in two pieces.
      const intl = first.plus ? head : head.startsWith('00') && head[2] !== '0' ? head.slice(2) : undefined;
      if (!intl && first.digitCount > 6) continue;
      const k = continuedInNextMessage(text, runs, i);
      if (k < 0) continue;
      const second = runs[k]!;
      if (second.groups.length > 3) continue;
      const tail = digitsOf(text, second.start, second.end);
      if (intl !== undefined) {
        if (intl.length + tail.length < 8 || intl.length + tail.length > 15 || !validIntl('+' + intl + tail)) continue;
      } else if (!((first.digitCount === 3 || first.digitCount === 6) && head.length + tail.length === 10 && /^[2-9]/.test(head) && validUs(head + tail))) {
        // "44 20" / "9668 7461": a country code without its "+" opens the first piece.
        if (!opensWithCountry || head[0] === '1' || head.length + tail.length < 10 || head.length + tail.length > 15 || !validOrPossibleIntl('+' + head + tail)) continue;
      }
      const strong = judged(ctx, first.start, first.end, STRONG_RULE);
      const cue = strong.cue ?? (strong.blocked ? undefined : judged(ctx, first.start, first.end, WEAK_RULE).cue);
      if (!cue) continue;
      // "(515)": the closing parenthesis goes with the area code it closes.
      const firstEnd = text[first.start] === '(' && text[first.end] === ')' ? first.end + 1 : first.end;
      for (const part of [{ start: first.start, end: firstEnd }, second]) {
        out.push(makeSpan('PHONE_NUMBER', part.start, part.end, 0.85, this.name, { context: cue, note: 'split across messages' }));
      }
    }
  }

  /** "203/691-3506": the shape alone is a US number, whether or not its area code is assigned yet. */
  private slashAreaCode(ctx: AnalysisContext, start: number, end: number, out: Span[]): void {
    const strong = judged(ctx, start, end, STRONG_RULE);
    if (strong.blocked) return;
    out.push(makeSpan('PHONE_NUMBER', start, end, strong.cue ? 0.95 : 0.7, this.name, { note: 'area code before a slash', ...(strong.cue ? { context: strong.cue } : {}) }));
  }

  /** "269, 760, 2069": pieces a list could also hold, so only a phone cue makes them a number. */
  private commaSeparated(ctx: AnalysisContext, start: number, end: number, out: Span[]): void {
    const strong = judged(ctx, start, end, STRONG_RULE);
    if (!strong.cue) return;
    out.push(makeSpan('PHONE_NUMBER', start, end, 0.85, this.name, { context: strong.cue, note: 'groups split by commas' }));
  }

  /** `solid`: the digits are one block, no separator ("40827716"), as case and application numbers are written. */
  private score(ctx: AnalysisContext, start: number, end: number, shape: Shape, solid: boolean): { value: number; cue?: string } | undefined {
    const strong = judged(ctx, start, end, STRONG_RULE);
    if (strong.blocked) return shape === 'intl' || shape === 'nanp' ? { value: 0.3 } : undefined;
    // Seven digits count only with a strong cue: the weak one could not change the answer.
    if (shape === 'local7' && !strong.cue) return undefined;
    const weak = strong.cue ? undefined : judged(ctx, start, end, WEAK_RULE);
    if (weak?.blocked) return shape === 'intl' || shape === 'nanp' ? { value: 0.3 } : undefined;
    const cue = strong.cue ?? weak?.cue;
    if (!cue && shape !== 'intl' && identifierAsked(ctx, start, end)) return undefined;
    switch (shape) {
      case 'intl':
        return { value: strong.cue ? 0.95 : 0.75, ...(cue ? { cue } : {}) };
      case 'nanp':
        return { value: strong.cue ? 0.95 : 0.7, ...(cue ? { cue } : {}) };
      case 'nanp-ten': {
        if (!cue && EXTENSION_AFTER.test(ctx.text.slice(end, end + 16))) return { value: 0.85, cue: 'extension' };
        return { value: strong.cue ? 0.85 : weak?.cue ? 0.6 : bareTenDigits(ctx, start, end), ...(cue ? { cue } : {}) };
      }
      case 'local7':
        return strong.cue ? { value: 0.6, cue: strong.cue } : undefined;
      case 'foreign':
        // "my case number from the phone call is 40827716", "that's my cell. / Application 50382194":
        // a block of eight or nine digits is a case or application number unless a phone line names it.
        if (solid && end - start <= 9 && !PHONE_NOUN_BEFORE.test(ctx.lower.slice(Math.max(0, start - 40), start))) return undefined;
        return { value: strong.cue ? 0.8 : weak?.cue ? 0.5 : FOREIGN_BARE, ...(cue ? { cue } : {}) };
    }
  }
}
