import type { Channel, EntityType } from '../detect/index.js';

export type { Channel, EntityType };

/**
 * What insights are allowed to see: text in which every personal value has already been replaced
 * by a label such as `[CREDIT_CARD]`, plus where those labels sit. Never the originals.
 */
export interface SanitizedInteraction {
  id: string;
  channel: Channel;
  redactedText: string;
  /** UTF-16 offsets into `redactedText`, end exclusive. */
  spans: readonly EntitySpan[];
  /** ISO 8601 timestamp; needed only for trends. */
  occurredAt?: string;
}

export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** One compliance gap or risk signal, located in the redacted text. */
export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** Short human reason naming cue words and span types. Carries no customer value by construction. */
  evidence: string;
}

export type Speaker = 'agent' | 'customer' | 'bot' | 'third_party' | 'system' | 'unknown';

export interface Turn {
  speaker: Speaker;
  /** The label as written (`Agent Maria`, `Speaker 1`, `[agent]`), or null for an unlabelled stream. */
  label: string | null;
  /** Offsets of the whole turn (label included) in the text. */
  start: number;
  end: number;
  /** Where the spoken/written content starts, after the label. */
  textStart: number;
  /** True when the speaker role was guessed (from content or order) rather than read from a label. */
  inferred: boolean;
}
