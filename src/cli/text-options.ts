/** Options shared by the text commands (redact, detect): which types, which channel, which score. */
import type { Command } from 'commander';
import { z } from 'zod';
import { CHANNELS, ENTITY_TYPES, isEntityType, type DetectOptions, type EntityType } from '../detect/index.js';

export function addDetectFlags(command: Command): Command {
  return command
    .option('--types <list>', `comma-separated entity types to look for (default: all): ${ENTITY_TYPES.join(', ')}`)
    .option('--channel <name>', `where the text comes from: ${CHANNELS.join(', ')} (default: guessed)`)
    .option('--min-score <n>', 'drop findings scoring below this, 0..1')
    .option('--jsonl', 'read JSON lines {"id","text"} and write one result line per input line');
}

export const entityTypeList = z
  .string()
  .transform((value, ctx) => {
    const types = value
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => t !== '');
    const unknown = types.filter((t) => !isEntityType(t));
    if (unknown.length > 0 || types.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown entity type ${unknown.length > 0 ? unknown.join(', ') : '(empty list)'}; known: ${ENTITY_TYPES.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(types)] as EntityType[];
  });

export const detectFlagsSchema = z.object({
  types: entityTypeList.optional(),
  channel: z.enum(CHANNELS, { error: `unknown channel; known: ${CHANNELS.join(', ')}` }).optional(),
  minScore: z.coerce
    .number({ error: 'must be a number from 0 to 1' })
    .min(0, { error: 'must be a number from 0 to 1' })
    .max(1, { error: 'must be a number from 0 to 1' })
    .optional(),
  jsonl: z.boolean().default(false),
});

export function detectOptionsFrom(flags: z.output<typeof detectFlagsSchema>): DetectOptions {
  return {
    ...(flags.types === undefined ? {} : { types: flags.types }),
    ...(flags.channel === undefined ? {} : { channel: flags.channel }),
    ...(flags.minScore === undefined ? {} : { minScore: flags.minScore }),
  };
}

/** The entity record of the CLI and JSONL contract: exactly these keys, in this order, input offsets. */
export function entityRecord(e: { type: EntityType; start: number; end: number; score: number; recognizer: string }) {
  return { type: e.type, start: e.start, end: e.end, score: e.score, recognizer: e.recognizer };
}
