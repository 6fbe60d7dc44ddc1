import type { Command } from 'commander';
import type { Custos } from '../../app/index.js';
import { addDataOption } from '../data-option.js';
import { UsageError } from '../usage.js';
import { writeOut } from '../text-io.js';
import { createFirstAdmin, createTlsCertificate } from '../service-setup.js';

/**
 * Extra steps of `custos init` (first admin, TLS certificate, ...): each runs once with the new
 * installation open and returns the paths or names of what it created, to be printed.
 * A module that needs one pushes it here from its own command file's `register`.
 */
export const INIT_STEPS: ((custos: Custos) => Promise<string[]>)[] = [createFirstAdmin, createTlsCertificate];

export function register(program: Command): void {
  addDataOption(
    program
      .command('init')
      .description('create a data folder: keys (KEK 0600 or CUSTOS_MASTER_KEY, index key, audit signing key) and the database'),
  ).action(async (opts: { data: string }) => {
      // Loaded here, not at the top: registering commands must not load database drivers.
      const { keysExist } = await import('../../crypto/index.js');
      const { dataOptionsFromEnv, initCustos } = await import('../../app/index.js');
      if (keysExist(opts.data)) throw new UsageError(`${opts.data} already has keys; refusing to overwrite them`);
      let report;
      try {
        report = await initCustos({ dataDir: opts.data, ...dataOptionsFromEnv(), afterInit: INIT_STEPS });
      } catch (err) {
        if (err instanceof Error && /refusing to overwrite/.test(err.message)) throw new UsageError(err.message);
        throw err;
      }
      const lines = [
        `initialized ${report.dataDir} (${report.backend === 'postgres' ? 'PostgreSQL from DATABASE_URL' : 'SQLite'})`,
        ...report.created.map((p) => `created ${p}`),
        `applied ${report.migrations.length} migrations`,
      ];
      await writeOut(lines.join('\n') + '\n');
    });
}
