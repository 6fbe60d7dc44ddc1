import type { Command } from 'commander';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { privacyCall, formatOption } from './privacy-cli.js';

export function register(program: Command): void {
  const retention = program.command('retention').description('how long each data class is kept (transcript, originals, recording, audit)');

  addDataOption(retention.command('set').description('keep a data class for DAYS days after collection, then purge it'))
    .argument('<class>', 'transcript | originals | recording | audit')
    .argument('<days>', 'whole number of days (audit: at least 2190)')
    .action(async (dataClass: string, days: string, opts: { data: string }) =>
      privacyCall(opts.data, async ({ privacy }) => {
        const policy = await privacy.setRetention(cliActor(), dataClass, days);
        await writeOut(`${policy.dataClass}: ${policy.days} days\n`);
      }),
    );

  formatOption(addDataOption(retention.command('show').description('print the retention policy of every data class')), 'text').action(
    async (opts: { data: string; format: string }) =>
      privacyCall(opts.data, async ({ privacy }) => {
        const policies = await privacy.showRetention();
        if (opts.format === 'json') return writeOut(JSON.stringify({ policies }, null, 2) + '\n');
        const lines = policies.map((p) => `${p.dataClass.padEnd(11)} ${p.days === null ? 'not set (kept until erased)' : `${p.days} days`}`);
        await writeOut(lines.join('\n') + '\n');
      }),
  );
}
