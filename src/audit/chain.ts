import { createHash } from 'node:crypto';

export type Outcome = 'ok' | 'denied' | 'error';
export const OUTCOMES: readonly Outcome[] = ['ok', 'denied', 'error'];

export interface AuditEntry {
  seq: number;
  time: string;
  actor: string;
  action: string;
  target?: string;
  reason?: string;
  outcome: Outcome;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface Checkpoint {
  seq: number;
  hash: string;
  time: string;
  /** Ed25519 signature (base64) over the canonical encoding of {seq, hash, time}. */
  signature: string;
  /** First 16 hex chars of SHA-256 over the signing public key (PEM), to tell keys apart. */
  keyId: string;
}

export type Problem = 'changed' | 'removed' | 'inserted' | 'reordered' | 'bad-checkpoint';

export type VerifyResult =
  | { ok: true; count: number; lastCheckpoint?: Checkpoint }
  | { ok: false; count: number; firstBad: { seq: number; problem: Problem } };

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical encoding: JSON with object keys sorted at every depth, no whitespace, absent
 * target/reason as null, strings as JSON.stringify writes them. The entry hash is
 * SHA-256 hex over "custos-audit-v1\n" followed by the canonical JSON of
 * {action, actor, details, outcome, prevHash, reason, seq, target, time}.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in audit data');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function entryHash(e: Omit<AuditEntry, 'hash'>, seq: number = e.seq): string {
  const body = canonicalJson({
    action: e.action,
    actor: e.actor,
    details: e.details ?? {},
    outcome: e.outcome,
    prevHash: e.prevHash,
    reason: e.reason ?? null,
    seq,
    target: e.target ?? null,
    time: e.time,
  });
  return createHash('sha256').update('custos-audit-v1\n').update(body).digest('hex');
}

export function checkpointPayload(cp: { seq: number; hash: string; time: string }): string {
  return 'custos-audit-checkpoint-v1\n' + canonicalJson({ hash: cp.hash, seq: cp.seq, time: cp.time });
}

/** The head attestation: "the newest entry is seq with this hash", signed at every append. */
export function headPayload(head: { seq: number; hash: string; time: string }): string {
  return 'custos-audit-head-v1\n' + canonicalJson({ hash: head.hash, seq: head.seq, time: head.time });
}

/**
 * What the signed head says about the end of the chain: entries cut off the end (removed), entries
 * written after the head by something other than the trail (inserted), a recomputed last entry
 * (changed), or a head that is missing or not signed by the trail's key (bad-checkpoint).
 */
export function headProblem(
  head: Checkpoint | undefined,
  last: { seq: number; hash: string },
  checkSignature: (head: Checkpoint) => boolean,
): { seq: number; problem: Problem } | undefined {
  if (!head) return last.seq > 0 ? { seq: last.seq, problem: 'bad-checkpoint' } : undefined;
  if (!checkSignature(head)) return { seq: head.seq, problem: 'bad-checkpoint' };
  if (last.seq < head.seq) return { seq: last.seq + 1, problem: 'removed' };
  if (last.seq > head.seq) return { seq: head.seq + 1, problem: 'inserted' };
  if (last.hash !== head.hash) return { seq: head.seq, problem: 'changed' };
  return undefined;
}

export function keyIdOf(publicKeyPem: string): string {
  return createHash('sha256').update(publicKeyPem.trim()).digest('hex').slice(0, 16);
}

const SEARCH_WINDOW = 64;

/** The seq at which this entry's stored hash is valid, if it is near its current position. */
function originalSeq(row: AuditEntry): number | undefined {
  for (let d = 1; d <= SEARCH_WINDOW; d++) {
    if (entryHash(row, row.seq + d) === row.hash) return row.seq + d;
    if (row.seq - d >= 1 && entryHash(row, row.seq - d) === row.hash) return row.seq - d;
  }
  return undefined;
}

export interface ChainSource {
  /** Entries in ascending seq order. */
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>;
  checkpoints: Checkpoint[];
  /** Whether a checkpoint's signature is valid. */
  checkSignature(cp: Checkpoint): boolean;
  /** Whether some stored entry has this hash (used to tell a reorder from a removal). */
  hashExists(hash: string): Promise<boolean> | boolean;
}

/**
 * Walks the chain once and names the first bad entry:
 * - removed: a seq is missing (or later entries were renumbered down over the gap);
 * - inserted: an entry the chain skips (its successor links to its predecessor);
 * - reordered: an entry whose hash is valid at another position and whose predecessor still exists;
 * - changed: an entry whose content no longer matches its hash, or whose hash was recomputed
 *   (its successor's link then breaks);
 * - bad-checkpoint: a signed checkpoint that does not match the chain or does not verify.
 */
export async function verifyChain(src: ChainSource): Promise<VerifyResult> {
  const bad: { seq: number; problem: Problem }[] = [];
  const cps = [...src.checkpoints].sort((a, b) => a.seq - b.seq);
  const bySeq = new Map<number, Checkpoint>();
  for (const cp of cps) {
    if (!src.checkSignature(cp)) bad.push({ seq: cp.seq, problem: 'bad-checkpoint' });
    else bySeq.set(cp.seq, cp);
  }
  let count = 0;
  let prev = { seq: 0, hash: GENESIS_HASH };
  let prevprev: { seq: number; hash: string } | undefined;
  const iterator = (Symbol.asyncIterator in src.entries
    ? (src.entries as AsyncIterable<AuditEntry>)[Symbol.asyncIterator]()
    : (src.entries as Iterable<AuditEntry>)[Symbol.iterator]()) as AsyncIterator<AuditEntry> | Iterator<AuditEntry>;
  let next = await iterator.next();
  let chainBad: { seq: number; problem: Problem } | undefined;
  while (!next.done) {
    const row = next.value;
    next = await iterator.next();
    const following = next.done ? undefined : next.value;
    count++;
    const expectedSeq = prev.seq + 1;
    if (row.seq !== expectedSeq) {
      chainBad = { seq: expectedSeq, problem: row.seq > expectedSeq ? 'removed' : 'reordered' };
      break;
    }
    const selfOk = entryHash(row) === row.hash;
    const linkOk = row.prevHash === prev.hash;
    if (!selfOk) {
      const orig = originalSeq(row);
      if (orig !== undefined && orig > row.seq) {
        chainBad = { seq: row.seq, problem: (await src.hashExists(row.prevHash)) ? 'reordered' : 'removed' };
      } else if (orig !== undefined && orig < row.seq) {
        chainBad =
          orig === row.seq - 1 && prevprev && row.prevHash === prevprev.hash
            ? { seq: prev.seq, problem: 'inserted' }
            : { seq: row.seq, problem: 'reordered' };
      } else if (following && following.prevHash === prev.hash) {
        chainBad = { seq: row.seq, problem: 'inserted' };
      } else {
        chainBad = { seq: row.seq, problem: 'changed' };
      }
      break;
    }
    if (!linkOk) {
      // This entry is intact, so the one before it is the impostor: inserted if this entry links
      // past it, otherwise rewritten with a recomputed hash.
      chainBad =
        prevprev && row.prevHash === prevprev.hash
          ? { seq: prev.seq, problem: 'inserted' }
          : prev.seq === 0
            ? { seq: row.seq, problem: 'changed' }
            : { seq: prev.seq, problem: 'changed' };
      break;
    }
    const cp = bySeq.get(row.seq);
    if (cp && cp.hash !== row.hash) {
      chainBad = { seq: row.seq, problem: 'bad-checkpoint' };
      break;
    }
    prevprev = prev;
    prev = { seq: row.seq, hash: row.hash };
  }
  if (!chainBad) {
    // A signed checkpoint beyond the last entry means the tail was cut off.
    const beyond = cps.find((cp) => cp.seq > prev.seq && bySeq.has(cp.seq));
    if (beyond) chainBad = { seq: prev.seq + 1, problem: 'removed' };
  }
  if (chainBad) bad.push(chainBad);
  if (bad.length > 0) {
    bad.sort((a, b) => a.seq - b.seq);
    return { ok: false, count, firstBad: bad[0]! };
  }
  const covered = cps.filter((cp) => cp.seq <= prev.seq && bySeq.has(cp.seq));
  const lastCheckpoint = covered[covered.length - 1];
  return lastCheckpoint ? { ok: true, count, lastCheckpoint } : { ok: true, count };
}
