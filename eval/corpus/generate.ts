/**
 * Seeded generator of the synthetic contact-center corpus.
 *
 *   npx tsx eval/corpus/generate.ts [--n 2000] [--seed 20261123] [--out corpus.jsonl] [--sample eval/corpus/sample.jsonl]
 *
 * Every document is built from its own child generator (seed, index), so a document does not change
 * when another template changes how many random numbers it draws.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import { Rng } from './prng.js';
import type { CorpusDoc } from './document.js';
import { makePersona } from './persona.js';
import { ipv4 } from './values.js';
import { Voice } from './render.js';
import { INTENTS, conversation } from './dialog.js';
import { formatAsr, formatCall, formatChat } from './channels.js';
import { buildWritten, WRITTEN_TEMPLATE_NAMES } from './written.js';

export const DEFAULT_SEED = 20261123;
export const DEFAULT_COUNT = 2000;
export const SAMPLE_COUNT = 200;

const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['asr', 30], ['call_transcript', 20], ['chat', 20], ['email', 15], ['ticket', 15],
];

/** Every template name the generator can produce (intents per conversational channel plus written ones). */
export const TEMPLATE_NAMES: readonly string[] = [
  ...(['asr', 'call_transcript', 'chat'] as const).flatMap((ch) => INTENTS.map((i) => `${ch}:${i.name}`)),
  ...WRITTEN_TEMPLATE_NAMES.map((n) => `${n.startsWith('email') ? 'email' : 'ticket'}:${n}`),
];

export function generateDocument(seed: number, index: number): CorpusDoc {
  const rng = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const p = makePersona(rng);
  const id = `doc-${String(index).padStart(5, '0')}`;
  if (channel === 'email' || channel === 'ticket') {
    const v = new Voice(rng, channel === 'ticket' ? 'terse' : 'written');
    const { builder, template } = buildWritten({ rng, v, p }, channel);
    return { id, channel, template: `${channel}:${template}`, text: builder.text, gold: builder.gold, mustSurvive: builder.mustSurvive, ...(builder.neutral.length ? { neutral: builder.neutral } : {}) };
  }
  // Some recognisers write numbers as digits (inverse text normalisation): a fifth of ASR documents.
  const itn = channel === 'asr' && rng.chance(0.2);
  const v = new Voice(rng, channel === 'asr' && !itn ? 'spoken' : 'written', channel === 'asr' ? 0.35 : channel === 'chat' ? 0.08 : 0);
  // Nobody reads an IPv6 address aloud; callers on the phone give the IPv4 one.
  if (channel === 'asr' && p.ip.includes(':')) p.ip = ipv4(rng);
  const intent = rng.pick(INTENTS);
  const turns = conversation({ rng, v, p, channel }, intent);
  const builder = channel === 'asr' ? formatAsr(rng, turns) : channel === 'call_transcript' ? formatCall(rng, turns, p, v) : formatChat(rng, turns, p, v);
  return { id, channel, template: `${channel}:${intent.name}`, text: builder.text, gold: builder.gold, mustSurvive: builder.mustSurvive };
}

export function generateCorpus(options: { n?: number; seed?: number } = {}): CorpusDoc[] {
  const n = options.n ?? DEFAULT_COUNT;
  const seed = options.seed ?? DEFAULT_SEED;
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < n; i++) docs.push(generateDocument(seed, i));
  return docs;
}

export function toJsonl(docs: readonly CorpusDoc[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
}

function parseArgs(argv: string[]): { n: number; seed: number; out?: string; sample: string } {
  const opts = { n: DEFAULT_COUNT, seed: DEFAULT_SEED, out: undefined as string | undefined, sample: fileURLToPath(new URL('./sample.jsonl', import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = argv[i + 1];
    if ((a === '--n' || a === '--seed') && (val === undefined || !/^\d+$/.test(val))) throw new Error(`${a} needs a non-negative integer`);
    if (a === '--n') { opts.n = Number(val); i++; }
    else if (a === '--seed') { opts.seed = Number(val); i++; }
    else if (a === '--out') { if (!val) throw new Error('--out needs a path'); opts.out = val; i++; }
    else if (a === '--sample') { if (!val) throw new Error('--sample needs a path'); opts.sample = val; i++; }
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`generate: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const docs = generateCorpus({ n: opts.n, seed: opts.seed });
  writeFileSync(opts.sample, toJsonl(docs.slice(0, SAMPLE_COUNT)));
  if (opts.out) writeFileSync(opts.out, toJsonl(docs));
  const spans = docs.reduce((s, d) => s + d.gold.length, 0);
  process.stdout.write(`generated ${docs.length} documents, ${spans} gold spans (seed ${opts.seed}); sample of ${Math.min(SAMPLE_COUNT, docs.length)} written to ${opts.sample}${opts.out ? `, corpus to ${opts.out}` : ''}\n`);
}
