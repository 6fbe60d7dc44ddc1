import { can, type Principal } from '../access/index.js';
import { GatewayError, type Gateway } from '../gateway/index.js';
import {
  analyzeInteraction,
  discoverPhrases,
  findSharedInstruments,
  trends as topicTrends,
  type DiscoveredPhrase,
  type Finding,
  type InstrumentRecord,
  type Suggestion,
  type Taxonomy,
  type Topic,
  type TrendReport,
} from '../insights/index.js';
import { AccessDeniedError, InteractionNotFoundError, type InteractionView, type Interactions } from '../interactions/index.js';
import type { Kysely, Store } from '../store/index.js';
import { redact } from '../transform/index.js';
import { AiConsentMissingError, ArticleNotFoundError, InsightsInputError } from './errors.js';
import { createKnowledgeBaseCache, deleteArticle, listArticles, upsertArticles, validateArticles, type StoredArticle } from './knowledge-base-store.js';
import { readTaxonomy, validateTaxonomy, writeTaxonomy, type StoredTaxonomy } from './taxonomy.js';

/** What the service records; the audit module's entry shape. */
export interface InsightsAuditWriter {
  append(trx: Kysely<any>, entry: AuditEntry): Promise<unknown>;
  record(entry: AuditEntry): Promise<unknown>;
}
interface AuditEntry {
  actor: string;
  action: string;
  target?: string;
  outcome: 'ok' | 'denied' | 'error';
  details?: Record<string, unknown>;
}

export interface InsightsServiceDeps {
  store: Pick<Store, 'db' | 'transaction'>;
  interactions: Pick<Interactions, 'get' | 'storedSpans'>;
  consent: { hasConsent(customerRef: string, purpose: 'ai_processing'): Promise<boolean> };
  audit: InsightsAuditWriter;
  gateway: Pick<Gateway, 'chat' | 'config'>;
  clock?: () => Date;
  /** Distinct customers sharing one card or phone before `fraud.shared_instrument` fires (default 3). */
  sharedInstrumentMinCustomers?: number;
}

export interface InteractionInsights {
  flags: Finding[];
  risk: Finding[];
  topics: Topic[];
}

export interface TrendsInput {
  from: string;
  to: string;
  bucket?: 'day' | 'week';
}

export interface SuggestInput {
  interactionId?: string;
  text?: string;
  /** Needed with `text` when `phrase` is asked for: whose consent applies. */
  customerRef?: string;
  limit?: number;
  /** Also ask the configured model (through the gateway) to phrase a reply from the top articles. */
  phrase?: boolean;
  model?: string;
  signal?: AbortSignal;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** The model's phrasing, or null when not asked for or when the model could not answer. */
  draft: string | null;
  /** Why there is no draft although one was asked for (status and message of the gateway's refusal). */
  draftError?: { status: number; message: string };
}

/** Longest window a trends or phrases query may cover. */
const MAX_WINDOW_DAYS = 366;
/** Most interactions one aggregate reads; a longer window must be narrowed. */
const MAX_AGGREGATE_ROWS = 100_000;
const DAY_MS = 86_400_000;

function instant(value: string | undefined, name: string): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new InsightsInputError(`${name} must be an ISO 8601 date or date-time`);
  return ms;
}

export type InsightsService = ReturnType<typeof createInsightsService>;

/**
 * Insights, trends, taxonomy, knowledge base and suggested replies over stored interactions.
 * Reads only redacted text and span types (plus instrument indexes for the fraud join); customers
 * without `ai_processing` consent are left out of every AI feature; every read is audited.
 */
export function createInsightsService(deps: InsightsServiceDeps) {
  const { store, interactions, consent, audit, gateway } = deps;
  const clock = deps.clock ?? (() => new Date());
  const minCustomers = deps.sharedInstrumentMinCustomers ?? 3;
  if (!Number.isInteger(minCustomers) || minCustomers < 2) throw new InsightsInputError('CUSTOS_SHARED_INSTRUMENT_MIN_CUSTOMERS must be an integer of at least 2');
  const kbCache = createKnowledgeBaseCache(store);

  /** The interaction in the caller's read scope; out of scope reads as missing, and is audited as such. */
  async function scopedInteraction(principal: Principal, action: string, id: string): Promise<InteractionView> {
    try {
      return await interactions.get(principal, id);
    } catch (err) {
      if (err instanceof InteractionNotFoundError) {
        await audit.record({ actor: principal.userId, action, target: id, outcome: 'denied', details: { result: 'not_found' } });
      }
      throw err;
    }
  }

  async function requireAiConsent(principal: Principal, action: string, view: InteractionView): Promise<void> {
    if (await consent.hasConsent(view.customerRef, 'ai_processing')) return;
    await audit.record({ actor: principal.userId, action, target: view.id, outcome: 'denied', details: { consent: 'ai_processing' } });
    throw new AiConsentMissingError("refused: this interaction's customer has not consented to ai_processing, so it is excluded from AI features");
  }

  /** `fraud.shared_instrument` findings: this interaction's cards and phones seen with many customers, joined on the keyed index. */
  async function sharedInstrumentFindings(view: InteractionView): Promise<Finding[]> {
    const spans = (await interactions.storedSpans([view.id])).filter((s) => s.field === 'text' && s.instrumentIndex !== null);
    if (spans.length === 0) return [];
    const indexes = [...new Set(spans.map((s) => s.instrumentIndex!))];
    // The interactions module keeps the index beside the span for exactly this join; no value is read.
    const rows = await store.db
      .selectFrom('interaction_spans as s')
      .innerJoin('interactions as i', 'i.id', 's.interaction_id')
      .select(['s.interaction_id', 's.type', 's.instrument_index', 'i.customer_ref'])
      .where('s.instrument_index', 'in', indexes)
      .execute();
    const records: InstrumentRecord[] = rows.map((r) => ({
      customerRef: String(r.customer_ref),
      type: r.type,
      instrumentToken: String(r.instrument_index),
      interactionId: String(r.interaction_id),
    }));
    const findings: Finding[] = [];
    for (const shared of findSharedInstruments(records, { minCustomers })) {
      for (const s of spans) {
        if (s.instrumentIndex !== shared.instrumentToken || s.type !== shared.type) continue;
        findings.push({
          rule: 'fraud.shared_instrument',
          severity: 'high',
          start: s.start,
          end: s.end,
          evidence: `${s.type} also used by ${shared.customerCount - 1} other customer(s) (matched by keyed index)`,
        });
      }
    }
    return findings;
  }

  async function interactionInsights(principal: Principal, id: string): Promise<InteractionInsights> {
    const action = 'insights.read';
    if (!can(principal, action)) throw new AccessDeniedError('your role may not read insights');
    const view = await scopedInteraction(principal, action, id);
    if (!can(principal, action, { ownerId: view.agentId })) {
      await audit.record({ actor: principal.userId, action, target: id, outcome: 'denied', details: { result: 'not_found' } });
      throw new InteractionNotFoundError();
    }
    await requireAiConsent(principal, action, view);
    const { taxonomy } = await readTaxonomy(store.db);
    const analysis = analyzeInteraction({ id: view.id, channel: view.channel, redactedText: view.redactedText, spans: view.entities }, { taxonomy });
    const risk = [...analysis.risk, ...(await sharedInstrumentFindings(view))];
    await audit.record({
      actor: principal.userId,
      action,
      target: id,
      outcome: 'ok',
      details: { flags: analysis.flags.map((f) => f.rule), risk: risk.map((f) => f.rule), topics: analysis.topics.map((t) => t.id) },
    });
    return { flags: analysis.flags, risk, topics: analysis.topics };
  }

  /** Interactions of consenting customers in [fromMs, toMs): id, redacted text and time only. */
  async function consentingInteractions(fromMs: number, toMs: number): Promise<{ rows: { id: string; redactedText: string; occurredAt: string }[]; excluded: number }> {
    const rows = await store.db
      .selectFrom('interactions')
      .select(['id', 'customer_ref', 'redacted_text', 'occurred_at'])
      .where('occurred_at', '>=', new Date(fromMs).toISOString())
      .where('occurred_at', '<', new Date(toMs).toISOString())
      .limit(MAX_AGGREGATE_ROWS + 1)
      .execute();
    if (rows.length > MAX_AGGREGATE_ROWS) throw new InsightsInputError(`the window holds more than ${MAX_AGGREGATE_ROWS} interactions; narrow from/to`);
    const consented = new Map<string, boolean>();
    for (const ref of new Set(rows.map((r) => String(r.customer_ref)))) consented.set(ref, await consent.hasConsent(ref, 'ai_processing'));
    const kept = rows.filter((r) => consented.get(String(r.customer_ref)) === true);
    return {
      rows: kept.map((r) => ({ id: String(r.id), redactedText: String(r.redacted_text), occurredAt: String(r.occurred_at) })),
      excluded: rows.length - kept.length,
    };
  }

  function windowOf(input: { from: string; to: string }): { from: number; to: number } {
    const from = instant(input.from, 'from');
    const to = instant(input.to, 'to');
    if (to <= from) throw new InsightsInputError('to must be after from');
    if (to - from > MAX_WINDOW_DAYS * DAY_MS) throw new InsightsInputError(`the window may cover at most ${MAX_WINDOW_DAYS} days`);
    return { from, to };
  }

  async function trends(principal: Principal, input: TrendsInput): Promise<TrendReport & { excluded: number }> {
    const action = 'insights.trends';
    const bucket = input.bucket ?? 'day';
    if (bucket !== 'day' && bucket !== 'week') throw new InsightsInputError('bucket must be day or week');
    const w = windowOf(input);
    // The equally long period before `from` is read too: trends compare against it.
    const { rows, excluded } = await consentingInteractions(w.from - (w.to - w.from), w.to);
    const { taxonomy } = await readTaxonomy(store.db);
    const report = topicTrends(rows, taxonomy, { from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), bucket });
    await audit.record({
      actor: principal.userId,
      action,
      outcome: 'ok',
      details: { from: report.from, to: report.to, bucket, interactions: rows.length, excludedWithoutConsent: excluded },
    });
    return { ...report, excluded };
  }

  async function phrases(principal: Principal, input: { from: string; to: string; minCount?: number; limit?: number }): Promise<{ phrases: DiscoveredPhrase[]; interactions: number; excluded: number }> {
    const w = windowOf(input);
    const minCount = input.minCount ?? 3;
    const limit = input.limit ?? 50;
    if (!Number.isInteger(minCount) || minCount < 2 || minCount > 1000) throw new InsightsInputError('minCount must be 2 to 1000');
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new InsightsInputError('limit must be 1 to 200');
    const { rows, excluded } = await consentingInteractions(w.from, w.to);
    const { taxonomy } = await readTaxonomy(store.db);
    const found = discoverPhrases(rows, taxonomy, { minCount, limit });
    await audit.record({
      actor: principal.userId,
      action: 'insights.trends',
      outcome: 'ok',
      details: { view: 'phrases', from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), interactions: rows.length, excludedWithoutConsent: excluded, phrases: found.length },
    });
    return { phrases: found, interactions: rows.length, excluded };
  }

  async function getTaxonomy(): Promise<StoredTaxonomy> {
    return readTaxonomy(store.db);
  }

  async function putTaxonomy(principal: Principal, input: unknown): Promise<StoredTaxonomy> {
    const taxonomy: Taxonomy = validateTaxonomy(input);
    const at = clock().toISOString();
    await store.transaction(async (trx) => {
      await writeTaxonomy(trx, taxonomy, principal.userId, at);
      await audit.append(trx, { actor: principal.userId, action: 'insights.taxonomy', outcome: 'ok', details: { topics: taxonomy.length } });
    });
    return { taxonomy, updatedAt: at, updatedBy: principal.userId };
  }

  async function addArticles(principal: Principal, input: unknown): Promise<{ created: number; updated: number; ids: string[] }> {
    const articles = validateArticles(input);
    const ids = new Set<string>();
    for (const a of articles) {
      if (ids.has(a.id)) throw new InsightsInputError(`article id ${a.id} appears twice`);
      ids.add(a.id);
    }
    const at = clock().toISOString();
    const result = await store.transaction(async (trx) => {
      const r = await upsertArticles(trx, articles, principal.userId, at);
      await audit.append(trx, { actor: principal.userId, action: 'kb.manage', outcome: 'ok', details: { change: 'upsert', ...r, articleIds: [...ids].slice(0, 200) } });
      return r;
    });
    return { ...result, ids: [...ids] };
  }

  async function removeArticle(principal: Principal, id: string): Promise<void> {
    const removed = await store.transaction(async (trx) => {
      const r = await deleteArticle(trx, id);
      if (r) await audit.append(trx, { actor: principal.userId, action: 'kb.manage', target: id, outcome: 'ok', details: { change: 'remove' } });
      return r;
    });
    if (!removed) throw new ArticleNotFoundError('no such article');
  }

  async function articles(): Promise<StoredArticle[]> {
    return listArticles(store.db);
  }

  async function suggest(principal: Principal, input: SuggestInput): Promise<SuggestResult> {
    const action = 'assist.suggest';
    const hasId = input.interactionId !== undefined;
    const hasText = input.text !== undefined;
    if (hasId === hasText) throw new InsightsInputError('give exactly one of interactionId or text');
    const limit = input.limit ?? 3;
    if (!Number.isInteger(limit) || limit < 1 || limit > 20) throw new InsightsInputError('limit must be 1 to 20');

    let conversation: string;
    let customerRef: string | undefined;
    let target: string | undefined;
    if (hasId) {
      const view = await scopedInteraction(principal, action, input.interactionId!);
      await requireAiConsent(principal, action, view);
      conversation = view.redactedText;
      customerRef = view.customerRef;
      target = view.id;
    } else {
      if (typeof input.text !== 'string' || input.text.trim() === '' || input.text.length > 100_000) {
        throw new InsightsInputError('text must be a non-empty string of at most 100000 characters');
      }
      // Retrieval runs on the labelled text: the raw one is used only by the gateway, which sanitizes it.
      conversation = redact(input.text, { operator: 'label' }).text;
      customerRef = input.customerRef;
    }
    const kb = await kbCache.current();
    const suggestions = kb.suggest(conversation, { limit });

    let draft: string | null = null;
    let draftError: SuggestResult['draftError'];
    if (input.phrase === true && suggestions.length > 0) {
      if (customerRef === undefined) throw new InsightsInputError('customerRef is required to phrase a reply from free text (its consent applies)');
      const byId = new Map((await listArticles(store.db)).map((a) => [a.id, a]));
      const reference = suggestions
        .map((s, i) => `Article ${i + 1}: ${s.title}\n${(byId.get(s.articleId)?.body ?? s.snippet).slice(0, 4000)}`)
        .join('\n\n');
      const model = input.model ?? gateway.config.assistModel ?? [...gateway.config.modelMap.keys()].find((k) => k !== '*') ?? 'default';
      try {
        const outcome = await gateway.chat(
          { principal, customerRef, purpose: action, ...(input.signal ? { signal: input.signal } : {}) },
          {
            model,
            stream: false,
            messages: [
              {
                role: 'system',
                content:
                  'You help a contact-center agent. Using only the knowledge-base articles given, draft a short, polite reply to the customer\'s latest message. Keep placeholders such as [PERSON_1] exactly as written.',
              },
              { role: 'user', content: `Knowledge-base articles:\n\n${reference}\n\nConversation so far:\n\n${hasText ? input.text! : conversation}` },
            ],
          },
        );
        if (outcome.kind === 'json') {
          const choice = (outcome.body.choices as { message?: { content?: unknown } }[])[0];
          draft = typeof choice?.message?.content === 'string' ? choice.message.content : null;
        }
      } catch (err) {
        // A refusal for consent stays a refusal; an unreachable model still leaves the ranked articles.
        if (!(err instanceof GatewayError) || err.statusCode < 500) throw err;
        draftError = { status: err.statusCode, message: err.message };
      }
    }
    await audit.record({
      actor: principal.userId,
      action,
      ...(target ? { target } : {}),
      outcome: 'ok',
      details: { source: hasId ? 'interaction' : 'text', suggestions: suggestions.map((s) => s.articleId), phrased: draft !== null },
    });
    return { suggestions, draft, ...(draftError ? { draftError } : {}) };
  }

  return { interactionInsights, trends, phrases, getTaxonomy, putTaxonomy, addArticles, removeArticle, articles, suggest };
}
