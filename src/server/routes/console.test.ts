import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { Custos } from '../../app/index.js';
import { CONSOLE_CSP, WEB_ROOT, consoleRoutesFrom, loadConsoleFiles } from './console.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'custos-console-files-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A web root with the kinds of files that must and must not be served, and a secret beside it. */
function fixture(): { root: string; outside: string } {
  const base = tempDir();
  const root = join(base, 'web');
  mkdirSync(join(root, 'views'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(root, 'views', 'list.js'), 'export const x = 1;');
  writeFileSync(join(root, 'console.css'), 'body{}');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'notes.md'), '# notes');
  writeFileSync(join(root, 'views', 'list.test.js'), 'test');
  const outside = join(base, 'secret.txt');
  writeFileSync(outside, 'outside-secret');
  symlinkSync(outside, join(root, 'linked.txt'));
  return { root, outside };
}

async function app(root: string) {
  const server = Fastify();
  await server.register(consoleRoutesFrom({ root }), { custos: {} as Custos });
  return server;
}

describe('console static files', () => {
  it('lists only regular files with known extensions, no dotfiles, tests or symlinks', () => {
    const files = loadConsoleFiles(fixture().root);
    expect([...files.keys()].sort()).toEqual(['app.js', 'console.css', 'index.html', 'views/list.js']);
    expect(files.get('views/list.js')!.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing (and does not throw) when the folder is missing', async () => {
    expect(loadConsoleFiles(join(tempDir(), 'absent')).size).toBe(0);
    const server = await app(join(tempDir(), 'absent'));
    expect((await server.inject('/console/')).statusCode).toBe(404);
  });

  it('answers known paths with type and CSP, and 404 for anything else, however encoded', async () => {
    const server = await app(fixture().root);
    const index = await server.inject('/console/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect((await server.inject('/console/views/list.js')).body).toBe('export const x = 1;');
    expect((await server.inject('/console')).headers.location).toBe('/console/');
    for (const url of ['/console/.env', '/console/notes.md', '/console/linked.txt', '/console/../secret.txt', '/console/%2e%2e/secret.txt', '/console/..%2fsecret.txt', '/console/views/..%2f..%2fsecret.txt', '/console/views/', '/console/VIEWS/list.js']) {
      const r = await server.inject(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.body, url).not.toContain('outside-secret');
      expect(r.body, url).not.toContain('SECRET');
    }
  });

  it('finds the package web/ folder from the source tree', () => {
    const files = loadConsoleFiles(WEB_ROOT);
    expect(files.has('index.html')).toBe(true);
    expect(files.has('app.js')).toBe(true);
  });
});
