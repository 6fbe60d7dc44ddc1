import type { Command } from 'commander';
import { addDataOption } from '../data-option.js';
import { writeOut } from '../text-io.js';
import { formatOption, privacyCall } from './privacy-cli.js';

export function register(program: Command): void {
  const report = program.command('report').description('generated compliance documents');

  formatOption(
    addDataOption(
      report
        .command('processing')
        .description('record of processing: what is stored where, encrypted how, kept how long, who can see it, which outside services receive data'),
    ),
    'md',
  ).action(async (opts: { data: string; format: string }) =>
    privacyCall(opts.data, async (custos) => {
      const [{ POLICY }, privacy, { dataOptionsFromEnv }] = await Promise.all([
        import('../../access/index.js'),
        import('../../privacy/index.js'),
        import('../../app/index.js'),
      ]);
      const env = dataOptionsFromEnv();
      const location =
        custos.store.backend === 'sqlite' ? `SQLite file ${custos.store.file}` : privacy.describeDatabaseUrl(env.databaseUrl ?? '', env.schema);
      const record = privacy.buildProcessingRecord({
        backend: custos.store.backend,
        location,
        retention: await custos.privacy.showRetention(),
        policy: POLICY,
        subProcessors: await custos.subProcessors.list(),
        generatedAt: custos.clock().toISOString(),
      });
      await writeOut(opts.format === 'json' ? JSON.stringify(record, null, 2) + '\n' : privacy.processingRecordMarkdown(record));
    }),
  );
}
