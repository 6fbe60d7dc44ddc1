/**
 * Child process for the concurrency test: appends N audit entries to an existing installation.
 * Options come as JSON in argv[2]: { dataDir, databaseUrl?, schema?, count, actor }.
 */
import { openCustos } from '../../src/app/index.js';

const opts = JSON.parse(process.argv[2]!) as { dataDir: string; databaseUrl?: string; schema?: string; count: number; actor: string };
const custos = await openCustos({ dataDir: opts.dataDir, ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl, schema: opts.schema } : {}) });
try {
  process.stdout.write('ready\n');
  for (let i = 0; i < opts.count; i++) {
    await custos.audit.record({ actor: opts.actor, action: 'test.append', target: `n${i}`, outcome: 'ok', details: { i } });
  }
  process.stdout.write('done\n');
} finally {
  await custos.close();
}
