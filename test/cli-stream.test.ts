/**
 * `custos redact --jsonl` streams: 50 MB in, flat memory out, through the real compiled binary
 * (build first: `npm run build`; `npm test` does). Its own file so it runs beside the contract tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it, beforeAll } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// CUSTOS_TEST_BIN points the suite at another build of the same CLI (e.g. a bundle).
const BIN = process.env.CUSTOS_TEST_BIN ?? fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const CARD = '4111 1111 1111 1111';

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)');
});

describe('custos redact --jsonl on 50 MB', () => {
  it('streams with flat memory', async () => {
    const TARGET = 50 * 1024 * 1024;
    const useTime = existsSync('/usr/bin/time');
    const cmd = useTime ? '/usr/bin/time' : process.execPath;
    // Streaming is under test here, not recall: two cheap recognizers keep 50 MB inside the time budget.
    const cli = [BIN, 'redact', '--jsonl', '--types', 'CREDIT_CARD,EMAIL_ADDRESS'];
    const args = useTime ? ['-v', process.execPath, ...cli] : cli;
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });

    // Generated as a stream: neither side ever holds the 50 MB.
    let sent = 0;
    let lines = 0;
    const filler = 'the customer asked about the late delivery and the refund for order number seven; agent apologised. '.repeat(3);
    const input = new Readable({
      read() {
        while (sent < TARGET) {
          const line = `${JSON.stringify({ id: lines, text: `${filler}card ${CARD} mail user${lines}@example.com ${filler}` })}\n`;
          sent += Buffer.byteLength(line);
          lines += 1;
          if (!this.push(line)) return;
        }
        this.push(null);
      },
    });
    input.pipe(child.stdin);

    let outLines = 0;
    let orderOk = true;
    let leaked = false;
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const rec = JSON.parse(line) as { id: number; text: string };
        if (rec.id !== outLines) orderOk = false;
        if (rec.text.includes('4111') || rec.text.includes('@example.com')) leaked = true;
        outLines += 1;
      }
    });

    // Without /usr/bin/time, sample the child's peak RSS (VmHWM) while it runs.
    let polledPeakKb = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
            polledPeakKb = Math.max(polledPeakKb, kb);
          } catch {
            /* exited */
          }
        }, 50);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (poll) clearInterval(poll);

    const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledPeakKb;
    console.log(`50 MB jsonl: ${lines} lines in, ${outLines} out, child peak RSS ${Math.round(peakKb / 1024)} MB`);
    expect(code).toBe(0);
    expect(sent).toBeGreaterThanOrEqual(TARGET);
    expect(outLines).toBe(lines);
    expect(orderOk).toBe(true);
    expect(leaked).toBe(false);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(200 * 1024);
  });
});
