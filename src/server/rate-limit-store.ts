/**
 * A store for @fastify/rate-limit that keeps the counts in the database through `access`, so that
 * several `serve` nodes on one PostgreSQL share one limit per caller instead of one limit each.
 * A single SQLite node keeps the plugin's in-memory store: it is the only counter there is.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Access } from '../access/index.js';

export function sharedRateLimitStore(access: Access): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, done: Parameters<FastifyRateLimitStore['incr']>[1], timeWindow: number): void {
      access.countRequest(key, timeWindow).then(
        ({ count, resetInMs }) => done(null, { current: count, ttl: resetInMs }),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    }

    // Route-level limits use the same table: the key already names the caller.
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
