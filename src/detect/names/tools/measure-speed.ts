// Prints the throughput (MB/s, CPU time on one core) of the spoken-form and name parts of detect
// over a generated mixed contact-center corpus. Not a test: run it by hand.
//   npx tsx src/detect/names/tools/measure-speed.ts [sizeMB]
import { nameRecognizers } from '../index.js';
import { spokenRecognizers, spokenViews } from '../../spoken/index.js';
import type { AnalysisContext, Recognizer } from '../../types.js';

let seed = 42;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const FIRST = ['john', 'maria', 'sarah', 'david', 'priya', 'wei', 'carlos', 'jennifer', 'mohammed', 'olga'];
const LAST = ['smith', 'garcia', 'nguyen', 'patel', 'johnson', "o'brien", 'kowalski', 'de la cruz'];
const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh'];
const title = (s: string): string => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const spokenDigits = (n: number): string => Array.from({ length: n }, () => pick(DIGITS)).join(' ');
const FILLER = [
  'i was charged twice for my subscription last month and i would like a refund',
  'the package was supposed to arrive on tuesday but it never showed up',
  'can you check whether the payment went through on my account',
  'we apologize for the inconvenience and will review the dispute within ten business days',
  'the app keeps crashing after the latest update on my phone',
  'i ordered two items from amazon and only one arrived',
  'please reset my password because i am locked out',
];

function asr(): string {
  return [
    `agent: thank you for calling this is ${pick(FIRST)} how can i help you today`,
    `customer: hi my name is ${pick(FIRST)} ${pick(LAST)} and ${pick(FILLER)}`,
    `agent: can i have the card number please`,
    `customer: sure it's ${spokenDigits(4)} um ${spokenDigits(4)}`,
    `agent: okay`,
    `customer: ${spokenDigits(8)} and it expires oh nine twenty seven`,
    `customer: ${pick(FILLER)}`,
    `agent: ${pick(FILLER)}`,
  ].join('\n');
}
function transcript(): string {
  return [
    `Agent: Good morning, you're speaking with ${title(pick(FIRST))}. How can I help?`,
    `Customer: Hi, this is ${title(pick(FIRST))} ${title(pick(LAST))}. ${title(pick(FILLER))}.`,
    `Agent: I can help with that. Can you confirm the last four digits of the card?`,
    `Customer: It's 4242. My phone is (555) 123-4567.`,
    `Agent: ${title(pick(FILLER))}.`,
  ].join('\n');
}
function chat(): string {
  return `[10:02] customer: hey ${pick(FILLER)}\n[10:03] agent: Sure! ${title(pick(FILLER))}. My email is jsmith82@example.com\n`;
}
function email(): string {
  return `Dear ${title(pick(FIRST))},\n\n${title(pick(FILLER))}. ${title(pick(FILLER))}. Order #123456789 shipped on March 5.\n\nBest regards,\n${title(pick(FIRST))} ${title(pick(LAST))}\n`;
}
function ticket(): string {
  return `CUST: ${pick(FIRST).toUpperCase()} ${pick(LAST).toUpperCase()} CB RE DISPUTE. ${pick(FILLER).toUpperCase()}. ACCT 12345678`;
}

const size = Number(process.argv[2] ?? '2') * 1e6;
const docs: string[] = [];
let total = 0;
const makers = [asr, transcript, chat, email, ticket];
while (total < size) {
  const d = pick(makers)();
  docs.push(d);
  total += d.length;
}

function cpuMs(f: () => void): number {
  const a = process.cpuUsage();
  f();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
}
const ctxs: AnalysisContext[] = docs.map((text) => ({ text, lower: text.toLowerCase(), channel: undefined }));
const mb = total / 1e6;
const run = (label: string, f: (c: AnalysisContext) => void): void => {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) times.push(cpuMs(() => ctxs.forEach(f)));
  const best = Math.min(...times);
  console.log(`${label.padEnd(28)} ${(mb / (best / 1000)).toFixed(1).padStart(7)} MB/s  (${best.toFixed(0)} ms CPU for ${mb.toFixed(1)} MB, best of 5)`);
};
const each = (rs: Recognizer[]) => (c: AnalysisContext): void => {
  for (const r of rs) r.analyze(c);
};
console.log(`${docs.length} documents, ${mb.toFixed(2)} MB`);
// A floor to compare machines (and load) by: one regex pass over every word.
run('baseline: one /\\w+/g pass', (c) => {
  const re = /\w+/g;
  while (re.exec(c.text) !== null);
});
run('spokenViews', (c) => void spokenViews(c.text));
run('spokenRecognizers', each(spokenRecognizers));
run('nameRecognizers', each(nameRecognizers));
run('all of the above', (c) => {
  spokenViews(c.text);
  each(spokenRecognizers)(c);
  each(nameRecognizers)(c);
});
