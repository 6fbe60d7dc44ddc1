/** Longest pseudonym label held back while waiting for its end (`[STREET_ADDRESS_12345]` is 22). */
const MAX_LABEL = 48;
const PARTIAL_LABEL_TAIL = /^[A-Z0-9_]*$/;

/**
 * Where the text stops being safe to re-identify now: at an unclosed `[` that could still become a
 * label once the next chunk arrives. Everything before it holds only whole labels.
 */
export function safePrefixLength(text: string): number {
  const open = text.lastIndexOf('[');
  if (open < 0) return text.length;
  const tail = text.slice(open + 1);
  return tail.length < MAX_LABEL && PARTIAL_LABEL_TAIL.test(tail) ? open : text.length;
}

export interface LabelReassembler {
  /** Takes the next piece of streamed text; returns what can be released (re-identified). */
  push(piece: string): string;
  /** Releases whatever is held (end of the stream or of this choice). */
  flush(): string;
}

/**
 * Streams pieces of text through `reidentify` without ever cutting a label in two: a label split
 * across chunks (`[PERS` + `ON_1]`) is held until complete, then replaced whole.
 */
export function createLabelReassembler(reidentify: (text: string) => string): LabelReassembler {
  let pending = '';
  return {
    push(piece) {
      pending += piece;
      const cut = safePrefixLength(pending);
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return ready === '' ? '' : reidentify(ready);
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest === '' ? '' : reidentify(rest);
    },
  };
}
