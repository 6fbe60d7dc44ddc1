import type { EntityType, Span } from '../detect/index.js';
import { normaliseValue } from './normalize.js';
import type { Hasher, PseudonymState } from './types.js';

export const DEFAULT_MASK_CHAR = '*';
export const DEFAULT_HASH_LENGTH = 16;

/** Types where the last four characters identify the thing to a human without disclosing it. */
const PARTIAL_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['CREDIT_CARD', 'BANK_ACCOUNT', 'IBAN', 'PHONE_NUMBER']);
const KEEP_LAST = 4;
/** Fewer significant characters than this and the last four would give away too much: mask all. */
const PARTIAL_MIN_LENGTH = 8;

export function labelOperator(type: EntityType): string {
  return `[${type}]`;
}

/** Every code unit becomes the fill character (line breaks stay, so a masked span never joins lines). */
export function maskOperator(value: string, maskChar: string = DEFAULT_MASK_CHAR): string {
  return value.replace(/[^\r\n]/g, maskChar);
}

/**
 * `4111 1111 1111 1111` → `**** **** **** 1111`: separators stay, only the last four digits (letters
 * too for IBAN) survive. Types without a meaningful "last four", and values too short for the last
 * four to be safe, are masked completely.
 */
export function partialOperator(type: EntityType, value: string, maskChar: string = DEFAULT_MASK_CHAR): string {
  if (!PARTIAL_TYPES.has(type)) return maskOperator(value, maskChar);
  const significant = type === 'IBAN' ? /[\p{L}\p{N}]/u : /\p{N}/u;
  const chars = Array.from(value);
  const total = chars.filter((c) => significant.test(c)).length;
  if (total < PARTIAL_MIN_LENGTH || chars.some((c) => /\p{L}/u.test(c) && !significant.test(c))) {
    // Letters in a numeric type mean a spoken form ("four one one one …"): its words are not digits to keep.
    return maskOperator(value, maskChar);
  }
  let seen = 0;
  return chars
    .map((c) => {
      if (!significant.test(c)) return c;
      seen += 1;
      return seen > total - KEEP_LAST ? c : maskChar.repeat(c.length);
    })
    .join('');
}

export function hashOperator(
  type: EntityType,
  value: string,
  evidence: Span['evidence'] | undefined,
  hasher: Hasher,
  hashLength: number = DEFAULT_HASH_LENGTH,
): string {
  const digest = hasher(`${type}:${normaliseValue(type, value, evidence)}`);
  if (!/^[0-9a-f]+$/i.test(digest) || digest.length < hashLength) {
    throw new Error(`hasher returned an unusable digest for ${type} (need ${hashLength}+ hex characters)`);
  }
  return `[${type}:${digest.slice(0, hashLength).toLowerCase()}]`;
}

/** `[PERSON_1]`, `[PERSON_2]`, …: the same normalised value gets the same label for the life of the state. */
export function pseudonymOperator(
  state: PseudonymState,
  type: EntityType,
  value: string,
  evidence?: Span['evidence'],
): string {
  const key = `${type}\u0000${normaliseValue(type, value, evidence)}`;
  const known = state.byValue.get(key);
  if (known !== undefined) return known;
  const n = (state.counters.get(type) ?? 0) + 1;
  state.counters.set(type, n);
  const label = `[${type}_${n}]`;
  state.byValue.set(key, label);
  state.originals.set(label, value);
  return label;
}

const PSEUDONYM_LABEL = /\[([A-Z][A-Z_]*_\d+)\]/g;

/** Puts the originals back for every pseudonym label this state issued; other text is untouched. */
export function reidentifyText(state: PseudonymState, text: string): string {
  return text.replace(PSEUDONYM_LABEL, (label) => state.originals.get(label) ?? label);
}
