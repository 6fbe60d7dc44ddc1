import { generateCorpus } from '../corpus/generate.js';
const docs = generateCorpus({ n: 2000 });
let shown = 0;
for (const d of docs) {
  for (const g of d.gold) if (g.part === 1 && (d.channel === 'chat' || (d.channel === 'asr' && /\d/.test(d.text.slice(g.start, g.end)))) && shown < 4) {
    shown++;
    console.log(d.id, d.channel, JSON.stringify(d.text.slice(Math.max(0, g.start - 150), g.end + 40)));
  }
}
