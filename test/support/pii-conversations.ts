/**
 * Seeded chat conversations full of personal data, in the shapes an LLM client sends them
 * (system, user and assistant messages; plain strings and text-part arrays), with the list of
 * every original value planted, so a test can scan whatever left the gateway for each one.
 */
import { FIRST_NAMES, SURNAMES } from '../../eval/corpus/pools.js';

export interface PlantedValue {
  type: string;
  value: string;
}

export type TestMessage =
  | { role: 'system' | 'user' | 'assistant'; content: string }
  | { role: 'user'; content: { type: 'text'; text: string }[] };

export interface TestConversation {
  messages: TestMessage[];
  originals: PlantedValue[];
  /** The customer's full name, which appears in more than one message. */
  name: string;
}

/** mulberry32: small, seeded, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function luhnComplete(prefix: string, length: number, next: () => number): string {
  let digits = prefix;
  while (digits.length < length - 1) digits += String(Math.floor(next() * 10));
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits + String((10 - (sum % 10)) % 10);
}

const SIMPLE_NAME = /^[A-Z][a-z]{2,}$/;
const FIRSTS = FIRST_NAMES.filter((n) => SIMPLE_NAME.test(n));
const LASTS = SURNAMES.filter((n) => SIMPLE_NAME.test(n));
const STREETS = ['Maple Avenue', 'Oak Street', 'Cedar Lane', 'Pine Road', 'Elm Street', 'Birch Drive', 'Willow Court'];
const IBANS = ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function buildConversationCorpus(count: number, seed = 1): TestConversation[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');
  const out: TestConversation[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRSTS);
    const last = pick(LASTS);
    const name = `${first} ${last}`;
    const card = luhnComplete(pick(['4', '51', '37']), 16, next);
    const cardShown = `${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`;
    const email = `${first.toLowerCase()}.${last.toLowerCase()}${digits(2)}@example.com`;
    const phone = `(${pick(['415', '312', '646', '206'])}) 555-${digits(4)}`;
    const area = 100 + Math.floor(next() * 500);
    const ssn = `${String(area === 666 ? 667 : area).padStart(3, '0')}-${String(10 + Math.floor(next() * 89))}-${String(1000 + Math.floor(next() * 8999))}`;
    const iban = pick(IBANS);
    const address = `${100 + Math.floor(next() * 8000)} ${pick(STREETS)}`;
    const dob = `${pick(MONTHS)} ${1 + Math.floor(next() * 27)}, ${1950 + Math.floor(next() * 50)}`;
    const ip = `10.${Math.floor(next() * 250)}.${Math.floor(next() * 250)}.${1 + Math.floor(next() * 250)}`;
    const originals: PlantedValue[] = [
      { type: 'PERSON', value: name },
      { type: 'CREDIT_CARD', value: cardShown },
      { type: 'CREDIT_CARD', value: card },
      { type: 'EMAIL_ADDRESS', value: email },
      { type: 'PHONE_NUMBER', value: phone },
      { type: 'US_SSN', value: ssn },
      { type: 'IBAN', value: iban },
      { type: 'STREET_ADDRESS', value: address },
      { type: 'DATE_OF_BIRTH', value: dob },
      { type: 'IP_ADDRESS', value: ip },
    ];
    const variant = i % 3;
    const messages: TestMessage[] = [
      { role: 'system', content: `You assist a contact-center agent. The customer on this case is ${name}; their email on file is ${email}.` },
      { role: 'user', content: `Customer: Hi, my name is ${name} and I want to dispute a charge on my card ${cardShown}. You can call me at ${phone}.` },
      { role: 'assistant', content: `Thanks ${name}. To verify, can you confirm your date of birth and your social security number?` },
    ];
    if (variant === 0) {
      messages.push({ role: 'user', content: `Customer: My date of birth is ${dob} and my SSN is ${ssn}. Please refund to IBAN ${iban}.` });
    } else if (variant === 1) {
      messages.push({
        role: 'user',
        content: [
          { type: 'text', text: `Customer: Date of birth ${dob}, social security number ${ssn}.` },
          { type: 'text', text: `I moved to ${address}, and I logged in from IP address ${ip}. Email me at ${email}.` },
        ],
      });
    } else {
      messages.push({ role: 'user', content: `Customer: SSN ${ssn}, born ${dob}. New address: ${address}. Card number ${card}, refund to ${iban}.` });
    }
    messages.push({ role: 'user', content: `Agent note: summarise the case for ${name} and draft a reply.` });
    out.push({ messages, originals, name });
  }
  return out;
}
