import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer, createPseudonymState } from '../transform/index.js';
import { GatewayInputError } from './errors.js';
import { mapModel, parseModelMap } from './config.js';
import { parseChatRequest, sanitizeChatRequest } from './request.js';
import { createLabelReassembler, safePrefixLength } from './reidentify-stream.js';
import { createChunkRewriter, createSseParser } from './sse.js';
import { normaliseUpstreamUrl } from './subprocessors.js';

/** Splits `text` at the given cut points (any order, duplicates allowed). */
function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const p of points) {
    pieces.push(text.slice(last, p));
    last = p;
  }
  pieces.push(text.slice(last));
  return pieces;
}

describe('label reassembly across stream chunks', () => {
  const originals = new Map([
    ['[PERSON_1]', 'Maria Gonzalez'],
    ['[EMAIL_ADDRESS_1]', 'maria@example.org'],
    ['[CREDIT_CARD_12]', '4111 1111 1111 1111'],
  ]);
  const reidentify = (t: string) => t.replace(/\[([A-Z][A-Z_]*_\d+)\]/g, (l) => originals.get(l) ?? l);

  it('holds an unclosed label and releases it whole', () => {
    const r = createLabelReassembler(reidentify);
    expect(r.push('Hello [PER')).toBe('Hello ');
    expect(r.push('SON_')).toBe('');
    expect(r.push('1], your card [CREDIT_CARD_1')).toBe('Maria Gonzalez, your card ');
    expect(r.push('2] is')).toBe('4111 1111 1111 1111 is');
    expect(r.flush()).toBe('');
  });

  it('does not hold ordinary brackets', () => {
    expect(safePrefixLength('see [note: x')).toBe('see [note: x'.length);
    expect(safePrefixLength('a [b]')).toBe(5);
    expect(safePrefixLength('tail [ABC_')).toBe(5);
  });

  it('gives the same text as re-identifying the whole answer, however it is split', () => {
    const piece = fc.constantFrom('Hi ', '[PERSON_1]', '[EMAIL_ADDRESS_1]', '[CREDIT_CARD_12]', '[UNKNOWN_3]', ' [', ']', 'x', '[PERSON', '_1', '.\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(400), { maxLength: 12 }), (parts, cuts) => {
        const text = parts.join('');
        const r = createLabelReassembler(reidentify);
        const out = splitAt(text, cuts).map((p) => r.push(p)).join('') + r.flush();
        expect(out).toBe(reidentify(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('SSE parsing and chunk rewriting', () => {
  it('parses events split anywhere, CRLF or LF', () => {
    const stream = 'data: {"a":1}\n\n: comment\n\ndata: {"b":2}\r\n\r\ndata: [DONE]\n\n';
    fc.assert(
      fc.property(fc.array(fc.nat(stream.length), { maxLength: 10 }), (cuts) => {
        const p = createSseParser();
        const got = splitAt(stream, cuts).flatMap((piece) => p.feed(piece));
        got.push(...p.end());
        expect(got).toEqual(['{"a":1}', '{"b":2}', '[DONE]']);
      }),
    );
  });

  it('rewrites delta content per choice and flushes held text at finish', () => {
    const state = createPseudonymState();
    const pz = createPseudonymizer(state);
    pz.apply('Maria Gonzalez', [{ type: 'PERSON', start: 0, end: 14, score: 1, recognizer: 't', evidence: {} }]);
    const rw = createChunkRewriter((t) => pz.reidentify(t), 'gpt-4o');
    const a = rw.rewrite({ model: 'local', choices: [{ index: 0, delta: { content: 'Dear [PERS' }, finish_reason: null }] });
    expect(a).toMatchObject({ model: 'gpt-4o', choices: [{ delta: { content: 'Dear ' } }] });
    const b = rw.rewrite({ model: 'local', choices: [{ index: 0, delta: { content: 'ON_1' }, finish_reason: null }] });
    expect((b.choices as any)[0].delta.content).toBe('');
    const c = rw.rewrite({ model: 'local', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    expect((c.choices as any)[0].delta.content).toBe('[PERSON_1');
    expect(rw.flush()).toBeNull();
  });

  it('leaves labels alone when the caller may not see originals', () => {
    const rw = createChunkRewriter(undefined, 'gpt-4o');
    const a = rw.rewrite({ choices: [{ index: 0, delta: { content: 'Dear [PERS' } }] });
    expect((a.choices as any)[0].delta.content).toBe('Dear [PERS');
  });
});

describe('chat request parsing', () => {
  const base = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] };
  it('accepts a plain request', () => {
    expect(parseChatRequest(base).messages).toHaveLength(1);
  });
  it.each([
    [{ ...base, tools: [] }, /tool calling/],
    [{ ...base, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }, /only text parts/],
    [{ ...base, logit_bias: {} }, /logit_bias/],
    [{ ...base, messages: [] }, /messages/],
    [{ ...base, messages: [{ role: 'tool', content: 'x' }] }, /messages\.0\.role/],
    [{ model: 'gpt-4o' }, /messages/],
  ])('refuses %#', (body, message) => {
    expect(() => parseChatRequest(body)).toThrow(GatewayInputError);
    expect(() => parseChatRequest(body)).toThrow(message);
  });
  it('never quotes a refused value', () => {
    try {
      parseChatRequest({ ...base, messages: [{ role: 'user', content: 42, secret: 'Maria Gonzalez 4111111111111111' }] });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain('Maria');
      expect((err as Error).message).not.toContain('4111');
    }
  });
});

describe('sanitizing a conversation', () => {
  it('gives one value one label in every message and replaces it where detection alone would not', () => {
    const request = parseChatRequest({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'The customer on this case is Cerys Young.' },
        { role: 'user', content: 'Hi, my name is Cerys Young, card 4111 1111 1111 1111, email cerys.young@example.com.' },
        { role: 'assistant', content: 'Thanks Cerys, I see the card 4111 1111 1111 1111.' },
        { role: 'user', content: [{ type: 'text', text: 'Yes, write to cerys.young@example.com' }] },
      ],
      stop: ['Cerys Young'],
      user: 'end-user-42',
    });
    const pz = createPseudonymizer();
    const { body, sent } = sanitizeChatRequest(request, pz);
    const json = JSON.stringify(body);
    for (const v of ['Cerys', 'Young', '4111', 'cerys.young@example.com', 'end-user-42']) expect(json).not.toContain(v);
    const msgs = body.messages as { content: any }[];
    const personLabel = /\[PERSON_\d+\]/.exec(msgs[1]!.content)![0];
    expect(msgs[0]!.content).toContain(personLabel);
    expect(body.stop).toEqual([personLabel]);
    const cardLabel = /\[CREDIT_CARD_\d+\]/.exec(msgs[1]!.content)![0];
    expect(msgs[2]!.content).toContain(cardLabel);
    expect(msgs[3]!.content[0].text).toContain(/\[EMAIL_ADDRESS_\d+\]/.exec(msgs[1]!.content)![0]);
    expect(sent.CREDIT_CARD).toBe(2);
    expect(pz.reidentify(msgs[1]!.content)).toContain('Cerys Young');
  });
});

describe('conversation context', () => {
  it('uses a question in one message to find the answer in the next', () => {
    const messages = [
      { role: 'assistant', content: 'Can I have your date of birth please?' },
      { role: 'user', content: "It's 7/13/1979" },
      { role: 'assistant', content: 'And the routing number for the account?' },
      { role: 'user', content: '021000021' },
    ];
    const sentWithContext = sanitizeChatRequest(parseChatRequest({ model: 'm', messages }), createPseudonymizer()).body.messages as { content: string }[];
    expect(sentWithContext[1]!.content).not.toContain('1979');
    expect(sentWithContext[3]!.content).not.toContain('021000021');
    // Alone, the answers carry no context: the conversation is what finds them.
    const alone = sanitizeChatRequest(parseChatRequest({ model: 'm', messages: [messages[1]!, messages[3]!] }), createPseudonymizer()).body.messages as { content: string }[];
    expect(alone.map((m) => m.content).join(' ')).toMatch(/1979|021000021/);
  });
});

describe('settings', () => {
  it('maps models, with * as the fallback', () => {
    const map = parseModelMap('gpt-4o=local-model, *=small');
    expect(mapModel({ modelMap: map }, 'gpt-4o')).toBe('local-model');
    expect(mapModel({ modelMap: map }, 'other')).toBe('small');
    expect(mapModel({ modelMap: new Map() }, 'other')).toBe('other');
    expect(() => mapModel({ modelMap: parseModelMap('a=b') }, 'c')).toThrow(/use one of: a/);
    expect(() => parseModelMap('a=b=c')).toThrow(GatewayInputError);
  });
  it('normalises upstream URLs and refuses credentials', () => {
    expect(normaliseUpstreamUrl('HTTP://LOCALHOST:8080/v1/chat/completions/')).toBe('http://localhost:8080/v1');
    expect(normaliseUpstreamUrl('https://api.example.com/v1/')).toBe('https://api.example.com/v1');
    expect(() => normaliseUpstreamUrl('https://user:pw@api.example.com/v1')).toThrow(/credentials/);
    expect(() => normaliseUpstreamUrl('ftp://x')).toThrow(GatewayInputError);
  });
});
