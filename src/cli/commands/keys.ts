import type { Command } from 'commander';
import { addDataOption, cliActor } from '../data-option.js';
import { writeOut } from '../text-io.js';

export function register(program: Command): void {
  const keys = program.command('keys').description('key-encryption key versions and rotation');

  addDataOption(keys.command('rotate').description('add a KEK version and re-wrap every data key under it (data is not re-encrypted)')).action(
    async (opts: { data: string }) =>
      (await import('../installation.js')).withInstallation(opts.data, async ({ vault, audit }) => {
        const actor = cliActor();
        // Written first: a rotation that cannot be recorded does not start.
        await audit.record({ actor, action: 'keys.rotate.start', outcome: 'ok' });
        try {
          const r = await vault.rotateKek();
          await audit.record({ actor, action: 'keys.rotate', outcome: 'ok', details: { ...r } });
          await writeOut(
            `rotated: current version ${r.currentVersion}${r.previousVersion !== r.currentVersion ? ` (was ${r.previousVersion})` : ' (set outside Custos)'}; re-wrapped ${r.rewrapped} data keys; retired ${r.retired.length ? r.retired.join(', ') : 'none'}\n`,
          );
        } catch (err) {
          await audit.record({ actor, action: 'keys.rotate', outcome: 'error', details: { error: err instanceof Error ? err.name : 'error' } });
          throw err;
        }
      }),
  );

  addDataOption(keys.command('status').description('list KEK versions and how many data keys each wraps'))
    .option('--json', 'print JSON')
    .action(async (opts: { data: string; json?: boolean }) =>
      (await import('../installation.js')).withInstallation(opts.data, async ({ vault, audit, keys: k }) => {
        const status = await vault.keysStatus();
        await audit.record({ actor: cliActor(), action: 'keys.status', outcome: 'ok', details: { versions: status.length } });
        if (opts.json) {
          await writeOut(JSON.stringify({ provider: k.kek.kind, versions: status }) + '\n');
          return;
        }
        const lines = [`provider: ${k.kek.kind}`, 'version  state    data-keys  created'];
        for (const s of status) {
          const state = s.current ? 'current' : s.retiredAt ? 'retired' : 'active';
          lines.push(`${String(s.version).padEnd(8)} ${state.padEnd(8)} ${String(s.dataKeys).padEnd(10)} ${s.createdAt}${s.retiredAt ? ` (retired ${s.retiredAt})` : ''}`);
        }
        await writeOut(lines.join('\n') + '\n');
      }),
    );
}
