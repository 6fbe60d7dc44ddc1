/**
 * The held-out corpus: ~800 contact-center documents written independently of the detector (own
 * templates, pools, phrasings and random source), scored by `npm run eval` after the main corpus.
 *
 *   npx tsx eval/unseen/generate.ts [--n 800] [--seed 5113] [--out file.jsonl]
 *
 * Document i depends only on (seed, i), so a corpus of n documents is a prefix of one of n+1.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import type { CorpusDoc } from '../corpus/document.js';
import { Dice } from './dice.js';
import { DIALOGS } from './dialogs.js';
import { WRITTEN_DOCS } from './documents.js';
import { say } from './pieces.js';
import { Writer, renderAsr, renderCallTranscript, renderChat, renderWritten } from './render.js';
import { Scene } from './scene.js';

export const UNSEEN_DEFAULT_COUNT = 800;
export const UNSEEN_DEFAULT_SEED = 5113;

export const UNSEEN_TEMPLATES: readonly string[] = [...DIALOGS.map((d) => d.name), ...WRITTEN_DOCS.map((d) => d.name)];

/** Channel shares 30/20/20/15/15, laid out over a cycle of 20 so every channel shows up early. */
const CHANNEL_CYCLE: readonly Channel[] = [
  'asr', 'chat', 'call_transcript', 'email', 'ticket', 'asr', 'chat', 'asr', 'call_transcript', 'email',
  'ticket', 'asr', 'chat', 'call_transcript', 'asr', 'email', 'ticket', 'chat', 'call_transcript', 'asr',
];

export function generateUnseenDoc(seed: number, index: number): CorpusDoc {
  const r = Dice.forDocument(seed, index);
  const channel = CHANNEL_CYCLE[index % CHANNEL_CYCLE.length]!;
  const s = new Scene(r);
  const w = new Writer();
  const id = `unseen-${seed}-${index}`;
  if (channel === 'email' || channel === 'ticket') {
    const t = r.pick(WRITTEN_DOCS.filter((d) => d.channel === channel));
    renderWritten(t.pieces(s), w, r, { upper: t.upper, lowerNames: channel === 'ticket' && r.chance(0.2) });
    return w.doc(id, channel, t.name);
  }
  const dialog = r.pick(DIALOGS);
  const turns = dialog.turns(s);
  if (channel === 'asr') renderAsr(turns, w, r);
  else if (channel === 'call_transcript') renderCallTranscript(turns, s, w, r);
  else {
    if (r.chance(0.3)) {
      renderWritten(s.one(
        say`Pre-chat form: Name: ${s.cust.full} · Email: ${s.email()} · Topic: ${s.issue()}\n`,
        say`Visitor info — name: ${s.cust.full}, phone: ${s.phone()}\n`,
      ), w, r);
    }
    renderChat(turns, { agent: s.agent, cust: s.cust, brand: s.brandName }, w, r);
  }
  return w.doc(id, channel, dialog.name);
}

export function generateUnseen(options: { n?: number; seed?: number } = {}): CorpusDoc[] {
  const n = options.n ?? UNSEEN_DEFAULT_COUNT;
  const seed = options.seed ?? UNSEEN_DEFAULT_SEED;
  return Array.from({ length: n }, (_, i) => generateUnseenDoc(seed, i));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const docs = generateUnseen({ n: Number(flag('--n') ?? UNSEEN_DEFAULT_COUNT), seed: Number(flag('--seed') ?? UNSEEN_DEFAULT_SEED) });
  const out = flag('--out');
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (out) writeFileSync(out, jsonl);
  else process.stdout.write(jsonl);
}
