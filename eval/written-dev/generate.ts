/**
 * The written-dev corpus: contact-center text written by hand for this corpus, weighted towards how
 * people write personal data in tickets, e-mails and chats. Deterministic: document i depends only
 * on (seed, i). CLI: npx tsx eval/written-dev/generate.ts --n 800 --out /tmp/x.jsonl
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import { DocBuilder, type CorpusDoc, type Seg } from '../corpus/document.js';
import { CALL_SCENES, ASR_SCENES } from './calls.js';
import { CHAT_SCENES } from './chats.js';
import { EMAIL_SCENES } from './emails.js';
import { makeCtx, type Ctx, type Piece, type Scene } from './kit.js';
import { TICKET_SCENES } from './tickets.js';
import { Rng, docSeed, txnDate } from './values.js';

export const WRITTEN_DEV_DEFAULT_COUNT = 800;
export const WRITTEN_DEV_DEFAULT_SEED = 4127;

export const SCENES: Readonly<Record<Channel, readonly Scene[]>> = {
  ticket: TICKET_SCENES,
  email: EMAIL_SCENES,
  chat: CHAT_SCENES,
  call_transcript: CALL_SCENES,
  asr: ASR_SCENES,
};

/** Channel by position in a cycle of 20: 6 tickets, 5 e-mails, 5 chats, 2 transcripts, 2 ASR. */
const CYCLE: readonly Channel[] = [
  'ticket', 'email', 'chat', 'ticket', 'email', 'chat', 'ticket', 'call_transcript', 'asr', 'ticket',
  'email', 'chat', 'ticket', 'email', 'chat', 'ticket', 'call_transcript', 'asr', 'email', 'chat',
];

export function channelOf(i: number): Channel {
  return CYCLE[i % CYCLE.length]!;
}

function emit(b: DocBuilder, pieces: readonly Piece[]): void {
  for (const p of pieces) {
    if (typeof p === 'string' || p.kind !== 'split') {
      b.segs([p as Seg]);
      continue;
    }
    const id = b.newEntity();
    p.seg.chunks.forEach((chunk, i) => {
      b.entityChunk(p.seg, chunk, id, i);
      if (i < p.glue.length) b.segs(p.glue[i]!);
    });
  }
}

/** Long documents: a ticket with later updates, a chat that continues, an e-mail with a reply. */
function body(c: Ctx, channel: Channel, first: Scene): { pieces: Piece[]; names: string[] } {
  const r = c.r;
  const pieces = first.build(c);
  const names = [first.name];
  const extra = channel === 'ticket' ? 0.3 : channel === 'email' ? 0.25 : channel === 'chat' ? 0.25 : channel === 'call_transcript' ? 0.15 : 0;
  let more = r.chance(extra) ? r.int(1, 3) : 0;
  while (more-- > 0) {
    const next = r.pick(SCENES[channel]);
    if (channel === 'ticket') pieces.push('\n', 'UPDATE ', txnDate(r), ':\n');
    else if (channel === 'email') pieces.push('\n', '-----Original Message-----\n');
    else if (channel === 'call_transcript') pieces.push('\n', '[transferred]\n');
    else pieces.push('\n');
    pieces.push(...next.build(c));
    names.push(next.name);
  }
  return { pieces, names };
}

export function generateWrittenDevDoc(seed: number, i: number): CorpusDoc {
  const r = new Rng(docSeed(seed, i));
  const channel = channelOf(i);
  const scene = r.pick(SCENES[channel]);
  const c = makeCtx(r);
  const { pieces } = body(c, channel, scene);
  const b = new DocBuilder();
  emit(b, pieces);
  // Trailing newlines carry nothing; trim them so documents end on text.
  const text = b.text.replace(/\s+$/, '');
  const doc: CorpusDoc = { id: `wd-${seed}-${i}`, channel, template: scene.name, text, gold: b.gold, mustSurvive: b.mustSurvive };
  if (b.neutral.length) doc.neutral = b.neutral;
  return doc;
}

export function generateWrittenDev(n: number = WRITTEN_DEV_DEFAULT_COUNT, seed: number = WRITTEN_DEV_DEFAULT_SEED): CorpusDoc[] {
  return Array.from({ length: n }, (_, i) => generateWrittenDevDoc(seed, i));
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const k = argv.indexOf(name);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const n = Number(arg('--n') ?? WRITTEN_DEV_DEFAULT_COUNT);
  const seed = Number(arg('--seed') ?? WRITTEN_DEV_DEFAULT_SEED);
  const out = arg('--out');
  const lines = generateWrittenDev(n, seed).map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (out) {
    writeFileSync(out, lines);
    process.stderr.write(`wrote ${n} documents (${Buffer.byteLength(lines)} bytes) to ${out}\n`);
  } else process.stdout.write(lines);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
