/**
 * The one policy table: role × action → scope. Every route and every module asks `can` or
 * `scopeOf`; nothing else decides who may do what. The record-of-processing report reads POLICY.
 */

export const ROLES = ['agent', 'qa_lead', 'analyst', 'compliance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** own: only resources the principal owns (an agent's own interactions); all: every resource; none: denied. */
export type Scope = 'own' | 'all' | 'none';

export interface PolicyRule {
  /** What the action lets a caller do, for people reading the table (and the processing report). */
  description: string;
  /** Whether the action touches customer content (original or redacted). */
  customerContent: boolean;
  /** The caller must state a reason, which goes on the audit trail. */
  requiresReason?: boolean;
  scopes: Record<Role, Scope>;
}

const NONE: Record<Role, Scope> = { agent: 'none', qa_lead: 'none', analyst: 'none', compliance: 'none', admin: 'none' };

function only(scopes: Partial<Record<Role, Scope>>): Record<Role, Scope> {
  return { ...NONE, ...scopes };
}

/*
 * Decisions worth stating:
 * - Ingest: an agent ingests only as themselves; a QA lead may ingest for any agent (bulk import of
 *   recorded calls for review). Admin manages people and keys, not content, so ingests nothing.
 * - Reads are redacted for everyone; only `interaction.reveal` yields originals, with a reason.
 * - Admin sees no customer content at all, redacted or not.
 * - Rows for the privacy, insights and gateway modules are declared here so the table stays one.
 */
export const POLICY = {
  'interaction.ingest': {
    description: 'Submit an interaction; it is detected, tokenized into the vault and stored redacted',
    customerContent: true,
    scopes: only({ agent: 'own', qa_lead: 'all' }),
  },
  'interaction.read': {
    description: 'Read redacted interactions',
    customerContent: true,
    scopes: only({ agent: 'own', qa_lead: 'all', analyst: 'all', compliance: 'all' }),
  },
  'interaction.reveal': {
    description: 'Rebuild the original text of an interaction from the vault',
    customerContent: true,
    requiresReason: true,
    scopes: only({ qa_lead: 'all', compliance: 'all' }),
  },
  redact: {
    description: 'Redact a text without storing it',
    customerContent: false,
    scopes: { agent: 'all', qa_lead: 'all', analyst: 'all', compliance: 'all', admin: 'all' },
  },
  'self.read': {
    description: 'See your own user, role and allowed actions',
    customerContent: false,
    scopes: { agent: 'all', qa_lead: 'all', analyst: 'all', compliance: 'all', admin: 'all' },
  },
  'audit.read': {
    description: 'Read and verify the audit trail',
    customerContent: false,
    scopes: only({ compliance: 'all' }),
  },
  'user.manage': {
    description: 'Create users, issue and revoke API keys',
    customerContent: false,
    scopes: only({ admin: 'all' }),
  },
  'retention.read': {
    description: 'Read retention policies',
    customerContent: false,
    scopes: only({ compliance: 'all', admin: 'all' }),
  },
  'retention.manage': {
    description: 'Set retention policies and run purges',
    customerContent: false,
    scopes: only({ compliance: 'all', admin: 'all' }),
  },
  'hold.manage': {
    description: 'Place and release legal holds',
    customerContent: false,
    requiresReason: true,
    scopes: only({ compliance: 'all' }),
  },
  'subject.export': {
    description: "Export everything held about a customer, originals included",
    customerContent: true,
    scopes: only({ compliance: 'all' }),
  },
  'subject.erase': {
    description: "Erase a customer's originals (crypto-shredding)",
    customerContent: true,
    requiresReason: true,
    scopes: only({ compliance: 'all' }),
  },
  'consent.read': {
    description: "Read a customer's consent history",
    customerContent: false,
    scopes: only({ agent: 'all', qa_lead: 'all', compliance: 'all' }),
  },
  'consent.write': {
    description: 'Record a consent granted or withdrawn',
    customerContent: false,
    scopes: only({ agent: 'all', qa_lead: 'all', compliance: 'all' }),
  },
  'breach.report': {
    description: 'Report whose originals an actor revealed, exported or detokenized',
    customerContent: false,
    scopes: only({ compliance: 'all' }),
  },
  'insights.read': {
    description: 'Read flags, risk signals and topics of an interaction',
    customerContent: true,
    scopes: only({ agent: 'own', qa_lead: 'all', analyst: 'all', compliance: 'all' }),
  },
  'insights.trends': {
    description: 'Read aggregate issue trends',
    customerContent: false,
    scopes: only({ qa_lead: 'all', analyst: 'all', compliance: 'all' }),
  },
  'insights.taxonomy': {
    description: 'Read and edit the topic taxonomy that trends are counted by',
    customerContent: false,
    scopes: only({ qa_lead: 'all', admin: 'all' }),
  },
  'kb.manage': {
    description: 'Load knowledge-base articles for suggested replies',
    customerContent: false,
    scopes: only({ qa_lead: 'all', admin: 'all' }),
  },
  'assist.suggest': {
    description: 'Get suggested replies for a conversation',
    customerContent: true,
    scopes: only({ agent: 'all', qa_lead: 'all' }),
  },
  'ai.chat': {
    description: 'Send sanitized text to a configured AI model through the gateway',
    customerContent: true,
    scopes: only({ agent: 'all', qa_lead: 'all', analyst: 'all', compliance: 'all' }),
  },
  'ai.reidentify': {
    description: "See originals put back into an AI model's answer",
    customerContent: true,
    scopes: only({ qa_lead: 'all', compliance: 'all' }),
  },
  'subprocessor.manage': {
    description: 'Register AI upstreams as sub-processors',
    customerContent: false,
    scopes: only({ admin: 'all' }),
  },
} as const satisfies Record<string, PolicyRule>;

export type Action = keyof typeof POLICY;

export const ACTIONS = Object.keys(POLICY) as Action[];

export function isAction(value: string): value is Action {
  return Object.hasOwn(POLICY, value);
}

/** Who is asking: an authenticated user. */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  /** The API key used, for the audit trail. */
  keyId?: string;
}

/** A resource an action is applied to; `ownerId` is the user who owns it (an interaction's agent). */
export interface Resource {
  ownerId?: string;
}

export function scopeOf(principal: Pick<Principal, 'role'>, action: Action): Scope {
  const rule: PolicyRule = POLICY[action];
  return rule.scopes[principal.role] ?? 'none';
}

/**
 * Whether `principal` may do `action`: without a resource, whether it may do it to anything at all;
 * with one, whether to that one (scope `own` needs the principal to own it).
 */
export function can(principal: Pick<Principal, 'role' | 'userId'>, action: Action, resource?: Resource): boolean {
  const scope = scopeOf(principal, action);
  if (scope === 'none') return false;
  if (scope === 'all' || resource === undefined) return true;
  return resource.ownerId !== undefined && resource.ownerId === principal.userId;
}
