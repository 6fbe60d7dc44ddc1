/**
 * The bench contract: a section module in bench/sections/ exports `section` (or a default export)
 * of this shape; bench/run.ts runs the sections and prints their rows.
 */
export interface Row {
  /** What was measured, e.g. `detect throughput`. */
  metric: string;
  value: number;
  /** `MB/s`, `docs/s`, `ms`, `MB`, `x` (ratio), ... */
  unit: string;
  /** The aim, as a comparison: `>= 5` or `< 100` (same unit as value). */
  aim?: string;
  /** Free-form short note (sizes, caps, settings). */
  note?: string;
}

export interface BenchSection {
  /** Short lower-case name used on the command line: `npm run bench -- detect`. */
  name: string;
  /** One-line description printed above the section's table. */
  description?: string;
  run(): Promise<Row[]>;
}

/** Evaluates an aim like `>= 5` or `< 0.5` against a value. */
export function meetsAim(value: number, aim: string): boolean | undefined {
  const m = /^\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(aim);
  if (!m) return undefined;
  const target = Number(m[2]);
  switch (m[1]) {
    case '>=': return value >= target;
    case '<=': return value <= target;
    case '>': return value > target;
    default: return value < target;
  }
}

/** Percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
