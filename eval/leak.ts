/**
 * When is a value leaked? Each rule looks at the output region where the value stood (mapped by
 * eval/align.ts) and, for long numbers, at the whole output as well. The rules, as printed by
 * `npm run eval`:
 *
 * - Long numbers (7+ digits: card, SSN, phone, bank account, routing, IBAN): leaked if any seven
 *   consecutive digits of the value survive, read as digits or as spoken number words ("four one
 *   one one", "double five"), either in the region (labels and speaker prefixes removed) or anywhere
 *   in the output in one unbroken run of numbers.
 * - PERSON: leaked if any word of the name (2+ letters, accents ignored) is still in the region,
 *   whole or spelled out letter by letter.
 * - CARD_CVV, POSTAL_CODE: leaked if the region still holds the digits of the value.
 * - CARD_EXPIRY: leaked if the region still holds both month and year.
 * - DATE_OF_BIRTH: leaked if the region still holds two of day, month, year.
 * - EMAIL_ADDRESS: leaked if the region still holds the local part (before @), spoken or written.
 * - STREET_ADDRESS: leaked if the region still holds both the house number and the street name.
 * - IP_ADDRESS: leaked if the region still holds the address minus its last part (v4: first three
 *   octets, v6: all groups but the last).
 */
import type { EntityType } from '../src/detect/types.js';
import {
  monthMentioned, ordinalsMentioned, readSpokenEmail, readSpokenIp, spokenDigitRuns, spokenToDigits,
  stripOrdinals,
} from './corpus/spoken.js';

export const LEAK_RULES: Readonly<Record<EntityType, string>> = {
  PERSON: 'any name word (2+ letters) still in the region, whole or spelled out',
  CREDIT_CARD: 'any 7 consecutive digits of the value survive (digits or spoken words)',
  CARD_EXPIRY: 'month and year both still in the region',
  CARD_CVV: 'the code still in the region',
  US_SSN: 'any 7 consecutive digits of the value survive',
  PHONE_NUMBER: 'any 7 consecutive digits of the value survive',
  EMAIL_ADDRESS: 'the local part still in the region',
  STREET_ADDRESS: 'house number and street name both still in the region',
  POSTAL_CODE: 'the 5 ZIP digits still in the region',
  DATE_OF_BIRTH: 'two of day, month, year still in the region',
  BANK_ACCOUNT: 'any 7 consecutive digits of the value survive',
  ROUTING_NUMBER: 'any 7 consecutive digits of the value survive',
  IBAN: 'any 7 consecutive digits of the value survive',
  IP_ADDRESS: 'the address minus its last part still in the region',
};

const LABEL = /\[[A-Z][A-Z_]*(?:_\d+)?\]|<[A-Z][A-Z_]*(?:_\d+)?>/g;
/** "agent: ", "[00:01:23] spk_0: ", "Customer (Jane Doe): " at the start of a line. */
const LINE_PREFIX = /(^|\n)[ \t]*(?:\[[\d:]+\][ \t]*)?(?:[^\n:]{1,30}:[ \t])?/g;

/** The region cut at replacement labels, with line prefixes (speaker labels, timestamps) removed. */
export function regionSegments(region: string): string[] {
  return region.split(LABEL).map((s) => s.replace(LINE_PREFIX, '$1'));
}

function stretches(digits: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= digits.length; i++) out.push(digits.slice(i, i + size));
  return out;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function nameWords(value: string): string[] {
  return fold(value).split(/[\s.\-']+/).filter((w) => /^\p{L}{2,}$/u.test(w));
}

export interface LeakInput {
  type: EntityType;
  value: string;
  /** The output text where the value stood. */
  region: string;
  /** The whole output, for the long-number rule. */
  output: string;
  /** Digit runs of the whole output, computed once per document. */
  outputRuns?: readonly string[];
}

export function isLeaked(e: LeakInput): boolean {
  const segs = regionSegments(e.region);
  switch (e.type) {
    case 'CREDIT_CARD': case 'US_SSN': case 'PHONE_NUMBER': case 'BANK_ACCOUNT': case 'ROUTING_NUMBER': case 'IBAN': {
      const digits = e.value.replace(/\D/g, '');
      const size = Math.min(7, digits.length);
      const pieces = stretches(digits, size);
      const regionDigits = segs.map((s) => spokenToDigits(s));
      if (regionDigits.some((d) => pieces.some((p) => d.includes(p)))) return true;
      const runs = e.outputRuns ?? spokenDigitRuns(e.output);
      return runs.some((r) => r.length >= size && pieces.some((p) => r.includes(p)));
    }
    case 'PERSON': {
      const words = nameWords(e.value);
      return segs.some((s) => {
        const f = fold(s);
        const tokens = f.split(/[^\p{L}]+/u).filter(Boolean);
        if (words.some((w) => tokens.includes(w))) return true;
        // Letters said one by one ("g o n z a l e z", "G-O-N-Z"): join runs of single-letter tokens.
        let run = '';
        for (const t of [...tokens, '']) {
          if (t.length === 1) { run += t; continue; }
          if (run.length >= 2 && words.some((w) => run.includes(w))) return true;
          run = '';
        }
        return false;
      });
    }
    case 'CARD_CVV': case 'POSTAL_CODE': {
      const digits = e.value.replace(/\D/g, '').slice(0, 5);
      return segs.some((s) => spokenToDigits(s).includes(digits));
    }
    case 'CARD_EXPIRY': {
      const [mm, yy] = e.value.split('/') as [string, string];
      const m = Number(mm);
      return segs.some((s) => {
        const d = spokenToDigits(s);
        const named = monthMentioned(s) === m;
        return (named && d.includes(yy)) || [`${mm}${yy}`, `${m}${yy}`, `${mm}20${yy}`].some((f) => d.includes(f));
      });
    }
    case 'DATE_OF_BIRTH': {
      const [y, mm, dd] = e.value.split('-') as [string, string, string];
      const m = Number(mm);
      const day = Number(dd);
      return segs.some((s) => {
        const rest = spokenToDigits(stripOrdinals(s));
        const all = spokenToDigits(s);
        const year = rest.includes(y) || rest.endsWith(y.slice(2));
        const monthByName = monthMentioned(s) === m;
        const dayByOrdinal = ordinalsMentioned(s).includes(day);
        const numeric = [`${mm}${dd}`, `${m}${day}`, `${mm}/${dd}`].some((f) => all.includes(f.replace('/', '')));
        const month = monthByName || numeric || all.startsWith(mm) || all.startsWith(String(m));
        const dayPresent = dayByOrdinal || numeric || (monthByName && new RegExp(`(^|\\D)${day}(\\D|$)`).test(s));
        return [year, month, dayPresent].filter(Boolean).length >= 2;
      });
    }
    case 'EMAIL_ADDRESS': {
      const local = e.value.split('@')[0]!.toLowerCase().replace(/[^a-z0-9]/g, '');
      const needle = local.length >= 3 ? local : e.value.toLowerCase().replace(/[^a-z0-9]/g, '');
      return segs.some((s) => readSpokenEmail(s).replace(/[^a-z0-9]/g, '').includes(needle));
    }
    case 'STREET_ADDRESS': {
      const parts = e.value.split(' ');
      const number = parts[0]!;
      const street = parts.slice(1).find((w) => !['North', 'South', 'East', 'West', 'Northeast', 'Southwest'].includes(w))!.toLowerCase();
      return segs.some((s) => spokenDigitRuns(s).some((r) => r.includes(number)) && fold(s).split(/[^\p{L}]+/u).includes(fold(street)));
    }
    case 'IP_ADDRESS': {
      const v = e.value.toLowerCase();
      const prefix = v.includes(':') ? v.slice(0, v.lastIndexOf(':')) : v.split('.').slice(0, 3).join('.') + '.';
      return segs.some((s) => {
        const lower = s.toLowerCase();
        return lower.includes(prefix) || readSpokenIp(lower).includes(prefix) || lower.replace(/\s/g, '').includes(prefix);
      });
    }
  }
}
