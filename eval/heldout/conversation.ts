/**
 * Conversations (calls and chats) as turns of agent and customer, and the three ways they are
 * written down: an ASR transcript, a formatted call transcript, a chat log.
 */
import type { CorpusDoc } from '../corpus/document.js';
import { Assembler, ent, type EntPiece, type Piece } from './build.js';
import type { Rng } from './prng.js';
import { Say, type ConvChannel } from './say.js';
import { speechStyle, HESITATIONS } from './speech.js';
import { AGENT_NAMES, BRANDS, person, type Brand, type Person } from './values.js';

export type Who = 'A' | 'C';

export interface Turn {
  who: Who;
  p: Piece[];
}

export class Conv {
  readonly turns: Turn[] = [];
  readonly say: Say;
  readonly agent: string;
  readonly cust: Person;

  constructor(readonly rng: Rng, readonly ch: ConvChannel, readonly brand: Brand) {
    this.say = new Say(rng, ch, speechStyle(rng), ch === 'chat' && rng.chance(0.55));
    this.agent = rng.pick(AGENT_NAMES);
    this.cust = person(rng);
  }

  get asr(): boolean {
    return this.ch === 'asr';
  }

  /** Text that differs by channel: spoken, call transcript, chat. */
  by(asr: string, call: string, chat: string = call): string {
    return this.ch === 'asr' ? asr : this.ch === 'chat' ? chat : call;
  }

  A(...p: Piece[]): this {
    this.turns.push({ who: 'A', p });
    return this;
  }

  C(...p: Piece[]): this {
    this.turns.push({ who: 'C', p });
    return this;
  }

  /** The agent's name as they introduce themselves: personal data like any other name. */
  agentName(): EntPiece {
    return ent('PERSON', this.agent, this.asr ? this.agent.toLowerCase() : this.agent, this.asr ? 'spoken' : 'written');
  }

  greet(): this {
    const b = this.brand.name;
    const r = this.rng;
    if (this.ch === 'chat') {
      return this.A(r.pick([`Hi there! You're chatting with `, `Hello, my name is `, `Thanks for contacting ${b}, I'm `]), this.agentName(), r.pick(['. How can I help today?', '. What can I do for you?', ' and I will be assisting you today.']));
    }
    return this.A(r.pick([`Thank you for calling ${b}, my name is `, `${b}, this is `, `Good afternoon and thanks for calling ${b}. You're speaking with `]), this.agentName(), r.pick(['. How can I help you today?', '. Who do I have the pleasure of speaking with?', ', may I have your name please?']));
  }

  /** The customer gives their name, sometimes spelling the surname. */
  giveName(spell = this.rng.chance(0.35)): this {
    const s = this.say;
    const lead = this.rng.pick(['Hi, yeah, this is ', 'Hi, my name is ', "It's ", 'Yes hi, ', 'This is ', 'Hello, ']);
    if (spell) {
      const surname = this.cust.last.split(/[\s-]/).find((w) => w.length > 2) ?? this.cust.last;
      return this.C(lead, s.name(this.cust), this.by(', last name is spelled ', '. Last name is ', ', spelled '), s.spelled(surname), '.');
    }
    return this.C(lead, s.name(this.cust), '.');
  }

  /** A value given in parts over several customer turns, the agent acknowledging between them. */
  give(lead: Piece[], parts: EntPiece[], tail: Piece[] = []): this {
    if (parts.length === 1) return this.C(...lead, parts[0]!, ...tail);
    parts.forEach((p, i) => {
      if (i === 0) this.C(...lead, p);
      else {
        this.A(this.rng.pick(['Mm-hmm.', 'Okay.', 'Got it, go ahead.', 'Yep.', 'Uh-huh.', 'Okay, and then?', 'Go on.']));
        this.C(p, ...(i === parts.length - 1 ? tail : []));
      }
    });
    return this;
  }

  /** A hesitation the customer makes before a value on the phone. */
  um(): string {
    return this.asr && this.rng.chance(0.4) ? `${this.rng.pick(HESITATIONS)} ` : '';
  }
}

const ASR_LABELS: readonly (readonly [string, string])[] = [
  ['agent: ', 'customer: '], ['spk_0: ', 'spk_1: '], ['speaker 1: ', 'speaker 2: '], ['a: ', 'c: '], ['rep: ', 'caller: '], ['', ''], ['AGENT: ', 'CUSTOMER: '],
];
const CALL_LABELS: readonly (readonly [string, string])[] = [
  ['Agent: ', 'Customer: '], ['AGENT: ', 'CALLER: '], ['Representative: ', 'Member: '], ['Rep: ', 'Cust: '], ['Agent - ', 'Customer - '],
];

function clock(rng: Rng): () => string {
  let t = rng.int(0, 40);
  return () => {
    t += rng.int(2, 19);
    return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  };
}

const asrPlain = (s: string): string => s.toLowerCase().replace(/[.,!?;:"()]/g, '').replace(/-/g, ' ').replace(/ {2,}/g, ' ');

function chatPlain(rng: Rng, lower: boolean): (s: string) => string {
  return (s) => {
    let t = s;
    if (lower) t = t.toLowerCase().replace(/\.$/, '');
    if (rng.chance(0.3)) t = t.replace(/\bplease\b/gi, 'pls').replace(/\bthanks\b/gi, 'thx').replace(/\byou\b/g, 'u');
    return t;
  };
}

export function renderConv(cv: Conv, id: string, template: string): CorpusDoc {
  const r = cv.rng;
  const out = new Assembler();
  if (cv.ch === 'asr') {
    const [a, c] = r.pick(ASR_LABELS);
    const stamps = r.chance(0.4) ? clock(r) : undefined;
    for (const t of cv.turns) {
      const head = `${stamps ? `[${stamps()}] ` : ''}${t.who === 'A' ? a : c}`;
      const filler = t.who === 'C' && r.chance(0.15) ? `${r.pick(['yeah ', 'um ', 'okay so ', 'uh '])}` : '';
      out.add([head]).line([filler, ...t.p], asrPlain);
    }
    return out.doc(id, 'asr', template);
  }
  if (cv.ch === 'call_transcript') {
    const [a, c] = r.pick(CALL_LABELS);
    const stamps = r.chance(0.5) ? clock(r) : undefined;
    if (r.chance(0.4)) out.line([`Call recording - ${cv.brand.name} - Queue: ${r.pick(['Billing', 'Retention', 'Fraud', 'Tech Support', 'Claims', 'General'])}`]);
    for (const t of cv.turns) out.line([stamps ? `[${stamps()}] ` : '', t.who === 'A' ? a : c, ...t.p]);
    return out.doc(id, 'call_transcript', template);
  }
  const lower = cv.say.lowerChat;
  const style = r.weighted([[3, 0], [3, 1], [2, 2], [2, 3]] as const);
  let second = r.int(7, 21) * 3600 + r.int(0, 3599);
  for (const t of cv.turns) {
    second += r.int(4, 95);
    const at = `${String(Math.floor(second / 3600) % 24).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}`;
    let head: Piece[];
    if (style === 0) head = [t.who === 'A' ? 'Agent: ' : 'Customer: '];
    else if (style === 1) head = [`[${at}] `, t.who === 'A' ? `${cv.brand.name} Support: ` : 'You: '];
    // Chat tools label each message with the display name the person typed in: a name like any other.
    else if (style === 2) head = t.who === 'A' ? [ent('PERSON', cv.agent, cv.agent), ': '] : [ent('PERSON', cv.cust.first, cv.cust.first), ': '];
    else head = [`[${at}:${String(second % 60).padStart(2, '0')}] `, t.who === 'A' ? 'Support: ' : 'Visitor: '];
    const extra = t.who === 'C' && r.chance(0.08) ? r.pick([' 🙏', ' 😩', ' lol', ' :)', '!!']) : '';
    out.line([...head, ...t.p, extra], t.who === 'C' ? chatPlain(r, lower) : (s) => s);
  }
  return out.doc(id, 'chat', template);
}

export function brandOf(rng: Rng, industries: readonly Brand['industry'][]): Brand {
  const pool = BRANDS.filter((b) => industries.includes(b.industry));
  return rng.pick(pool.length ? pool : BRANDS);
}
