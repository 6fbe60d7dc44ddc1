import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import type { VerifyResult } from '../../audit/index.js';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { EXIT_FAILURE, UsageError } from '../usage.js';

function describe(result: VerifyResult): string {
  if (result.ok) {
    const cp = result.lastCheckpoint ? `; last signed checkpoint at entry ${result.lastCheckpoint.seq}` : '';
    return `ok: ${result.count} entries verified${cp}`;
  }
  const what =
    result.firstBad.problem === 'bad-checkpoint' ? 'does not match its signed checkpoint' : `was ${result.firstBad.problem}`;
  return `audit trail broken: entry ${result.firstBad.seq} ${what} (${result.count} entries read)`;
}

function readPublicKey(arg: string): string {
  if (arg.trimStart().startsWith('-----BEGIN')) return arg;
  if (!existsSync(arg)) throw new UsageError('--public-key: file not found');
  return readFileSync(arg, 'utf8');
}

export function register(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');

  audit
    .command('verify')
    .description('recompute the hash chain and check the signed checkpoints (exit 0 intact, 1 broken)')
    .option('--data <dir>', 'data folder (database unless DATABASE_URL is set, and keys/)')
    .option('--file <FILE>', 'verify an export offline instead of the database')
    .option('--public-key <KEY>', 'PEM file (or PEM text) of the audit signing key, for --file')
    .action(async (opts: { data?: string; file?: string; publicKey?: string }) => {
      let result: VerifyResult;
      if (opts.file !== undefined) {
        if (!opts.publicKey) throw new UsageError('--file needs --public-key');
        if (!existsSync(opts.file)) throw new UsageError('--file: file not found');
        const pem = readPublicKey(opts.publicKey);
        try {
          const { verifyExport } = await import('../../audit/index.js');
          result = await verifyExport(readFileSync(opts.file, 'utf8').split('\n'), pem);
        } catch (err) {
          throw new UsageError(err instanceof Error ? err.message : 'unreadable export');
        }
      } else {
        const { withInstallation } = await import('../installation.js');
        result = await withInstallation(opts.data, (c) => c.audit.verify());
      }
      await writeOut(describe(result) + '\n');
      if (!result.ok) process.exitCode = EXIT_FAILURE;
    });

  addDataOption(audit.command('export').description('write the trail as JSONL, ending with a signed checkpoint'))
    .option('--out <FILE>', 'write to this file (created 0600) instead of stdout')
    .action(async (opts: { data: string; out?: string }) =>
      (await import('../installation.js')).withInstallation(opts.data, async ({ audit: trail }) => {
        await trail.record({ actor: cliActor(), action: 'audit.export', outcome: 'ok', details: { toFile: opts.out !== undefined } });
        if (opts.out === undefined) {
          await trail.exportJsonl((line) => writeOut(line + '\n'));
          return;
        }
        const fd = openSync(opts.out, 'w', 0o600);
        try {
          await trail.exportJsonl((line) => {
            writeSync(fd, line + '\n');
          });
        } finally {
          closeSync(fd);
        }
      }),
    );

  addDataOption(audit.command('public-key').description('print the audit signing public key (PEM), for offline verification')).action(
    async (opts: { data: string }) => (await import('../installation.js')).withInstallation(opts.data, async ({ audit: trail }) => writeOut(trail.publicKeyPem())),
  );
}
