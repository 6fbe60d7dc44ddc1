/**
 * How much the gateway's conversation-wide sanitizing adds over message-by-message detection.
 *
 *   npx tsx eval/gateway-leaks.ts [--n 400]
 *
 * Each non-ASR corpus document is sent as a chat, one message per line (the hard case: the context
 * word is often in the previous message). A gold value counts as leaked when its surface (4+
 * characters) is still in what would go upstream, verbatim. A crude but strict check.
 */
import { generateCorpus } from './corpus/generate.js';
import { detect } from '../src/detect/index.js';
import { createPseudonymizer } from '../src/transform/index.js';
import { parseChatRequest, sanitizeChatRequest } from '../src/gateway/index.js';

const nFlag = process.argv.indexOf('--n');
const n = nFlag > 0 ? Number(process.argv[nFlag + 1]) : 400;
const docs = generateCorpus({ n }).filter((d) => d.channel !== 'asr');
let surfaces = 0;
let perMessage = 0;
let gateway = 0;
for (const d of docs) {
  const lines = d.text.split('\n');
  const naive = createPseudonymizer();
  const naiveOut = lines.map((l) => naive.apply(l, detect(l)).text).join('\n');
  const request = parseChatRequest({ model: 'm', messages: lines.map((content) => ({ role: 'user', content })) });
  const sent = sanitizeChatRequest(request, createPseudonymizer()).body.messages as { content: string }[];
  const gatewayOut = sent.map((m) => m.content).join('\n');
  for (const g of d.gold) {
    const surface = d.text.slice(g.start, g.end);
    if (surface.length < 4) continue;
    surfaces++;
    if (naiveOut.includes(surface)) perMessage++;
    if (gatewayOut.includes(surface)) gateway++;
  }
}
const pct = (x: number) => `${((100 * x) / surfaces).toFixed(2)}%`;
console.log(`documents ${docs.length} (asr excluded), gold surfaces ${surfaces}`);
console.log(`leaked, message-by-message detection: ${perMessage} (${pct(perMessage)})`);
console.log(`leaked, gateway (conversation context + propagation): ${gateway} (${pct(gateway)})`);
