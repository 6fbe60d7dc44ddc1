import type { Command } from 'commander';
import { processJsonl, readAllText, writeOut } from '../text-io.js';
import { addDetectFlags, detectFlagsSchema, detectOptionsFrom, entityRecord } from '../text-options.js';
import { parseOptions } from '../usage.js';

export function register(program: Command): void {
  addDetectFlags(
    program.command('detect').description('Find personal data in text read from stdin; prints the findings as JSON (offsets, no values).'),
  ).action(async (raw: unknown) => {
    const d = await import('../../detect/index.js');
    const flags = parseOptions(detectFlagsSchema(d), raw);
    const options = detectOptionsFrom(flags);
    if (flags.jsonl) {
      await processJsonl((text) => ({ entities: d.detect(text, options).map(entityRecord) }));
      return;
    }
    const text = await readAllText();
    await writeOut(`${JSON.stringify(d.detect(text, options).map(entityRecord))}\n`);
  });
}
