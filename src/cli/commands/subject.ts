import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { UsageError } from '../usage.js';
import { privacyCall } from './privacy-cli.js';

export function register(program: Command): void {
  const subject = program.command('subject').description("a customer's rights: export everything held about them, or erase them");

  addDataOption(subject.command('export').description('print one JSON document with everything held about the customer, originals included (audited)'))
    .requiredOption('--subject <REF>', 'the customer reference')
    .option('--reason <TEXT>', 'why (recorded on the audit trail)')
    .option('--out <FILE>', 'write to this file (created 0600) instead of stdout')
    .action(async (opts: { data: string; subject: string; reason?: string; out?: string }) =>
      privacyCall(opts.data, async ({ privacy }) => {
        const doc = await privacy.exportSubject(cliActor(), opts.subject, opts.reason ? { reason: opts.reason } : {});
        const json = JSON.stringify(doc, null, 2) + '\n';
        if (opts.out === undefined) return writeOut(json);
        // The export holds originals: only its owner may read the file.
        const fd = openSync(opts.out, 'w', 0o600);
        try {
          writeSync(fd, json);
        } finally {
          closeSync(fd);
        }
      }),
    );

  addDataOption(
    subject
      .command('erase')
      .description("destroy the customer's data key, originals, tokens and consents; keep only transcripts that identify no one (exit 4 under legal hold)"),
  )
    .requiredOption('--subject <REF>', 'the customer reference')
    .option('--reason <TEXT>', 'why (recorded on the audit trail)', 'data subject erasure request')
    .action(async (opts: { data: string; subject: string; reason: string }) => {
      if (opts.reason.trim() === '') throw new UsageError('--reason: must not be empty');
      await privacyCall(opts.data, async ({ privacy }) => {
        const receipt = await privacy.eraseSubject(cliActor(), opts.subject, { reason: opts.reason });
        await writeOut(JSON.stringify(receipt, null, 2) + '\n');
      });
    });
}
