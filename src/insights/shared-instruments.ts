/**
 * The same card or phone used by many customers: a classic mule/takeover signal. Joined on the
 * vault's deterministic token, so no value is ever needed or seen.
 */
import type { EntityType } from './types.js';

export interface InstrumentRecord {
  /** The customer (data subject) reference the interaction belongs to. */
  customerRef: string;
  type: EntityType;
  /** Deterministic vault token for the value (same value -> same token). */
  instrumentToken: string;
  interactionId: string;
}

export interface SharedInstrument {
  instrumentToken: string;
  type: EntityType;
  customerCount: number;
  /** Sorted, unique. */
  interactionIds: string[];
  /** Sorted, unique. */
  customerRefs: string[];
}

/**
 * Instruments (by type and token) seen with at least `minCustomers` distinct customers, most
 * shared first. A token is keyed together with its type: equal tokens of different types are
 * different instruments.
 */
export function findSharedInstruments(
  records: readonly InstrumentRecord[],
  options: { minCustomers?: number; types?: readonly EntityType[] } = {},
): SharedInstrument[] {
  const minCustomers = options.minCustomers ?? 3;
  if (!Number.isInteger(minCustomers) || minCustomers < 2) throw new RangeError('minCustomers must be an integer >= 2');
  const groups = new Map<string, { type: EntityType; token: string; customers: Set<string>; interactions: Set<string> }>();
  for (const r of records) {
    if (options.types && !options.types.includes(r.type)) continue;
    if (r.instrumentToken === '' || r.customerRef === '') continue;
    const key = `${r.type}\u0000${r.instrumentToken}`;
    let g = groups.get(key);
    if (!g) {
      g = { type: r.type, token: r.instrumentToken, customers: new Set(), interactions: new Set() };
      groups.set(key, g);
    }
    g.customers.add(r.customerRef);
    g.interactions.add(r.interactionId);
  }
  const out: SharedInstrument[] = [];
  for (const g of groups.values()) {
    if (g.customers.size < minCustomers) continue;
    out.push({
      instrumentToken: g.token,
      type: g.type,
      customerCount: g.customers.size,
      interactionIds: [...g.interactions].sort(),
      customerRefs: [...g.customers].sort(),
    });
  }
  return out.sort((a, b) => b.customerCount - a.customerCount || a.type.localeCompare(b.type) || a.instrumentToken.localeCompare(b.instrumentToken));
}
