/**
 * The CLI's exit-code convention, shared by every command:
 *   0 done · 2 usage or input error (one line on stderr) · 1 anything else.
 * Commands throw UsageError for bad options; main.ts turns it into exit code 2.
 */
import type { z } from 'zod';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called or in its input. The message must not contain customer data. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Validates commander's parsed options with a zod schema; the first problem becomes a UsageError. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const flag = issue.path.length > 0 ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : '';
  throw new UsageError(`${flag}${issue.message}`);
}

/** Marks the run as failed with `code` without stopping it (e.g. some JSONL lines were bad). */
export function failAtEnd(code: number = EXIT_USAGE): void {
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
}

/** Writes one line to stderr, prefixed with the program name. */
export function warn(message: string): void {
  process.stderr.write(`custos: ${message}\n`);
}
