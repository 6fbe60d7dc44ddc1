/**
 * detect() throughput on mixed contact-center text (mostly prose and numbers that must survive,
 * personal data now and then). Reports wall-clock and process CPU time, since the CI machine is shared.
 *
 *   npx tsx bench/detect-throughput.ts [megabytes=2]
 */
import { createAnalyzer, defaultRecognizers, detect } from '../src/detect/index.js';

const PROSE = [
  'Agent: Thank you for calling Northwind Bank, my name is Sam, how can I help you today?\n',
  'Customer: Hi, I noticed a duplicate charge of $49.99 from Netflix on my last statement and I want it refunded.\n',
  'Agent: I am sorry to hear that. Let me pull up the account. It looks like there were two transactions on March 5.\n',
  'so um yeah i was trying to log in to the app and it kept saying my password was wrong and then it locked me out\n',
  'Ticket INC0012345: customer reports slow internet since 10:30 am, router firmware 2.3.1, 45% packet loss, case 0012345678.\n',
  'Hello team, following up on order #123456789 which was supposed to arrive last Tuesday. The tracking page has not updated in 3 days.\n',
  'The customer asked about upgrading to the Premium plan for $15 per month and wanted to know about the annual fee.\n',
  'Agent: I have applied a credit of two hundred dollars, you should see it within 3 to 5 business days.\n',
];
const PERSONAL = [
  'Customer: sure, the card is 4111 1111 1111 1111, expires 09/27.\n',
  'Customer: you can reach me at (415) 555-0132 or jane.doe@example.com.\n',
  'Agent: and your date of birth?\nCustomer: March 4th, 1982.\n',
  'please ship it to 742 Evergreen Terrace, Springfield, IL 62704\n',
  'customer: my social is one two three four five six seven eight nine\n',
];

function mixedText(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += PROSE[i % PROSE.length]!;
    if (i % 6 === 5) text += PERSONAL[Math.floor(i / 6) % PERSONAL.length]!;
  }
  return text;
}

function measure(label: string, text: string, run: (t: string) => unknown[]): void {
  run(text.slice(0, 200_000));
  let bestWall = Infinity;
  let bestCpu = Infinity;
  let spans = 0;
  for (let k = 0; k < 3; k++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    spans = run(text).length;
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    bestWall = Math.min(bestWall, wall);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const mb = text.length / 1e6;
  console.log(
    `${label.padEnd(44)} ${(mb / (bestWall / 1000)).toFixed(2).padStart(6)} MB/s wall  ${(mb / (bestCpu / 1000)).toFixed(2).padStart(6)} MB/s cpu  (${spans} spans)`,
  );
}

const megabytes = Number(process.argv[2] ?? 2);
const text = mixedText(megabytes * 1e6);
const written = defaultRecognizers().filter((r) => !/Name|Spoken|Spelled/.test(r.name));
console.log(`${(text.length / 1e6).toFixed(2)} MB of mixed text`);
measure('written recognizers, original text only', text, (t) => createAnalyzer({ recognizers: written, views: () => [] }).analyze(t));
measure('written recognizers + spoken views', text, (t) => createAnalyzer({ recognizers: written }).analyze(t));
measure('detect() (all recognizers, views)', text, (t) => detect(t));
