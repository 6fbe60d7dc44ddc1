import type { EntityType, Span } from '../detect/index.js';

/** Types whose value is a string of digits (or IBAN letters) where separators carry no meaning. */
const DIGIT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'CREDIT_CARD',
  'CARD_EXPIRY',
  'CARD_CVV',
  'US_SSN',
  'PHONE_NUMBER',
  'POSTAL_CODE',
  'BANK_ACCOUNT',
  'ROUTING_NUMBER',
  'IBAN',
]);

export function isDigitType(type: EntityType): boolean {
  return DIGIT_TYPES.has(type);
}

/**
 * The comparison key of a value: `4111-1111…` and `4111 1111…` are the same card, `John SMITH`
 * and `john smith` the same person. A spoken value ("four one one one …") is compared through the
 * digits detect reports in its evidence, so it matches its written form.
 */
export function normaliseValue(type: EntityType, value: string, evidence?: Span['evidence']): string {
  if (DIGIT_TYPES.has(type)) {
    const compact = compactForm(value);
    // Letters in a numeric value mean it was spoken or spelled out; compare the detector's digits instead.
    const lettersAllowed = type === 'IBAN' || type === 'POSTAL_CODE';
    const spoken = evidence?.normalized === undefined ? '' : compactForm(evidence.normalized);
    const rawIsSpoken = lettersAllowed ? !/\d/.test(compact) : /\p{L}/u.test(compact);
    if (rawIsSpoken && /\d/.test(spoken)) return spoken;
    return compact;
  }
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

function compactForm(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
