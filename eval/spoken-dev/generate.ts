/**
 * The spoken-dev corpus: contact-center text written for finding the spoken and written forms a
 * detector still misses. 40% ASR, 25% call transcripts, 15% chats, 10% e-mails, 10% tickets.
 *
 *   npx tsx eval/spoken-dev/generate.ts --n 800 --seed 7261 --out /tmp/spoken-dev.jsonl
 *   npx tsx eval/spoken-dev/generate.ts --stats        (counts only)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Channel } from '../../src/detect/types.js';
import type { CorpusDoc } from '../corpus/document.js';
import type { EntPiece } from './model.js';
import { AGENT_NAMES, type Brand } from './pools.js';
import { A, E, aside, type Turn } from './moves.js';
import { docSeed, Rng } from './prng.js';
import { renderDialog } from './render.js';
import { makeCast, type Ctx } from './say.js';
import { SCENES } from './scenes.js';
import { CHAT_SCENES, EMAIL_SCENES, TICKET_SCENES } from './written.js';

export const SPOKEN_DEV_DEFAULT_COUNT = 800;
export const SPOKEN_DEV_DEFAULT_SEED = 7261;

/** Twenty slots fixing the channel mix exactly for every full block of twenty documents. */
const CHANNEL_CYCLE: readonly Channel[] = [
  'asr', 'call_transcript', 'asr', 'chat', 'asr', 'email', 'call_transcript', 'asr', 'ticket', 'asr',
  'call_transcript', 'chat', 'asr', 'asr', 'call_transcript', 'email', 'asr', 'chat', 'call_transcript', 'ticket',
];

export function channelOf(index: number): Channel {
  return CHANNEL_CYCLE[index % CHANNEL_CYCLE.length]!;
}

type Sector = Brand['sector'];

const OUTBOUND = new Set(['fraud-alert-outbound', 'collections-promise-to-pay']);

/** Which kinds of company a scene happens at, so a pharmacy refill is not phoned in to an airline. */
const SCENE_SECTORS: Record<string, readonly Sector[]> = {
  'lost-card-replacement': ['bank'], 'dispute-name-like-merchant': ['bank'], 'international-wire': ['bank'], 'identity-ssn-verification': ['bank'],
  'fraud-alert-outbound': ['bank'], 'card-activation-interrupted': ['bank'], 'name-without-cue': ['bank'],
  'one-time-payment-card': ['bank', 'telecom', 'utility', 'insurance'], 'direct-deposit-setup': ['bank', 'utility', 'telecom', 'insurance'],
  'internet-outage-ip': ['telecom'], 'order-status-spoken-order-number': ['retail'], 'plan-change-percentages': ['telecom', 'utility'],
  'new-account-full-intake': ['bank', 'utility', 'telecom'], 'autopay-failed': ['utility', 'telecom', 'insurance'], 'insurance-claim': ['insurance'],
  'pharmacy-refill': ['pharmacy'], 'travel-booking-guests': ['travel'], 'utility-start-service': ['utility'], 'warranty-model-number': ['retail'],
  'collections-promise-to-pay': ['bank', 'telecom', 'utility'], 'password-reset-ip': ['bank', 'telecom'], 'third-party-spouse': ['telecom', 'utility', 'bank'],
  'dob-vs-transaction-date': ['bank', 'telecom', 'retail'], 'cancel-subscription': ['telecom', 'retail'], 'refund-to-card': ['retail', 'travel'],
  'appointment-technician': ['telecom', 'utility'],
  'chat-typos-address': ['retail'], 'chat-email-and-phone-typed': ['telecom', 'retail', 'utility'], 'chat-bank-details': ['bank', 'utility'],
  'chat-ssn-verification': ['bank'], 'chat-tech-ip': ['telecom'], 'chat-wire-iban': ['bank'], 'chat-bot-handoff': ['retail', 'telecom'],
  'email-dispute-long': ['bank'], 'email-long-thread': ['telecom', 'utility', 'bank'], 'email-card-in-body': ['utility', 'insurance', 'telecom'], 'email-direct-deposit': ['bank'], 'email-wire-iban': ['bank'],
  'email-refund-followup': ['retail'], 'email-account-closure': ['bank', 'telecom'], 'email-complaint-rambling': ['telecom', 'utility'],
  'email-fraud-report': ['bank'], 'email-insurance-claim': ['insurance'], 'email-travel-guests': ['travel'], 'email-forwarded-chain': ['utility', 'telecom'],
  'ticket-kyc-review': ['bank'], 'ticket-tech-network': ['telecom'], 'ticket-shipping-address': ['retail'], 'ticket-fraud-escalation': ['bank'],
};

function makeCtx(rng: Rng, channel: Channel, sectors?: readonly Sector[]): Ctx {
  const voice = channel === 'asr' || channel === 'call_transcript';
  return {
    rng, channel, voice, asr: channel === 'asr',
    say: { zero: rng.weighted([['oh', 5], ['zero', 3], ['o', 1]] as const), doubles: rng.chance(0.5), asrNoise: channel === 'asr' ? rng.pick([0, 0.03, 0.08]) : 0 },
    style: rng.weighted([['digits', 5], ['pairs', 2], ['mixed', 3]] as const),
    cast: makeCast(rng, sectors),
  };
}

/**
 * A stretch of a call (an ASR segment, a transcript page): contiguous turns that never cut a value
 * said over several turns, so every entity keeps all its parts.
 */
function excerpt(rng: Rng, turns: readonly Turn[]): Turn[] {
  const refsAt = turns.map((t) => new Set(t.pieces.filter((p): p is EntPiece => typeof p !== 'string' && p.kind === 'ent').map((p) => p.ref)));
  const whole = (s: number, e: number): boolean => {
    const inside = new Set<unknown>();
    for (let i = s; i < e; i++) for (const r of refsAt[i]!) inside.add(r);
    for (let i = 0; i < turns.length; i++) if (i < s || i >= e) for (const r of refsAt[i]!) if (inside.has(r)) return false;
    return true;
  };
  for (let tries = 0; tries < 20; tries++) {
    const len = rng.int(3, 9);
    if (len >= turns.length) break;
    const s = rng.int(0, turns.length - len);
    if (whole(s, s + len)) return turns.slice(s, s + len);
  }
  return [...turns];
}

export function generateDoc(seed: number, index: number): CorpusDoc {
  const rng = new Rng(docSeed(seed, index));
  const channel = channelOf(index);
  let template: string;
  let b;
  if (channel === 'email' || channel === 'ticket') {
    const scene = rng.pick(channel === 'email' ? EMAIL_SCENES : TICKET_SCENES);
    template = scene.name;
    b = scene.build(makeCtx(rng, channel, SCENE_SECTORS[scene.name]));
  } else {
    // Outbound calls have no chat counterpart; other call scenes also happen typed.
    const scene = channel !== 'chat' ? rng.pick(SCENES) : rng.chance(0.65) ? rng.pick(CHAT_SCENES) : rng.pick(SCENES.filter((s) => !OUTBOUND.has(s.name)));
    template = scene.name;
    const ctx = makeCtx(rng, channel, SCENE_SECTORS[scene.name]);
    let turns = scene.build(ctx);
    for (let k = rng.int(0, 2); k > 0; k--) turns.splice(rng.int(2, turns.length - 1), 0, aside(ctx));
    if (channel !== 'chat' && rng.chance(0.5)) {
      turns = excerpt(rng, turns);
      template += '/excerpt';
    } else if (channel !== 'chat' && rng.chance(0.25)) {
      // A transfer: the first agent hands over and a second one takes a second issue, same caller.
      const second = rng.pick(SCENES.filter((s) => s.name !== scene.name && (SCENE_SECTORS[s.name]?.includes(ctx.cast.brand.sector) ?? true)));
      const firstAgent = `${ctx.cast.agent} ${ctx.cast.agentLast}`;
      const first = turns.slice(0, -3).map((t) => (t.who === 'agent' ? { ...t, agent: firstAgent } : t));
      ctx.cast.agent = rng.pick(AGENT_NAMES.filter((n) => n !== ctx.cast.agent));
      ctx.cast.agentLast = rng.pick(['Okonkwo', 'Fairchild', 'Ibarra', 'Nystrom'].filter((n) => n !== ctx.cast.agentLast));
      turns = [...first, { ...A(rng.pick(["Let me transfer you to the right department, please hold.", 'I am going to send you over to my colleague for that.'])), agent: firstAgent }, E(ctx.asr ? '[hold music]' : '[transfer]'), ...second.build(ctx)];
      template += `+${second.name}`;
    }
    b = renderDialog(ctx, turns);
  }
  const doc: CorpusDoc = { id: `spoken-dev-${seed}-${index}`, channel, template, text: b.text, gold: b.gold, mustSurvive: b.mustSurvive };
  if (b.neutral.length) doc.neutral = b.neutral;
  return doc;
}

export function generateSpokenDev(n: number = SPOKEN_DEV_DEFAULT_COUNT, seed: number = SPOKEN_DEV_DEFAULT_SEED): CorpusDoc[] {
  return Array.from({ length: n }, (_, i) => generateDoc(seed, i));
}

/** Counts only: no values are printed. */
function corpusStats(docs: readonly CorpusDoc[], jsonlBytes: number): Record<string, unknown> {
  const tally = (keys: string[]): Record<string, number> => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  return {
    docs: docs.length, jsonlBytes, textChars: chars, avgChars: Math.round(chars / Math.max(1, docs.length)),
    over2000: docs.filter((d) => d.text.length > 2000).length, under200: docs.filter((d) => d.text.length < 200).length,
    scenes: new Set(docs.map((d) => d.template.split(/[/+]/)[0])).size,
    channels: tally(docs.map((d) => d.channel)),
    goldByType: tally(docs.flatMap((d) => d.gold.map((g) => g.type))),
    goldByForm: tally(docs.flatMap((d) => d.gold.map((g) => g.form))),
    mustSurvive: tally(docs.flatMap((d) => d.mustSurvive.map((m) => m.kind))),
  };
}

function main(argv: string[]): void {
  let n = SPOKEN_DEV_DEFAULT_COUNT;
  let seed = SPOKEN_DEV_DEFAULT_SEED;
  let out: string | undefined;
  let stats = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--stats') stats = true;
    else if (a === '--n' && v && /^\d+$/.test(v)) { n = Number(v); i++; }
    else if (a === '--seed' && v && /^\d+$/.test(v)) { seed = Number(v); i++; }
    else if (a === '--out' && v) { out = v; i++; }
    else {
      process.stderr.write(`spoken-dev: bad argument ${a}\nusage: generate.ts [--n 800] [--seed ${SPOKEN_DEV_DEFAULT_SEED}] [--out file.jsonl] [--stats]\n`);
      process.exit(2);
    }
  }
  const docs = generateSpokenDev(n, seed);
  const lines = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (stats) {
    process.stdout.write(`${JSON.stringify(corpusStats(docs, Buffer.byteLength(lines)), null, 1)}\n`);
    if (out) writeFileSync(out, lines);
  } else if (out) writeFileSync(out, lines);
  else process.stdout.write(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
