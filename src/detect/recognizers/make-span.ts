import type { EntityType, Evidence, Span } from '../types.js';

export function makeSpan(
  type: EntityType,
  start: number,
  end: number,
  score: number,
  recognizer: string,
  evidence: Evidence = {},
): Span {
  return { type, start, end, score: Math.min(1, Math.max(0, score)), recognizer, evidence };
}
