/**
 * Data minimization: each channel declares the fields it accepts beside the text. Anything else is
 * refused by name before a byte is stored. Free-text fields (an email's subject) are detected and
 * redacted like the text itself; identifier fields may not hold free text at all.
 */
import { detect } from '../detect/index.js';
import { CHANNELS, type Channel } from '../detect/index.js';

export { CHANNELS, type Channel };

export type FieldSpec =
  | { kind: 'id'; description: string }
  | { kind: 'redactedText'; description: string; maxLength: number }
  | { kind: 'number'; description: string; min: number; max: number }
  | { kind: 'language'; description: string }
  | { kind: 'enum'; description: string; values: readonly string[] };

const callId: FieldSpec = { kind: 'id', description: 'Call identifier in the telephony system' };
const durationSec: FieldSpec = { kind: 'number', description: 'Call duration in seconds', min: 0, max: 86_400 };
const language: FieldSpec = { kind: 'language', description: 'BCP 47 language tag, e.g. en-US' };
const direction: FieldSpec = { kind: 'enum', description: 'Inbound or outbound', values: ['inbound', 'outbound'] };
const subject: FieldSpec = { kind: 'redactedText', description: 'Subject line; detected and redacted like the text', maxLength: 2000 };

export const CHANNEL_FIELDS: Record<Channel, Record<string, FieldSpec>> = {
  asr: { callId, durationSec, language, direction },
  call_transcript: { callId, durationSec, language, direction },
  chat: { chatId: { kind: 'id', description: 'Chat session identifier' }, language, platform: { kind: 'id', description: 'Chat platform' } },
  email: { subject, threadId: { kind: 'id', description: 'Mail thread identifier' }, language, direction },
  ticket: {
    subject,
    ticketId: { kind: 'id', description: 'Ticket identifier' },
    priority: { kind: 'enum', description: 'Ticket priority', values: ['low', 'normal', 'high', 'urgent'] },
    category: { kind: 'id', description: 'Ticket category' },
    language,
  },
};

/** Identifiers: no spaces and no `@`, so an e-mail address or a sentence cannot pose as one. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export class InteractionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InteractionInputError';
  }
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The field's name as safe to repeat in a message (a name could itself be someone's data). */
function nameForMessage(name: string): string {
  return FIELD_NAME_PATTERN.test(name) ? `"${name}"` : 'with an invalid name';
}

export type ChannelFieldValues = Record<string, string | number>;

/** Checks the channel fields; the first problem is thrown as an InteractionInputError naming the field, never its value. */
export function validateChannelFields(channel: Channel, fields: Record<string, unknown>): ChannelFieldValues {
  const specs = CHANNEL_FIELDS[channel];
  const out: ChannelFieldValues = {};
  for (const [name, value] of Object.entries(fields)) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined) {
      const accepted = Object.keys(specs).join(', ');
      throw new InteractionInputError(`field ${nameForMessage(name)} is not accepted for channel ${channel} (accepted: ${accepted})`);
    }
    if (value === undefined || value === null) continue;
    switch (spec.kind) {
      case 'id': {
        if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
          throw new InteractionInputError(`field "${name}" must be an identifier of 1 to 128 letters, digits or . _ : -`);
        }
        // Identifiers are stored as given, so one that is really a card or phone number is refused.
        const found = detect(value);
        if (found.length > 0) {
          throw new InteractionInputError(`field "${name}" must not hold personal data (it looks like ${found[0]!.type})`);
        }
        break;
      }
      case 'redactedText':
        if (typeof value !== 'string' || value.length > spec.maxLength) {
          throw new InteractionInputError(`field "${name}" must be a string of at most ${spec.maxLength} characters`);
        }
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
          throw new InteractionInputError(`field "${name}" must be a number from ${spec.min} to ${spec.max}`);
        }
        break;
      case 'language':
        if (typeof value !== 'string' || !LANGUAGE_PATTERN.test(value)) {
          throw new InteractionInputError(`field "${name}" must be a language tag such as en-US`);
        }
        break;
      case 'enum':
        if (typeof value !== 'string' || !spec.values.includes(value)) {
          throw new InteractionInputError(`field "${name}" must be one of ${spec.values.join(', ')}`);
        }
        break;
    }
    out[name] = value as string | number;
  }
  return out;
}

/**
 * Types that make an identifier personal data beyond doubt (checksums, fixed formats). Names are
 * left out on purpose: "CRM:000123456" can score as a PERSON, and refusing real CRM keys would
 * push integrators to put the reference somewhere less visible.
 */
const REF_REFUSED_TYPES: ReadonlySet<string> = new Set(['CREDIT_CARD', 'US_SSN', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN', 'IP_ADDRESS']);

/** The personal-data type a customer reference looks like, if any; every place that stores a new reference refuses those. */
export function identifyingRefType(ref: string): string | undefined {
  return detect(ref).find((s) => REF_REFUSED_TYPES.has(s.type))?.type;
}

/**
 * The customer reference is kept in clear beside the redacted text (see README), so it must be an
 * opaque CRM key, not the customer's phone number or card. The message names the type only.
 */
export function validateCustomerRef(value: unknown): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw new InteractionInputError('customerRef must be an identifier of 1 to 128 letters, digits or . _ : -');
  }
  const found = identifyingRefType(value);
  if (found) throw new InteractionInputError(`customerRef must be an opaque customer id, not personal data (it looks like ${found})`);
  return value;
}

/** Names of the free-text fields of a channel, redacted like the text. */
export function redactedFieldNames(channel: Channel): string[] {
  return Object.entries(CHANNEL_FIELDS[channel])
    .filter(([, spec]) => spec.kind === 'redactedText')
    .map(([name]) => name);
}
