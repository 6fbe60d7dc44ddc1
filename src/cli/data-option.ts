/**
 * The `--data DIR` option and the CLI audit actor. Kept free of database and crypto imports so
 * registering commands stays cheap: every `custos` run registers all commands, and only the one
 * that runs should load the installation (src/cli/installation.ts, imported lazily).
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';

/** Same as the store's DEFAULT_DATA_DIR (checked by test/vault-cli.test.ts). */
export const CLI_DEFAULT_DATA_DIR = './custos-data';

export function addDataOption(cmd: Command): Command {
  return cmd.option('--data <dir>', 'data folder (database unless DATABASE_URL is set, and keys/)', CLI_DEFAULT_DATA_DIR);
}

/** The audit actor for commands run from a shell: `cli:<os user>`. */
export function cliActor(): string {
  let name = 'unknown';
  try {
    name = userInfo().username || 'unknown';
  } catch {
    name = process.env.USER ?? 'unknown';
  }
  return `cli:${name}`;
}
