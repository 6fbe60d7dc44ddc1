/**
 * The `custos redact` / `custos detect` contract, through the real compiled binary
 * (build first: `npm run build`; `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, beforeAll } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// CUSTOS_TEST_BIN points the suite at another build of the same CLI (e.g. a bundle).
const BIN = process.env.CUSTOS_TEST_BIN ?? fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

function custos(args: string[], input: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.com';
const SAMPLE = `Hi, my card number is ${CARD} and my email is ${EMAIL}, thanks.`;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)');
});

describe('custos redact (plain)', () => {
  it('replaces personal data with labels and keeps the rest byte for byte', () => {
    const r = custos(['redact'], SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Hi, my card number is [CREDIT_CARD] and my email is [EMAIL_ADDRESS], thanks.');
    expect(r.stderr).toBe('');
  });

  it('applies the chosen operator and only the chosen types', () => {
    expect(custos(['redact', '--operator', 'partial', '--types', 'CREDIT_CARD'], SAMPLE).stdout).toBe(
      SAMPLE.replace(CARD, '**** **** **** 1111'),
    );
    expect(custos(['redact', '--operator', 'mask'], SAMPLE).stdout).toHaveLength(SAMPLE.length);
    expect(custos(['redact', '--operators', 'EMAIL_ADDRESS=pseudonym'], SAMPLE).stdout).toBe(
      'Hi, my card number is [CREDIT_CARD] and my email is [EMAIL_ADDRESS_1], thanks.',
    );
  });

  it('hashes with the key from the named variable, stable across runs, different per key', () => {
    const a = custos(['redact', '--operator', 'hash', '--hash-key-env', 'K'], SAMPLE, { K: 'one' });
    const b = custos(['redact', '--operator', 'hash', '--hash-key-env', 'K'], `again ${EMAIL}`, { K: 'one' });
    const c = custos(['redact', '--operator', 'hash', '--hash-key-env', 'K'], `again ${EMAIL}`, { K: 'two' });
    expect(a.code).toBe(0);
    const digest = /\[EMAIL_ADDRESS:([0-9a-f]{16})\]/.exec(a.stdout)?.[1];
    expect(digest).toBeDefined();
    expect(b.stdout).toBe(`again [EMAIL_ADDRESS:${digest}]`);
    expect(c.stdout).not.toContain(digest!);
    expect(a.stdout).not.toContain('jane');
  });

  it('empty input: no output, exit 0', () => {
    expect(custos(['redact'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(custos(['redact', '--jsonl'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('usage errors exit 2 with one message on stderr and nothing on stdout', () => {
  const cases: Array<[string, string[], RegExp, Record<string, string>?]> = [
    ['unknown operator', ['redact', '--operator', 'shred'], /unknown operator "shred"/],
    ['tokenize without a vault', ['redact', '--operator', 'tokenize'], /vault/],
    ['unknown type', ['redact', '--types', 'CREDIT_CARD,SHOE_SIZE'], /unknown entity type SHOE_SIZE/],
    ['unknown option', ['redact', '--frobnicate'], /unknown option/],
    ['unknown command', ['shred'], /unknown command/],
    ['hash without a key', ['redact', '--operator', 'hash'], /--hash-key-env/],
    ['hash key variable unset', ['redact', '--operator', 'hash', '--hash-key-env', 'CUSTOS_TEST_UNSET_KEY'], /CUSTOS_TEST_UNSET_KEY is not set/],
    ['bad per-type operator', ['redact', '--operators', 'PERSON=shred'], /unknown operator/],
    ['bad channel', ['detect', '--channel', 'fax'], /channel/],
    ['bad min score', ['detect', '--min-score', '7'], /min-score/],
  ];
  for (const [name, args, message, env] of cases) {
    it(name, () => {
      const r = custos(args, SAMPLE, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toContain('4111');
    });
  }

  it('--help and --version exit 0', () => {
    expect(custos(['--help'], '').code).toBe(0);
    expect(custos(['redact', '--help'], '').stdout).toContain('--operator');
    expect(custos(['--version'], '').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('custos redact --jsonl', () => {
  it('writes {id,text,entities} per line, in input order, with exactly the contract keys', () => {
    const lines = [
      { id: 'a', text: SAMPLE, channel: 'chat' },
      { id: 2, text: 'nothing personal here' },
      { id: 'c', text: `write to ${EMAIL}` },
    ];
    const r = custos(['redact', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'text', 'entities']);
      for (const e of o.entities as Array<Record<string, unknown>>) expect(Object.keys(e)).toEqual(['type', 'start', 'end', 'score', 'recognizer']);
    }
    expect(out[0]!.text).toBe('Hi, my card number is [CREDIT_CARD] and my email is [EMAIL_ADDRESS], thanks.');
    const entities = out[0]!.entities as Array<{ type: string; start: number; end: number }>;
    // Offsets are into the INPUT text.
    expect(entities.map((e) => [e.type, SAMPLE.slice(e.start, e.end)])).toEqual([
      ['CREDIT_CARD', CARD],
      ['EMAIL_ADDRESS', EMAIL],
    ]);
    expect(out[1]).toEqual({ id: 2, text: 'nothing personal here', entities: [] });
    expect(out[2]!.text).toBe('write to [EMAIL_ADDRESS]');
  });

  it('answers bad lines with {id,error}, names their line on stderr without echoing them, processes the rest, exits 2', () => {
    const input = [
      JSON.stringify({ id: 1, text: SAMPLE }),
      `{"id": 2, "text": "card ${CARD}"`, // truncated JSON
      '',
      JSON.stringify({ id: 3, body: `card ${CARD}` }),
      JSON.stringify({ id: 4, text: 4111111111111111 }),
      `["${CARD}"]`,
      '   ',
      JSON.stringify({ text: `mail ${EMAIL}` }),
    ].join('\n');
    const r = custos(['redact', '--jsonl'], input);
    expect(r.code).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ id: 1, text: 'Hi, my card number is [CREDIT_CARD] and my email is [EMAIL_ADDRESS], thanks.' });
    expect(out[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(out[2]).toEqual({ id: 3, error: 'missing field "text"' });
    expect(out[3]).toEqual({ id: 4, error: 'field "text" is not a string' });
    expect(out[4]).toEqual({ id: null, error: 'not a JSON object' });
    expect(out[5]).toEqual({ id: null, text: 'mail [EMAIL_ADDRESS]', entities: [expect.objectContaining({ type: 'EMAIL_ADDRESS' })] });
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: missing field "text"/);
    expect(r.stderr).toMatch(/line 5: field "text" is not a string/);
    expect(r.stderr).toMatch(/line 6: not a JSON object/);
    expect(r.stdout + r.stderr).not.toMatch(/4111|jane/);
  });

  it('handles CRLF line ends and a last line without newline', () => {
    const r = custos(['redact', '--jsonl'], `{"id":1,"text":"a ${EMAIL}"}\r\n{"id":2,"text":"b"}`);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out).toHaveLength(3);
    expect(out[2]).toBe('');
    expect(JSON.parse(out[0]!)).toMatchObject({ id: 1, text: 'a [EMAIL_ADDRESS]' });
    expect(JSON.parse(out[1]!)).toEqual({ id: 2, text: 'b', entities: [] });
  });
});

describe('custos detect', () => {
  it('prints a JSON array of findings with input offsets (plain)', () => {
    const r = custos(['detect'], SAMPLE);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Array<{ type: string; start: number; end: number }>;
    expect(found.map((e) => [e.type, SAMPLE.slice(e.start, e.end)])).toEqual([
      ['CREDIT_CARD', CARD],
      ['EMAIL_ADDRESS', EMAIL],
    ]);
    for (const e of found) expect(Object.keys(e)).toEqual(['type', 'start', 'end', 'score', 'recognizer']);
    expect(r.stdout).not.toContain('4111');
  });

  it('prints {id,entities} per line with --jsonl and honours --types', () => {
    const r = custos(['detect', '--jsonl', '--types', 'EMAIL_ADDRESS'], `${JSON.stringify({ id: 'x', text: SAMPLE })}\nnot json\n`);
    expect(r.code).toBe(2);
    const [first, second] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(first!)).toEqual(['id', 'entities']);
    expect((first!.entities as Array<{ type: string }>).map((e) => e.type)).toEqual(['EMAIL_ADDRESS']);
    expect(second).toEqual({ id: null, error: 'not valid JSON' });
  });
});

describe("package entry: import { detect, redact } from 'custos'", () => {
  it('resolves through package.json exports to the compiled library', () => {
    const script = [
      "import { detect, redact, createPseudonymizer, ENTITY_TYPES } from 'custos';",
      "import { applyOperators } from 'custos/transform';",
      `const t = ${JSON.stringify(SAMPLE)};`,
      'console.log(JSON.stringify({ spans: detect(t).length, text: redact(t).text, again: applyOperators(t, detect(t)).text,',
      "  p: typeof createPseudonymizer, n: ENTITY_TYPES.length }));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const redacted = 'Hi, my card number is [CREDIT_CARD] and my email is [EMAIL_ADDRESS], thanks.';
    expect(out).toEqual({ spans: 2, text: redacted, again: redacted, p: 'function', n: 14 });
  });
});
