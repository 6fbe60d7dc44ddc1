/**
 * A real OpenAI-compatible upstream for gateway tests: node:http on 127.0.0.1 (port 0). It records
 * every request it receives (raw body and headers) and answers by echoing back the pseudonym
 * labels it was sent; streamed answers come in 3-character chunks, so labels are split across chunks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as tick } from 'node:timers/promises';

export interface RecordedRequest {
  url: string;
  authorization: string | undefined;
  /** Every header name and value, lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: any;
}

export type FakeMode = 'echo' | 'error' | 'hang' | 'garbage' | 'break-stream';

export interface FakeLlm {
  url: string;
  received: RecordedRequest[];
  mode: FakeMode;
  close(): Promise<void>;
}

const LABEL = /\[[A-Z][A-Z_]*_\d+\]/g;

/** The echo answer: every label found in the request's messages, in first-seen order. */
export function echoAnswer(body: any): string {
  const labels: string[] = [];
  for (const m of body?.messages ?? []) {
    const text = typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? m.content.map((p: any) => p.text).join(' ') : '';
    for (const l of text.match(LABEL) ?? []) if (!labels.includes(l)) labels.push(l);
  }
  return labels.length ? `Summary for ${labels.join(', ')}. Done.` : 'No labels.';
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const received: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const state: { mode: FakeMode } = { mode: 'echo' };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.setEncoding('utf8');
    for await (const piece of req) raw += piece;
    let body: any;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    received.push({ url: req.url ?? '', authorization: req.headers.authorization, headers: { ...req.headers }, raw, body });
    const mode = state.mode;
    if (mode === 'hang') {
      hanging.add(res);
      return;
    }
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `internal failure while handling ${raw.slice(0, 40)}` } }));
      return;
    }
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"not": "a completion"');
      return;
    }
    const answer = echoAnswer(body);
    const base = { id: 'chatcmpl-test', created: 1_760_000_000, model: body?.model ?? 'unknown' };
    if (!body?.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const event = (choices: unknown[]) => `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices })}\n\n`;
    res.write(event([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
    for (let i = 0; i < answer.length; i += 3) {
      if (mode === 'break-stream' && i >= 9) {
        res.destroy();
        return;
      }
      res.write(event([{ index: 0, delta: { content: answer.slice(i, i + 3) }, finish_reason: null }]));
      await tick();
    }
    res.write(event([{ index: 0, delta: {}, finish_reason: 'stop' }]));
    res.end('data: [DONE]\n\n');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    get mode() {
      return state.mode;
    },
    set mode(m: FakeMode) {
      state.mode = m;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
