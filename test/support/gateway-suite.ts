/**
 * The suite of gateway-sqlite.test.ts and gateway-postgres.test.ts (one file per backend, so each
 * stays short). The LLM gateway and the insights routes end to end: the real `custos serve` over HTTPS on
 * loopback (SQLite and PostgreSQL), a real OpenAI-compatible upstream started here that records
 * every body it receives, and a corpus of conversations full of personal data. The upstream must
 * receive none of the originals; the right roles get them back in the answer, the others labels.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/index.js';
import type { TestBackend } from './backends.js';
import { BIN, envFor, initInstallation, startServer, type CallOptions, type Installation, type RunningServer } from './custos-server.js';
import { startFakeLlm, type FakeLlm } from './fake-llm.js';
import { buildConversationCorpus, type TestConversation } from './pii-conversations.js';

const CONVERSATIONS = buildConversationCorpus(24, 20261123);
const LABEL = /\[[A-Z][A-Z_]*_\d+\]/;

/** Every original of a conversation, plus each part of the person's name. */
function forbiddenValues(c: TestConversation): string[] {
  return [...c.originals.map((o) => o.value), ...c.name.split(' ')];
}

/** The `data:` payloads of an SSE response, and the content deltas joined. */
function readSse(text: string): { events: string[]; content: string } {
  const events = text
    .split('\n\n')
    .map((e) => e.trim())
    .filter((e) => e.startsWith('data: '))
    .map((e) => e.slice(6));
  let content = '';
  for (const e of events) {
    if (e === '[DONE]') continue;
    const chunk = JSON.parse(e);
    for (const choice of chunk.choices ?? []) if (typeof choice.delta?.content === 'string') content += choice.delta.content;
  }
  return { events, content };
}

interface Actor {
  id: string;
  key: string;
  role: Role;
}

export function gatewaySuite(backend: TestBackend): void {
  describe(`LLM gateway and insights end to end on ${backend.name}`, () => {
    let llm: FakeLlm;
    let installation: Installation;
    let server: RunningServer;
    let node2: RunningServer | undefined;
    const people = {} as Record<'agentA' | 'agentB' | 'qa' | 'analyst' | 'compliance' | 'admin', Actor>;

    const call = (method: string, path: string, options?: CallOptions) => server.call(method, path, options);
    const chat = (who: Actor, body: unknown, customerRef: string | null = 'CUST-A') =>
      call('POST', '/v1/ai/chat/completions', { key: who.key, body, ...(customerRef ? { headers: { 'x-custos-customer-ref': customerRef } } : {}) });
    const consent = async (customerRef: string, purpose: string, granted = true) => {
      const r = await call('POST', `/v1/subjects/${customerRef}/consents`, { key: people.qa.key, body: { purpose, granted, source: 'test' } });
      expect(r.status).toBeLessThan(300);
    };
    const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--data', installation.dataDir], { env: installation.env, encoding: 'utf8', timeout: 60_000 });

    beforeAll(async () => {
      llm = await startFakeLlm();
      const options = backend.options();
      const env = {
        ...envFor(options),
        CUSTOS_LLM_URL: llm.url,
        CUSTOS_LLM_KEY: 'sk-upstream-test-key',
        CUSTOS_LLM_MODEL_MAP: 'gpt-4o=local-model',
        CUSTOS_LLM_TIMEOUT_MS: '1500',
      };
      installation = initInstallation(options.dataDir, env);
      server = await startServer(installation, ['--lockout-failures', '100000', '--rate-limit', '100000']);
      const me = await call('GET', '/v1/me', { key: installation.adminKey });
      people.admin = { id: me.body.id, key: installation.adminKey, role: 'admin' };
      const create = async (name: string, role: Role): Promise<Actor> => {
        const r = await call('POST', '/v1/users', { key: installation.adminKey, body: { name, role } });
        expect(r.status).toBe(201);
        return { id: r.body.id, key: r.body.apiKey, role };
      };
      people.agentA = await create('Agent A', 'agent');
      people.agentB = await create('Agent B', 'agent');
      people.qa = await create('QA', 'qa_lead');
      people.analyst = await create('Analyst', 'analyst');
      people.compliance = await create('Compliance', 'compliance');
    }, 180_000);

    afterAll(async () => {
      await node2?.stop();
      await server?.stop();
      await llm?.close();
      await backend.cleanup();
    });

    const simple = { model: 'gpt-4o', messages: [{ role: 'user', content: 'My name is Maria Gonzalez, card 4111 1111 1111 1111.' }] };

    it('refuses without the customer header or without ai_processing consent, sending nothing', async () => {
      const before = llm.received.length;
      const noHeader = await chat(people.qa, simple, null);
      expect(noHeader.status).toBe(400);
      expect(noHeader.body.message).toMatch(/X-Custos-Customer-Ref/);
      const noConsent = await chat(people.qa, simple, 'CUST-N');
      expect(noConsent.status).toBe(403);
      expect(noConsent.body.code).toBe('consent_required');
      expect(noConsent.body.message).toMatch(/not consented to ai_processing/);
      await consent('CUST-A', 'ai_processing');
      await consent('CUST-N', 'ai_processing', false);
      const withdrawn = await chat(people.qa, simple, 'CUST-N');
      expect(withdrawn.status).toBe(403);
      expect(llm.received.length).toBe(before);
    });

    it('sends nothing to an upstream that is not a registered sub-processor', async () => {
      const r = await chat(people.qa, simple);
      expect(r.status).toBe(503);
      expect(r.body.code).toBe('upstream_not_registered');
      expect(llm.received.length).toBe(0);
    });

    it('registers sub-processors through the admin API (admin only) and the CLI', async () => {
      const denied = await call('POST', '/v1/subprocessors', { key: people.qa.key, body: { name: 'local-llm', url: llm.url, region: 'test-local', mayTrain: false } });
      expect(denied.status).toBe(403);
      const bad = await call('POST', '/v1/subprocessors', { key: people.admin.key, body: { name: 'bad', url: 'ftp://x', region: 'r', mayTrain: false } });
      expect(bad.status).toBe(400);
      const r = await call('POST', '/v1/subprocessors', { key: people.admin.key, body: { name: 'local-llm', url: `${llm.url}/`, region: 'test-local', mayTrain: false } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ name: 'local-llm', url: llm.url, mayTrain: false });

      const added = cli('subprocessors', 'add', '--name', 'other-llm', '--url', 'https://llm.example.com/v1', '--region', 'eu-west-1', '--may-train');
      expect(added.status, added.stderr).toBe(0);
      const badCli = cli('subprocessors', 'add', '--name', 'x', '--url', 'not a url', '--region', 'eu');
      expect(badCli.status).toBe(2);
      expect(badCli.stderr).toMatch(/url/);
      const listed = cli('subprocessors', 'list', '--json');
      expect(listed.status, listed.stderr).toBe(0);
      const names = JSON.parse(listed.stdout).subProcessors.map((s: { name: string; mayTrain: boolean }) => `${s.name}:${s.mayTrain}`);
      expect(names).toEqual(['local-llm:false', 'other-llm:true']);
      const report = cli('report', 'processing', '--format', 'json');
      expect(report.status, report.stderr).toBe(0);
      expect(JSON.parse(report.stdout).recipients.map((s: { name: string }) => s.name)).toEqual(['local-llm', 'other-llm']);
    });

    it('across a corpus of conversations the upstream receives no original; qa_lead and compliance get them back, analyst and agent get labels', async () => {
      const callers = [people.qa, people.compliance, people.analyst, people.agentA];
      const first = llm.received.length;
      for (const [i, c] of CONVERSATIONS.entries()) {
        const who = callers[i % callers.length]!;
        const stream = i % 2 === 1;
        const r = await chat(who, { model: 'gpt-4o', messages: c.messages, stream, temperature: 0.2, user: c.originals[3]!.value });
        expect(r.status, r.text).toBe(200);
        const content = stream ? readSse(r.text).content : r.body.choices[0].message.content;
        if (!stream) expect(r.body.model).toBe('gpt-4o');
        if (who.role === 'qa_lead' || who.role === 'compliance') {
          expect(r.headers['x-custos-reidentified']).toBe('true');
          expect(content).toContain(c.name);
          expect(content).toContain(c.originals.find((o) => o.type === 'EMAIL_ADDRESS')!.value);
          expect(content).not.toMatch(LABEL);
        } else {
          expect(r.headers['x-custos-reidentified']).toBe('false');
          expect(content).toMatch(/\[PERSON_1\]/);
          for (const v of forbiddenValues(c)) expect(content).not.toContain(v);
        }
      }
      const bodies = llm.received.slice(first);
      expect(bodies).toHaveLength(CONVERSATIONS.length);
      for (const [i, c] of CONVERSATIONS.entries()) {
        const raw = bodies[i]!.raw;
        for (const v of forbiddenValues(c)) expect(raw, `conversation ${i} leaked a ${c.originals.find((o) => o.value === v)?.type ?? 'PERSON'} value`).not.toContain(v);
      }
      // Nothing from any conversation in any body (not only its own).
      const all = bodies.map((b) => b.raw).join('\n');
      for (const c of CONVERSATIONS) for (const v of forbiddenValues(c)) expect(all.includes(v)).toBe(false);
      // Same value, same label, across messages of one conversation.
      const sentMessages = bodies[0]!.body.messages as { role: string; content: string }[];
      const personLabel = /\[PERSON_\d+\]/.exec(sentMessages[0]!.content)![0];
      expect(sentMessages[1]!.content).toContain(personLabel);
      expect(sentMessages.at(-1)!.content).toContain(personLabel);
      // The mapped model, the gateway's own key, nothing of the caller's credentials or end-user id.
      for (const b of bodies) {
        expect(b.url).toBe('/v1/chat/completions');
        expect(b.body.model).toBe('local-model');
        expect(b.authorization).toBe('Bearer sk-upstream-test-key');
        expect(b.body.user).toBeUndefined();
        expect(JSON.stringify(b.headers)).not.toContain('ck_');
      }
    });

    it('re-identifies labels that the stream splits across chunks', async () => {
      const c = CONVERSATIONS[0]!;
      const r = await chat(people.qa, { model: 'gpt-4o', messages: c.messages, stream: true });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/text\/event-stream/);
      const { events, content } = readSse(r.text);
      expect(events.at(-1)).toBe('[DONE]');
      // The upstream sent 3-character pieces, so every label arrived split; the caller sees whole originals.
      expect(content).toContain(c.name);
      expect(content).not.toMatch(/\[[A-Z_]*\d*\]?/);
      const analyst = readSse((await chat(people.analyst, { model: 'gpt-4o', messages: c.messages, stream: true })).text).content;
      expect(analyst).toMatch(/^Summary for \[PERSON_1\], \[EMAIL_ADDRESS_1\]/);
    });

    it('refuses what it cannot sanitize, unknown models, and roles without ai.chat', async () => {
      expect((await chat(people.qa, { ...simple, tools: [{ type: 'function' }] })).status).toBe(400);
      const image = await chat(people.qa, { model: 'gpt-4o', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:x' } }] }] });
      expect(image.status).toBe(400);
      expect(image.body.message).toMatch(/only text parts/);
      expect((await chat(people.qa, { ...simple, model: 'gpt-5' })).status).toBe(400);
      expect((await chat(people.admin, simple)).status).toBe(403);
    });

    it('an upstream that may train gets nothing without model_training consent', async () => {
      const set = (mayTrain: boolean) => call('POST', '/v1/subprocessors', { key: people.admin.key, body: { name: 'local-llm', url: llm.url, region: 'test-local', mayTrain } });
      expect((await set(true)).status).toBe(201);
      const before = llm.received.length;
      const refused = await chat(people.qa, simple);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/model_training/);
      expect(llm.received.length).toBe(before);
      await consent('CUST-A', 'model_training');
      expect((await chat(people.qa, simple)).status).toBe(200);
      expect(llm.received.length).toBe(before + 1);
      await consent('CUST-A', 'model_training', false);
      expect((await set(false)).status).toBe(201);
    });

    it('maps upstream failures to clean 502s and a hung upstream to 504, relaying none of its text', async () => {
      try {
        llm.mode = 'error';
        const failed = await chat(people.qa, simple);
        expect(failed.status).toBe(502);
        expect(failed.body.code).toBe('upstream_error');
        expect(failed.text).not.toContain('internal failure');
        llm.mode = 'garbage';
        expect((await chat(people.qa, simple)).status).toBe(502);
        llm.mode = 'hang';
        const hung = await chat(people.qa, simple);
        expect(hung.status).toBe(504);
        expect(hung.body.code).toBe('upstream_timeout');
        llm.mode = 'break-stream';
        const broken = await chat(people.qa, { ...simple, stream: true });
        expect(broken.status).toBe(200);
        const { events } = readSse(broken.text);
        expect(JSON.parse(events.at(-1)!).error.type).toBe('upstream_error');
      } finally {
        llm.mode = 'echo';
      }
    });

    it('audits who asked, which upstream and which types were sent, never a value', async () => {
      const r = await call('GET', '/v1/audit?action=ai.chat&limit=10000', { key: people.compliance.key });
      expect(r.status).toBe(200);
      const entries = r.body.entries as { actor: string; target: string; outcome: string; details: any }[];
      const sent = entries.filter((e) => e.outcome === 'ok');
      expect(sent.length).toBeGreaterThanOrEqual(CONVERSATIONS.length);
      const one = sent.find((e) => e.actor === people.analyst.id)!;
      expect(one.target).toBe('CUST-A');
      expect(one.details.upstream).toBe('local-llm');
      expect(one.details.sent.PERSON).toBeGreaterThanOrEqual(3);
      expect(one.details.sent.CREDIT_CARD).toBeGreaterThanOrEqual(1);
      expect(entries.some((e) => e.outcome === 'denied' && e.details?.consent === 'ai_processing')).toBe(true);
      const upstreamErrors = await call('GET', '/v1/audit?action=ai.chat.upstream&limit=100', { key: people.compliance.key });
      expect(upstreamErrors.body.entries.length).toBeGreaterThanOrEqual(3);
      const everything = (await call('GET', '/v1/audit?limit=10000', { key: people.compliance.key })).text;
      for (const c of CONVERSATIONS) for (const v of forbiddenValues(c)) expect(everything.includes(v)).toBe(false);
    });

    // ---- insights, trends, taxonomy, knowledge base, suggestions ----

    const CARD = '4111 1111 1111 1111';
    const ids: Record<string, string> = {};
    const ingest = async (who: Actor, customerRef: string, text: string, occurredAt: string) => {
      const r = await call('POST', '/v1/interactions', { key: who.key, body: { channel: 'call_transcript', agentId: who.id, customerRef, text, occurredAt } });
      expect(r.status, r.text).toBe(201);
      return r.body.id as string;
    };

    it('computes insights scoped like the interaction, with the shared-instrument join, and refuses without consent', async () => {
      const lostCard = (name: string) =>
        `Agent: Thank you for calling, how can I help?\nCustomer: Hi, this is ${name}. I lost my card, the number is ${CARD}.\nAgent: I will block it now.`;
      ids.a = await ingest(people.agentA, 'CUST-A', lostCard('Maria Gonzalez'), '2026-03-02T10:00:00Z');
      ids.s1 = await ingest(people.agentB, 'CUST-S1', `Agent: Hello.\nCustomer: I want to dispute a charge on card ${CARD}, I was charged twice.`, '2026-03-03T10:00:00Z');
      ids.s2 = await ingest(people.agentB, 'CUST-S2', `Agent: Hello.\nCustomer: I was double charged on ${CARD}, please dispute it. Also my loyalty points are missing.`, '2026-03-04T10:00:00Z');
      ids.n = await ingest(people.agentB, 'CUST-N', lostCard('John Smith'), '2026-03-04T11:00:00Z');
      for (const ref of ['CUST-S1', 'CUST-S2']) await consent(ref, 'ai_processing');

      const own = await call('GET', `/v1/interactions/${ids.a}/insights`, { key: people.agentA.key });
      expect(own.status, own.text).toBe(200);
      expect(own.body.topics.map((t: { id: string }) => t.id)).toContain('card_lost_stolen');
      expect(own.body.flags.map((f: { rule: string }) => f.rule)).toContain('disclosure.recording_missing');
      const shared = own.body.risk.filter((f: { rule: string }) => f.rule === 'fraud.shared_instrument');
      expect(shared).toHaveLength(1);
      expect(shared[0].evidence).toMatch(/CREDIT_CARD also used by 3 other customer/);
      expect(own.text).not.toContain('4111');
      expect(own.text).not.toContain('Maria');

      const foreign = await call('GET', `/v1/interactions/${ids.s1}/insights`, { key: people.agentA.key });
      const missing = await call('GET', `/v1/interactions/int_nope/insights`, { key: people.agentA.key });
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
      expect((await call('GET', `/v1/interactions/${ids.s1}/insights`, { key: people.analyst.key })).status).toBe(200);
      expect((await call('GET', `/v1/interactions/${ids.a}/insights`, { key: people.admin.key })).status).toBe(403);
      const refused = await call('GET', `/v1/interactions/${ids.n}/insights`, { key: people.qa.key });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('consent_required');

      const audit = await call('GET', '/v1/audit?action=insights.read&limit=100', { key: people.compliance.key });
      const entries = audit.body.entries as { actor: string; target: string; outcome: string; details: any }[];
      expect(entries.find((e) => e.actor === people.agentA.id && e.target === ids.a && e.outcome === 'ok')?.details.risk).toContain('fraud.shared_instrument');
      expect(entries.some((e) => e.actor === people.agentA.id && e.target === ids.s1 && e.outcome === 'denied')).toBe(true);
      expect(entries.some((e) => e.target === ids.n && e.outcome === 'denied' && e.details.consent === 'ai_processing')).toBe(true);
    });

    it('counts topic trends over consenting customers only, by an editable taxonomy', async () => {
      const q = '/v1/insights/trends?from=2026-03-01T00:00:00Z&to=2026-03-08T00:00:00Z&bucket=day';
      expect((await call('GET', q, { key: people.agentA.key })).status).toBe(403);
      const r = await call('GET', q, { key: people.analyst.key });
      expect(r.status, r.text).toBe(200);
      const total = (id: string, body = r.body) => body.topics.find((t: { topicId: string }) => t.topicId === id)?.total ?? 0;
      expect(total('card_lost_stolen')).toBe(1);
      expect(total('billing_dispute')).toBe(2);
      expect(r.body.excluded).toBe(1);
      expect(r.body.topics.find((t: { topicId: string }) => t.topicId === 'billing_dispute').buckets.find((b: { start: string }) => b.start.startsWith('2026-03-03')).count).toBe(1);
      expect((await call('GET', '/v1/insights/trends?from=2026-03-08&to=2026-03-01', { key: people.analyst.key })).status).toBe(400);

      const current = await call('GET', '/v1/insights/taxonomy', { key: people.admin.key });
      expect(current.status).toBe(200);
      const edited = [...current.body.taxonomy, { id: 'loyalty_points', label: 'Loyalty points', phrases: ['loyalty points'] }];
      expect((await call('PUT', '/v1/insights/taxonomy', { key: people.analyst.key, body: { taxonomy: edited } })).status).toBe(403);
      expect((await call('PUT', '/v1/insights/taxonomy', { key: people.qa.key, body: { taxonomy: [{ id: 'Bad Id', label: 'x', phrases: ['y'] }] } })).status).toBe(400);
      const put = await call('PUT', '/v1/insights/taxonomy', { key: people.qa.key, body: { taxonomy: edited } });
      expect(put.status, put.text).toBe(200);
      expect(total('loyalty_points', (await call('GET', q, { key: people.analyst.key })).body)).toBe(1);
      const phrases = await call('GET', '/v1/insights/phrases?from=2026-03-01T00:00:00Z&to=2026-03-08T00:00:00Z&minCount=2', { key: people.qa.key });
      expect(phrases.status, phrases.text).toBe(200);
      expect(phrases.body.interactions).toBe(3);
    });

    it('stores knowledge-base articles in the database and suggests replies, phrased through the gateway', async () => {
      const articles = [
        { id: 'kb-lost-card', title: 'Lost or stolen card', body: 'Block the card at once, then order a replacement card. The new card arrives in five days.', tags: ['card', 'lost', 'stolen'] },
        { id: 'kb-dispute', title: 'Disputing a charge', body: 'Open a dispute for the charge; a provisional credit is given within ten days.', tags: ['dispute', 'charge'] },
        { id: 'kb-password', title: 'Password reset', body: 'Send a reset link to the email on file; it expires in one hour.', tags: ['password', 'login'] },
      ];
      expect((await call('POST', '/v1/kb/articles', { key: people.agentA.key, body: { articles } })).status).toBe(403);
      const added = await call('POST', '/v1/kb/articles', { key: people.qa.key, body: { articles } });
      expect(added.status, added.text).toBe(201);
      expect(added.body.created).toBe(3);

      const text = `Customer: Hi, I'm Maria Gonzalez and I lost my card ${CARD} yesterday, can you block it?`;
      const s = await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text, limit: 2 } });
      expect(s.status, s.text).toBe(200);
      expect(s.body.suggestions[0].articleId).toBe('kb-lost-card');
      expect(s.body.draft).toBeNull();
      const byInteraction = await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { interactionId: ids.a } });
      expect(byInteraction.body.suggestions[0].articleId).toBe('kb-lost-card');
      expect((await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { interactionId: ids.s1 } })).status).toBe(404);
      expect((await call('POST', '/v1/assist/suggest', { key: people.qa.key, body: { interactionId: ids.n } })).status).toBe(403);
      expect((await call('POST', '/v1/assist/suggest', { key: people.qa.key, body: { text, interactionId: ids.a } })).status).toBe(400);

      const before = llm.received.length;
      const phrased = await call('POST', '/v1/assist/suggest', { key: people.qa.key, body: { text, customerRef: 'CUST-A', phrase: true, model: 'gpt-4o' } });
      expect(phrased.status, phrased.text).toBe(200);
      expect(phrased.body.draft).toContain('Maria Gonzalez');
      const agentDraft = await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text, customerRef: 'CUST-A', phrase: true, model: 'gpt-4o' } });
      expect(agentDraft.body.draft).toMatch(/\[PERSON_1\]/);
      expect(agentDraft.body.draft).not.toContain('Maria');
      const sent = llm.received.slice(before).map((b) => b.raw).join('\n');
      expect(llm.received.length).toBe(before + 2);
      expect(sent).toContain('Block the card at once');
      for (const v of ['Maria', 'Gonzalez', '4111']) expect(sent).not.toContain(v);
      expect((await call('POST', '/v1/assist/suggest', { key: people.qa.key, body: { text, customerRef: 'CUST-N', phrase: true } })).status).toBe(403);
    });

    it('a second node builds its index from the database and sees new articles', async () => {
      node2 = await startServer(installation, ['--lockout-failures', '100000', '--rate-limit', '100000']);
      const text = 'Customer: I forgot my password and cannot sign in.';
      const one = await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text } });
      const two = await node2.call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text } });
      expect(two.status).toBe(200);
      expect(two.body.suggestions).toEqual(one.body.suggestions);
      expect(two.body.suggestions[0].articleId).toBe('kb-password');
      const fresh = { id: 'kb-shipping', title: 'Parcel tracking', body: 'Share the courier tracking link; parcels arrive within a week.', tags: ['parcel', 'tracking'] };
      expect((await call('POST', '/v1/kb/articles', { key: people.qa.key, body: fresh })).status).toBe(201);
      const after = await node2.call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text: 'Customer: where is my parcel? the tracking link is broken' } });
      expect(after.body.suggestions[0].articleId).toBe('kb-shipping');
      expect((await node2.call('DELETE', '/v1/kb/articles/kb-shipping', { key: people.qa.key })).status).toBe(204);
      const gone = await call('POST', '/v1/assist/suggest', { key: people.agentA.key, body: { text: 'Customer: where is my parcel? the tracking link is broken' } });
      expect(gone.body.suggestions.map((x: { articleId: string }) => x.articleId)).not.toContain('kb-shipping');
    });
  });
}
