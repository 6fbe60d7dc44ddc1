import type { Command } from 'commander';
import type { EntityType } from '../../detect/index.js';
import { addDataOption, cliActor } from '../data-option.js';
import { readAllText, writeOut } from '../text-io.js';
import { EXIT_FAILURE, UsageError, warn } from '../usage.js';

/** Exit code when the token's data subject was erased (its originals are destroyed). */
export const EXIT_SUBJECT_ERASED = 3;

// Loaded inside actions only: registering commands must not load database drivers.
const vaultModule = () => import('../../vault/index.js');
const installation = () => import('../installation.js');

/** Accepts the entity type name (CREDIT_CARD) or its token prefix (card), any case. */
async function parseType(raw: string): Promise<EntityType> {
  const { isVaultEntityType, TOKEN_PREFIX } = await vaultModule();
  const upper = raw.trim().toUpperCase();
  if (isVaultEntityType(upper)) return upper;
  const byPrefix = (Object.entries(TOKEN_PREFIX) as [EntityType, string][]).find(([, p]) => p === raw.trim().toLowerCase());
  if (byPrefix) return byPrefix[0];
  throw new UsageError(`--type: unknown entity type; choose one of ${Object.keys(TOKEN_PREFIX).join(', ')}`);
}

export function register(program: Command): void {
  const vault = program.command('vault').description('tokens and the encrypted originals behind them');

  addDataOption(vault.command('tokenize').description('read one value on stdin, store it encrypted, print its token'))
    .requiredOption('--type <TYPE>', 'entity type, e.g. CREDIT_CARD (or its token prefix, e.g. card)')
    .requiredOption('--subject <REF>', 'the data subject (customer) the value belongs to')
    .option('--deterministic', 'same value and type give the same token (through a keyed HMAC index)')
    .action(async (opts: { data: string; type: string; subject: string; deterministic?: boolean }) => {
      const type = await parseType(opts.type);
      if (opts.subject.trim() === '') throw new UsageError('--subject: must not be empty');
      // One trailing newline is how shells end input; it is not part of the value.
      const value = (await readAllText()).replace(/\r?\n$/, '');
      if (value === '') throw new UsageError('no value on stdin');
      const { VaultInputError } = await vaultModule();
      await (await installation()).withInstallation(opts.data, async ({ store, vault: v, audit }) => {
        const [token] = await store.transaction(async (trx) => {
          const tokens = await v.tokenize([{ subject: opts.subject, type, value, deterministic: Boolean(opts.deterministic) }], { trx }).catch((err: unknown) => {
            throw err instanceof VaultInputError ? new UsageError(err.message) : err;
          });
          await audit.append(trx, {
            actor: cliActor(),
            action: 'vault.tokenize',
            target: tokens[0]!,
            outcome: 'ok',
            details: { type, deterministic: Boolean(opts.deterministic), subjectId: v.subjectId(opts.subject) },
          });
          return tokens;
        });
        await writeOut(`${token}\n`);
      });
    });

  addDataOption(vault.command('detokenize').description('print the original value of a token (audited; a reason is required)'))
    .argument('<token>', 'a token such as tok_card_…')
    .requiredOption('--reason <TEXT>', 'why the original is needed (recorded on the audit trail)')
    .action(async (token: string, opts: { data: string; reason: string }) => {
      const { TOKEN_PATTERN, SubjectErasedError, TokenNotFoundError } = await vaultModule();
      if (opts.reason.trim() === '') throw new UsageError('--reason: must not be empty');
      // Exit 2: the argument is not a token at all (and is not echoed: it may be a raw value).
      if (!TOKEN_PATTERN.test(token)) throw new UsageError('not a token (expected tok_<type>_<26 characters>)');
      await (await installation()).withInstallation(opts.data, async ({ store, vault: v, audit }) => {
        const actor = cliActor();
        try {
          const [result] = await store.transaction(async (trx) => {
            const values = await v.detokenize([token], { trx });
            await audit.append(trx, { actor, action: 'vault.detokenize', target: token, reason: opts.reason, outcome: 'ok', details: { type: values[0]!.type } });
            return values;
          });
          await writeOut(`${result!.value}\n`);
        } catch (err) {
          // Exit 3: subject erased. Exit 1: a well-formed token this vault does not know (or whose value was purged).
          if (err instanceof SubjectErasedError || err instanceof TokenNotFoundError) {
            await audit.record({ actor, action: 'vault.detokenize', target: token, reason: opts.reason, outcome: 'error', details: { problem: err.code } });
            warn(err.message);
            process.exitCode = err instanceof SubjectErasedError ? EXIT_SUBJECT_ERASED : EXIT_FAILURE;
            return;
          }
          throw err;
        }
      });
    });

  addDataOption(vault.command('erase').description('erase a data subject: destroy its data key and tokens (crypto-shredding)'))
    .requiredOption('--subject <REF>', 'the data subject (customer) to erase')
    .action(async (opts: { data: string; subject: string }) => {
      if (opts.subject.trim() === '') throw new UsageError('--subject: must not be empty');
      await (await installation()).withInstallation(opts.data, async ({ store, vault: v, audit }) => {
        const receipt = await store.transaction(async (trx) => {
          const r = await v.eraseSubject(opts.subject, { trx });
          await audit.append(trx, {
            actor: cliActor(),
            action: 'vault.erase',
            target: v.subjectId(opts.subject),
            outcome: 'ok',
            details: { tokensDestroyed: r.tokensDestroyed, keyDestroyed: r.keyDestroyed },
          });
          return r;
        });
        await store.scrub();
        await writeOut(
          `erased subject ${receipt.subject} at ${receipt.erasedAt}: ${receipt.tokensDestroyed} tokens destroyed, data key ${receipt.keyDestroyed ? 'destroyed' : 'not found (nothing stored)'}\n`,
        );
      });
    });
}
