import { countrySpecs, isValidIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const COMPACT = /\b[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}\b/g;
const GROUPED = /\b[A-Za-z]{2}\d{2}([ -])[A-Za-z0-9]{4}(?:\1[A-Za-z0-9]{4}){1,7}(?:\1[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;
const SPELLED_COUNTRY = /\b([A-Z]{2}) (\d{2}(?: ?[A-Za-z0-9]){11,40})/g;
/** Where a hand-typed IBAN may start: two letters, two check digits. */
const LOOSE_START = /\b[A-Za-z]{2}\d{2}/g;
/** Between a hand-typed IBAN's groups: spaces, a dash or dot, a line break. */
const LOOSE_SEPARATOR = /[ \t\n\r.\-\u00a0]/;
const IBAN_RULE: ContextRule = { positive: /\b(?:iban|international bank account|bank account|account|wire|transfer|sepa|bic|swift)\b/g, before: 48, after: 0 };

/**
 * Read aloud and normalised: "iban c z 7819 1093081453357314 14" — the country spelled letter by
 * letter, then digits (and now and then a spelled letter) in any grouping.
 */
const SPOKEN_IBAN = /\biban\b(?:\s+(?:is|number|it'?s|its|code))*\s+([a-z])\s?([a-z])\s?(\d\s?\d(?:\s?[a-z0-9]){8,36})/dg;

/**
 * How far an IBAN checks out: `full` when every check passes; `mod97` when the country format, length
 * and ISO check digits pass but the national check digits inside the BBAN (Spain, France, Belgium...)
 * do not. A mistyped or made-up bank part is still an IBAN someone wrote down, and must be masked.
 */
function ibanCheck(compact: string): 'full' | 'mod97' | undefined {
  if (isValidIBAN(compact)) return 'full';
  const { errorCodes } = validateIBAN(compact);
  return errorCodes.length === 1 && errorCodes[0] === ValidationErrorsIBAN.WrongAccountBankBranchChecksum ? 'mod97' : undefined;
}

/** Written in one case: IBANs are upper case, and all lower case is how some people type them. */
function oneCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

/** IBAN: ISO 13616 country format and mod-97, with or without group separators. */
export class IbanRecognizer implements Recognizer {
  readonly name = 'IbanRecognizer';
  readonly types = ['IBAN'] as const;
  readonly runsOnViews = true;

  analyze(ctx: AnalysisContext): Span[] {
    const { text } = ctx;
    const out: Span[] = [];
    const seen = new Set<number>();
    // GROUPED, COMPACT and the loose form all open with what LOOSE_START finds: without one, none
    // of the three full-text scans can match.
    LOOSE_START.lastIndex = 0;
    const opens = LOOSE_START.test(text);
    for (const re of opens ? [GROUPED, COMPACT] : []) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (seen.has(m.index)) continue;
        let candidate = m[0];
        // Drop trailing groups until the rest validates: "... 8901 X in a sentence".
        for (;;) {
          const compact = candidate.replace(/[ -]/g, '').toUpperCase();
          const check = compact.length >= 15 && oneCase(candidate) ? ibanCheck(compact) : undefined;
          if (check) {
            const start = m.index;
            const end = start + candidate.length;
            const verdict = judgeContext(ctx, start, end, IBAN_RULE);
            const score = check === 'full' ? (verdict.cue ? 1 : 0.95) : verdict.cue ? 0.95 : 0.85;
            out.push(
              makeSpan('IBAN', start, end, score, this.name, {
                checksum: 'mod97',
                ...(check === 'mod97' ? { note: 'national check digits fail' } : {}),
                ...(verdict.cue ? { context: verdict.cue } : {}),
              }),
            );
            seen.add(start);
            break;
          }
          const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'));
          if (cut <= 4 || re === COMPACT) break;
          candidate = candidate.slice(0, cut);
        }
      }
    }
    if (opens) this.looselyGrouped(ctx, out, seen);
    if (ctx.lower.includes('iban')) this.spoken(ctx, out, seen);
    if (ctx.view) this.spelledCountry(ctx, out, seen);
    return out;
  }

  /**
   * Typed by hand: groups of any size ("GB29NWBK 6016 1331 9268 19"), a line break where the field
   * wrapped, dots or mixed separators. Mod-97 at the country's exact
   * length vouches for it; the value must end there, not run on into more letters or digits.
   */
  private looselyGrouped(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    const { text } = ctx;
    LOOSE_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LOOSE_START.exec(text)) !== null) {
      const start = m.index;
      if (seen.has(start) || out.some((s) => s.start <= start && start < s.end)) continue;
      const country = m[0].slice(0, 2).toUpperCase();
      const length = countrySpecs[country]?.chars;
      if (!length) continue;
      let compact = '';
      let end = -1;
      let gap = 0;
      for (let i = start; i < text.length && i < start + length * 3; i++) {
        const c = text[i]!;
        if (/[A-Za-z0-9]/.test(c)) {
          gap = 0;
          compact += c.toUpperCase();
          if (compact.length === length) {
            end = i + 1;
            break;
          }
        } else if (LOOSE_SEPARATOR.test(c) && ++gap <= 3) continue;
        else break;
      }
      if (end < 0 || /[A-Za-z0-9]/.test(text[end] ?? '') || !oneCase(text.slice(start, end))) continue;
      const check = ibanCheck(compact);
      if (!check) continue;
      seen.add(start);
      const verdict = judgeContext(ctx, start, end, IBAN_RULE);
      out.push(
        makeSpan('IBAN', start, end, verdict.cue ? (check === 'full' ? 1 : 0.95) : check === 'full' ? 0.9 : 0.8, this.name, {
          checksum: 'mod97',
          note: 'loosely grouped',
          ...(verdict.cue ? { context: verdict.cue } : {}),
        }),
      );
    }
  }

  /**
   * A spoken IBAN without the word "iban" ("the transfer to c z four seven ..."), which the view
   * reads as "CZ 4711...": the country letters, a space, then the rest. Mod-97 at the country's
   * exact length vouches for it.
   */
  private spelledCountry(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    SPELLED_COUNTRY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPELLED_COUNTRY.exec(ctx.text)) !== null) {
      if (seen.has(m.index)) continue;
      const country = m[1]!;
      const length = countrySpecs[country]?.chars;
      if (!length) continue;
      // The view may keep a pause as a space ("LT 4468 0380..."): count characters, not offsets.
      const body = m[2]!;
      let compact = country;
      let end = -1;
      for (let i = 0; i < body.length; i++) {
        if (body[i] === ' ') continue;
        compact += body[i]!.toUpperCase();
        if (compact.length === length) {
          end = m.index + 3 + i + 1;
          break;
        }
      }
      const check = end < 0 ? undefined : ibanCheck(compact);
      if (!check) continue;
      seen.add(m.index);
      out.push(makeSpan('IBAN', m.index, end, check === 'full' ? 0.95 : 0.85, this.name, { checksum: 'mod97', note: 'spelled country code' }));
    }
  }

  private spoken(ctx: AnalysisContext, out: Span[], seen: Set<number>): void {
    SPOKEN_IBAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPOKEN_IBAN.exec(ctx.lower)) !== null) {
      const country = (m[1]! + m[2]!).toUpperCase();
      const length = countrySpecs[country]?.chars;
      if (!length) continue;
      const start = m.indices![3]![0];
      const spanStart = m.indices![1]![0];
      // Walk the characters until the country's IBAN length is reached; the rest is other talk.
      let compact = country;
      let end = -1;
      for (let i = start; i < start + m[3]!.length; i++) {
        const c = ctx.lower[i]!;
        if (c === ' ') continue;
        compact += c.toUpperCase();
        if (compact.length === length) {
          end = i + 1;
          break;
        }
      }
      if (end < 0 || seen.has(spanStart) || !ibanCheck(compact)) continue;
      seen.add(spanStart);
      out.push(makeSpan('IBAN', spanStart, end, 0.95, this.name, { checksum: 'mod97', context: 'iban' }));
    }
  }
}
