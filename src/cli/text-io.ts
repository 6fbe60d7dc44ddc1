/**
 * stdin/stdout plumbing for the text commands: whole-text mode and JSONL streaming with flat
 * memory (one line in flight, stdout backpressure honoured), plus progress on a TTY stderr.
 */
import { once } from 'node:events';
import { fstatSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { failAtEnd, EXIT_FAILURE, EXIT_USAGE, warn } from './usage.js';

/** Writes and waits for 'drain' when the stream's buffer is full, so output never piles up in memory. */
export async function writeOut(chunk: string, out: Writable = process.stdout): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

interface Progress {
  add(bytes: number, lines: number): void;
  stop(): void;
}

/** Progress appears only once the work has taken this long, so quick runs print nothing. */
const PROGRESS_DELAY_MS = 1000;

/**
 * Bytes and lines read, on stderr, only when a person is watching (stderr is a TTY) and is not
 * typing the input themselves (stdin is not a TTY).
 */
function startProgress(input: Readable): Progress {
  if (!process.stderr.isTTY || (input === process.stdin && process.stdin.isTTY)) return { add() {}, stop() {} };
  let total = 0;
  try {
    if (input === process.stdin) {
      const stat = fstatSync(0);
      if (stat.isFile()) total = stat.size;
    }
  } catch {
    total = 0;
  }
  const startedAt = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let bytes = 0;
  let lines = 0;
  return {
    add(b, l) {
      bytes += b;
      lines += l;
      if (bar === undefined) {
        if (Date.now() - startedAt < PROGRESS_DELAY_MS) return;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: total > 0 ? '{bar} {percentage}% | {value}/{total} bytes | {lines} lines' : '{value} bytes | {lines} lines',
            fps: 5,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, bytes, { lines });
        return;
      }
      bar.update(bytes, { lines });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** The whole of stdin as text (UTF-8 decoded once, so multi-byte characters are never split). */
export async function readAllText(input: Readable = process.stdin): Promise<string> {
  const progress = startProgress(input);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buf);
      progress.add(buf.length, 0);
    }
  } finally {
    progress.stop();
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a JSONL handler returns for one record: the fields to print after `id`. */
export type JsonlHandler = (text: string) => Record<string, unknown>;

export interface JsonlSummary {
  records: number;
  badLines: number;
  failedLines: number;
}

/**
 * Streams JSONL: each input line `{"id", "text", ...}` becomes one output line `{"id", ...handler(text)}`,
 * in input order. A bad line gets `{"id","error"}` and a stderr note naming its line number (never
 * its content) while the others go on; the run then ends with exit code 2.
 */
export async function processJsonl(
  handler: JsonlHandler,
  input: Readable = process.stdin,
  output: Writable = process.stdout,
): Promise<JsonlSummary> {
  const progress = startProgress(input);
  const rl = createInterface({ input, crlfDelay: Infinity });
  const summary: JsonlSummary = { records: 0, badLines: 0, failedLines: 0 };
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo += 1;
      progress.add(Buffer.byteLength(line) + 1, 1);
      if (line.trim() === '') continue;
      const record = parseRecord(line);
      if ('error' in record) {
        summary.badLines += 1;
        warn(`line ${lineNo}: ${record.error}`);
        await writeOut(`${JSON.stringify({ id: record.id, error: record.error })}\n`, output);
        continue;
      }
      let fields: Record<string, unknown>;
      try {
        fields = handler(record.text);
      } catch (err) {
        summary.failedLines += 1;
        warn(`line ${lineNo}: could not process (${err instanceof Error ? err.name : 'error'})`);
        await writeOut(`${JSON.stringify({ id: record.id, error: 'could not process this record' })}\n`, output);
        continue;
      }
      summary.records += 1;
      await writeOut(`${JSON.stringify({ id: record.id, ...fields })}\n`, output);
    }
  } finally {
    progress.stop();
  }
  if (summary.failedLines > 0) failAtEnd(EXIT_FAILURE);
  if (summary.badLines > 0) failAtEnd(EXIT_USAGE);
  return summary;
}

type ParsedRecord = { id: unknown; text: string } | { id: unknown; error: string };

function parseRecord(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // JSON.parse's own message quotes the input: never pass it on.
    return { id: null, error: 'not valid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { id: null, error: 'not a JSON object' };
  const obj = value as Record<string, unknown>;
  const id = obj.id === undefined ? null : obj.id;
  if (!('text' in obj)) return { id, error: 'missing field "text"' };
  if (typeof obj.text !== 'string') return { id, error: 'field "text" is not a string' };
  return { id, text: obj.text };
}
