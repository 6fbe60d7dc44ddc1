import type { AnalysisContext, Recognizer, Span } from '../types.js';
import { makeSpan } from './make-span.js';

const LOCAL_CHAR = /[A-Za-z0-9._%+\-'!#$&*=?^`{|}~]/;
const DOMAIN_TAIL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+/;
const TLD = /^(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,59})$/i;

/** EMAIL_ADDRESS: found from each `@` outwards, so text without `@` costs one indexOf. */
export class EmailAddressRecognizer implements Recognizer {
  readonly name = 'EmailAddressRecognizer';
  readonly types = ['EMAIL_ADDRESS'] as const;

  analyze(ctx: AnalysisContext): Span[] {
    const { text } = ctx;
    const out: Span[] = [];
    let at = text.indexOf('@');
    let consumedTo = 0;
    while (at >= 0) {
      let s = at;
      while (s > consumedTo && LOCAL_CHAR.test(text[s - 1]!)) s--;
      // A local part does not begin or end with a dot.
      while (s < at && /[.'\-]/.test(text[s]!)) s++;
      const localOk = s < at && text[at - 1] !== '.';
      const m = localOk ? DOMAIN_TAIL.exec(text.slice(at + 1, at + 256)) : null;
      if (m) {
        const domain = m[0];
        const tld = domain.slice(domain.lastIndexOf('.') + 1);
        const end = at + 1 + domain.length;
        if (TLD.test(tld) && !/[A-Za-z0-9_@]/.test(text[end] ?? '')) {
          out.push(makeSpan('EMAIL_ADDRESS', s, end, 0.95, this.name, { note: 'domain checked' }));
          consumedTo = end;
        }
      }
      at = text.indexOf('@', at + 1);
    }
    return out;
  }
}
