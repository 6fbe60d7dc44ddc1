import type { EntityType } from '../detect/index.js';

export const TOKEN_PREFIX: Record<EntityType, string> = {
  PERSON: 'name',
  CREDIT_CARD: 'card',
  CARD_EXPIRY: 'exp',
  CARD_CVV: 'cvv',
  US_SSN: 'ssn',
  PHONE_NUMBER: 'phone',
  EMAIL_ADDRESS: 'email',
  STREET_ADDRESS: 'addr',
  POSTAL_CODE: 'zip',
  DATE_OF_BIRTH: 'dob',
  BANK_ACCOUNT: 'acct',
  ROUTING_NUMBER: 'rtn',
  IBAN: 'iban',
  IP_ADDRESS: 'ip',
};

export const VAULT_ENTITY_TYPES = Object.keys(TOKEN_PREFIX) as EntityType[];

export function isVaultEntityType(value: string): value is EntityType {
  return Object.prototype.hasOwnProperty.call(TOKEN_PREFIX, value);
}

/** `tok_<type>_<26 base32 chars>`: 130 bits, lowercase, safe in URLs, logs and file names. */
export const TOKEN_PATTERN = /^tok_(name|card|exp|cvv|ssn|phone|email|addr|zip|dob|acct|rtn|iban|ip)_[a-z2-7]{26}$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31];
  return out;
}

/** A token from 17 bytes of randomness (random tokens) or of an HMAC digest (deterministic ones). */
export function tokenFromDigest(type: EntityType, digest: Buffer): string {
  return `tok_${TOKEN_PREFIX[type]}_${base32(digest.subarray(0, 17)).slice(0, 26)}`;
}

/**
 * The form of a value that deterministic tokens and instrument indexes are computed over, so
 * "4111 1111 1111 1111" and "4111-1111-1111-1111" give the same token. Formatting-only
 * differences are removed; anything that could change meaning is kept.
 */
export function canonicalValue(type: EntityType, value: string): string {
  const v = value.normalize('NFKC').trim();
  switch (type) {
    case 'CREDIT_CARD':
    case 'CARD_CVV':
    case 'US_SSN':
    case 'BANK_ACCOUNT':
    case 'ROUTING_NUMBER':
      return v.replace(/[\s\-.]/g, '');
    case 'PHONE_NUMBER':
      return v.replace(/[\s\-.()]/g, '');
    case 'IBAN':
      return v.replace(/\s/g, '').toUpperCase();
    case 'EMAIL_ADDRESS':
    case 'IP_ADDRESS':
      return v.toLowerCase();
    default:
      return v.replace(/\s+/g, ' ').toLowerCase();
  }
}
