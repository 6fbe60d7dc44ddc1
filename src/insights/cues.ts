/**
 * Cue phrases: the editable vocabulary behind rules and topics.
 *
 * A cue is a plain phrase matched case-insensitively on word boundaries. `*` stands for a gap of
 * up to three words, so `updated * address` covers "updated your mailing address" without a
 * regular expression the contact center would have to learn.
 */

export interface CueMatch {
  phrase: string;
  start: number;
  end: number;
}

const compiled = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileCue(phrase: string): RegExp {
  const cached = compiled.get(phrase);
  if (cached) return cached;
  const words = normalizeForCues(phrase).trim().split(/\s+/).filter((w) => w.length > 0);
  let source = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '*') continue;
    if (source !== '') source += words[i - 1] === '*' ? '(?:\\s+\\S+){0,3}?\\s+' : '\\s+';
    source += escapeRegExp(word);
  }
  const first = words.find((w) => w !== '*') ?? '';
  const last = [...words].reverse().find((w) => w !== '*') ?? '';
  // Word boundaries only where the phrase itself begins/ends with a word character, so cues such
  // as "[whispering]" or "?" still match.
  const head = /^\w/.test(first) ? '(?<![\\w])' : '';
  const tail = /\w$/.test(last) ? '(?![\\w])' : '';
  const re = new RegExp(head + source + tail, 'g');
  // Cue lists are edited by centers; keep the cache bounded if they churn.
  if (compiled.size >= 20_000) compiled.clear();
  compiled.set(phrase, re);
  return re;
}

/** Lower-case and fold typographic apostrophes; keeps string length so offsets stay valid. */
export function normalizeForCues(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * All matches of any of `phrases` in `normalized[from, to)`, ordered by position.
 * `normalized` must come from `normalizeForCues`.
 */
export function findCues(normalized: string, phrases: readonly string[], from = 0, to = normalized.length): CueMatch[] {
  const slice = normalized.slice(from, to);
  const out: CueMatch[] = [];
  for (const phrase of phrases) {
    if (phrase.trim() === '' || phrase.trim() === '*') continue;
    const re = compileCue(phrase);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      out.push({ phrase, start: from + m.index, end: from + m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const MAX_SENTENCE_REACH = 150;

/** The sentence (within `[from, to)`) that contains `pos`: bounded by . ! ? or a line break. */
export function sentenceAround(text: string, pos: number, from = 0, to = text.length): { start: number; end: number } {
  // Unpunctuated ASR has no sentence ends: cap the reach so a whole call is never one "sentence".
  const lo = Math.max(from, pos - MAX_SENTENCE_REACH);
  const hi = Math.min(to, pos + MAX_SENTENCE_REACH);
  let start = pos;
  while (start > lo && !isSentenceBreak(text, start - 1)) start--;
  let end = pos;
  while (end < hi && !isSentenceBreak(text, end)) end++;
  return { start, end: Math.min(to, end + 1) };
}

function isSentenceBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  if (c === '.') {
    // "3.5" or "e.g." are not breaks; a period followed by space/end is.
    const next = text[i + 1];
    return next === undefined || /\s/.test(next);
  }
  return false;
}
