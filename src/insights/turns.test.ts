import { describe, expect, it } from 'vitest';
import { parseTurns } from './index.js';

const speakers = (text: string, channel?: Parameters<typeof parseTurns>[1]) =>
  parseTurns(text, channel).map((t) => [t.speaker, text.slice(t.textStart, t.end).trim()]);

describe('parseTurns', () => {
  it('reads Agent:/Customer: labels with offsets into the text', () => {
    const text = 'Agent: Hello, how can I help?\nCustomer: My card is lost.\nAgent: Sorry to hear that.';
    const turns = parseTurns(text);
    expect(turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent']);
    expect(turns.every((t) => !t.inferred)).toBe(true);
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe('Customer: My card is lost.\n');
    expect(turns[0]!.start).toBe(0);
    expect(turns[2]!.end).toBe(text.length);
  });

  it('reads Caller:/Rep:, [agent]/[customer], Bot: and upper-case labels', () => {
    expect(speakers('Rep: hi\nCaller: hello')).toEqual([['agent', 'hi'], ['customer', 'hello']]);
    expect(speakers('[agent] hi\n[customer] hello')).toEqual([['agent', 'hi'], ['customer', 'hello']]);
    expect(speakers('Bot: hi there\nCUSTOMER: hello')).toEqual([['bot', 'hi there'], ['customer', 'hello']]);
  });

  it('reads chat prefixes with timestamps and agent names, and gives a redacted name label the customer role', () => {
    const text = '12:01 Agent Maria: Hi, how can I help?\n12:02 [PERSON_1]: my order is late\n[12:03 PM] Agent Maria: let me check';
    const turns = parseTurns(text, 'chat');
    expect(turns.map((t) => [t.speaker, t.label, t.inferred])).toEqual([
      ['agent', 'Agent Maria', false],
      ['customer', '[PERSON_1]', true],
      ['agent', 'Agent Maria', false],
    ]);
  });

  it('infers which numbered speaker is the agent from what they say, and a third speaker as third party', () => {
    const text = 'Speaker 1: hi my card was stolen\nSpeaker 2: thank you for calling, how can i help\nSpeaker 3: tell him the number';
    const turns = parseTurns(text, 'asr');
    expect(turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'third_party']);
    expect(turns.every((t) => t.inferred)).toBe(true);
  });

  it('splits one-line ASR on inline speaker labels', () => {
    const text = 'speaker 1: thank you for calling how can i help speaker 2: i lost my card speaker 1: okay';
    expect(speakers(text, 'asr').map(([s]) => s)).toEqual(['agent', 'customer', 'agent']);
  });

  it('treats unlabelled ASR as one stream of unknown speaker', () => {
    const text = 'thank you for calling how can i help yes my card number is [CREDIT_CARD]';
    const turns = parseTurns(text, 'asr');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ speaker: 'unknown', label: null, start: 0, end: text.length, inferred: true });
  });

  it('does not take email headers or prose with a colon for speakers', () => {
    const text = 'Subject: refund\nDear team,\nI want my refund for my order.\nThanks';
    const turns = parseTurns(text, 'email');
    expect(turns).toHaveLength(1);
    expect(turns[0]!.speaker).toBe('customer');
    expect(speakers('Agent: hi\nCustomer: hello\nCaller confirmed the address: yes').map(([s]) => s)).toEqual(['agent', 'customer']);
  });

  it('guesses the author of an agent email', () => {
    const text = 'Dear [PERSON],\nThank you for contacting Northwind support. Please reply with your account number.\nNorthwind Support Team';
    expect(parseTurns(text, 'email')[0]!.speaker).toBe('agent');
  });

  it('keeps text before the first label as its own turn and returns nothing for empty text', () => {
    const text = '[call started]\nAgent: hi\nCustomer: hello';
    const turns = parseTurns(text);
    expect(turns.map((t) => t.speaker)).toEqual(['unknown', 'agent', 'customer']);
    expect(parseTurns('   ')).toEqual([]);
  });
});
