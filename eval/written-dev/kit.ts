/**
 * The small scene kit: a per-document context (customer, agent, brand) and helpers to write lines
 * of segments, upper-case a block, and split a value over several utterances.
 */
import type { Channel } from '../../src/detect/types.js';
import { ent, fill, keep, neutral, type EntitySeg, type NeutralSeg, type Seg } from '../corpus/document.js';
import { AGENT_FIRST, BRANDS, person, type Person, type Rng } from './values.js';

/** A value split over utterances: chunk i, then glue[i] (e.g. the other speaker's turn, which may hold values of its own). */
export interface Split {
  kind: 'split';
  seg: EntitySeg;
  glue: Seg[][];
}

export type Piece = Seg | Split;

export interface Ctx {
  r: Rng;
  cust: Person;
  other: Person;
  agent: string;
  brand: string;
  /** The brand's own mailbox and phone: neutral text, neither personal nor must-survive. */
  mailbox: string;
  hotline: string;
}

export interface Scene {
  name: string;
  channel: Channel;
  build(c: Ctx): Piece[];
}

export function makeCtx(r: Rng): Ctx {
  const brand = r.pick(BRANDS);
  const slug = brand.toLowerCase().replace(/[^a-z]/g, '');
  return {
    r,
    cust: person(r),
    other: person(r),
    agent: r.pick(AGENT_FIRST),
    brand,
    mailbox: `${r.pick(['support', 'help', 'care', 'billing', 'noreply'])}@${slug}.com`,
    hotline: r.pick(['1-800-555-0142', '(888) 555-0199', '1-877-555-0123', '800.555.0170']),
  };
}

export type Slots = Record<string, Seg | Seg[]>;

/** One line: the template filled, then a newline. */
export const L = (template: string, slots: Slots = {}): Seg[] => [...fill(template, slots), '\n'];

export const agentSeg = (c: Ctx): EntitySeg => ent('PERSON', c.agent, c.agent);
export const brandSeg = (c: Ctx, upper = false): Seg => keep('brand', upper ? c.brand.toUpperCase() : c.brand);
export const mailboxSeg = (c: Ctx): NeutralSeg => neutral(c.mailbox);
export const hotlineSeg = (c: Ctx): NeutralSeg => neutral(c.hotline);

/** Upper-cases plain text, names, e-mails and addresses (whose gold value is the text as written) and keeps. */
export function caps(pieces: Piece[]): Piece[] {
  return pieces.map((p) => {
    if (typeof p === 'string') return p.toUpperCase();
    if (p.kind === 'keep') return { ...p, text: p.text.toUpperCase() };
    if (p.kind === 'ent') {
      const asWritten = p.type === 'PERSON' || p.type === 'EMAIL_ADDRESS' || p.type === 'STREET_ADDRESS';
      return { ...p, value: asWritten ? p.value.toUpperCase() : p.value, chunks: p.chunks.map((x) => x.toUpperCase()) };
    }
    return p;
  });
}

/** Lower-cases plain text only (chat typing); entity surfaces are chosen lower-case by the scene. */
export function lowerPlain(pieces: Piece[]): Piece[] {
  return pieces.map((p) => (typeof p === 'string' ? p.toLowerCase() : p));
}

export function split(seg: EntitySeg, glue: Seg[][]): Split {
  if (glue.length !== seg.chunks.length - 1) throw new Error('split: one glue per gap between chunks');
  return { kind: 'split', seg, glue };
}

export function pickOne<T>(r: Rng, ...options: T[]): T {
  return r.pick(options);
}
