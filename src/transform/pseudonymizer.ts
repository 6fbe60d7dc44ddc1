import type { EntityType, Span } from '../detect/index.js';
import { applyOperators, applyOperatorsAsync } from './apply.js';
import { reidentifyText } from './operators.js';
import { createPseudonymState, type ApplyOptions, type AsyncApplyOptions, type PseudonymState, type RedactResult } from './types.js';

export interface PseudonymEntry {
  label: string;
  type: EntityType;
  original: string;
}

export interface Pseudonymizer {
  readonly state: PseudonymState;
  /** Pseudonymizes (by default) the spans of one message; numbering carries over from earlier messages. */
  apply(text: string, spans: readonly Span[], options?: Omit<ApplyOptions, 'pseudonymState'>): RedactResult;
  applyAsync(text: string, spans: readonly Span[], options?: Omit<AsyncApplyOptions, 'pseudonymState'>): Promise<RedactResult>;
  /** Puts the originals back for the labels this pseudonymizer issued (`[PERSON_1]` → the name). */
  reidentify(text: string): string;
  /** label → original, in issue order. Holds raw values: keep it in memory, never log it. */
  entries(): PseudonymEntry[];
}

/**
 * One conversation's pseudonyms: the LLM gateway sanitizes every message through the same
 * pseudonymizer so `[PERSON_1]` means the same customer throughout, then re-identifies the answer.
 */
export function createPseudonymizer(state: PseudonymState = createPseudonymState()): Pseudonymizer {
  return {
    state,
    apply: (text, spans, options = {}) => applyOperators(text, spans, { operator: 'pseudonym', ...options, pseudonymState: state }),
    applyAsync: (text, spans, options = {}) =>
      applyOperatorsAsync(text, spans, { operator: 'pseudonym', ...options, pseudonymState: state }),
    reidentify: (text) => reidentifyText(state, text),
    entries: () =>
      [...state.originals].map(([label, original]) => ({
        label,
        type: label.slice(1, label.lastIndexOf('_')) as EntityType,
        original,
      })),
  };
}
