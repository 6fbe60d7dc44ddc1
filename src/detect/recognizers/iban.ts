import { isValidIBAN } from 'ibantools';
import { judgeContext, type ContextRule } from '../context.js';
import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const COMPACT = /\b[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}\b/g;
const GROUPED = /\b[A-Za-z]{2}\d{2}([ -])[A-Za-z0-9]{4}(?:\1[A-Za-z0-9]{4}){1,7}(?:\1[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])/g;
const IBAN_RULE: ContextRule = { positive: /\b(?:iban|international bank account|bank account|account|wire|transfer|sepa|bic|swift)\b/g, before: 48, after: 0 };

/** Written in one case: IBANs are upper case, and all lower case is how some people type them. */
function oneCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

/** IBAN: ISO 13616 country format and mod-97, with or without group separators. */
export class IbanRecognizer implements Recognizer {
  readonly name = 'IbanRecognizer';
  readonly types = ['IBAN'] as const;

  analyze(ctx: AnalysisContext): Span[] {
    const { text } = ctx;
    const out: Span[] = [];
    const seen = new Set<number>();
    for (const re of [GROUPED, COMPACT]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (seen.has(m.index)) continue;
        let candidate = m[0];
        // Drop trailing groups until the rest validates: "... 8901 X in a sentence".
        for (;;) {
          const compact = candidate.replace(/[ -]/g, '').toUpperCase();
          if (compact.length >= 15 && oneCase(candidate) && isValidIBAN(compact)) {
            const start = m.index;
            const end = start + candidate.length;
            const verdict = judgeContext(ctx, start, end, IBAN_RULE);
            out.push(
              makeSpan('IBAN', start, end, verdict.cue ? 1 : 0.95, this.name, {
                checksum: 'mod97',
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
    return out;
  }
}
