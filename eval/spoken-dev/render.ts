/**
 * Turns a scene's turns into a document of its channel: ASR output (lower case, no punctuation,
 * machine speaker labels, noise markers), a formatted call transcript (timestamps, speaker names)
 * or a chat log.
 */
import { DocBuilder } from '../corpus/document.js';
import { Emitter, ent, type Piece } from './model.js';
import type { Turn } from './moves.js';
import { asrCase, type Ctx } from './say.js';

type Label = (turn: Turn, at: number) => Piece[];

function clock(seconds: number, hours: boolean, frac: boolean, rngFrac: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return `${hours ? `${String(h).padStart(2, '0')}:` : ''}${mm}:${ss}${frac ? `.${rngFrac}` : ''}`;
}

function asrLabels(ctx: Ctx): Label | undefined {
  const { rng } = ctx;
  const agentFirst = rng.chance(0.5);
  const [a, c] = agentFirst ? [0, 1] : [1, 0];
  const style = rng.weighted([['spk', 3], ['SPEAKER', 2], ['role', 2], ['none', 2], ['ts', 2], ['channel', 1]] as const);
  const caller = rng.pick(['customer', 'caller']);
  const id = (who: Turn['who']): number => (who === 'agent' ? a : who === 'customer' ? c : 2);
  switch (style) {
    case 'none': return undefined;
    case 'spk': return ({ who }) => [`spk_${id(who)}: `];
    case 'SPEAKER': return ({ who }) => [`SPEAKER_${String(id(who)).padStart(2, '0')}: `];
    case 'role': return ({ who }) => [`${who === 'agent' ? 'agent' : who === 'customer' ? caller : 'speaker 3'}: `];
    case 'channel': return ({ who }) => [`ch${id(who) + 1}: `];
    case 'ts': return ({ who }, at) => [`[${clock(at, false, true, rng.int(0, 9))}] spk_${id(who)}: `];
  }
}

function transcriptLabels(ctx: Ctx): Label {
  const { rng } = ctx;
  const cust = ctx.cast.customer;
  const name = (n: string): Piece => ent('PERSON', n, n, 'written');
  const style = rng.weighted([['role-name', 2], ['names', 2], ['roles', 3], ['speaker-n', 2], ['caps', 1]] as const);
  const hours = rng.chance(0.5);
  const ts = rng.chance(0.7);
  const stamp = (at: number): string => (ts ? `[${clock(at, hours, false, 0)}] ` : '');
  return ({ who, agent: named }, at) => {
    const agentFull = named ?? `${ctx.cast.agent} ${ctx.cast.agentLast}`;
    const agent = agentFull.split(' ')[0]!;
    const t = stamp(at);
    switch (style) {
      case 'role-name':
        return who === 'agent' ? [`${t}Agent (`, name(agentFull), '): '] : who === 'customer' ? [`${t}Customer (`, name(cust.full), '): '] : [`${t}Speaker 3: `];
      case 'names':
        return who === 'agent' ? [t, name(agent), ': '] : who === 'customer' ? [t, name(cust.first), ': '] : [`${t}Other: `];
      case 'roles':
        return [`${t}${who === 'agent' ? 'Agent' : who === 'customer' ? 'Customer' : 'Third party'}: `];
      case 'speaker-n':
        return [`${t}Speaker ${who === 'agent' ? 1 : who === 'customer' ? 2 : 3}: `];
      case 'caps':
        return who === 'agent' ? [`${t}AGENT - `, name(agent.toUpperCase()), ': '] : [`${t}${who === 'customer' ? 'CALLER' : 'OTHER'}: `];
    }
  };
}

function chatLabels(ctx: Ctx): Label {
  const { rng } = ctx;
  const style = rng.weighted([['named', 3], ['roles', 2], ['visitor', 2]] as const);
  const base = rng.int(8, 19) * 3600 + rng.int(0, 59) * 60;
  const time = (at: number): string => {
    const s = base + at;
    return `${Math.floor(s / 3600) % 24}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
  };
  return ({ who, agent: named }, at) => {
    const agent = (named ?? ctx.cast.agent).split(' ')[0]!;
    const t = rng.chance(0.8) ? `[${time(at)}] ` : '';
    if (who === 'event') return [t];
    if (style === 'named') return who === 'agent' ? [t, ent('PERSON', agent, agent, 'written'), ` (${ctx.cast.brand.name}): `] : [t, ent('PERSON', ctx.cast.customer.first, ctx.cast.customer.first, 'written'), ': '];
    if (style === 'roles') return [`${t}${who === 'agent' ? 'Agent' : 'Customer'}: `];
    return [`${t}${who === 'agent' ? 'Support' : 'Visitor'}: `];
  };
}

/** Renders turns; returns the builder with text, gold and must-survive spans. */
export function renderDialog(ctx: Ctx, turns: readonly Turn[]): DocBuilder {
  const b = new DocBuilder();
  const { rng } = ctx;
  const plain = ctx.asr ? (s: string): string => asrCase(s) : (s: string): string => s;
  const out = new Emitter(b, plain);
  const label: Label | undefined = ctx.asr ? asrLabels(ctx) : ctx.channel === 'chat' ? chatLabels(ctx) : transcriptLabels(ctx);
  let at = rng.int(0, 20);
  if (ctx.channel === 'call_transcript' && rng.chance(0.4)) out.verbatim(`Call ID: ${rng.int(100000, 999999)} | Queue: ${rng.pick(['Billing', 'Card Services', 'Tech Support', 'Retention'])} | Duration: ${rng.int(3, 24)}m\n\n`);
  if (ctx.channel === 'chat' && rng.chance(0.5)) out.verbatim(`Chat started ${rng.pick(['via website', 'from mobile app', 'on Messenger'])}\n`);
  turns.forEach((turn, i) => {
    if (turn.who === 'event') {
      // ASR noise markers sit in the flow; in a transcript they get their own line.
      if (ctx.asr) out.verbatim(label ? `${turn.pieces[0] as string}\n` : `${turn.pieces[0] as string} `);
      else if (ctx.channel === 'call_transcript') out.verbatim(`${turn.pieces[0] as string}\n`);
      return;
    }
    if (label) out.pieces(label(turn, at), true);
    let pieces = turn.pieces;
    if (ctx.channel === 'chat') pieces = pieces.map((p) => (typeof p === 'string' && rng.chance(0.3) ? p.toLowerCase().replace(/\.$/, '') : p));
    out.pieces(pieces);
    out.verbatim(label ? '\n' : i < turns.length - 1 ? ' ' : '');
    at += rng.int(2, 14);
  });
  return b;
}
