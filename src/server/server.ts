import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { Type, type FastifyPluginAsyncTypebox, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { installAuth } from './auth.js';
import type { Custos } from '../app/index.js';
import type { RouteOptions } from './context.js';
import { handleError } from './errors.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { auditRoutes } from './routes/audit.js';
import { consoleRoutes } from './routes/console.js';
import { privacyRoutes } from './routes/privacy.js';
import { gatewayRoutes } from './routes/gateway.js';
import { insightsRoutes } from './routes/insights.js';
import { interactionRoutes } from './routes/interactions.js';
import { meRoutes } from './routes/me.js';
import { redactRoutes } from './routes/redact.js';
import { userRoutes } from './routes/users.js';

export interface ServerOptions {
  /** TLS key and certificate (PEM). Without them the server speaks plain HTTP: for in-process tests only. */
  https?: { key: string | Buffer; cert: string | Buffer };
  /** Log level and destination (default: no logging). Serializers and redaction are always ours. */
  logger?: false | { level?: string; stream?: NodeJS.WritableStream };
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /**
   * Requests per API key (or per client address when there is none) in each window (default 600 a
   * minute). On PostgreSQL the counts are kept in the database and shared by every node.
   */
  rateLimit?: { max: number; timeWindowMs: number };
  /**
   * Proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDRs), so rate limits
   * and lockouts apply to the real client rather than to the proxy. Default: none.
   */
  trustProxy?: string;
  /** Extra route groups after the built-in ones (tests, embedding applications). */
  routes?: RouteGroup[];
}

/** A route group: a fastify plugin (its own encapsulated context) given the opened installation. */
export type RouteGroup = FastifyPluginAsyncTypebox<RouteOptions>;

/**
 * Every route group of the API. A module adds its plugin here, one line (see README.md): each
 * route declares `config.action`, and the shared auth hook enforces it from the policy table.
 */
const ROUTE_GROUPS: RouteGroup[] = [userRoutes, meRoutes, redactRoutes, interactionRoutes, auditRoutes, privacyRoutes, gatewayRoutes, insightsRoutes, consoleRoutes];

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_RATE_LIMIT = { max: 600, timeWindowMs: 60_000 };

/**
 * Log lines carry method, the matched route pattern, status and timing; never the URL itself (a
 * path or query can carry a customer reference or a pasted value), headers, bodies or error messages.
 */
export const SAFE_LOG_SERIALIZERS = {
  req(req: { method?: string; id?: string; routeOptions?: { url?: string } }) {
    return { id: req.id, method: req.method, route: req.routeOptions?.url ?? '(no route)' };
  },
  res(res: { statusCode?: number }) {
    return { statusCode: res.statusCode };
  },
  err(err: { name?: string; code?: string }) {
    return { type: err.name, code: err.code };
  },
};

function loggerOption(logger: ServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === undefined || logger === false) return false;
  return {
    level: logger.level ?? 'info',
    ...(logger.stream ? { stream: logger.stream } : {}),
    serializers: SAFE_LOG_SERIALIZERS,
    redact: { paths: ['req.headers', 'req.body', 'body', 'headers', 'authorization', 'apiKey'], censor: '[redacted]' },
  } as unknown as FastifyServerOptions['logger'];
}

/** The key a caller is rate-limited under: a digest of its credential, or its address. */
function rateLimitKey(authorization: string | undefined, ip: string): string {
  if (authorization) return `key:${createHash('sha256').update(authorization).digest('base64url')}`;
  return `ip:${ip}`;
}

/**
 * The Custos HTTP API as a fastify instance, not yet listening. Other modules add their routes with
 * `app.register(plugin, { custos })` (see README.md): each route declares its policy action in
 * `config.action` and the shared auth hook enforces it.
 */
export async function buildServer(custos: Custos, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOption(options.logger),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...(options.https ? { https: { key: options.https.key, cert: options.https.cert, minVersion: 'TLSv1.2' as const } } : {}),
    // While shutting down, new requests get 503 and in-flight ones finish.
    return503OnClosing: true,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    // No type coercion: `"text": 42` is an error, not the string "42". Query parameters are strings
    // in their schemas and parsed by the handlers.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    // The path is not echoed: a mistyped URL can hold a pasted value, and error bodies travel on into client logs.
    void reply.code(404).send({ error: 'Not Found', message: `no route for ${request.method} at this path (see /openapi.json)` });
  });

  await app.register(helmet, {
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } },
  });
  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  await app.register(rateLimit, {
    global: true,
    max: limits.max,
    timeWindow: limits.timeWindowMs,
    keyGenerator: (request) => rateLimitKey(request.headers.authorization, request.ip),
    // Nodes on one PostgreSQL count together; a SQLite installation is one node.
    ...(custos.store.backend === 'postgres' ? { store: sharedRateLimitStore(custos.access) } : {}),
  });
  // Each operation documents its policy action as `x-custos-action` (the matrix test reads it).
  const routeActions = new Map<string, string>();
  app.addHook('onRoute', (route) => {
    if (route.config?.action === undefined) return;
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    for (const method of [route.method].flat()) routeActions.set(`${method.toLowerCase()} ${path}`, route.config.action);
  });
  await app.register(swagger, {
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      const openapiObject = document.openapiObject;
      const paths = (openapiObject as { paths?: Record<string, Record<string, Record<string, unknown>>> }).paths ?? {};
      for (const [path, methods] of Object.entries(paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          const action = routeActions.get(`${method} ${path}`);
          if (action !== undefined) operation['x-custos-action'] = action;
        }
      }
      return openapiObject;
    },
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Custos', version: '1', description: 'Personal data found and replaced before storage or AI; originals in an encrypted vault.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'API key ck_…' } } },
      security: [{ apiKey: [] }],
    },
  });

  installAuth(app, custos);

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/healthz',
    { config: { public: true }, schema: { tags: ['health'], security: [], response: { 200: Type.Object({ ok: Type.Boolean() }) } } },
    async () => ({ ok: true }),
  );

  for (const group of [...ROUTE_GROUPS, ...(options.routes ?? [])]) await app.register(group, { custos });
  return app;
}
