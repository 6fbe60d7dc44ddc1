import { describe, expect, it } from 'vitest';
import { classifyTopics, DEFAULT_TAXONOMY, discoverPhrases, trends, type Taxonomy } from './index.js';

describe('classifyTopics', () => {
  it('finds default topics with matched phrases, best first', () => {
    const topics = classifyTopics({ redactedText: 'Customer: I lost my card and I think it was stolen card fraud. Also where is my refund?' });
    const ids = topics.map((t) => t.id);
    expect(ids).toContain('card_lost_stolen');
    expect(ids).toContain('refund');
    expect(ids).toContain('fraud_report');
    const lost = topics.find((t) => t.id === 'card_lost_stolen')!;
    expect(lost.matched).toEqual(expect.arrayContaining(['lost my card', 'stolen card']));
    expect(lost.score).toBeGreaterThan(topics.find((t) => t.id === 'refund')!.score);
    expect(topics[0]!.score).toBeLessThanOrEqual(1);
  });

  it('uses an edited taxonomy and returns nothing when nothing matches', () => {
    const taxonomy: Taxonomy = [{ id: 'solar', label: 'Solar panels', phrases: ['solar panel', 'inverter'] }];
    expect(classifyTopics({ redactedText: 'my solar panel inverter is beeping' }, taxonomy).map((t) => [t.id, t.matched.length])).toEqual([['solar', 2]]);
    expect(classifyTopics({ redactedText: 'hello there' }, DEFAULT_TAXONOMY)).toEqual([]);
  });
});

describe('discoverPhrases', () => {
  it('surfaces frequent n-grams from unmatched interactions, without labels or stop-words', () => {
    const texts = [
      'Customer: the loyalty points never showed up for [PERSON]',
      'Customer: my loyalty points are missing from last trip',
      'Customer: loyalty points not credited, [PERSON] said they would be',
      'Customer: I lost my card', // matched by a topic: excluded
      'Customer: I lost my card and loyalty points',
      'Customer: hotel upgrade request please',
    ];
    const found = discoverPhrases(texts.map((redactedText, i) => ({ id: `i${i}`, redactedText })), DEFAULT_TAXONOMY, { minCount: 3 });
    expect(found[0]).toMatchObject({ phrase: 'loyalty points', count: 3, exampleIds: ['i0', 'i1', 'i2'] });
    expect(found[0]!.lift).toBeGreaterThan(1);
    for (const p of found) {
      expect(p.phrase).not.toMatch(/person|\[/);
      expect(p.phrase.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(p.phrase.split(' ').length).toBeLessThanOrEqual(4);
    }
    expect(discoverPhrases(texts.map((redactedText, i) => ({ id: `i${i}`, redactedText })), DEFAULT_TAXONOMY, { minCount: 4 })).toEqual([]);
  });
});

describe('trends', () => {
  const at = (iso: string, text: string, id = iso) => ({ id, redactedText: text, occurredAt: iso });
  const data = [
    at('2026-11-01T10:00:00Z', 'where is my refund', 'p1'), // previous period
    at('2026-11-02T10:00:00Z', 'refund please', 'p2'), // previous period
    at('2026-11-03T09:00:00Z', 'I want a refund', 'a'),
    at('2026-11-03T23:59:59Z', 'refund not received', 'b'),
    at('2026-11-04T00:00:00Z', 'package never arrived, refund?', 'c'),
    at('2026-11-05T12:00:00Z', 'hello there', 'd'),
    at('2026-11-06T00:00:00Z', 'refund', 'e'), // at `to`: excluded
    { id: 'nodate', redactedText: 'refund' },
  ];

  it('counts per day with change against the previous period', () => {
    const r = trends(data, DEFAULT_TAXONOMY, { from: '2026-11-03T00:00:00Z', to: '2026-11-06T00:00:00Z', bucket: 'day' });
    const refund = r.topics.find((t) => t.topicId === 'refund')!;
    expect(refund.buckets).toEqual([
      { start: '2026-11-03', count: 2 },
      { start: '2026-11-04', count: 1 },
      { start: '2026-11-05', count: 0 },
    ]);
    expect(refund.total).toBe(3);
    expect(refund.previousTotal).toBe(2);
    expect(refund.change).toBe(1);
    expect(refund.changeRatio).toBe(0.5);
    expect(r.topics.find((t) => t.topicId === 'delivery_shipping')!.buckets.map((b) => b.count)).toEqual([0, 1, 0]);
    expect(r.unclassified.map((b) => b.count)).toEqual([0, 0, 1]);
    expect(r.skipped).toBe(1);
    expect(r.topics[0]!.topicId).toBe('refund');
  });

  it('buckets by ISO week starting Monday', () => {
    const r = trends(data, DEFAULT_TAXONOMY, { from: '2026-11-01T00:00:00Z', to: '2026-11-15T00:00:00Z', bucket: 'week' });
    const refund = r.topics.find((t) => t.topicId === 'refund')!;
    // 2026-11-01 is a Sunday: its week starts Monday 2026-10-26.
    expect(refund.buckets).toEqual([
      { start: '2026-10-26', count: 1 },
      { start: '2026-11-02', count: 5 },
      { start: '2026-11-09', count: 0 },
    ]);
    expect(refund.previousTotal).toBe(0);
    expect(refund.changeRatio).toBeNull();
  });

  it('rejects bad windows', () => {
    expect(() => trends(data, DEFAULT_TAXONOMY, { from: 'nope', to: '2026-11-06', bucket: 'day' })).toThrow(/from/);
    expect(() => trends(data, DEFAULT_TAXONOMY, { from: '2026-11-06', to: '2026-11-01', bucket: 'day' })).toThrow(/after/);
  });
});
