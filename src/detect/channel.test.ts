import { describe, expect, it } from 'vitest';
import { guessChannel } from './channel.js';

describe('guessChannel', () => {
  it('reads an email header on any line, whatever the line terminator', () => {
    expect(guessChannel('From: a@example.com\nhello')).toBe('email');
    expect(guessChannel('hello there\r\nSubject : refund')).toBe('email');
    expect(guessChannel('hello there\u2028cc: billing')).toBe('email');
    expect(guessChannel('hello\nfrom\n: x')).toBe('email');
  });

  it('prefers an email header over a speaker turn found earlier', () => {
    expect(guessChannel('Agent: hi\nFrom: someone')).toBe('email');
  });

  it('reads speaker turns only at a line start', () => {
    expect(guessChannel('Agent: hello\nCustomer: hi')).toBe('call_transcript');
    expect(guessChannel('notes\rSpeaker 12 : yes')).toBe('call_transcript');
    expect(guessChannel('Thanks. The agent: said no, Sent it.')).toBeUndefined();
    expect(guessChannel('I wrote from: home, Then left.')).toBeUndefined();
  });

  it('calls long unpunctuated lower-case text ASR', () => {
    expect(guessChannel('yeah hi i am calling about my card it got declined today')).toBe('asr');
    expect(guessChannel('')).toBeUndefined();
  });
});
