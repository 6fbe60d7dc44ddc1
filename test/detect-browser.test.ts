/**
 * detect must run in a browser: bundle src/detect/index.ts for the browser platform (no Node
 * built-ins allowed) and run the bundle in a bare VM context without require, process or Buffer.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/detect/index.ts', import.meta.url));

interface BrowserSpan {
  type: string;
  start: number;
  end: number;
  score: number;
  recognizer: string;
}

describe('detect in a browser bundle', () => {
  it('bundles without Node built-ins and finds spans inside a bare VM context', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'CustosDetect',
      write: false,
      logLevel: 'silent',
      // Any node:* import (or bare "fs", "crypto"...) must fail the build rather than be shimmed.
      plugins: [
        {
          name: 'forbid-node-builtins',
          setup(b) {
            b.onResolve({ filter: /^node:|^(fs|path|crypto|buffer|process|os|util|stream|events)$/ }, (args) => ({
              errors: [{ text: `Node built-in imported: ${args.path} from ${args.importer}` }],
            }));
          },
        },
      ],
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code.length).toBeGreaterThan(1000);

    const sandbox: Record<string, unknown> = {};
    vm.createContext(sandbox);
    vm.runInContext(code, sandbox, { timeout: 20_000 });
    expect(vm.runInContext('typeof require + typeof process + typeof Buffer', sandbox)).toBe('undefinedundefinedundefined');

    const text = 'Card 4111 1111 1111 1111, email jane.doe@example.com, call (415) 555-0132. Order #123456789.';
    sandbox.input = text;
    const spans = vm.runInContext('CustosDetect.detect(input)', sandbox) as BrowserSpan[];
    const found = spans.map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(found).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['EMAIL_ADDRESS', 'jane.doe@example.com'],
      ['PHONE_NUMBER', '(415) 555-0132'],
    ]);
    expect(spans.every((s) => typeof s.recognizer === 'string' && s.score >= 0.4)).toBe(true);
  });
});
