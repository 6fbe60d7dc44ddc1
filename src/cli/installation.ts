/**
 * Opening the installation a command works on: `--data DIR` plus DATABASE_URL from the
 * environment. Heavy (database drivers, keys): commands import it lazily inside their action.
 */
import { DEFAULT_DATA_DIR, dataOptionsFromEnv, openCustos, type Custos } from '../app/index.js';
import { KeysMissingError } from '../crypto/index.js';
import { UsageError } from './usage.js';

// Also here for commands that import them with the installation; the light copies live in
// data-option.ts for commands that load the installation lazily.
export { addDataOption, cliActor } from './data-option.js';

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
