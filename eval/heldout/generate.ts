/**
 * The held-out corpus: ~800 contact-center documents over five channels, written for scoring only
 * (nobody tunes the detector on it). Seeded and deterministic: document i is built from its own
 * generator stream, so a corpus of n documents is a prefix of one of n+1.
 *
 *   npx tsx eval/heldout/generate.ts [--n 800] [--seed 90417] [--out file.jsonl]
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import type { CorpusDoc } from '../corpus/document.js';
import { Conv, brandOf, renderConv } from './conversation.js';
import { Rng } from './prng.js';
import type { ConvChannel } from './say.js';
import { SCENES } from './scenes.js';
import { WRITTEN, Writer } from './written.js';

export const HELDOUT_DEFAULT_COUNT = 800;
export const HELDOUT_DEFAULT_SEED = 90417;

const CHANNEL_MIX: readonly (readonly [number, Channel])[] = [[30, 'asr'], [20, 'call_transcript'], [20, 'chat'], [15, 'email'], [15, 'ticket']];

/** Every template name: scene × conversational channel, plus the written ones. */
export const HELDOUT_TEMPLATES: readonly string[] = [
  ...SCENES.flatMap((s) => (['asr', 'call_transcript', 'chat'] as const).map((ch) => `${ch}:${s.name}`)),
  ...WRITTEN.map((t) => `${t.channel}:${t.name}`),
];

export function heldoutDoc(seed: number, i: number): CorpusDoc {
  const rng = new Rng(seed, i);
  const id = `heldout-${String(i).padStart(5, '0')}`;
  // Cycle through channels and templates so every one appears in a corpus of a few hundred.
  const channel = rng.weighted(CHANNEL_MIX);
  if (channel === 'email' || channel === 'ticket') {
    const pool = WRITTEN.filter((t) => t.channel === channel);
    const t = pool[(i + rng.int(0, pool.length - 1)) % pool.length]!;
    const w = new Writer(rng);
    t.run(w);
    return w.doc(id, channel, `${channel}:${t.name}`);
  }
  const scene = SCENES[(i * 7 + rng.int(0, SCENES.length - 1)) % SCENES.length]!;
  const cv = new Conv(rng, channel as ConvChannel, brandOf(rng, scene.industries));
  scene.run(cv);
  return renderConv(cv, id, `${channel}:${scene.name}`);
}

export function generateHeldout(options: { n?: number; seed?: number } = {}): CorpusDoc[] {
  const n = options.n ?? HELDOUT_DEFAULT_COUNT;
  const seed = options.seed ?? HELDOUT_DEFAULT_SEED;
  return Array.from({ length: n }, (_, i) => heldoutDoc(seed, i));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const docs = generateHeldout({ n: Number(arg('--n') ?? HELDOUT_DEFAULT_COUNT), seed: Number(arg('--seed') ?? HELDOUT_DEFAULT_SEED) });
  const lines = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const out = arg('--out');
  if (out) writeFileSync(out, lines);
  else process.stdout.write(lines);
}
