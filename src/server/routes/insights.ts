import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { GatewayError } from '../../gateway/index.js';
import { AiConsentMissingError, ArticleNotFoundError, InsightsInputError, type StoredTaxonomy } from '../../insights-service/index.js';
import { principalOf, type RouteOptions } from '../context.js';
import { HttpError } from '../errors.js';
import { sendGatewayError } from './gateway.js';

/** The insights service's own errors as statuses; interaction errors pass to the shared handler. */
async function mapped<T>(reply: FastifyReply, fn: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof InsightsInputError) throw new HttpError(400, err.message);
    if (err instanceof ArticleNotFoundError) throw new HttpError(404, err.message);
    if (err instanceof AiConsentMissingError) return reply.code(403).send({ error: 'Forbidden', message: err.message, code: 'consent_required' });
    if (err instanceof GatewayError) return sendGatewayError(reply, err);
    throw err;
  }
}

const Finding = Type.Object({
  rule: Type.String(),
  severity: Type.String(),
  start: Type.Integer({ description: 'Offset into the redacted text' }),
  end: Type.Integer(),
  evidence: Type.String({ description: 'Cue words and span types only, never a value' }),
});
const Topic = Type.Object({ id: Type.String(), label: Type.String(), score: Type.Number(), matched: Type.Array(Type.String()) });
const TaxonomyEntry = Type.Object({ id: Type.String(), label: Type.String(), phrases: Type.Array(Type.String()) });
const Bucket = Type.Object({ start: Type.String(), count: Type.Integer() });
const Window = {
  from: Type.String({ maxLength: 40, description: 'Start (ISO 8601), inclusive' }),
  to: Type.String({ maxLength: 40, description: 'End (ISO 8601), exclusive; at most 366 days after from' }),
};
const Article = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 128 }),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ minLength: 1, maxLength: 50_000 }),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);
const Suggestion = Type.Object({ articleId: Type.String(), title: Type.String(), score: Type.Number(), snippet: Type.String() });

function taxonomyView(t: StoredTaxonomy) {
  return { ...t, taxonomy: t.taxonomy.map((e) => ({ id: e.id, label: e.label, phrases: [...e.phrases] })) };
}

/**
 * Insights of one interaction (scoped like the interaction), trends and discovered phrases,
 * the taxonomy, the knowledge base and suggested replies. Interactions of customers without
 * ai_processing consent are refused with 403 (one interaction) or left out and counted (aggregates).
 */
export const insightsRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { custos }) => {
  const { insights } = custos;

  app.get(
    '/v1/interactions/:id/insights',
    {
      config: { action: 'insights.read' },
      schema: {
        tags: ['insights'],
        summary: 'Compliance flags, fraud/risk signals and topics of one interaction, from its redacted text',
        description: "Scoped like the interaction (an agent: own only; others' read as 404). 403 when the customer has not consented to ai_processing.",
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: Type.Object({ flags: Type.Array(Finding), risk: Type.Array(Finding), topics: Type.Array(Topic) }) },
      },
    },
    async (request, reply) => mapped(reply, () => insights.interactionInsights(principalOf(request), request.params.id)),
  );

  app.get(
    '/v1/insights/trends',
    {
      config: { action: 'insights.trends' },
      schema: {
        tags: ['insights'],
        summary: 'Topic counts per day or week and their change against the previous period',
        description: 'Only interactions of customers who consented to ai_processing are counted; the others are reported as excluded.',
        querystring: Type.Object({ ...Window, bucket: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('week')])) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            bucket: Type.String(),
            from: Type.String(),
            to: Type.String(),
            topics: Type.Array(
              Type.Object({
                topicId: Type.String(),
                label: Type.String(),
                buckets: Type.Array(Bucket),
                total: Type.Integer(),
                previousTotal: Type.Integer(),
                change: Type.Integer(),
                changeRatio: Type.Union([Type.Number(), Type.Null()]),
              }),
            ),
            unclassified: Type.Array(Bucket),
            skipped: Type.Integer(),
            excluded: Type.Integer({ description: 'Interactions left out: no ai_processing consent' }),
          }),
        },
      },
    },
    async (request, reply) => mapped(reply, () => insights.trends(principalOf(request), request.query)),
  );

  app.get(
    '/v1/insights/phrases',
    {
      config: { action: 'insights.trends' },
      schema: {
        tags: ['insights'],
        summary: 'Frequent phrases in interactions no taxonomy topic matched: candidates for new topics',
        querystring: Type.Object(
          {
            ...Window,
            minCount: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$', description: 'Least number of interactions a phrase must appear in (2 to 1000, default 3)' })),
            limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: 'At most this many phrases (1 to 200, default 50)' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            phrases: Type.Array(Type.Object({ phrase: Type.String(), count: Type.Integer(), lift: Type.Number(), exampleIds: Type.Array(Type.String()) })),
            interactions: Type.Integer(),
            excluded: Type.Integer(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { minCount, limit, ...window } = request.query;
      return mapped(reply, () =>
        insights.phrases(principalOf(request), {
          ...window,
          ...(minCount !== undefined ? { minCount: Number(minCount) } : {}),
          ...(limit !== undefined ? { limit: Number(limit) } : {}),
        }),
      );
    },
  );

  const TaxonomyView = Type.Object({ taxonomy: Type.Array(TaxonomyEntry), updatedAt: Type.Union([Type.String(), Type.Null()]), updatedBy: Type.Union([Type.String(), Type.Null()]) });
  app.get(
    '/v1/insights/taxonomy',
    { config: { action: 'insights.taxonomy' }, schema: { tags: ['insights'], summary: 'The topic taxonomy in use (the built-in one until edited)', response: { 200: TaxonomyView } } },
    async () => taxonomyView(await insights.getTaxonomy()),
  );

  app.put(
    '/v1/insights/taxonomy',
    {
      config: { action: 'insights.taxonomy' },
      schema: {
        tags: ['insights'],
        summary: 'Replace the topic taxonomy (topics with cue phrases; `*` is a gap of up to three words)',
        body: Type.Object({ taxonomy: Type.Array(TaxonomyEntry, { minItems: 1, maxItems: 200 }) }, { additionalProperties: false }),
        response: { 200: TaxonomyView },
      },
    },
    async (request, reply) => mapped(reply, async () => taxonomyView(await insights.putTaxonomy(principalOf(request), request.body.taxonomy))),
  );

  app.post(
    '/v1/kb/articles',
    {
      config: { action: 'kb.manage' },
      schema: {
        tags: ['assist'],
        summary: 'Add or replace (same id) knowledge-base articles; stored in the database, every node re-indexes',
        body: Type.Union([Article, Type.Object({ articles: Type.Array(Article, { minItems: 1, maxItems: 500 }) }, { additionalProperties: false })]),
        response: { 201: Type.Object({ created: Type.Integer(), updated: Type.Integer(), ids: Type.Array(Type.String()) }) },
      },
    },
    async (request, reply) => {
      const body = request.body as { articles?: unknown[] };
      const list = Array.isArray(body.articles) ? body.articles : [request.body];
      const result = await mapped(reply, () => insights.addArticles(principalOf(request), list));
      return reply.sent ? result : reply.code(201).send(result);
    },
  );

  app.get(
    '/v1/kb/articles',
    {
      config: { action: 'kb.manage' },
      schema: {
        tags: ['assist'],
        summary: 'Every knowledge-base article',
        response: { 200: Type.Object({ articles: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), body: Type.String(), tags: Type.Array(Type.String()), updatedAt: Type.String(), updatedBy: Type.String() })) }) },
      },
    },
    async () => ({ articles: await insights.articles() }),
  );

  app.delete(
    '/v1/kb/articles/:id',
    { config: { action: 'kb.manage' }, schema: { tags: ['assist'], summary: 'Remove a knowledge-base article', params: Type.Object({ id: Type.String({ maxLength: 128 }) }) } },
    async (request, reply) => {
      const result = await mapped(reply, () => insights.removeArticle(principalOf(request), request.params.id));
      return reply.sent ? result : reply.code(204).send();
    },
  );

  app.post(
    '/v1/assist/suggest',
    {
      config: { action: 'assist.suggest' },
      schema: {
        tags: ['assist'],
        summary: 'Knowledge-base articles ranked for a conversation (a stored interaction or a text), optionally phrased by the model',
        description:
          'With interactionId the interaction must be in the caller’s read scope and its customer must have consented to ai_processing. ' +
          'With text, retrieval runs on the redacted text; phrase: true needs customerRef (consent applies) and goes through the gateway, sanitized. ' +
          'If the model cannot answer, the ranked articles are still returned with draft null and draftError.',
        body: Type.Object(
          {
            interactionId: Type.Optional(Type.String({ maxLength: 100 })),
            text: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
            customerRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
            phrase: Type.Optional(Type.Boolean()),
            model: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            suggestions: Type.Array(Suggestion),
            draft: Type.Union([Type.String(), Type.Null()]),
            draftError: Type.Optional(Type.Object({ status: Type.Integer(), message: Type.String() })),
          }),
        },
      },
    },
    async (request, reply) => mapped(reply, () => insights.suggest(principalOf(request), request.body)),
  );
};
