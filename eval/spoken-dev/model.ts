/**
 * The pieces a scene is written in, and how they land in a document. A value said over several
 * utterances is several pieces sharing one EntityRef; emitting them gives one gold span per piece,
 * all with the entity id of the ref and part/parts set, offsets right by construction.
 */
import type { EntityType } from '../../src/detect/types.js';
import { DocBuilder, keep as keepSeg, neutral as neutralSeg, type KeepSeg, type NeutralSeg, type SpanForm, type SurviveKind } from '../corpus/document.js';

export interface EntityRef {
  type: EntityType;
  value: string;
  parts: number;
}

export interface EntPiece {
  kind: 'ent';
  ref: EntityRef;
  text: string;
  form: SpanForm;
}

export type Piece = string | EntPiece | KeepSeg | NeutralSeg;

export function ent(type: EntityType, value: string, text: string, form: SpanForm): EntPiece {
  return { kind: 'ent', ref: { type, value, parts: 1 }, text, form };
}

/** One value said in several pieces (several utterances, or a read-back of each group). */
export function parts(type: EntityType, value: string, texts: readonly string[], form: SpanForm | readonly SpanForm[]): EntPiece[] {
  const ref: EntityRef = { type, value, parts: texts.length };
  return texts.map((text, i) => ({ kind: 'ent', ref, text, form: typeof form === 'string' ? form : form[i]! }));
}

export const keep = (kind: SurviveKind, text: string): KeepSeg => keepSeg(kind, text);
export const neutral = (text: string): NeutralSeg => neutralSeg(text);

/** Fills "{slot}" placeholders with pieces; an unknown slot throws so a template typo fails the test. */
export function f(template: string, slots: Record<string, Piece | Piece[]> = {}): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index! > last) out.push(template.slice(last, m.index));
    const slot = slots[m[1]!];
    if (slot === undefined) throw new Error(`template slot {${m[1]}} has no value`);
    if (Array.isArray(slot)) out.push(...slot);
    else out.push(slot);
    last = m.index! + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/**
 * Writes pieces into a builder. `plain` transforms literal text only (ASR lower-casing); a space
 * is not doubled where two pieces meet.
 */
export class Emitter {
  private readonly ids = new Map<EntityRef, { id: number; next: number }>();

  constructor(readonly b: DocBuilder, private readonly plain: (s: string) => string = (s) => s) {}

  text(s: string): void {
    let t = this.plain(s);
    if (t.startsWith(' ') && (this.b.text.endsWith(' ') || this.b.text.endsWith('\n') || this.b.text.length === 0)) t = t.replace(/^ +/, '');
    this.b.raw(t);
  }

  /** Literal text the plain transform must not touch (speaker labels, headers). */
  verbatim(s: string): void {
    this.b.raw(s);
  }

  /** `verbatim` leaves literal text untouched (labels and headers are not speech). */
  pieces(ps: readonly Piece[], verbatim = false): void {
    for (const p of ps) {
      if (typeof p === 'string') {
        if (verbatim) this.verbatim(p);
        else this.text(p);
      }
      else if (p.kind === 'keep') this.b.keep(p);
      else if (p.kind === 'neutral') {
        const start = this.b.text.length;
        this.b.raw(p.text);
        this.b.neutral.push({ text: p.text, start, end: this.b.text.length });
      } else this.entity(p);
    }
  }

  private entity(p: EntPiece): void {
    // A one-part value used twice in a phrasing ("{first}, {first} {last}") is two mentions, two entities.
    let slot = p.ref.parts > 1 ? this.ids.get(p.ref) : undefined;
    if (!slot) {
      slot = { id: this.b.newEntity(), next: 0 };
      this.ids.set(p.ref, slot);
    }
    const start = this.b.text.length;
    this.b.raw(p.text);
    const span: DocBuilder['gold'][number] = { type: p.ref.type, start, end: this.b.text.length, value: p.ref.value, form: p.form, entity: slot.id };
    if (p.ref.parts > 1) {
      span.part = slot.next;
      span.parts = p.ref.parts;
    }
    slot.next++;
    this.b.gold.push(span);
  }
}
