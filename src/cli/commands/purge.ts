import type { Command } from 'commander';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { checkInstant, formatOption, privacyCall } from './privacy-cli.js';

export function register(program: Command): void {
  formatOption(
    addDataOption(program.command('purge').description('delete everything past its retention now; prints what was removed by class (one audit entry)')),
    'text',
  )
    .option('--now <ISO-TIME>', 'purge as if it were this time (default: now)')
    .option('--dry-run', 'report what would be removed, remove nothing')
    .action(async (opts: { data: string; now?: string; dryRun?: boolean; format: string }) => {
      const now = checkInstant(opts.now, '--now');
      await privacyCall(opts.data, async ({ privacy }) => {
        const report = await privacy.purgeExpired({ ...(now ? { now } : {}), dryRun: opts.dryRun === true, actor: cliActor() });
        if (opts.format === 'json') return writeOut(JSON.stringify(report, null, 2) + '\n');
        const verb = report.dryRun ? 'would remove' : 'removed';
        const lines = [`purge at ${report.now}${report.dryRun ? ' (dry run: nothing removed)' : ''}`];
        for (const [dataClass, c] of Object.entries(report.classes)) {
          if (c.cutoff === null) {
            lines.push(`${dataClass.padEnd(11)} no retention policy`);
            continue;
          }
          const keys = 'keysDestroyed' in c && c.keysDestroyed ? `, ${c.keysDestroyed} data keys destroyed` : '';
          const held = c.heldBack ? `, ${c.heldBack} kept under legal hold` : '';
          lines.push(`${dataClass.padEnd(11)} ${verb} ${c.removed} (older than ${c.cutoff})${keys}${held}${c.note ? `; ${c.note}` : ''}`);
        }
        await writeOut(lines.join('\n') + '\n');
      });
    });
}
