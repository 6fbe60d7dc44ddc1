/**
 * Pieces of a document (plain text, personal values, must-survive strings, neutral text) and the
 * builder that joins them while recording offsets, so gold spans are exact by construction.
 */
import type { Channel, EntityType } from '../../src/detect/types.js';
import type { CorpusDoc, GoldSpan, NeutralSpan, SpanForm, SurviveKind, SurviveSpan } from '../corpus/document.js';

/** One value; several pieces share it when the value is said in parts over several turns. */
export interface EntityRef {
  type: EntityType;
  value: string;
  form: SpanForm;
  parts: number;
  id?: number;
}

export interface EntPiece { k: 'ent'; ref: EntityRef; surface: string; part: number }
export interface KeepPiece { k: 'keep'; what: SurviveKind; text: string }
export interface NeutralPiece { k: 'neutral'; text: string }
export type Piece = string | EntPiece | KeepPiece | NeutralPiece;

export function ent(type: EntityType, value: string, surface: string, form: SpanForm = 'written'): EntPiece {
  return { k: 'ent', ref: { type, value, form, parts: 1 }, surface, part: 0 };
}

/** A value said in several pieces (one per turn or message); place them where they were said. */
export function split(type: EntityType, value: string, surfaces: readonly string[], form: SpanForm = 'spoken'): EntPiece[] {
  const ref: EntityRef = { type, value, form, parts: surfaces.length };
  return surfaces.map((surface, part) => ({ k: 'ent', ref, surface, part }));
}

/** A value read in one breath, even when it was first given in parts. */
export function whole(parts: readonly EntPiece[]): EntPiece {
  const first = parts[0]!;
  if (parts.length === 1) return first;
  return { k: 'ent', ref: { ...first.ref, parts: 1, id: undefined }, surface: parts.map((p) => p.surface).join(' '), part: 0 };
}

export const keep = (what: SurviveKind, text: string): KeepPiece => ({ k: 'keep', what, text });
export const neutral = (text: string): NeutralPiece => ({ k: 'neutral', text });

export class Assembler {
  private text = '';
  private readonly gold: GoldSpan[] = [];
  private readonly survive: SurviveSpan[] = [];
  private readonly neutral: NeutralSpan[] = [];
  private nextId = 0;

  /** Appends pieces; plain strings go through `plain` (lower-casing for ASR, for instance). */
  add(pieces: readonly Piece[], plain: (s: string) => string = (s) => s): this {
    for (const p of pieces) {
      if (typeof p === 'string') {
        this.text += plain(p);
        continue;
      }
      const start = this.text.length;
      if (p.k === 'ent') {
        this.text += p.surface;
        p.ref.id ??= this.nextId++;
        const g: GoldSpan = { type: p.ref.type, start, end: this.text.length, value: p.ref.value, form: p.ref.form, entity: p.ref.id };
        if (p.ref.parts > 1) {
          g.part = p.part;
          g.parts = p.ref.parts;
        }
        this.gold.push(g);
      } else if (p.k === 'keep') {
        this.text += p.text;
        this.survive.push({ kind: p.what, text: p.text, start, end: this.text.length });
      } else {
        this.text += p.text;
        this.neutral.push({ text: p.text, start, end: this.text.length });
      }
    }
    return this;
  }

  line(pieces: readonly Piece[], plain?: (s: string) => string): this {
    this.add(pieces, plain);
    this.text += '\n';
    return this;
  }

  doc(id: string, channel: Channel, template: string): CorpusDoc {
    const d: CorpusDoc = { id, channel, template, text: this.text.replace(/\n+$/, ''), gold: this.gold, mustSurvive: this.survive };
    if (this.neutral.length) d.neutral = this.neutral;
    return d;
  }
}
