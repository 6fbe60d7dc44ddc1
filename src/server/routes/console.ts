import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../context.js';

/**
 * The package's `web/` folder. This file sits at src/server/routes/ (tsx, tests) and at
 * dist/server/routes/ (built), both three levels below the package root, so one relative path
 * serves a clean clone and an installed package alike.
 */
export const WEB_ROOT = fileURLToPath(new URL('../../../web/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Stricter than the API's policy: no inline anything, the API on the same origin only, and Trusted
 * Types enforced so a string can never reach an HTML sink (the console builds its DOM from nodes
 * and text, which is what keeps a hostile transcript from running script in a reviewer's browser).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Every servable file under the root, keyed by its URL path relative to `/console/`. Requests are
 * looked up in this map and never joined onto the filesystem, so `..`, encoded slashes or symlinks
 * in a URL cannot reach anything outside it. Dotfiles and unknown extensions are not served.
 */
export function loadConsoleFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  let rootIsDir = false;
  try {
    rootIsDir = statSync(root).isDirectory();
  } catch {
    rootIsDir = false;
  }
  if (!rootIsDir) return files;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      if (!entry.isFile() || entry.name.endsWith('.test.js')) continue;
      const contentType = CONTENT_TYPES[extname(entry.name).toLowerCase()];
      if (contentType === undefined) continue;
      files.set(relative(root, full).split(sep).join('/'), { body: readFileSync(full), contentType });
    }
  };
  walk(root);
  return files;
}

export interface ConsoleRouteOptions {
  /** Folder to serve (default: the package's `web/`). */
  root?: string;
}

/**
 * The reviewer console at `/console/`: static files only, no key needed to fetch them (they carry
 * no data); everything the console shows comes from the API with the user's own key.
 */
export function consoleRoutesFrom(options: ConsoleRouteOptions = {}): FastifyPluginAsyncTypebox<RouteOptions> {
  return async (app) => {
    const files = loadConsoleFiles(options.root ?? WEB_ROOT);

    app.get('/console', { config: { public: true }, schema: { hide: true } }, async (_request, reply) =>
      reply.redirect('/console/', 301),
    );

    app.get('/console/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const wanted = (request.params as { '*'?: string })['*'] ?? '';
      const file = files.get(wanted === '' ? 'index.html' : wanted);
      if (!file) return reply.code(404).send({ error: 'Not Found', message: 'no such console file' });
      return reply
        .header('content-type', file.contentType)
        .header('content-security-policy', CONSOLE_CSP)
        .header('cache-control', 'no-cache')
        .header('cross-origin-resource-policy', 'same-origin')
        .send(file.body);
    });
  };
}

export const consoleRoutes = consoleRoutesFrom();
