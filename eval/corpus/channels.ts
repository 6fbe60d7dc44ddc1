/**
 * Formats conversation turns as an ASR transcript (lower case, no punctuation, fillers, utterances
 * split on pauses), a formatted call transcript (speaker labels, punctuation) or a chat log.
 */
import { Rng } from './prng.js';
import { DocBuilder, type EntitySeg, type Seg } from './document.js';
import type { Persona } from './persona.js';
import type { Speaker, Turn } from './dialog.js';
import { Voice } from './render.js';
import { BACKCHANNELS, FILLERS } from './pools.js';

function stamp(rng: Rng, seconds: number, style: 'hms' | 'ms'): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return style === 'hms' ? `${two(h)}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** ASR text: lower case, punctuation gone, hyphens as spaces; apostrophes stay as recognisers emit them. */
function asrPlain(s: string): string {
  return s.toLowerCase().replace(/[-/]/g, ' ').replace(/[.,!?;:"()]/g, '').replace(/\s+/g, ' ').trim();
}

export function formatAsr(rng: Rng, turns: Turn[]): DocBuilder {
  const b = new DocBuilder();
  const labels = rng.pick<readonly [string, string] | null>([
    ['agent', 'customer'], ['agent', 'caller'], ['speaker 1', 'speaker 2'], ['spk_0', 'spk_1'], ['a', 'c'], ['rep', 'cust'], null,
    ['SPEAKER_00', 'SPEAKER_01'], ['channel 1', 'channel 2'],
  ]);
  const withTimes = labels !== null && rng.chance(0.3);
  const fillerRate = rng.pick([0.02, 0.05, 0.1]);
  let clock = rng.int(0, 20);
  let first = true;
  const startLine = (who: Speaker): void => {
    if (!first) b.raw('\n');
    first = false;
    clock += rng.int(1, 9);
    if (withTimes) b.raw(`[${stamp(rng, clock, 'hms')}] `);
    if (labels) b.raw(`${who === 'agent' ? labels[0] : labels[1]}: `);
  };
  const addWords = (text: string, lineHasContent: { v: boolean }): void => {
    const words = asrPlain(text).split(' ').filter(Boolean);
    for (const w of words) {
      if (lineHasContent.v) b.raw(' ');
      if (rng.chance(fillerRate)) b.raw(`${rng.pick(FILLERS)} `);
      b.raw(w);
      lineHasContent.v = true;
    }
  };
  for (const turn of turns) {
    startLine(turn.who);
    const has = { v: false };
    if (turn.who === 'customer' && rng.chance(0.15)) addWords(rng.pick(FILLERS), has);
    for (const seg of turn.segs) {
      if (typeof seg === 'string') addWords(seg, has);
      else if (seg.kind === 'keep') {
        if (has.v) b.raw(' ');
        // Written numbers (ITN transcripts: "$45.99", "3:45 pm") keep their punctuation.
        b.keep({ ...seg, text: /\d/.test(seg.text) ? seg.text.toLowerCase() : asrPlain(seg.text) || seg.text });
        has.v = true;
      } else if (seg.kind === 'neutral') {
        if (has.v) b.raw(' ');
        b.segs([{ ...seg, text: seg.text.toLowerCase() }]);
        has.v = true;
      } else {
        const id = b.newEntity();
        seg.chunks.forEach((chunk, i) => {
          if (i > 0) {
            // The caller paused: the recogniser closes the utterance; sometimes the agent backchannels.
            if (rng.chance(0.5)) {
              startLine(turn.who === 'agent' ? 'customer' : 'agent');
              b.raw(rng.pick(BACKCHANNELS));
            }
            startLine(turn.who);
            has.v = false;
          }
          if (has.v) b.raw(' ');
          b.entityChunk(seg, chunk.toLowerCase(), id, i);
          has.v = true;
        });
      }
    }
  }
  return b;
}

/**
 * Light typing and transcription noise on plain text: dropped commas and periods, doubled spaces,
 * no space after a comma. Entity surfaces are untouched, so gold offsets stay exact.
 */
export function punctuationNoise(rng: Rng, rate: number): (s: string) => string {
  return (s) => {
    if (rate === 0) return s;
    let out = s;
    if (rng.chance(rate)) out = out.replace(/,/g, '');
    if (rng.chance(rate)) out = out.replace(/\.(?=\s|$)/g, '');
    if (rng.chance(rate / 2)) out = out.replace(/ (?=\S)/, '  ');
    if (rng.chance(rate / 2)) out = out.replace(/, (?=\w)/, ',');
    return out;
  };
}

export function formatCall(rng: Rng, turns: Turn[], p: Persona, v: Voice): DocBuilder {
  const b = new DocBuilder();
  const noise = punctuationNoise(rng, rng.pick([0, 0, 0.1, 0.3]));
  const style = rng.int(0, 5);
  const timed = rng.chance(0.35);
  const blankLines = rng.chance(0.4);
  let clock = rng.int(0, 30);
  const agentLabel = (): Seg[] => {
    switch (style) {
      case 0: return ['Agent: '];
      case 1: return ['AGENT: '];
      case 2: return ['Agent (', v.person(p.agent, 'first'), '): '];
      case 3: return ['Rep: '];
      case 4: return [v.person(p.agent, 'first'), ' (agent): '];
      default: return ['[Agent] '];
    }
  };
  const customerLabel = (): Seg[] => {
    switch (style) {
      case 0: return ['Customer: '];
      case 1: return ['CUSTOMER: '];
      case 2: return ['Customer (', v.person(p.customer, 'full'), '): '];
      case 3: return ['Caller: '];
      case 4: return [v.person(p.customer, 'first'), ': '];
      default: return ['[Customer] '];
    }
  };
  turns.forEach((turn, i) => {
    if (i > 0) b.raw(blankLines ? '\n\n' : '\n');
    clock += rng.int(2, 25);
    if (timed) b.raw(`${stamp(rng, clock, 'ms')} `);
    b.segs(turn.who === 'agent' ? agentLabel() : customerLabel());
    b.segs(turn.segs, noise);
  });
  return b;
}

const EMOJI = ['🙂', '😊', '🙏', '😡', '👍', '😅', '❤️', '🤞'];

function chatty(rng: Rng, s: string, lower: boolean): string {
  let out = s;
  if (rng.chance(0.3)) out = out.replace(/\bplease\b/gi, 'pls').replace(/\bthanks\b/gi, 'thx').replace(/\byou\b/gi, 'u').replace(/\bare\b/gi, 'r');
  if (lower) out = out.toLowerCase();
  if (rng.chance(0.3)) out = out.replace(/\.\s*$/, '');
  return out;
}

export function formatChat(rng: Rng, turns: Turn[], p: Persona, v: Voice): DocBuilder {
  const b = new DocBuilder();
  const timed = rng.chance(0.6);
  const lower = rng.chance(0.4);
  let minutes = rng.int(7 * 60, 21 * 60);
  const custLabelStyle = rng.int(0, 4);
  const agentLabelStyle = rng.int(0, 2);
  turns.forEach((turn, i) => {
    if (i > 0) b.raw('\n');
    minutes += rng.int(0, 3);
    if (timed) {
      const h = Math.floor(minutes / 60) % 24;
      const m = minutes % 60;
      b.raw(`[${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}] `);
    }
    if (turn.who === 'agent') {
      b.segs(agentLabelStyle === 0 ? ['Agent: '] : agentLabelStyle === 1 ? [v.person(p.agent, 'first'), ': '] : [v.person(p.agent, 'first'), ' (Support): ']);
      b.segs(turn.segs);
    } else {
      const label: Seg[] = custLabelStyle === 0 ? ['Customer: '] : custLabelStyle === 1 ? ['You: '] : custLabelStyle === 2 ? ['Visitor: '] : [v.person(p.customer, custLabelStyle === 3 ? 'first' : 'full'), ': '];
      b.segs(label);
      for (const seg of turn.segs) {
        if (typeof seg !== 'object' || seg.kind !== 'ent' || seg.chunks.length === 1) {
          b.segs([seg], (s) => chatty(rng, s, lower));
          continue;
        }
        // A number sent in two messages: each piece on its own line under the same label.
        const id = b.newEntity();
        seg.chunks.forEach((chunk, i) => {
          if (i > 0) {
            b.raw('\n');
            if (timed) b.raw(`[${((Math.floor(minutes / 60) % 24 + 11) % 12) + 1}:${String(minutes % 60).padStart(2, '0')} ${Math.floor(minutes / 60) % 24 < 12 ? 'AM' : 'PM'}] `);
            b.segs(label.map((l) => (typeof l === 'string' ? l : { ...l })));
          }
          b.entityChunk(seg, chunk, id, i);
        });
      }
      if (rng.chance(0.12)) b.raw(` ${rng.pick(EMOJI)}`);
    }
  });
  return b;
}

export type { EntitySeg };
