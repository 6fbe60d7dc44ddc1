import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { isAction, scopeOf, type AuthFailure } from '../access/index.js';
import type { Custos } from '../app/index.js';

/** The ids Custos generates (int_…, usr_…, hold_…): a prefix and a UUID. */
const GENERATED_ID = /^[a-z]{2,12}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const FAILURE_MESSAGES: Record<Exclude<AuthFailure, 'locked'>, string> = {
  missing: 'an API key is required (Authorization: Bearer ck_...)',
  malformed: 'the API key is malformed',
  // Unknown and revoked read the same: a caller holding a stolen key learns nothing from the answer.
  unknown: 'the API key is invalid or revoked',
  revoked: 'the API key is invalid or revoked',
};

/**
 * Every route declares its policy action (or `public: true`); a route without one fails at
 * start-up. The hook authenticates the caller and refuses, before any handler runs, an action the
 * caller's role may never perform. Finer checks (own vs all) happen in the module functions,
 * which consult the same table.
 */
export function installAuth(app: FastifyInstance, custos: Pick<Custos, 'access' | 'audit'>): void {
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { action?: string; public?: boolean };
    if (config.public === true) return;
    if (typeof config.action !== 'string' || !isAction(config.action)) {
      throw new Error(`route ${route.method} ${route.url} declares no policy action`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    // Unmatched URLs have no action: let the 404 handler answer.
    if (config.public === true || config.action === undefined) return;
    const action = config.action;
    const result = await custos.access.authenticate(request.headers.authorization, request.ip);
    if (!result.ok) {
      // Counted failures are audited; refusals of a locked-out client are not, so a flood of them
      // costs one indexed read each and cannot swamp the trail.
      if (result.reason !== 'missing' && result.reason !== 'locked') {
        await custos.audit.record({ actor: 'anonymous', action, outcome: 'denied', details: { auth: result.reason } });
      }
      if (result.delayMs > 0) await sleep(result.delayMs);
      if (result.reason === 'locked' || result.retryAfterMs !== undefined) {
        return reply
          .code(429)
          .header('retry-after', Math.ceil((result.retryAfterMs ?? 0) / 1000))
          .send({ error: 'Too Many Requests', message: 'too many failed authentications from this client; try again later' });
      }
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'Unauthorized', message: FAILURE_MESSAGES[result.reason] });
    }
    request.principal = result.principal;
    if (scopeOf(result.principal, action) === 'none') {
      const id = (request.params as { id?: unknown } | undefined)?.id;
      // The id comes from the URL: only one of our generated ids goes on the append-only trail,
      // anything else (it could be a value pasted by mistake) could never be erased from it.
      const known = typeof id === 'string' && GENERATED_ID.test(id) ? id : undefined;
      await custos.audit.record({
        actor: result.principal.userId,
        action,
        ...(known ? { target: known } : {}),
        outcome: 'denied',
        details: { route: request.routeOptions.url, ...(id !== undefined && !known ? { id: 'unrecognised' } : {}) },
      });
      return reply.code(403).send({ error: 'Forbidden', message: `role ${result.principal.role} may not perform ${action}` });
    }
  });
}
