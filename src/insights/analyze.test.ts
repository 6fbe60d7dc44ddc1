import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeInteraction, DEFAULT_RULES, type Channel, type EntitySpan, type SanitizedInteraction } from './index.js';

const LABEL = /\[([A-Z_]+?)(?:_\d+)?\]/g;
function interaction(channel: Channel, text: string, id = 't'): SanitizedInteraction {
  const spans: EntitySpan[] = [...text.matchAll(LABEL)].map((m) => ({ type: m[1] as EntitySpan['type'], start: m.index, end: m.index + m[0].length }));
  return { id, channel, redactedText: text, spans };
}
function rulesFired(channel: Channel, text: string): string[] {
  const r = analyzeInteraction(interaction(channel, text));
  return [...r.flags, ...r.risk].map((f) => f.rule).sort();
}
const OPEN = 'Agent: Thanks for calling, this call may be recorded. How can I help?\n';

describe('compliance flags', () => {
  it('pci.sensitive_auth_data: card or CVV in a customer turn on a recorded call, not in chat', () => {
    const text = `${OPEN}Customer: Pay with [CREDIT_CARD], code [CARD_CVV].\nAgent: Done.`;
    const r = analyzeInteraction(interaction('call_transcript', text));
    const hits = r.flags.filter((f) => f.rule === 'pci.sensitive_auth_data');
    expect(hits).toHaveLength(2);
    expect(hits[0]!.severity).toBe('critical');
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('[CREDIT_CARD]');
    expect(hits[0]!.evidence).toContain('CREDIT_CARD span in a customer turn');
    expect(rulesFired('chat', text.replace(OPEN, 'Agent: Hi!\n'))).not.toContain('pci.sensitive_auth_data');
    expect(rulesFired('call_transcript', `${OPEN}Customer: I'd like to pay my bill.\nAgent: I'll send you to the keypad.`)).toEqual([]);
  });

  it('pci.card_readback: a card span in an agent turn, or a read-back cue before a card in an unlabelled stream', () => {
    expect(rulesFired('call_transcript', `${OPEN}Customer: It's [CREDIT_CARD].\nAgent: So I have [CREDIT_CARD], right?`)).toContain('pci.card_readback');
    expect(rulesFired('asr', 'this call is recorded how can i help my card is [CREDIT_CARD] let me read that back [CREDIT_CARD] yes')).toContain('pci.card_readback');
    expect(rulesFired('call_transcript', `${OPEN}Customer: It's [CREDIT_CARD].\nAgent: Thanks, the card ending 4432 is charged.`)).not.toContain('pci.card_readback');
  });

  it('ssn.full_requested: full SSN asked and given; not when only the last four were asked or nothing followed', () => {
    const full = `${OPEN}Agent: Can I get your full social security number?\nCustomer: [US_SSN].`;
    expect(rulesFired('call_transcript', full)).toEqual(['ssn.full_requested']);
    const lastFour = `${OPEN}Agent: Just the last four of your social, please.\nCustomer: [US_SSN].`;
    expect(rulesFired('call_transcript', lastFour)).toEqual([]);
    const refused = `${OPEN}Agent: What's your social security number?\nCustomer: I'd rather not say.`;
    expect(rulesFired('call_transcript', refused)).toEqual([]);
  });

  it('disclosure.recording_missing: missing or late disclosure on calls only', () => {
    expect(rulesFired('call_transcript', 'Agent: Hi, how can I help?\nCustomer: Hello.')).toEqual(['disclosure.recording_missing']);
    expect(rulesFired('call_transcript', 'Agent: Hi, this call is recorded. How can I help?\nCustomer: Hello.')).toEqual([]);
    const late = 'Agent: Hi.\nCustomer: Hi.\nAgent: How can I help?\nCustomer: Billing.\nAgent: By the way this call may be recorded.';
    expect(rulesFired('call_transcript', late)).toEqual(['disclosure.recording_missing']);
    expect(rulesFired('chat', 'Agent: Hi, how can I help?\nCustomer: Hello.')).toEqual([]);
    expect(rulesFired('asr', 'hello how can i help i lost my card')).toEqual(['disclosure.recording_missing']);
  });

  it('verify.missing_before_change: change before verification, or after a failed one; not after a passed one', () => {
    const before = `${OPEN}Customer: New address is [STREET_ADDRESS].\nAgent: Okay, I've updated your address.`;
    const found = analyzeInteraction(interaction('call_transcript', before)).flags;
    expect(found.map((f) => f.rule)).toEqual(['verify.missing_before_change']);
    expect(found[0]!.evidence).toMatch(/no verification cue/);
    const after = `${OPEN}Agent: Can you verify your date of birth?\nCustomer: [DATE_OF_BIRTH].\nAgent: Thanks. I've updated your address.`;
    expect(rulesFired('call_transcript', after)).toEqual([]);
    const failed = `${OPEN}Agent: Date of birth?\nCustomer: [DATE_OF_BIRTH].\nAgent: That doesn't match. Anyway, I've updated your address.`;
    expect(rulesFired('call_transcript', failed)).toContain('verify.missing_before_change');
    const refused = `${OPEN}Customer: Change my address.\nAgent: I can't change the address until we verify you.`;
    expect(rulesFired('call_transcript', refused)).toEqual([]);
  });

  it('solicit.sensitive_in_text: agent or bot asking in chat/email; not warnings, not customers, not calls', () => {
    expect(rulesFired('chat', 'Customer: my payment failed\nBot: Please enter your card number and CVV.')).toEqual(['solicit.sensitive_in_text']);
    expect(rulesFired('chat', 'Customer: hi\nAgent: Never share your card number or PIN in chat.')).toEqual([]);
    expect(rulesFired('chat', 'Customer: can you send me my card number?\nAgent: I only see the last four.')).toEqual([]);
    expect(rulesFired('call_transcript', `${OPEN}Agent: Please give me your card number.`)).not.toContain('solicit.sensitive_in_text');
    const mail = 'Dear [PERSON],\nThank you for contacting our support team. Please reply with your full account number and routing number.\nSupport Team';
    expect(rulesFired('email', mail)).toEqual(['solicit.sensitive_in_text']);
  });
});

describe('risk signals', () => {
  it('fraud.verification_failed: failures near a verification context, escalating when repeated', () => {
    const once = `${OPEN}Agent: What's the answer to your security question?\nCustomer: I don't remember.`;
    const r1 = analyzeInteraction(interaction('call_transcript', once)).risk;
    expect(r1.map((f) => [f.rule, f.severity])).toEqual([['fraud.verification_failed', 'medium']]);
    const twice = `${OPEN}Agent: Date of birth?\nCustomer: [DATE_OF_BIRTH].\nAgent: That doesn't match.\nCustomer: Can we skip that?`;
    expect(analyzeInteraction(interaction('call_transcript', twice)).risk[0]!.severity).toBe('high');
    const unrelated = `${OPEN}Customer: Where is my order?\nAgent: What's the order number?\nCustomer: I don't remember, it was a jacket.`;
    expect(rulesFired('call_transcript', unrelated)).toEqual([]);
  });

  it('fraud.contact_change_with_payout: both together, neither alone', () => {
    const both = `${OPEN}Customer: I moved, change my address and send a replacement card there.`;
    expect(rulesFired('call_transcript', both)).toEqual(['fraud.contact_change_with_payout']);
    expect(rulesFired('call_transcript', `${OPEN}Customer: Please change my address.`)).toEqual([]);
    expect(rulesFired('call_transcript', `${OPEN}Customer: My card broke, can I get a replacement card?`)).toEqual([]);
  });

  it('fraud.pressure: two urgency cues or one threat; calm phrasing does not count', () => {
    expect(rulesFired('call_transcript', `${OPEN}Customer: Do it right now, it's urgent.`)).toEqual(['fraud.pressure']);
    expect(rulesFired('call_transcript', `${OPEN}Customer: Fix it or my lawyer will call you.`)).toEqual(['fraud.pressure']);
    expect(rulesFired('call_transcript', `${OPEN}Customer: I'm driving right now.`)).toEqual([]);
    expect(rulesFired('call_transcript', `${OPEN}Customer: It's not urgent, no rush. Whenever works right now.`)).toEqual([]);
    // Agents' words are not the customer's pressure.
    expect(rulesFired('call_transcript', `${OPEN}Agent: I'll block it right now, immediately.`)).toEqual([]);
  });

  it('fraud.coaching: someone prompting the caller', () => {
    expect(rulesFired('call_transcript', `${OPEN}Customer: Hold on, he's telling me what to say.`)).toEqual(['fraud.coaching']);
    expect(rulesFired('asr', 'this call is recorded how can i help [whispering] it is for my nephew')).toEqual(['fraud.coaching']);
    expect(rulesFired('call_transcript', `${OPEN}Customer: My husband is here with me, he's on the account.`)).toEqual([]);
  });
});

describe('rule table as data', () => {
  it('lets a center add cue phrases, change severity and disable rules', () => {
    const text = 'Agent: Hi, you are on a taped line. How can I help?\nCustomer: Hello.';
    expect(rulesFired('call_transcript', text)).toEqual(['disclosure.recording_missing']);
    const edited = analyzeInteraction(interaction('call_transcript', text), {
      overrides: { 'disclosure.recording_missing': { addCues: { disclosure: ['taped line'] } } },
    });
    expect(edited.flags).toEqual([]);
    const severe = analyzeInteraction(interaction('call_transcript', 'Agent: Hi.\nCustomer: Hello.'), {
      overrides: { 'disclosure.recording_missing': { severity: 'critical' } },
    });
    expect(severe.flags[0]!.severity).toBe('critical');
    const off = analyzeInteraction(interaction('call_transcript', 'Agent: Hi.'), { overrides: { 'disclosure.recording_missing': { enabled: false } } });
    expect(off.flags).toEqual([]);
    expect(() => analyzeInteraction(interaction('chat', 'x'), { overrides: { 'no.such.rule': {} } })).toThrow(/unknown rule/);
  });

  it('accepts a whole custom rule table (e.g. a new cue rule)', () => {
    const r = analyzeInteraction(interaction('chat', 'Customer: I want to talk to a human'), {
      rules: [{ id: 'cx.human_requested', category: 'risk', severity: 'low', description: 'asks for a human', cues: { ask: ['talk to a human'] }, match: [{ kind: 'cue', cue: 'ask', speakers: ['customer'] }] }],
    });
    expect(r.risk.map((f) => f.rule)).toEqual(['cx.human_requested']);
    expect(DEFAULT_RULES.find((x) => x.id === 'cx.human_requested')).toBeUndefined();
  });

  it('rejects spans outside the text with a message carrying offsets and types only', () => {
    const bad: SanitizedInteraction = { id: 'x1', channel: 'chat', redactedText: 'short', spans: [{ type: 'CREDIT_CARD', start: 2, end: 40 }] };
    expect(() => analyzeInteraction(bad)).toThrow(/span 0 \(CREDIT_CARD\) \[2, 40\)/);
  });

  it('never puts interaction text in evidence, even a value redaction missed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{10,16}$/), fc.constantFrom<Channel>('asr', 'call_transcript', 'chat', 'email', 'ticket'), (secret, channel) => {
        const text = `Agent: Hi, can I get your full social security number ${secret}?\nCustomer: it's [US_SSN] and card ${secret} [CREDIT_CARD]\nCustomer: do it right now, urgent, ${secret}, my lawyer\nAgent: I've updated your address to ${secret}.`;
        const r = analyzeInteraction(interaction(channel, text));
        const findings = [...r.flags, ...r.risk];
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          expect(f.evidence).not.toContain(secret);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
