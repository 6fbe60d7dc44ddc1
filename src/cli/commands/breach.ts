import type { Command } from 'commander';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { UsageError } from '../usage.js';
import { checkInstant, formatOption, privacyCall } from './privacy-cli.js';

export function register(program: Command): void {
  const breach = program.command('breach').description('breach notification support');

  formatOption(
    addDataOption(breach.command('report').description("every customer whose originals an actor revealed, exported or detokenized in a window, with the 72-hour deadline")),
    'md',
  )
    .requiredOption('--actor <ID>', 'the user id (or cli:NAME) whose actions are in question')
    .requiredOption('--from <T>', 'window start (ISO 8601)')
    .requiredOption('--to <T>', 'window end (ISO 8601)')
    .option('--detected <T>', 'when the breach was detected (default: now); the deadline runs from it')
    .action(async (opts: { data: string; actor: string; from: string; to: string; detected?: string; format: string }) => {
      const from = checkInstant(opts.from, '--from')!;
      const to = checkInstant(opts.to, '--to')!;
      const detectedAt = checkInstant(opts.detected, '--detected');
      if (opts.actor.trim() === '') throw new UsageError('--actor: must not be empty');
      await privacyCall(opts.data, async ({ privacy }) => {
        const report = await privacy.breachReport({ actor: opts.actor, from, to, ...(detectedAt ? { detectedAt } : {}), requestedBy: cliActor() });
        await writeOut(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : privacy.breachReportMarkdown(report));
      });
    });
}
