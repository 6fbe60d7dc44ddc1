import type { DetectOptions, EntityType, Span } from '../detect/index.js';

export const OPERATOR_NAMES = ['label', 'pseudonym', 'mask', 'partial', 'hash', 'tokenize'] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];

export function isOperatorName(value: string): value is OperatorName {
  return (OPERATOR_NAMES as readonly string[]).includes(value);
}

/** An operator with its settings; a bare name uses the defaults (and the top-level maskChar). */
export type OperatorConfig =
  | { operator: 'label' }
  | { operator: 'pseudonym' }
  | { operator: 'mask'; maskChar?: string }
  | { operator: 'partial'; maskChar?: string }
  | { operator: 'hash'; hashLength?: number }
  | { operator: 'tokenize' };

/**
 * Keyed digest of a message, as lowercase hex. Supplied by the caller so this module stays
 * free of Node-only imports (a browser bundle can plug in its own); `hmacSha256Hasher` in
 * node-hasher.ts is the Node default.
 */
export type Hasher = (message: string) => string;

/** Swaps an original value for a token (the vault plugs in here). */
export type Tokenizer = (value: string, type: EntityType) => string;
export type AsyncTokenizer = (value: string, type: EntityType) => string | Promise<string>;

export interface ApplyOptions {
  /** Operator for every type not listed in `operators` (default `label`). */
  operator?: OperatorName;
  operators?: Partial<Record<EntityType, OperatorName | OperatorConfig>>;
  /** Only replace spans of these types; other spans are left in the text and not reported. */
  types?: readonly EntityType[];
  /** Fill character for `mask` and `partial` (default `*`). */
  maskChar?: string;
  /** Needed by `hash`. */
  hasher?: Hasher;
  /** Hex characters kept from the digest by `hash` (default 16). */
  hashLength?: number;
  /** Needed by `tokenize`. */
  tokenizer?: Tokenizer;
  /** Keeps `pseudonym` numbering across several texts (one conversation); default: fresh per call. */
  pseudonymState?: PseudonymState;
}

export interface AsyncApplyOptions extends Omit<ApplyOptions, 'tokenizer'> {
  tokenizer?: AsyncTokenizer;
}

export interface RedactOptions extends ApplyOptions {
  detectOptions?: DetectOptions;
}

export interface AsyncRedactOptions extends AsyncApplyOptions {
  detectOptions?: DetectOptions;
}

/** A replaced span: where it was in the input (start/end) and where its replacement is in the output. */
export interface RedactedEntity {
  type: EntityType;
  start: number;
  end: number;
  score: number;
  recognizer: string;
  operator: OperatorName;
  outputStart: number;
  outputEnd: number;
}

export interface RedactResult {
  text: string;
  entities: RedactedEntity[];
  /** The spans that were applied (after type filtering and overlap merging), input offsets. */
  spans: Span[];
}

/** Pseudonym bookkeeping for one conversation: same normalised value → same label. */
export interface PseudonymState {
  readonly byValue: Map<string, string>;
  readonly originals: Map<string, string>;
  readonly counters: Map<EntityType, number>;
}

export function createPseudonymState(): PseudonymState {
  return { byValue: new Map(), originals: new Map(), counters: new Map() };
}
