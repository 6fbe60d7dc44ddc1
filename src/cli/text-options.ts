/**
 * Options shared by the text commands (redact, detect): which types, which channel, which score.
 * Only types are imported statically: the detection engine is loaded when a command runs, so
 * `custos --help` and the other commands do not pay for it.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import type { DetectOptions, EntityType } from '../detect/index.js';

export type DetectModule = typeof import('../detect/index.js');

export function addDetectFlags(command: Command): Command {
  return command
    .option('--types <list>', 'comma-separated entity types to look for, e.g. CREDIT_CARD,PERSON (default: all)')
    .option('--channel <name>', 'where the text comes from: asr, call_transcript, chat, email, ticket (default: guessed)')
    .option('--min-score <n>', 'drop findings scoring below this, 0..1')
    .option('--jsonl', 'read JSON lines {"id","text"} and write one result line per input line');
}

export function entityTypeList(d: DetectModule) {
  return z.string().transform((value, ctx) => {
    const types = value
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => t !== '');
    const unknown = types.filter((t) => !d.isEntityType(t));
    if (unknown.length > 0 || types.length === 0) {
      const shown = unknown.join(', ').slice(0, 80);
      ctx.addIssue({
        code: 'custom',
        message: `unknown entity type ${unknown.length > 0 ? shown : '(empty list)'}; known: ${d.ENTITY_TYPES.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(types)] as EntityType[];
  });
}

export function detectFlagsSchema(d: DetectModule) {
  const score = 'must be a number from 0 to 1';
  return z.object({
    types: entityTypeList(d).optional(),
    channel: z.enum(d.CHANNELS, { error: `unknown channel; known: ${d.CHANNELS.join(', ')}` }).optional(),
    minScore: z.coerce.number({ error: score }).min(0, { error: score }).max(1, { error: score }).optional(),
    jsonl: z.boolean().default(false),
  });
}

export type DetectFlags = z.output<ReturnType<typeof detectFlagsSchema>>;

export function detectOptionsFrom(flags: DetectFlags): DetectOptions {
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
