import type { FastifyRequest } from 'fastify';
import type { Action, Principal } from '../access/index.js';
import type { Custos } from '../app/index.js';

/** What route plugins receive: the opened installation (`openCustos`). */
export interface RouteOptions {
  custos: Custos;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action a route performs; the auth hook checks it before the handler runs. */
    action?: Action;
    /** Reachable without an API key (only GET /openapi.json and the health check). */
    public?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** The authenticated caller of a non-public route (the auth hook guarantees one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('route reached without authentication');
  return request.principal;
}
