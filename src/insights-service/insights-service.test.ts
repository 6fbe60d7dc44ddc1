import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../access/index.js';
import { openCustos, type Custos } from '../app/index.js';
import { testBackends } from '../../test/support/backends.js';
import { createInsightsService } from './index.js';

const backends = await testBackends();
const env = { ...process.env, CUSTOS_MASTER_KEY: undefined };

describe.each(backends)('insights service on $name', (backend) => {
  let node1: Custos;
  let node2: Custos;
  let agent: Principal;
  let qa: Principal;
  let analyst: Principal;

  beforeAll(async () => {
    const options = backend.options();
    node1 = await openCustos({ ...options, create: true, env });
    // A second node on the same database: what it knows must come from there.
    node2 = await openCustos({ ...options, env });
    const mk = async (name: string, role: Principal['role']) => {
      const { user } = await node1.access.createUser({ name, role });
      return { userId: user.id, name, role } as Principal;
    };
    agent = await mk('agent', 'agent');
    qa = await mk('qa', 'qa_lead');
    analyst = await mk('analyst', 'analyst');
  }, 120_000);

  afterAll(async () => {
    await node2?.close();
    await node1?.close();
    await backend.cleanup();
  });

  it('validates taxonomies and articles, naming the problem but no value', async () => {
    await expect(node1.insights.putTaxonomy(qa, [{ id: 'x', label: 'X', phrases: [] }])).rejects.toThrow(/phrases/);
    await expect(node1.insights.putTaxonomy(qa, [{ id: 'a', label: 'A', phrases: ['p'] }, { id: 'a', label: 'B', phrases: ['q'] }])).rejects.toThrow(/twice/);
    await expect(node1.insights.addArticles(qa, [{ id: 'bad id', title: 't', body: 'b' }])).rejects.toThrow(/articles\.0\.id/);
    await expect(node1.insights.addArticles(qa, [{ id: 'a', title: 't', body: 'b' }, { id: 'a', title: 't', body: 'b' }])).rejects.toThrow(/twice/);
    expect(await node1.insights.articles()).toEqual([]);
    const stored = await node1.insights.getTaxonomy();
    expect(stored.updatedAt).toBeNull();
    expect(stored.taxonomy.length).toBeGreaterThan(5);
  });

  it('a taxonomy edit on one node is what the other counts by', async () => {
    await node1.interactions.ingest(agent, {
      channel: 'chat',
      agentId: agent.userId,
      customerRef: 'C-1',
      text: 'Customer: my gift voucher code does not work',
      occurredAt: '2026-05-02T10:00:00Z',
    });
    await node1.privacy.recordConsent(qa.userId, 'C-1', { purpose: 'ai_processing', granted: true, source: 'test' });
    const window = { from: '2026-05-01', to: '2026-05-04', bucket: 'day' as const };
    expect((await node2.insights.trends(analyst, window)).topics.find((t) => t.topicId === 'gift_voucher')).toBeUndefined();
    const { taxonomy } = await node1.insights.getTaxonomy();
    await node1.insights.putTaxonomy(qa, [...taxonomy, { id: 'gift_voucher', label: 'Gift voucher', phrases: ['gift voucher'] }]);
    const report = await node2.insights.trends(analyst, window);
    expect(report.topics.find((t) => t.topicId === 'gift_voucher')?.total).toBe(1);
    await expect(node2.insights.trends(analyst, { from: '2025-01-01', to: '2026-05-04' })).rejects.toThrow(/366 days/);
  });

  it('fires fraud.shared_instrument only from the configured number of customers', async () => {
    const text = 'Customer: please charge my card 5555 5555 5555 4444 for the order.';
    const ids: string[] = [];
    for (const ref of ['S-1', 'S-2']) {
      await node1.privacy.recordConsent(qa.userId, ref, { purpose: 'ai_processing', granted: true, source: 'test' });
      ids.push((await node1.interactions.ingest(agent, { channel: 'chat', agentId: agent.userId, customerRef: ref, text, occurredAt: '2026-05-03T10:00:00Z' })).id);
    }
    const rules = async (service: typeof node1.insights) => (await service.interactionInsights(agent, ids[0]!)).risk.map((f) => f.rule);
    expect(await rules(node1.insights)).not.toContain('fraud.shared_instrument');
    const strict = createInsightsService({ store: node1.store, interactions: node1.interactions, consent: node1.privacy, audit: node1.audit, gateway: node1.gateway, sharedInstrumentMinCustomers: 2 });
    expect(await rules(strict)).toContain('fraud.shared_instrument');
    expect(() => createInsightsService({ store: node1.store, interactions: node1.interactions, consent: node1.privacy, audit: node1.audit, gateway: node1.gateway, sharedInstrumentMinCustomers: 1 })).toThrow(/at least 2/);
  });

  it('rebuilds the knowledge-base index on every node when an article changes', async () => {
    const ask = (c: Custos) => c.insights.suggest(agent, { text: 'Customer: my parcel tracking shows nothing', limit: 1 });
    expect((await ask(node2)).suggestions).toEqual([]);
    await node1.insights.addArticles(qa, [{ id: 'track', title: 'Parcel tracking', body: 'Send the courier tracking link.' }]);
    expect((await ask(node2)).suggestions[0]?.articleId).toBe('track');
    await node1.insights.addArticles(qa, [{ id: 'track', title: 'Vouchers', body: 'Gift vouchers never expire.' }]);
    expect((await ask(node2)).suggestions).toEqual([]);
    await node2.insights.removeArticle(qa, 'track');
    await expect(node1.insights.removeArticle(qa, 'track')).rejects.toThrow(/no such article/);
  });
});
