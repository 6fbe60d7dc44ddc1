/**
 * The door to detection: `detect(text)` finds personal data and returns spans with their evidence.
 * Pure TypeScript, no Node-only imports: this module also runs in a browser bundle.
 */
import { createAnalyzer, type Analyzer } from './analyzer.js';
import type { DetectOptions, Span } from './types.js';

export * from './types.js';
export {
  createAnalyzer,
  createContext,
  defaultRecognizers,
  resolveOverlaps,
  DEFAULT_MIN_SCORE,
  type Analyzer,
  type AnalyzerConfig,
} from './analyzer.js';
export { guessChannel } from './channel.js';
export { luhnValid, abaValid } from './checksums.js';
export { CardNumberRecognizer } from './recognizers/card-number.js';
export { CardExpiryRecognizer } from './recognizers/card-expiry.js';
export { CardVerificationRecognizer } from './recognizers/card-cvv.js';
export { CardDetailsRecognizer } from './recognizers/card-details.js';
export { UsSsnRecognizer } from './recognizers/us-ssn.js';
export { PhoneNumberRecognizer } from './recognizers/phone-number.js';
export { EmailAddressRecognizer } from './recognizers/email-address.js';
export { IbanRecognizer } from './recognizers/iban.js';
export { BankAccountRecognizer, RoutingNumberRecognizer } from './recognizers/bank-account.js';
export { PostalCodeRecognizer } from './recognizers/postal-code.js';
export { IpAddressRecognizer } from './recognizers/ip-address.js';
export { DateOfBirthRecognizer } from './recognizers/date-of-birth.js';
export { StreetAddressRecognizer } from './recognizers/street-address.js';
export type { NormalizedView, OriginalRange } from './spoken/index.js';

let shared: Analyzer | undefined;

/** Finds personal data with the default registry: spans sorted by start, never overlapping. */
export function detect(text: string, options?: DetectOptions): Span[] {
  shared ??= createAnalyzer();
  return shared.analyze(text, options);
}
