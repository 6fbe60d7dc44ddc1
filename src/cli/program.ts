import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, warn } from './usage.js';

function packageVersion(): string {
  try {
    // src/cli and dist/cli both sit two levels below the package root.
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The bare `custos` program with the house exit-code convention. Commands registered on it
 * afterwards (program.command(...)) inherit these settings, so every command behaves alike.
 */
export function createProgram(): Command {
  const program = new Command('custos')
    .description('Find and replace customer personal data in contact-center text.')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(run custos --help for usage)')
    .configureOutput({ writeErr: (str) => process.stderr.write(str) });
  return program;
}

/** Runs the program on argv and returns the exit code: commander's own parse errors become 2. */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  try {
    await program.parseAsync(argv as string[]);
    return Number(process.exitCode ?? EXIT_OK);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is a usage error.
      if (err.exitCode === 0) return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      warn(err.message);
      return EXIT_USAGE;
    }
    warn(`failed: ${describeFailure(err)}`);
    return EXIT_FAILURE;
  }
}

/**
 * Errors whose messages can quote the input they choked on: JSON.parse quotes the text, database
 * drivers quote the value a column refused, conversions quote their argument.
 */
const VALUE_QUOTING_ERRORS = new Set(['SyntaxError', 'TypeError', 'RangeError', 'SqliteError', 'DatabaseError']);

/** What an unexpected failure says on stderr: our own messages (types, counts, ids), otherwise only its kind. */
export function describeFailure(err: unknown): string {
  if (!(err instanceof Error)) return 'unexpected failure';
  const code = (err as { code?: unknown }).code;
  // System errors (ENOENT, ECONNREFUSED, ...) name paths and addresses, which the operator needs.
  if ('syscall' in err) return err.message;
  const kind = err.constructor.name === 'DatabaseError' ? 'DatabaseError' : err.name;
  // PostgreSQL's connection, authentication and database-name errors name roles and databases, never values.
  if (kind === 'DatabaseError' && typeof code === 'string' && /^(08|28|3D|57)/.test(code)) return err.message;
  if (VALUE_QUOTING_ERRORS.has(kind) || err.message === '') return `${kind}${typeof code === 'string' ? ` (${code})` : ''}`;
  return err.message;
}
