import type { Command } from 'commander';
import { detect } from '../../detect/index.js';
import { processJsonl, readAllText, writeOut } from '../text-io.js';
import { addDetectFlags, detectFlagsSchema, detectOptionsFrom, entityRecord } from '../text-options.js';
import { parseOptions } from '../usage.js';

export function register(program: Command): void {
  addDetectFlags(
    program.command('detect').description('Find personal data in text read from stdin; prints the findings as JSON (offsets, no values).'),
  ).action(async (raw: unknown) => {
    const flags = parseOptions(detectFlagsSchema, raw);
    const options = detectOptionsFrom(flags);
    if (flags.jsonl) {
      await processJsonl((text) => ({ entities: detect(text, options).map(entityRecord) }));
      return;
    }
    const text = await readAllText();
    await writeOut(`${JSON.stringify(detect(text, options).map(entityRecord))}\n`);
  });
}
