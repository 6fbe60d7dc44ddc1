import type { Command } from 'commander';
import { z } from 'zod';
import type { EntityType } from '../../detect/index.js';
import type { OperatorName, RedactOptions } from '../../transform/index.js';
import { processJsonl, readAllText, writeOut } from '../text-io.js';
import { addDetectFlags, detectFlagsSchema, detectOptionsFrom, entityRecord, type DetectModule } from '../text-options.js';
import { parseOptions, UsageError } from '../usage.js';

/** tokenize is left out: it needs the vault, which `custos vault` commands own. */
const CLI_OPERATORS = ['label', 'pseudonym', 'mask', 'partial', 'hash'] as const satisfies readonly OperatorName[];
type CliOperator = (typeof CLI_OPERATORS)[number];

function operatorIssue(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  if (name === 'tokenize') return 'operator tokenize needs the vault and is not available here';
  return `unknown operator "${shown}"; choose one of ${CLI_OPERATORS.join(', ')}`;
}

type TransformModule = typeof import('../../transform/index.js');

const operatorName = z.string().transform((value, ctx): CliOperator => {
  const name = value.trim().toLowerCase();
  if (!(CLI_OPERATORS as readonly string[]).includes(name)) {
    ctx.addIssue({ code: 'custom', message: operatorIssue(name) });
    return z.NEVER;
  }
  return name as CliOperator;
});

/** `CREDIT_CARD=partial,PERSON=pseudonym` */
const perTypeOperators = (d: DetectModule) => z.string().transform((value, ctx) => {
  const chosen: Partial<Record<EntityType, CliOperator>> = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [rawType = '', rawOp = '', ...rest] = pair.split('=');
    const type = rawType.trim().toUpperCase();
    const op = rawOp.trim().toLowerCase();
    if (rest.length > 0 || !d.isEntityType(type)) {
      ctx.addIssue({ code: 'custom', message: `expected TYPE=OPERATOR pairs with known entity types` });
      return z.NEVER;
    }
    if (!(CLI_OPERATORS as readonly string[]).includes(op)) {
      ctx.addIssue({ code: 'custom', message: operatorIssue(op) });
      return z.NEVER;
    }
    chosen[type] = op as CliOperator;
  }
  return chosen;
});

const redactFlagsSchema = (d: DetectModule) => detectFlagsSchema(d).extend({
  operator: operatorName.default('label'),
  operators: perTypeOperators(d).optional(),
  hashKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'not an environment variable name' }).optional(),
  maskChar: z.string().length(1, { error: 'must be exactly one character' }).optional(),
});

/** Turns validated flags into redact options; every misconfiguration is found here, before any input is read. */
function redactOptionsFrom(
  t: TransformModule,
  flags: z.output<ReturnType<typeof redactFlagsSchema>>,
  env: NodeJS.ProcessEnv = process.env,
): RedactOptions {
  const options: RedactOptions = {
    operator: flags.operator,
    detectOptions: detectOptionsFrom(flags),
    ...(flags.operators === undefined ? {} : { operators: flags.operators }),
    ...(flags.types === undefined ? {} : { types: flags.types }),
    ...(flags.maskChar === undefined ? {} : { maskChar: flags.maskChar }),
  };
  const usesHash = flags.operator === 'hash' || Object.values(flags.operators ?? {}).includes('hash');
  if (usesHash) {
    if (flags.hashKeyEnv === undefined) throw new UsageError('the hash operator needs --hash-key-env VAR (the variable holding the key)');
    const key = env[flags.hashKeyEnv];
    if (key === undefined || key === '') throw new UsageError(`environment variable ${flags.hashKeyEnv} is not set or empty`);
    options.hasher = t.hmacSha256Hasher(key);
  }
  return options;
}

export function register(program: Command): void {
  addDetectFlags(
    program
      .command('redact')
      .description('Replace personal data in text read from stdin; the redacted text goes to stdout.')
      .option('--operator <name>', `how to replace findings: ${CLI_OPERATORS.join(', ')} (default: label)`)
      .option('--operators <pairs>', 'per-type operators, e.g. CREDIT_CARD=partial,PERSON=pseudonym')
      .option('--hash-key-env <VAR>', 'environment variable holding the key for the hash operator')
      .option('--mask-char <c>', 'fill character for mask and partial (default: *)'),
  ).action(async (raw: unknown) => {
    const [d, t] = await Promise.all([import('../../detect/index.js'), import('../../transform/index.js')]);
    const flags = parseOptions(redactFlagsSchema(d), raw);
    const options = redactOptionsFrom(t, flags);
    if (flags.jsonl) {
      await processJsonl((text) => {
        const result = t.redact(text, options);
        return { text: result.text, entities: result.entities.map(entityRecord) };
      });
      return;
    }
    const text = await readAllText();
    await writeOut(t.redact(text, options).text);
  });
}
