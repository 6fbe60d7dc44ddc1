// Shared by the privacy commands: open the installation, and turn the module's refusals into the
// CLI's exit codes (bad input 2; legal hold 4), with messages that carry no customer value.
import { Option, type Command } from 'commander';
import type { Custos } from '../../app/index.js';
import { UsageError, warn } from '../usage.js';

/** Exit code when a legal hold blocks the operation. */
export const EXIT_LEGAL_HOLD = 4;

export function formatOption(cmd: Command, fallback: 'json' | 'md' | 'text'): Command {
  const choices = fallback === 'text' ? ['text', 'json'] : ['json', 'md'];
  return cmd.addOption(new Option('--format <format>', 'output format').choices(choices).default(fallback));
}

export function checkInstant(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`${flag}: must be an ISO 8601 date-time`);
  return new Date(value).toISOString();
}

export async function privacyCall(dataDir: string, fn: (custos: Custos) => Promise<unknown>): Promise<void> {
  const [{ withInstallation }, { LegalHoldError, PrivacyInputError, PrivacyNotFoundError }] = await Promise.all([
    import('../installation.js'),
    import('../../privacy/index.js'),
  ]);
  try {
    await withInstallation(dataDir, async (custos) => {
      await fn(custos);
    });
  } catch (err) {
    if (err instanceof PrivacyInputError || err instanceof PrivacyNotFoundError) throw new UsageError(err.message);
    if (err instanceof LegalHoldError) {
      warn(err.message);
      process.exitCode = EXIT_LEGAL_HOLD;
      return;
    }
    throw err;
  }
}
