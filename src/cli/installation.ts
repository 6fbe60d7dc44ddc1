/**
 * Opening the installation a command works on: `--data DIR` (default ./custos-data) plus
 * DATABASE_URL from the environment. Shared by every command that touches the store or keys.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, dataOptionsFromEnv, openCustos, type Custos } from '../app/index.js';
import { KeysMissingError } from '../crypto/index.js';
import { UsageError } from './usage.js';

export function addDataOption(cmd: Command): Command {
  return cmd.option('--data <dir>', 'data folder (database unless DATABASE_URL is set, and keys/)', DEFAULT_DATA_DIR);
}

export async function openInstallation(dataDir: string | undefined): Promise<Custos> {
  try {
    return await openCustos({ dataDir: dataDir ?? DEFAULT_DATA_DIR, ...dataOptionsFromEnv() });
  } catch (err) {
    if (err instanceof KeysMissingError) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs `fn` with the installation open and always closes it. */
export async function withInstallation<T>(dataDir: string | undefined, fn: (custos: Custos) => Promise<T>): Promise<T> {
  const custos = await openInstallation(dataDir);
  try {
    return await fn(custos);
  } finally {
    await custos.close();
  }
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
