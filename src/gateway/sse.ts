import { createLabelReassembler, type LabelReassembler } from './reidentify-stream.js';

/** Splits a server-sent-events byte stream into the `data` payloads of its events. */
export function createSseParser(): { feed(text: string): string[]; end(): string[] } {
  let buffer = '';
  const take = (final: boolean): string[] => {
    const out: string[] = [];
    const parts = buffer.split(/\r?\n\r?\n|\r\r/);
    buffer = final ? '' : parts.pop()!;
    for (const event of parts) {
      const data = event
        .split(/\r?\n|\r/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length > 0) out.push(data.join('\n'));
    }
    return out;
  };
  return {
    feed(text) {
      buffer += text;
      return take(false);
    },
    end() {
      return take(true);
    },
  };
}

interface ChunkChoice {
  index?: number;
  delta?: { content?: unknown; [k: string]: unknown };
  finish_reason?: unknown;
  [k: string]: unknown;
}

/**
 * Rewrites the chunks of one streamed completion: each choice's `delta.content` goes through its
 * own label reassembler (labels split across chunks are put back whole), held text is released
 * when the choice finishes or the stream ends, and `model` shows the caller's model name.
 */
export function createChunkRewriter(reidentify: ((text: string) => string) | undefined, model: string) {
  const perChoice = new Map<number, LabelReassembler>();
  let template: Record<string, unknown> | undefined;
  const reassembler = (index: number): LabelReassembler => {
    let r = perChoice.get(index);
    if (!r) {
      r = createLabelReassembler(reidentify ?? ((t) => t));
      perChoice.set(index, r);
    }
    return r;
  };
  return {
    rewrite(chunk: Record<string, unknown>): Record<string, unknown> {
      template = chunk;
      if ('model' in chunk) chunk.model = model;
      const choices = Array.isArray(chunk.choices) ? (chunk.choices as ChunkChoice[]) : [];
      for (const choice of choices) {
        const index = typeof choice.index === 'number' ? choice.index : 0;
        if (!reidentify) continue;
        const r = reassembler(index);
        let text = '';
        if (choice.delta && typeof choice.delta.content === 'string') text = r.push(choice.delta.content);
        if (choice.finish_reason !== null && choice.finish_reason !== undefined) text += r.flush();
        if (choice.delta && (typeof choice.delta.content === 'string' || text !== '')) choice.delta.content = text;
        else if (text !== '') choice.delta = { content: text };
      }
      return chunk;
    },
    /** A last chunk with whatever is still held, or null when nothing is. */
    flush(): Record<string, unknown> | null {
      const choices: ChunkChoice[] = [];
      for (const [index, r] of perChoice) {
        const text = r.flush();
        if (text !== '') choices.push({ index, delta: { content: text }, finish_reason: null });
      }
      if (choices.length === 0) return null;
      return {
        id: template?.id,
        object: template?.object ?? 'chat.completion.chunk',
        created: template?.created,
        model,
        choices,
      };
    },
  };
}
