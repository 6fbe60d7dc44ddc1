/**
 * Child process for the crash test: tokenizes batches forever, each batch in one transaction with
 * its audit entry, and prints "token<TAB>value" for each item only after the commit returned.
 * Options as JSON in argv[2]: { dataDir, databaseUrl?, schema?, batch }.
 */
import { openCustos } from '../../src/app/index.js';

const opts = JSON.parse(process.argv[2]!) as { dataDir: string; databaseUrl?: string; schema?: string; batch: number };
const custos = await openCustos({ dataDir: opts.dataDir, ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl, schema: opts.schema } : {}) });
let n = 0;
for (;;) {
  const items = Array.from({ length: opts.batch }, () => {
    n++;
    return { subject: `crash-subject-${n % 17}`, type: 'CREDIT_CARD' as const, value: `crash-value-${process.pid}-${n}`, deterministic: n % 5 === 0 };
  });
  const tokens = await custos.store.transaction(async (trx) => {
    const t = await custos.vault.tokenize(items, { trx });
    await custos.audit.append(trx, { actor: 'test:crash', action: 'vault.tokenize', outcome: 'ok', details: { count: t.length } });
    return t;
  });
  // Written synchronously so what the parent reads was committed before it was printed.
  process.stdout.write(tokens.map((t, i) => `${t}\t${items[i]!.value}\n`).join(''));
}
