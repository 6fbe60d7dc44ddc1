/**
 * The corpus document shape and the builder that assembles text while recording gold spans and
 * must-survive strings, so offsets are right by construction (UTF-16 code units of the final text).
 */
import type { Channel, EntityType } from '../../src/detect/types.js';

export type SpanForm = 'written' | 'spoken' | 'spelled';

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
  /** Canonical value of the whole entity (digits for numbers, ISO date, the address as written). */
  value: string;
  form: SpanForm;
  /** Entity id within the document; a value said in several utterances has several spans with one id. */
  entity: number;
  /** Part index and count when the value is split across utterances. */
  part?: number;
  parts?: number;
}

export type SurviveKind =
  | 'amount' | 'merchant' | 'product' | 'issue' | 'order_number' | 'case_number' | 'transaction_date'
  | 'time' | 'quantity' | 'brand';

export interface SurviveSpan {
  kind: SurviveKind;
  text: string;
  start: number;
  end: number;
}

/**
 * Text that is neither personal data nor must-survive: a company's functional mailbox
 * (support@...). Redacting it is harmless, keeping it is fine; predictions on it are not scored.
 */
export interface NeutralSpan {
  text: string;
  start: number;
  end: number;
}

export interface CorpusDoc {
  id: string;
  channel: Channel;
  template: string;
  text: string;
  gold: GoldSpan[];
  mustSurvive: SurviveSpan[];
  neutral?: NeutralSpan[];
}

/** A piece of an entity's surface; a value split across utterances has several. */
export interface EntitySeg {
  kind: 'ent';
  type: EntityType;
  value: string;
  form: SpanForm;
  chunks: string[];
}

export interface KeepSeg {
  kind: 'keep';
  what: SurviveKind;
  text: string;
}

export interface NeutralSeg {
  kind: 'neutral';
  text: string;
}

export type Seg = string | EntitySeg | KeepSeg | NeutralSeg;

export const neutral = (text: string): NeutralSeg => ({ kind: 'neutral', text });

export const ent = (type: EntityType, value: string, surface: string | string[], form: SpanForm = 'written'): EntitySeg => ({
  kind: 'ent',
  type,
  value,
  form,
  chunks: Array.isArray(surface) ? surface : [surface],
});

export const keep = (what: SurviveKind, text: string): KeepSeg => ({ kind: 'keep', what, text });

/**
 * Fills "{slot}" placeholders of a phrasing with segments. Unknown slots throw, so a typo in a
 * template fails the generator test instead of leaking braces into the corpus.
 */
export function fill(template: string, slots: Record<string, Seg | Seg[]> = {}): Seg[] {
  const out: Seg[] = [];
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

export class DocBuilder {
  text = '';
  readonly gold: GoldSpan[] = [];
  readonly mustSurvive: SurviveSpan[] = [];
  readonly neutral: NeutralSpan[] = [];
  private nextEntity = 0;

  /** Appends plain text. */
  raw(s: string): this {
    this.text += s;
    return this;
  }

  /** Appends one chunk of an entity; returns nothing, the caller tracks the entity id. */
  entityChunk(seg: EntitySeg, chunk: string, entity: number, part: number): void {
    const start = this.text.length;
    this.text += chunk;
    const span: GoldSpan = { type: seg.type, start, end: this.text.length, value: seg.value, form: seg.form, entity };
    if (seg.chunks.length > 1) {
      span.part = part;
      span.parts = seg.chunks.length;
    }
    this.gold.push(span);
  }

  newEntity(): number {
    return this.nextEntity++;
  }

  keep(seg: KeepSeg): void {
    const start = this.text.length;
    this.text += seg.text;
    this.mustSurvive.push({ kind: seg.what, text: seg.text, start, end: this.text.length });
  }

  /** Appends segments on one line, applying a transform to plain text only. */
  segs(segs: readonly Seg[], plain: (s: string) => string = (s) => s): this {
    for (const seg of segs) {
      if (typeof seg === 'string') this.raw(plain(seg));
      else if (seg.kind === 'keep') this.keep(seg);
      else if (seg.kind === 'neutral') {
        const start = this.text.length;
        this.text += seg.text;
        this.neutral.push({ text: seg.text, start, end: this.text.length });
      } else {
        const id = this.newEntity();
        seg.chunks.forEach((c, i) => {
          if (i > 0) this.raw(' ');
          this.entityChunk(seg, c, id, i);
        });
      }
    }
    return this;
  }
}
