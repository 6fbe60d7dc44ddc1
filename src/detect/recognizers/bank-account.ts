import { abaValid } from '../checksums.js';
import { IDENTIFIER_CUES, judgeContext, type ContextRule, type ContextVerdict } from '../context.js';
import { continuedInNextMessage, digitsOf, numberRuns, type NumberRun } from '../number-runs.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const ACCOUNT_RULE: ContextRule = {
  // "the phone number on the account", "the SSN for your account": the account owns the number, it is not one.
  positive:
    /(?<!\b(?:on|for) (?:the|your|my|this) )\b(?:account|acct|acc|a\/c|accounts|checking|savings|chequing|chk|chkg|sav|svgs|bank account|deposit account|account number|acct no|direct deposit|ach|dda|beneficiary account|brokerage account)\b\.?/g,
  negative: new RegExp(
    IDENTIFIER_CUES.source.replace('(?:order|', '(?:routing|rtg|aba|rtn|transit|card|phone|cell|mobile|ssn|social|zip|postal|order|'),
    'g',
  ),
  before: 48,
  after: 0,
  answers: true,
};

const ROUTING_RULE: ContextRule = {
  positive: /\b(?:bank routing|routing(?: transit)?(?: number| no\.?| #)?|aba(?: number)?|rtn|rtg|transit(?: number)?)\b\.?/g,
  negative: new RegExp(IDENTIFIER_CUES.source.replace('(?:order|', '(?:account|acct|order|'), 'g'),
  before: 48,
  after: 24,
  answers: true,
};

/** "264243881 is routing and 23666645 is the account": the value named after it. */
const NAMED_AFTER = /^\s*(?:is|was|=)\s+(?:the|my|our|his|her)\s+(?:(?:checking|savings|bank)\s+)?(?:account|acct)\b(?!\s+(?:holder|owner|name|type|status|balance))/;

/** "099723987 is routing and ...": the value named a routing number right after it. */
const NAMED_ROUTING_AFTER = /^\s*(?:is|was|=)\s+(?:the\s+|my\s+|our\s+)?(?:bank\s+)?(?:routing|aba|rtn)\b/;

/** 3-3-4 with a dash or dot, area code and exchange opening with 2-9: how a US phone number is written. */
const NANP_WRITTEN = /^[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}$/;

/** "2025-07-18", "07-18-2025": a date, however close an account cue ("account locked. UPDATE 2025-07-18:"). */
const WRITTEN_DATE = /^(?:(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|[12]\d|3[01])-(?:19|20)\d{2})$/;

/** BANK_ACCOUNT: 6–17 digits, only by context (account, acct, checking, savings). */
export class BankAccountRecognizer implements Recognizer {
  readonly name = 'BankAccountRecognizer';
  readonly types = ['BANK_ACCOUNT'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const out: Span[] = [];
    const { text } = ctx;
    // "DDA": a demand deposit account, as bank back offices name a checking account.
    const mayHaveCue = /acc|a\/c|checking|saving|chequing|deposit|ach|\b(?:chk|chkg|sav|svgs|dda)\b/.test(ctx.lower);
    const runs = numberRuns(ctx);
    if (mayHaveCue && text.includes('\n')) this.splitAcrossMessages(ctx, runs, out);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      if (run.glued || run.amount || run.plus || run.digitCount < 6 || text[run.start] === '(') continue;
      // Account numbers are written solid or in dash/space groups; dots mean a decimal or an IP.
      const body = text.slice(run.start, run.end);
      // Dots mean a decimal or an IP; 3-2-4 is how a social security number is written.
      if (body.includes('.') || /^\d{3}([- ])\d{2}\1\d{4}$/.test(body) || WRITTEN_DATE.test(body)) continue;
      const digits = body.replace(/\D/g, '');
      // A value read twice in one run counts only when its cue shares the line: a cue a turn earlier
      // may name another number ("which account?" / "callback number" / "614 555 0106").
      if (digits.length < 6 || (digits.length > 17 && !(readTwice(run, digits) && cueOnLine(ctx, run.start)))) continue;
      const namedAfter = ctx.lower.slice(run.end, run.end + 40);
      if (NAMED_ROUTING_AFTER.test(namedAfter)) continue;
      let verdict: ContextVerdict = mayHaveCue ? judgeContext(ctx, run.start, run.end, ACCOUNT_RULE) : { blocked: false };
      // Named right after ("... and 23666645 is the account"), a value is what it is called, whatever came before.
      if (mayHaveCue && !verdict.cue && NAMED_AFTER.test(namedAfter)) {
        verdict = { cue: 'is the account', blocked: false };
      }
      if (verdict.cue) {
        // "Type: checking / Best / James Soto / 661-468-7554": written as a US phone, it is one unless a phone cannot be.
        const score = NANP_WRITTEN.test(body) ? 0.6 : 0.85;
        out.push(makeSpan('BANK_ACCOUNT', run.start, run.end, score, this.name, { context: verdict.cue }));
      } else if (mayHaveCue && !verdict.blocked && correctsAnAccount(ctx, runs, r, out)) {
        out.push(makeSpan('BANK_ACCOUNT', run.start, run.end, 0.8, this.name, { context: 'correction of an account number' }));
      } else if (!verdict.blocked && run.groups.length === 1 && digits.length >= 8) {
        // Presidio's weak US_BANK_NUMBER match: kept below the default threshold.
        out.push(makeSpan('BANK_ACCOUNT', run.start, run.end, 0.05, this.name, {}));
      }
    }
    return out;
  }

  /** "account 887\n[8:03 AM] Ana: 3845865": an account number sent in two messages, named before the first piece. */
  private splitAcrossMessages(ctx: AnalysisContext, runs: readonly NumberRun[], out: Span[]): void {
    const { text } = ctx;
    for (let i = 0; i < runs.length; i++) {
      const first = runs[i]!;
      if (first.glued || first.amount || first.plus || first.digitCount < 2 || first.digitCount > 15) continue;
      const k = continuedInNextMessage(text, runs, i);
      if (k < 0) continue;
      const second = runs[k]!;
      if (second.digitCount < 3) continue;
      const total = first.digitCount + second.digitCount;
      if (total < 6 || total > 17 || /[.()]/.test(text.slice(first.start, first.end) + text.slice(second.start, second.end))) continue;
      const verdict = judgeContext(ctx, first.start, first.end, ACCOUNT_RULE);
      if (!verdict.cue) continue;
      for (const part of [first, second]) {
        out.push(makeSpan('BANK_ACCOUNT', part.start, part.end, 0.85, this.name, { context: verdict.cue, note: 'split across messages' }));
      }
    }
  }
}

/** "account 59501568891. It should have been 80730299691": the number named by the one it replaces. */
const CORRECTION = /\b(?:should(?: have|'ve| of) been|supposed to (?:be|go to|have been)|meant(?: to (?:be|say))?|correct (?:one|number|account) (?:is|was)|right (?:one|number) (?:is|was)|instead of|rather than|not that,? it'?s|i mean)[\s,:]*$/;

function correctsAnAccount(ctx: AnalysisContext, runs: readonly NumberRun[], r: number, found: readonly Span[]): boolean {
  const run = runs[r]!;
  if (!CORRECTION.test(ctx.lower.slice(Math.max(0, run.start - 40), run.start))) return false;
  const prev = runs[r - 1];
  if (!prev || run.start - prev.end > 80 || prev.glued || prev.digitCount < 4) return false;
  // The number it replaces is an account: named so, or found as one (the last piece of a split account).
  return found.some((s) => s.end === prev.end) || judgeContext(ctx, prev.start, prev.end, ACCOUNT_RULE).cue !== undefined;
}

/**
 * "account number 6263950 5872899 6263 95 0 5 87 28 99": the number and its read-back joined into one
 * run (the spoken view joins turns); the whole run is one value said twice, so too long is no reason to drop it.
 */
const ACCOUNT_CUE = new RegExp(ACCOUNT_RULE.positive.source);

function cueOnLine(ctx: AnalysisContext, start: number): boolean {
  const lineStart = ctx.lower.lastIndexOf('\n', start - 1) + 1;
  return ACCOUNT_CUE.test(ctx.lower.slice(Math.max(lineStart, start - 48), start));
}

function readTwice(run: NumberRun, digits: string): boolean {
  const half = digits.length / 2;
  if (!Number.isInteger(half) || half < 6 || half > 17 || digits.slice(0, half) !== digits.slice(half)) return false;
  // The repeat must start a group of its own: 12 34|12 34, not a number that happens to repeat mid-group.
  let seen = 0;
  for (const g of run.groups) {
    if (seen === half) return true;
    seen += g.end - g.start;
    if (seen > half) return false;
  }
  return false;
}

/** ROUTING_NUMBER: nine digits passing the ABA checksum, named as a routing number nearby. */
export class RoutingNumberRecognizer implements Recognizer {
  readonly name = 'RoutingNumberRecognizer';
  readonly types = ['ROUTING_NUMBER'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    if (!/routing|aba|rtn|rtg|transit/.test(ctx.lower)) return [];
    const out: Span[] = [];
    const { text } = ctx;
    const runs = numberRuns(ctx);
    if (text.includes('\n')) this.splitAcrossMessages(ctx, runs, out);
    for (const run of runs) {
      if (run.glued || run.amount || run.plus || run.digitCount !== 9) continue;
      const body = text.slice(run.start, run.end);
      if (/[.()]/.test(body)) continue;
      const digits = body.replace(/\D/g, '');
      if (digits.length !== 9) continue;
      let verdict = judgeContext(ctx, run.start, run.end, ROUTING_RULE);
      if (!verdict.cue && NAMED_ROUTING_AFTER.test(ctx.lower.slice(run.end, run.end + 40))) verdict = { cue: 'is routing', blocked: false };
      if (!verdict.cue) continue;
      const valid = abaValid(digits);
      out.push(
        makeSpan('ROUTING_NUMBER', run.start, run.end, valid ? 0.95 : 0.5, this.name, {
          context: verdict.cue,
          ...(valid ? { checksum: 'aba' } : { note: 'aba checksum failed' }),
        }),
      );
    }
    return out;
  }

  /** "Routing 6672" / "Got it, and the rest?" / "89905": a routing number sent in two messages. */
  private splitAcrossMessages(ctx: AnalysisContext, runs: readonly NumberRun[], out: Span[]): void {
    const { text } = ctx;
    for (let i = 0; i < runs.length; i++) {
      const first = runs[i]!;
      if (first.glued || first.amount || first.plus || first.digitCount < 2 || first.digitCount > 7) continue;
      const k = continuedInNextMessage(text, runs, i);
      if (k < 0) continue;
      const second = runs[k]!;
      if (first.digitCount + second.digitCount !== 9) continue;
      const digits = digitsOf(text, first.start, first.end) + digitsOf(text, second.start, second.end);
      if (/[.()]/.test(text.slice(first.start, first.end) + text.slice(second.start, second.end)) || !abaValid(digits)) continue;
      const verdict = judgeContext(ctx, first.start, first.end, ROUTING_RULE);
      if (!verdict.cue) continue;
      for (const part of [first, second]) {
        out.push(makeSpan('ROUTING_NUMBER', part.start, part.end, 0.95, this.name, { context: verdict.cue, checksum: 'aba', note: 'split across messages' }));
      }
    }
  }
}
