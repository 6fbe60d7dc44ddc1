/**
 * The vocabulary shared by every part of Custos: entity types, spans and the recognizer contract.
 * Pure TypeScript, no Node-only imports: this module must bundle for a browser.
 */

export const ENTITY_TYPES = [
  'PERSON',
  'CREDIT_CARD',
  'CARD_EXPIRY',
  'CARD_CVV',
  'US_SSN',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'STREET_ADDRESS',
  'POSTAL_CODE',
  'DATE_OF_BIRTH',
  'BANK_ACCOUNT',
  'ROUTING_NUMBER',
  'IBAN',
  'IP_ADDRESS',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export const CHANNELS = ['asr', 'call_transcript', 'chat', 'email', 'ticket'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Why a span was reported, so a reviewer can see the reason for a redaction. */
export interface Evidence {
  /** The context word or cue phrase that raised (or confirmed) the score, if any. */
  context?: string;
  /** The checksum that passed (`luhn`, `mod97`, `aba`, ...). */
  checksum?: string;
  /** The text was found in a normalised form (spoken digits, spelled letters, ...). */
  normalized?: string;
  /** Free-form short note, never containing the raw value. */
  note?: string;
}

export interface Span {
  type: EntityType;
  /** UTF-16 code unit offsets into the original input text. end is exclusive. */
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
  /** Name of the recognizer that produced it, e.g. `CardNumberRecognizer`. */
  recognizer: string;
  evidence: Evidence;
}

export interface DetectOptions {
  /** Only report these types (default: all). */
  types?: readonly EntityType[];
  /** The channel the text came from; tunes spoken-form handling. Default: guessed from the text. */
  channel?: Channel;
  /** Drop spans scoring below this (default 0.4). */
  minScore?: number;
}

/**
 * What a recognizer is given: the original text plus shared, lazily computed views of it
 * (lower-cased text, the spoken-number normalisation with its offset map, tokens).
 */
export interface AnalysisContext {
  readonly text: string;
  readonly lower: string;
  readonly channel: Channel | undefined;
  /** The caller's threshold: a recognizer may skip work that can only yield spans scoring below it. */
  readonly minScore?: number;
  /** True when `text` is a normalised view (spoken numbers as digits), not the original text. */
  readonly view?: boolean;
}

/**
 * One small detector. Presidio-style: a recognizer knows one kind of thing, its patterns,
 * its validation (checksum) and its context words. It returns candidate spans in original offsets.
 */
export interface Recognizer {
  readonly name: string;
  readonly types: readonly EntityType[];
  /** Also run over the spoken-number views of the text (numeric and date recognizers). */
  readonly runsOnViews?: boolean;
  analyze(ctx: AnalysisContext): Span[];
}
