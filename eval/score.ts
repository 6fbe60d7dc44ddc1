/**
 * Scores a detector and a redactor on the synthetic corpus: recall, precision and leak rate per
 * entity type, per channel, and the share of must-survive strings kept. Definitions: eval/run.ts
 * prints them; the leak rules live in eval/leak.ts.
 */
import { ENTITY_TYPES, CHANNELS, type Channel, type DetectOptions, type EntityType, type Span } from '../src/detect/types.js';
import type { CorpusDoc, GoldSpan, SurviveKind } from './corpus/document.js';
import { align, type OutputEntity } from './align.js';
import { isLeaked } from './leak.js';
import { spokenDigitRuns } from './corpus/spoken.js';

export type DetectFn = (text: string, options?: DetectOptions) => Span[];
export type RedactFn = (text: string, options?: { detectOptions?: DetectOptions }) => { text: string; entities: readonly OutputEntity[] };

export interface TypeScore {
  type: EntityType;
  gold: number;
  found: number;
  foundAnyType: number;
  recall: number;
  anyTypeRecall: number;
  predicted: number;
  truePositives: number;
  precision: number;
  entities: number;
  leaked: number;
  leakRate: number;
}

export interface ChannelScore {
  channel: Channel;
  docs: number;
  gold: number;
  found: number;
  recall: number;
  entities: number;
  leaked: number;
  leakRate: number;
  survive: number;
  kept: number;
  surviveShare: number;
}

export interface Miss {
  kind: 'leak' | 'missed' | 'destroyed';
  type: string;
  channel: Channel;
  doc: string;
  /** Original text around the value, the value marked with ⟦ ⟧. */
  context: string;
  /** Redacted output around the same place. */
  output: string;
}

export interface CorpusScore {
  docs: number;
  chars: number;
  types: TypeScore[];
  overall: { gold: number; found: number; foundAnyType: number; recall: number; anyTypeRecall: number; predicted: number; truePositives: number; precision: number; entities: number; leaked: number; leakRate: number };
  channels: ChannelScore[];
  survive: { total: number; kept: number; share: number; byKind: Record<string, { total: number; kept: number; share: number }> };
  alignment: Record<string, number>;
  /** Predictions on neutral text (company mailboxes): neither right nor wrong, left out of precision. */
  neutralPredictions: number;
  misses: Miss[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function window(text: string, start: number, end: number, pad = 70): string {
  const s = Math.max(0, start - pad);
  const e = Math.min(text.length, end + pad);
  return `${s > 0 ? '…' : ''}${text.slice(s, start)}⟦${text.slice(start, end)}⟧${text.slice(end, e)}${e < text.length ? '…' : ''}`.replace(/\n/g, ' ⏎ ');
}

export interface ScoreOptions {
  /** Pass each document's channel to detect()/redact() (default: no, the detector guesses). */
  passChannel?: boolean;
}

export function scoreCorpus(docs: readonly CorpusDoc[], detect: DetectFn, redact: RedactFn, options: ScoreOptions = {}): CorpusScore {
  const t = new Map<EntityType, TypeScore>(ENTITY_TYPES.map((type) => [type, { type, gold: 0, found: 0, foundAnyType: 0, recall: 0, anyTypeRecall: 0, predicted: 0, truePositives: 0, precision: 0, entities: 0, leaked: 0, leakRate: 0 }]));
  const ch = new Map<Channel, ChannelScore>(CHANNELS.map((channel) => [channel, { channel, docs: 0, gold: 0, found: 0, recall: 0, entities: 0, leaked: 0, leakRate: 0, survive: 0, kept: 0, surviveShare: 0 }]));
  const byKind: Record<string, { total: number; kept: number; share: number }> = {};
  const alignment: Record<string, number> = {};
  const misses: Miss[] = [];
  let chars = 0;
  let neutralPredictions = 0;

  for (const doc of docs) {
    chars += doc.text.length;
    const detectOptions: DetectOptions | undefined = options.passChannel ? { channel: doc.channel } : undefined;
    const predicted = detect(doc.text, detectOptions);
    const redacted = redact(doc.text, detectOptions ? { detectOptions } : {});
    const map = align(doc.text, redacted.text, redacted.entities);
    alignment[map.method] = (alignment[map.method] ?? 0) + 1;
    const c = ch.get(doc.channel)!;
    c.docs++;

    for (const g of doc.gold) {
      const row = t.get(g.type)!;
      row.gold++;
      c.gold++;
      const same = predicted.some((p) => p.type === g.type && overlaps(p, g));
      const any = same || predicted.some((p) => overlaps(p, g));
      if (same) { row.found++; c.found++; }
      if (any) row.foundAnyType++;
      if (!same) misses.push({ kind: 'missed', type: g.type, channel: doc.channel, doc: doc.id, context: window(doc.text, g.start, g.end), output: '' });
    }
    for (const p of predicted) {
      const row = t.get(p.type);
      if (!row) continue;
      const isGold = doc.gold.some((g) => overlaps(p, g));
      if (!isGold && doc.neutral?.some((n) => overlaps(p, n))) {
        neutralPredictions++;
        continue;
      }
      row.predicted++;
      if (doc.gold.some((g) => g.type === p.type && overlaps(p, g))) row.truePositives++;
    }

    // Leaks are judged per entity: a value said across several utterances is one value.
    const entities = new Map<number, GoldSpan[]>();
    for (const g of doc.gold) entities.set(g.entity, [...(entities.get(g.entity) ?? []), g]);
    const outputRuns = spokenDigitRuns(redacted.text);
    for (const parts of entities.values()) {
      const g = parts[0]!;
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      const [rs, re] = map.map(start, end);
      const leaked = isLeaked({ type: g.type, value: g.value, region: redacted.text.slice(rs, re), output: redacted.text, outputRuns });
      const row = t.get(g.type)!;
      row.entities++;
      c.entities++;
      if (leaked) {
        row.leaked++;
        c.leaked++;
        misses.push({ kind: 'leak', type: g.type, channel: doc.channel, doc: doc.id, context: window(doc.text, start, end), output: window(redacted.text, rs, re) });
      }
    }

    for (const s of doc.mustSurvive) {
      const [rs, re] = map.map(s.start, s.end);
      const kept = redacted.text.slice(rs, re).includes(s.text);
      const k = (byKind[s.kind] ??= { total: 0, kept: 0, share: 0 });
      k.total++;
      c.survive++;
      if (kept) { k.kept++; c.kept++; }
      else misses.push({ kind: 'destroyed', type: s.kind satisfies SurviveKind, channel: doc.channel, doc: doc.id, context: window(doc.text, s.start, s.end), output: window(redacted.text, rs, re) });
    }
  }

  const types = [...t.values()].map((r) => ({ ...r, recall: ratio(r.found, r.gold), anyTypeRecall: ratio(r.foundAnyType, r.gold), precision: ratio(r.truePositives, r.predicted), leakRate: r.entities === 0 ? 0 : r.leaked / r.entities }));
  const sum = (f: (r: TypeScore) => number): number => types.reduce((a, r) => a + f(r), 0);
  const gold = sum((r) => r.gold);
  const overall = {
    gold,
    found: sum((r) => r.found),
    foundAnyType: sum((r) => r.foundAnyType),
    recall: ratio(sum((r) => r.found), gold),
    anyTypeRecall: ratio(sum((r) => r.foundAnyType), gold),
    predicted: sum((r) => r.predicted),
    truePositives: sum((r) => r.truePositives),
    precision: ratio(sum((r) => r.truePositives), sum((r) => r.predicted)),
    entities: sum((r) => r.entities),
    leaked: sum((r) => r.leaked),
    leakRate: ratio(sum((r) => r.leaked), sum((r) => r.entities)),
  };
  for (const k of Object.values(byKind)) k.share = ratio(k.kept, k.total);
  const total = Object.values(byKind).reduce((a, k) => a + k.total, 0);
  const kept = Object.values(byKind).reduce((a, k) => a + k.kept, 0);
  const channels = [...ch.values()].map((c) => ({ ...c, recall: ratio(c.found, c.gold), leakRate: c.entities === 0 ? 0 : c.leaked / c.entities, surviveShare: ratio(c.kept, c.survive) }));
  return { docs: docs.length, chars, types, overall, channels, survive: { total, kept, share: ratio(kept, total), byKind }, alignment, neutralPredictions, misses };
}
