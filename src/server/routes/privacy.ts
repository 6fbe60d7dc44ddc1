import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CONSENT_PURPOSES,
  DATA_CLASSES,
  LegalHoldError,
  PrivacyInputError,
  PrivacyNotFoundError,
  breachReportMarkdown,
  purgeIntervalFromEnv,
  schedulePurge,
  type PurgeSchedule,
} from '../../privacy/index.js';
import { principalOf, type RouteOptions } from '../context.js';
import { HttpError } from '../errors.js';
import { oneOf } from './schemas.js';

/** The privacy module's own errors, as the statuses clients see (their messages carry no customer value). */
async function mapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof PrivacyInputError) throw new HttpError(400, err.message);
    if (err instanceof PrivacyNotFoundError) throw new HttpError(404, err.message);
    if (err instanceof LegalHoldError) throw new HttpError(409, err.message);
    throw err;
  }
}

const Loose = Type.Record(Type.String(), Type.Unknown());
const CustomerRef = Type.Object({ customerRef: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' }) });
const Instant = (description: string) => Type.String({ maxLength: 40, description: `${description} (ISO 8601)` });

/**
 * Retention and purge, legal holds, subject export and erasure, the consent ledger and the breach
 * report. Who may call what is the policy table's (`retention.*`, `hold.manage`, `subject.*`,
 * `consent.*`, `breach.report`); the module audits every change and every export.
 */
export const privacyRoutes: FastifyPluginAsyncTypebox<RouteOptions & { purgeIntervalMs?: number }> = async (app, { custos, purgeIntervalMs }) => {
  const { privacy } = custos;

  // The retention schedule lives as long as the server: started when it is ready, stopped (after
  // any run in progress) when it closes. CUSTOS_PURGE_INTERVAL_SECONDS sets the period; 0 turns it off.
  let schedule: PurgeSchedule | undefined;
  app.addHook('onReady', async () => {
    schedule = schedulePurge(() => privacy.purgeExpired({ actor: 'system:purge-schedule' }), {
      intervalMs: purgeIntervalMs ?? purgeIntervalFromEnv(),
      onResult: (r) =>
        app.log.info({ purge: Object.fromEntries(Object.entries(r.classes).map(([c, v]) => [c, v.removed])), auditSeq: r.auditSeq }, 'scheduled purge done'),
      onError: (err) => app.log.error({ errType: err instanceof Error ? err.name : typeof err }, 'scheduled purge failed'),
    });
  });
  app.addHook('onClose', async () => {
    await schedule?.stop();
  });

  app.get(
    '/v1/retention',
    { config: { action: 'retention.read' }, schema: { tags: ['privacy'], summary: 'Retention policy of every data class', response: { 200: Type.Object({ policies: Type.Array(Loose) }) } } },
    async () => ({ policies: (await privacy.showRetention()) as unknown as Record<string, unknown>[] }),
  );

  app.put(
    '/v1/retention/:dataClass',
    {
      config: { action: 'retention.manage' },
      schema: {
        tags: ['privacy'],
        summary: 'Set how many days a data class is kept',
        params: Type.Object({ dataClass: oneOf(DATA_CLASSES) }),
        body: Type.Object({ days: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
        response: { 200: Loose },
      },
    },
    async (request) => mapped(async () => (await privacy.setRetention(principalOf(request).userId, request.params.dataClass, request.body.days)) as unknown as Record<string, unknown>),
  );

  app.post(
    '/v1/purge',
    {
      config: { action: 'retention.manage' },
      schema: {
        tags: ['privacy'],
        summary: 'Purge everything past its retention now (or report what would go, with dryRun)',
        body: Type.Optional(Type.Object({ dryRun: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
        response: { 200: Loose },
      },
    },
    async (request) =>
      mapped(async () => (await privacy.purgeExpired({ dryRun: request.body?.dryRun === true, actor: principalOf(request).userId })) as unknown as Record<string, unknown>),
  );

  app.post(
    '/v1/holds',
    {
      config: { action: 'hold.manage' },
      schema: {
        tags: ['privacy'],
        summary: 'Place a legal hold on an interaction or a customer; it blocks purge and erasure',
        body: Type.Object(
          {
            interactionId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            customerRef: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Loose },
      },
    },
    async (request, reply) => {
      const hold = await mapped(() => privacy.placeHold(principalOf(request).userId, request.body));
      return reply.code(201).send(hold as unknown as Record<string, unknown>);
    },
  );

  app.get(
    '/v1/holds',
    {
      config: { action: 'hold.manage' },
      schema: {
        tags: ['privacy'],
        summary: 'Legal holds (active ones unless includeReleased)',
        querystring: Type.Object({ includeReleased: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Object({ holds: Type.Array(Loose) }) },
      },
    },
    async (request) => ({ holds: (await privacy.listHolds({ includeReleased: request.query.includeReleased === true })) as unknown as Record<string, unknown>[] }),
  );

  app.delete(
    '/v1/holds/:id',
    {
      config: { action: 'hold.manage' },
      schema: { tags: ['privacy'], summary: 'Release a legal hold', params: Type.Object({ id: Type.String({ maxLength: 100 }) }), response: { 200: Loose } },
    },
    async (request) => mapped(async () => (await privacy.releaseHold(principalOf(request).userId, request.params.id)) as unknown as Record<string, unknown>),
  );

  app.get(
    '/v1/subjects/:customerRef/export',
    {
      config: { action: 'subject.export' },
      schema: {
        tags: ['privacy'],
        summary: 'Everything held about a customer, originals included (access and portability); audited',
        params: CustomerRef,
        querystring: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
        response: { 200: Loose },
      },
    },
    async (request) =>
      mapped(async () => {
        const reason = request.query.reason;
        return (await privacy.exportSubject(principalOf(request).userId, request.params.customerRef, reason ? { reason } : {})) as unknown as Record<string, unknown>;
      }),
  );

  app.post(
    '/v1/subjects/:customerRef/erase',
    {
      config: { action: 'subject.erase' },
      schema: {
        tags: ['privacy'],
        summary: "Erase a customer: destroy their data key, originals and tokens; refused (409) under legal hold",
        params: CustomerRef,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
        response: { 200: Loose },
      },
    },
    async (request) =>
      mapped(async () => (await privacy.eraseSubject(principalOf(request).userId, request.params.customerRef, { reason: request.body.reason })) as unknown as Record<string, unknown>),
  );

  app.post(
    '/v1/subjects/:customerRef/consents',
    {
      config: { action: 'consent.write' },
      schema: {
        tags: ['privacy'],
        summary: 'Record a consent granted or withdrawn (the history is kept)',
        params: CustomerRef,
        body: Type.Object(
          { purpose: oneOf(CONSENT_PURPOSES), granted: Type.Boolean(), source: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 201: Loose },
      },
    },
    async (request, reply) => {
      const record = await mapped(() => privacy.recordConsent(principalOf(request).userId, request.params.customerRef, request.body));
      return reply.code(201).send(record as unknown as Record<string, unknown>);
    },
  );

  app.get(
    '/v1/subjects/:customerRef/consents',
    {
      config: { action: 'consent.read' },
      schema: {
        tags: ['privacy'],
        summary: "A customer's consent history and where each purpose stands now",
        params: CustomerRef,
        response: { 200: Type.Object({ customerRef: Type.String(), current: Type.Record(Type.String(), Type.Boolean()), history: Type.Array(Loose) }) },
      },
    },
    async (request) =>
      mapped(async () => {
        const { customerRef } = request.params;
        const history = await privacy.consentHistory(customerRef);
        const current: Record<string, boolean> = {};
        for (const purpose of CONSENT_PURPOSES) current[purpose] = await privacy.hasConsent(customerRef, purpose);
        return { customerRef, current, history: history as unknown as Record<string, unknown>[] };
      }),
  );

  app.get(
    '/v1/breach-report',
    {
      config: { action: 'breach.report' },
      schema: {
        tags: ['privacy'],
        summary: "Every customer whose originals an actor revealed, exported or detokenized in a window; 72-hour deadline",
        querystring: Type.Object(
          {
            actor: Type.String({ minLength: 1, maxLength: 200 }),
            from: Instant('window start'),
            to: Instant('window end'),
            detectedAt: Type.Optional(Instant('when the breach was detected; default now')),
            format: Type.Optional(oneOf(['json', 'md'] as const)),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await mapped(() => privacy.breachReport({ ...query, requestedBy: principalOf(request).userId }));
      if (format === 'md') return reply.type('text/markdown; charset=utf-8').send(breachReportMarkdown(report));
      return report;
    },
  );
};
