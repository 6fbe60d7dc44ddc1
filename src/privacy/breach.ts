import { BREACH_NOTIFICATION_HOURS } from './types.js';

/** The fields of an audit entry the breach report reads. */
export interface DisclosureEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

export interface BreachQuery {
  actor: string;
  from: string;
  to: string;
  /** When the breach was detected (default: when the report is made); the deadline runs from it. */
  detectedAt: string;
}

export interface AffectedSubject {
  customerRef: string;
  /** Successful disclosures of this customer's originals by the actor in the window. */
  disclosures: number;
  /** Values disclosed, by entity type (as recorded on the audit entries). */
  types: Record<string, number>;
  actions: string[];
  firstAt: string;
  lastAt: string;
  auditEntryIds: string[];
}

export interface BreachReport {
  actor: string;
  window: { from: string; to: string };
  detectedAt: string;
  notificationDeadline: string;
  generatedAt: string;
  subjects: AffectedSubject[];
  totals: { subjects: number; disclosures: number; types: Record<string, number> };
  /** Disclosure attempts the actor made that were denied or failed: nothing left, but worth a look. */
  refusedAttempts: number;
  /** Disclosures whose customer could not be determined (e.g. the interaction was since purged). */
  unattributed: { auditEntryId: string; action: string; target: string | null }[];
}

/**
 * Actions that put originals in front of someone: reveal, detokenize, and subject exports.
 * An audit-trail export carries no originals and is not a disclosure.
 */
export function isDisclosureAction(action: string): boolean {
  if (action.startsWith('audit.')) return false;
  return /reveal|detokeni[sz]e|export/i.test(action);
}

/** Reads the customer a disclosure entry is about from the shapes the writers use. */
export function disclosedCustomer(entry: DisclosureEntry, customerOfInteraction: (id: string) => string | undefined): string | undefined {
  const d = entry.details ?? {};
  for (const key of ['customerRef', 'subject', 'customer_ref']) {
    const v = d[key];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  if (entry.target) {
    const viaInteraction = customerOfInteraction(entry.target);
    if (viaInteraction) return viaInteraction;
    const m = /^(?:subject|customer):(.+)$/.exec(entry.target);
    if (m) return m[1];
    if (/subject|export/.test(entry.action)) return entry.target;
  }
  return undefined;
}

/** Counts by entity type from `details.types` (array or counts), `details.counts`, or `details.entities`. */
export function disclosedTypes(details: Record<string, unknown> | null): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (type: unknown, n = 1) => {
    if (typeof type === 'string' && type.length > 0 && Number.isFinite(n)) out[type] = (out[type] ?? 0) + n;
  };
  if (!details) return out;
  for (const key of ['types', 'counts', 'typeCounts', 'entities']) {
    const v = details[key];
    if (Array.isArray(v)) v.forEach((t) => add(typeof t === 'string' ? t : (t as { type?: unknown })?.type));
    else if (v && typeof v === 'object') for (const [t, n] of Object.entries(v)) add(t, Number(n));
  }
  if (typeof details.type === 'string') add(details.type);
  return out;
}

export function buildBreachReport(
  entries: readonly DisclosureEntry[],
  query: BreachQuery,
  generatedAt: string,
  customerOfInteraction: (id: string) => string | undefined,
): BreachReport {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  const bySubject = new Map<string, AffectedSubject>();
  let refusedAttempts = 0;
  const unattributed: BreachReport['unattributed'] = [];
  for (const entry of entries) {
    const at = Date.parse(entry.at);
    if (entry.actor !== query.actor || at < from || at > to || !isDisclosureAction(entry.action)) continue;
    if (!/^(ok|success|succeeded|allowed|granted)$/i.test(entry.outcome)) {
      refusedAttempts++;
      continue;
    }
    // An export after erasure (or of an unknown customer) puts no original in anyone's hands.
    if (entry.details?.disclosed === 0) continue;
    const customerRef = disclosedCustomer(entry, customerOfInteraction);
    if (!customerRef) {
      unattributed.push({ auditEntryId: entry.id, action: entry.action, target: entry.target });
      continue;
    }
    let s = bySubject.get(customerRef);
    if (!s) {
      s = { customerRef, disclosures: 0, types: {}, actions: [], firstAt: entry.at, lastAt: entry.at, auditEntryIds: [] };
      bySubject.set(customerRef, s);
    }
    s.disclosures++;
    for (const [t, n] of Object.entries(disclosedTypes(entry.details))) s.types[t] = (s.types[t] ?? 0) + n;
    if (!s.actions.includes(entry.action)) s.actions.push(entry.action);
    if (entry.at < s.firstAt) s.firstAt = entry.at;
    if (entry.at > s.lastAt) s.lastAt = entry.at;
    s.auditEntryIds.push(entry.id);
  }
  const subjects = [...bySubject.values()].sort((a, b) => a.customerRef.localeCompare(b.customerRef));
  const totals = { subjects: subjects.length, disclosures: 0, types: {} as Record<string, number> };
  for (const s of subjects) {
    totals.disclosures += s.disclosures;
    for (const [t, n] of Object.entries(s.types)) totals.types[t] = (totals.types[t] ?? 0) + n;
  }
  return {
    actor: query.actor,
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    detectedAt: query.detectedAt,
    notificationDeadline: new Date(Date.parse(query.detectedAt) + BREACH_NOTIFICATION_HOURS * 3_600_000).toISOString(),
    generatedAt,
    subjects,
    totals,
    refusedAttempts,
    unattributed,
  };
}

function typeList(types: Record<string, number>): string {
  const parts = Object.entries(types)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, n]) => `${t} × ${n}`);
  return parts.length ? parts.join(', ') : '(types not recorded)';
}

export function breachReportMarkdown(r: BreachReport): string {
  const lines = [
    `# Breach report: actor \`${r.actor}\``,
    '',
    `- Window: ${r.window.from} to ${r.window.to}`,
    `- Detected: ${r.detectedAt}`,
    `- **Notification deadline: ${r.notificationDeadline}** (${BREACH_NOTIFICATION_HOURS} hours from detection)`,
    `- Customers affected: ${r.totals.subjects}`,
    `- Disclosures: ${r.totals.disclosures}`,
    `- Data types: ${typeList(r.totals.types)}`,
    `- Refused or failed attempts: ${r.refusedAttempts}`,
    `- Generated: ${r.generatedAt}`,
    '',
    '## Affected customers',
    '',
  ];
  if (r.subjects.length === 0) {
    lines.push('None: the actor disclosed no originals in this window.');
  } else {
    lines.push('| customer | disclosures | data types | actions | first | last |', '|---|---|---|---|---|---|');
    for (const s of r.subjects) {
      lines.push(`| ${s.customerRef} | ${s.disclosures} | ${typeList(s.types)} | ${s.actions.join(', ')} | ${s.firstAt} | ${s.lastAt} |`);
    }
  }
  if (r.unattributed.length > 0) {
    lines.push('', '## Disclosures without a known customer', '');
    for (const u of r.unattributed) lines.push(`- audit entry ${u.auditEntryId}: ${u.action} on ${u.target ?? '(no target)'}`);
  }
  return lines.join('\n') + '\n';
}
