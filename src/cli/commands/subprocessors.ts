import type { Command } from 'commander';
import { addDataOption, cliActor } from '../installation.js';
import { writeOut } from '../text-io.js';
import { UsageError } from '../usage.js';

/** Runs `fn` on the installation; the gateway's input errors become exit code 2. */
async function registryCall(dataDir: string, fn: (registry: import('../../gateway/index.js').SubProcessorRegistry) => Promise<void>): Promise<void> {
  const [{ withInstallation }, { GatewayError }] = await Promise.all([import('../installation.js'), import('../../gateway/index.js')]);
  try {
    await withInstallation(dataDir, (custos) => fn(custos.subProcessors));
  } catch (err) {
    if (err instanceof GatewayError && err.statusCode === 400) throw new UsageError(err.message);
    throw err;
  }
}

export function register(program: Command): void {
  const sp = program.command('subprocessors').description('AI upstreams registered as sub-processors: the gateway sends only to these');

  addDataOption(sp.command('add').description('register (or update, same name) an upstream'))
    .requiredOption('--name <name>', 'short name, e.g. openai-eu')
    .requiredOption('--url <url>', 'base URL of the OpenAI-compatible API (what CUSTOS_LLM_URL is set to)')
    .requiredOption('--region <region>', 'where it processes data, e.g. eu-west-1')
    .option('--may-train', 'the service may train its models on what it receives (then only customers with model_training consent are sent)', false)
    .action(async (opts: { data: string; name: string; url: string; region: string; mayTrain: boolean }) =>
      registryCall(opts.data, async (registry) => {
        const entry = await registry.add(cliActor(), { name: opts.name, url: opts.url, region: opts.region, mayTrain: opts.mayTrain === true });
        await writeOut(`registered ${entry.name}: ${entry.url} (${entry.region}; ${entry.mayTrain ? 'may train' : 'may not train'})\n`);
      }),
    );

  addDataOption(sp.command('list').description('list registered upstreams'))
    .option('--json', 'print JSON')
    .action(async (opts: { data: string; json?: boolean }) =>
      registryCall(opts.data, async (registry) => {
        const list = await registry.list();
        if (opts.json) {
          const rows = list.map(({ name, url, region, mayTrain, createdAt, createdBy }) => ({ name, url, region, mayTrain, createdAt, createdBy }));
          return writeOut(JSON.stringify({ subProcessors: rows }, null, 2) + '\n');
        }
        if (list.length === 0) return writeOut('no sub-processors registered\n');
        const lines = list.map((e) => `${e.name}\t${e.url}\t${e.region}\t${e.mayTrain ? 'may train' : 'no training'}`);
        await writeOut(lines.join('\n') + '\n');
      }),
    );

  addDataOption(sp.command('remove').description('remove an upstream; the gateway stops sending to it'))
    .argument('<name>')
    .action(async (name: string, opts: { data: string }) =>
      registryCall(opts.data, async (registry) => {
        if (!(await registry.remove(cliActor(), name))) throw new UsageError('no such sub-processor');
        await writeOut(`removed ${name}\n`);
      }),
    );
}
