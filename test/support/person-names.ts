/**
 * What the name recognizers find in a text, for the names tests: PERSON stretches with
 * overlapping finds merged as the engine would, and an assertion over them.
 */
import { expect } from 'vitest';
import { nameRecognizers } from '../../src/detect/names/index.js';

export function foundNames(text: string, minScore = 0.4): string[] {
  const spans = nameRecognizers
    .flatMap((r) => r.analyze({ text, lower: text.toLowerCase(), channel: undefined }))
    .filter((s) => s.score >= minScore)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map((s) => text.slice(s.start, s.end));
}

/** Each of `expected` is found whole; no found stretch overlaps any of `forbidden`. */
export function expectNames(text: string, expected: string[], forbidden: string[] = []): void {
  const found = foundNames(text);
  for (const e of expected) expect(found, `missing ${e} in ${JSON.stringify(found)}`).toContain(e);
  for (const f of forbidden) for (const n of found) expect(n.includes(f) || f.includes(n), `${n} overlaps ${f}`).toBe(false);
}
