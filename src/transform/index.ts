// The Node door of transform: the browser-safe core plus `hashKey`, turned into an HMAC-SHA-256
// hasher with node:crypto, so Node callers (CLI, server, gateway) just pass a key.
import type { Span } from '../detect/index.js';
import * as core from './browser.js';
import { hmacSha256Hasher } from './node-hasher.js';

export {
  prepareSpans,
  operatorFor,
  createPseudonymizer,
  labelOperator,
  maskOperator,
  partialOperator,
  hashOperator,
  pseudonymOperator,
  reidentifyText,
  normaliseValue,
  isDigitType,
  OPERATOR_NAMES,
  isOperatorName,
  createPseudonymState,
} from './browser.js';
export type {
  Pseudonymizer,
  PseudonymEntry,
  OperatorName,
  OperatorConfig,
  Hasher,
  Tokenizer,
  AsyncTokenizer,
  ApplyOptions,
  AsyncApplyOptions,
  RedactOptions,
  AsyncRedactOptions,
  RedactedEntity,
  RedactResult,
  PseudonymState,
} from './browser.js';
export { hmacSha256Hasher } from './node-hasher.js';

export interface HashKeyOption {
  /** Key for the `hash` operator (ignored when a `hasher` is given). */
  hashKey?: string | Uint8Array;
}

function withHasher<T extends { hasher?: core.Hasher }>(options: T & HashKeyOption): T {
  const { hashKey, ...rest } = options;
  if (rest.hasher !== undefined || hashKey === undefined) return rest as unknown as T;
  return { ...rest, hasher: hmacSha256Hasher(hashKey) } as unknown as T;
}

export function applyOperators(text: string, spans: readonly Span[], options: core.ApplyOptions & HashKeyOption = {}): core.RedactResult {
  return core.applyOperators(text, spans, withHasher(options));
}

export function applyOperatorsAsync(
  text: string,
  spans: readonly Span[],
  options: core.AsyncApplyOptions & HashKeyOption = {},
): Promise<core.RedactResult> {
  return core.applyOperatorsAsync(text, spans, withHasher(options));
}

/** Finds the personal data in `text` and replaces it: `redact(text, { operator: 'pseudonym' })`. */
export function redact(text: string, options: core.RedactOptions & HashKeyOption = {}): core.RedactResult {
  return core.redact(text, withHasher(options));
}

export function redactAsync(text: string, options: core.AsyncRedactOptions & HashKeyOption = {}): Promise<core.RedactResult> {
  return core.redactAsync(text, withHasher(options));
}
