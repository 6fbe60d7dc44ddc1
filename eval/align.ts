/**
 * Maps ranges of an original text onto its redacted output, so a leak or a must-survive string is
 * judged where it stood. Redaction replaces disjoint ranges and keeps everything else, so the map is
 * a list of hunks (original range -> output range) with unchanged text between them.
 *
 * The hunks come from redact()'s own entity offsets when they check out against both texts;
 * otherwise from a token-level diff (Myers), which needs nothing from the redactor.
 */

export interface Hunk {
  oStart: number;
  oEnd: number;
  rStart: number;
  rEnd: number;
}

export class OffsetMap {
  constructor(readonly hunks: readonly Hunk[], readonly method: 'entities' | 'diff' | 'identity') {}

  private linear(p: number): number {
    let delta = 0;
    for (const h of this.hunks) {
      if (h.oEnd <= p) delta = h.rEnd - h.oEnd;
      else break;
    }
    return p + delta;
  }

  private hunkAt(p: number): Hunk | undefined {
    return this.hunks.find((h) => h.oStart <= p && p < h.oEnd);
  }

  /** The output range covering original [start, end), whole replacements included. */
  map(start: number, end: number): [number, number] {
    const hs = this.hunkAt(start);
    const rs = hs ? hs.rStart : this.linear(start);
    const he = end > start ? this.hunkAt(end - 1) : undefined;
    const re = he ? he.rEnd : end > start ? this.linear(end - 1) + 1 : rs;
    return [rs, Math.max(rs, re)];
  }
}

export interface OutputEntity {
  start: number;
  end: number;
  outputStart: number;
  outputEnd: number;
}

/** Uses the redactor's own offsets, but only if the unchanged text between them really is unchanged. */
export function alignByEntities(original: string, output: string, entities: readonly OutputEntity[]): OffsetMap | undefined {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let o = 0;
  let r = 0;
  for (const e of sorted) {
    if (e.start < o || e.outputStart < r || e.end < e.start || e.outputEnd < e.outputStart) return undefined;
    if (e.start - o !== e.outputStart - r) return undefined;
    if (original.slice(o, e.start) !== output.slice(r, e.outputStart)) return undefined;
    o = e.end;
    r = e.outputEnd;
  }
  if (original.slice(o) !== output.slice(r)) return undefined;
  return new OffsetMap(sorted.map((e) => ({ oStart: e.start, oEnd: e.end, rStart: e.outputStart, rEnd: e.outputEnd })), 'entities');
}

function tokenize(s: string): { tok: string; start: number }[] {
  const out: { tok: string; start: number }[] = [];
  for (const m of s.matchAll(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) out.push({ tok: m[0], start: m.index! });
  return out;
}

/** Generic alignment: Myers shortest edit script over tokens, turned into character hunks. */
export function alignByDiff(original: string, output: string): OffsetMap {
  if (original === output) return new OffsetMap([], 'identity');
  const a = tokenize(original);
  const b = tokenize(output);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x]!.tok === b[y]!.tok) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end, collecting the matched (diagonal) token pairs.
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vv = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[offset + k - 1]! < vv[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vv[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; matches.push([x, y]); }
    x = prevX;
    y = prevY;
  }
  matches.reverse();
  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  const aPos = (i: number): number => (i < n ? a[i]!.start : original.length);
  const bPos = (i: number): number => (i < m ? b[i]!.start : output.length);
  for (const [mi, mj] of [...matches, [n, m] as [number, number]]) {
    if (mi > ai || mj > bi) hunks.push({ oStart: aPos(ai), oEnd: aPos(mi), rStart: bPos(bi), rEnd: bPos(mj) });
    ai = mi + 1;
    bi = mj + 1;
  }
  return new OffsetMap(hunks.filter((h) => h.oEnd > h.oStart || h.rEnd > h.rStart), 'diff');
}

export function align(original: string, output: string, entities?: readonly OutputEntity[]): OffsetMap {
  if (entities) {
    const byEntities = alignByEntities(original, output, entities);
    if (byEntities) return byEntities;
  }
  return alignByDiff(original, output);
}
