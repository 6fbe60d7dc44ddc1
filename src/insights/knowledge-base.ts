/**
 * Suggested replies by retrieval: BM25F over knowledge articles (title, tags and body weighted
 * separately), queried with the conversation so far, where the latest customer turn counts most.
 * The index lives in memory; a server persists the articles via exportState/importState.
 */
import { normalizeForCues } from './cues.js';
import { STOP_WORDS } from './topics.js';
import { parseTurns } from './turns.js';

export interface KnowledgeArticle {
  id: string;
  title: string;
  body: string;
  tags?: string[];
}

export interface Suggestion {
  articleId: string;
  title: string;
  score: number;
  /** The body sentence that best matches the conversation (at most ~200 characters). */
  snippet: string;
}

export interface KnowledgeBaseState {
  version: 1;
  articles: KnowledgeArticle[];
}

export interface KnowledgeBase {
  /** Add or replace (same id) an article. */
  add(article: KnowledgeArticle): void;
  remove(id: string): boolean;
  readonly size: number;
  suggest(conversationSoFar: string, options?: { limit?: number; minScore?: number }): Suggestion[];
  exportState(): KnowledgeBaseState;
  /** Replace all articles with those in `state`; throws (and changes nothing) when the state is malformed. */
  importState(state: unknown): void;
}

export interface KnowledgeBaseOptions {
  k1?: number;
  b?: number;
  fieldWeights?: { title?: number; tags?: number; body?: number };
  /** Query weight of the latest customer turn relative to 1 for earlier customer turns. */
  latestCustomerWeight?: number;
  /** Query weight of agent turns. */
  agentWeight?: number;
}

type Field = 'title' | 'tags' | 'body';
const FIELDS: readonly Field[] = ['title', 'tags', 'body'];

/** Lower-case word tokens with entity labels dropped, stop words removed and a light suffix fold. */
export function retrievalTokens(text: string): string[] {
  const words = normalizeForCues(text).replace(/\[[a-z_0-9]+\]/g, ' ').split(/[^a-z0-9']+/);
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

function termCounts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

interface IndexedArticle {
  article: KnowledgeArticle;
  tf: Record<Field, Map<string, number>>;
  len: Record<Field, number>;
}

function validateArticle(a: unknown, where: string): KnowledgeArticle {
  if (typeof a !== 'object' || a === null) throw new TypeError(`${where}: article must be an object`);
  const r = a as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.trim() === '') throw new TypeError(`${where}: id must be a non-empty string`);
  if (typeof r.title !== 'string') throw new TypeError(`${where}: title must be a string`);
  if (typeof r.body !== 'string') throw new TypeError(`${where}: body must be a string`);
  if (r.tags !== undefined && (!Array.isArray(r.tags) || r.tags.some((t) => typeof t !== 'string'))) {
    throw new TypeError(`${where}: tags must be an array of strings`);
  }
  const article: KnowledgeArticle = { id: r.id, title: r.title, body: r.body };
  if (r.tags !== undefined) article.tags = [...(r.tags as string[])];
  return article;
}

function conversationQuery(conversation: string, latestCustomerWeight: number, agentWeight: number): Map<string, number> {
  const turns = parseTurns(conversation, 'chat');
  const weights = new Map<string, number>();
  const addTokens = (text: string, w: number): void => {
    for (const t of retrievalTokens(text)) weights.set(t, (weights.get(t) ?? 0) + w);
  };
  if (turns.every((t) => t.label === null)) {
    // No speakers: the end of the text is the freshest; weight its last sentence like a latest turn.
    const sentences = conversation.split(/(?<=[.!?\n])\s+/).filter((s) => s.trim() !== '');
    sentences.forEach((s, i) => addTokens(s, i === sentences.length - 1 ? latestCustomerWeight : 1));
    return weights;
  }
  let latestCustomer = -1;
  turns.forEach((t, i) => {
    if (t.speaker === 'customer' || t.speaker === 'third_party' || t.speaker === 'unknown') latestCustomer = i;
  });
  turns.forEach((t, i) => {
    const age = turns.length - 1 - i;
    const decay = Math.pow(0.7, age);
    const text = conversation.slice(t.textStart, t.end);
    if (i === latestCustomer) addTokens(text, latestCustomerWeight);
    else if (t.speaker === 'agent' || t.speaker === 'bot' || t.speaker === 'system') addTokens(text, agentWeight * decay);
    else addTokens(text, decay);
  });
  return weights;
}

export function createKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const fieldWeight: Record<Field, number> = {
    title: options.fieldWeights?.title ?? 2.5,
    tags: options.fieldWeights?.tags ?? 2,
    body: options.fieldWeights?.body ?? 1,
  };
  const latestCustomerWeight = options.latestCustomerWeight ?? 3;
  const agentWeight = options.agentWeight ?? 0.3;

  const articles = new Map<string, IndexedArticle>();
  let stats: { df: Map<string, number>; avg: Record<Field, number> } | null = null;

  const index = (article: KnowledgeArticle): IndexedArticle => {
    const tokens: Record<Field, string[]> = {
      title: retrievalTokens(article.title),
      tags: retrievalTokens((article.tags ?? []).join(' ')),
      body: retrievalTokens(article.body),
    };
    return {
      article,
      tf: { title: termCounts(tokens.title), tags: termCounts(tokens.tags), body: termCounts(tokens.body) },
      len: { title: tokens.title.length, tags: tokens.tags.length, body: tokens.body.length },
    };
  };

  const getStats = (): NonNullable<typeof stats> => {
    if (stats) return stats;
    const df = new Map<string, number>();
    const sum: Record<Field, number> = { title: 0, tags: 0, body: 0 };
    for (const a of articles.values()) {
      const terms = new Set<string>();
      for (const f of FIELDS) {
        sum[f] += a.len[f];
        for (const t of a.tf[f].keys()) terms.add(t);
      }
      for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = Math.max(1, articles.size);
    stats = { df, avg: { title: sum.title / n || 1, tags: sum.tags / n || 1, body: sum.body / n || 1 } };
    return stats;
  };

  const snippetFor = (body: string, query: Map<string, number>): string => {
    const sentences = body.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
    let best = sentences[0] ?? '';
    let bestScore = -1;
    for (const s of sentences) {
      const score = [...new Set(retrievalTokens(s))].reduce((acc, t) => acc + (query.get(t) ?? 0), 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    best = best.trim();
    return best.length > 200 ? `${best.slice(0, 197).trimEnd()}...` : best;
  };

  return {
    add(article) {
      const valid = validateArticle(article, 'add');
      articles.set(valid.id, index(valid));
      stats = null;
    },
    remove(id) {
      const had = articles.delete(id);
      if (had) stats = null;
      return had;
    },
    get size() {
      return articles.size;
    },
    suggest(conversationSoFar, opts = {}) {
      const limit = opts.limit ?? 3;
      const query = conversationQuery(conversationSoFar, latestCustomerWeight, agentWeight);
      if (query.size === 0 || articles.size === 0) return [];
      const { df, avg } = getStats();
      const n = articles.size;
      const scored: Suggestion[] = [];
      for (const a of articles.values()) {
        let score = 0;
        for (const [term, qw] of query) {
          const d = df.get(term);
          if (!d) continue;
          let tf = 0;
          for (const f of FIELDS) {
            const raw = a.tf[f].get(term);
            if (raw) tf += (fieldWeight[f] * raw) / (1 - b + (b * a.len[f]) / avg[f]);
          }
          if (tf === 0) continue;
          const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
          score += qw * idf * ((tf * (k1 + 1)) / (tf + k1));
        }
        if (score > (opts.minScore ?? 0)) {
          scored.push({ articleId: a.article.id, title: a.article.title, score: Math.round(score * 1000) / 1000, snippet: '' });
        }
      }
      scored.sort((x, y) => y.score - x.score || x.articleId.localeCompare(y.articleId));
      const top = scored.slice(0, Math.max(0, limit));
      for (const s of top) s.snippet = snippetFor(articles.get(s.articleId)!.article.body, query);
      return top;
    },
    exportState() {
      return { version: 1, articles: [...articles.values()].map((a) => structuredClone(a.article)) };
    },
    importState(state) {
      if (typeof state !== 'object' || state === null) throw new TypeError('importState: state must be an object');
      const s = state as Record<string, unknown>;
      if (s.version !== 1) throw new TypeError('importState: unsupported state version');
      if (!Array.isArray(s.articles)) throw new TypeError('importState: articles must be an array');
      const next = new Map<string, IndexedArticle>();
      s.articles.forEach((a, i) => {
        const valid = validateArticle(a, `importState: article ${i}`);
        next.set(valid.id, index(valid));
      });
      articles.clear();
      for (const [id, a] of next) articles.set(id, a);
      stats = null;
    },
  };
}
