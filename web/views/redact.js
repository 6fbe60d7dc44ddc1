/** Paste a text and see it redacted by the server (`POST /v1/redact`); nothing is stored. */
import { describeError } from '../api.js';
import { fill, h, notice } from '../dom.js';
import { evidencePanel, highlightedText, legend } from '../highlight.js';

const OPERATORS = [
  ['label', 'Label — [CREDIT_CARD]'],
  ['pseudonym', 'Pseudonym — [PERSON_1]'],
  ['mask', 'Mask — ****'],
  ['partial', 'Partial — last four kept'],
  ['hash', 'Keyed hash'],
];

export function renderRedact(container, ctx) {
  const { api } = ctx;
  let alive = true;
  const input = h('textarea', { id: 'redact-input', rows: '8', maxlength: '500000', autocomplete: 'off', spellcheck: 'false', placeholder: 'Paste a transcript, chat, email or ticket…' });
  const operator = h('select', { id: 'redact-operator' }, OPERATORS.map(([v, label]) => h('option', { value: v }, label)));
  const output = h('div', { class: 'redact-output', id: 'redact-output', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Redact');

  const form = h(
    'form',
    { class: 'card redact-form' },
    h('label', { for: 'redact-input' }, 'Text', input),
    h('div', { class: 'form-actions' }, h('label', { for: 'redact-operator', class: 'inline' }, 'Operator ', operator), button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.value.trim()) {
      fill(output, notice('error', 'Paste some text first.'));
      return;
    }
    button.disabled = true;
    fill(output, h('span', { class: 'muted' }, 'Redacting…'));
    try {
      const result = await api.redact(input.value, operator.value);
      if (!alive) return;
      const evidenceSlot = h('div', { class: 'evidence-slot' }, result.entities.length ? h('p', { class: 'muted' }, 'Select a highlighted span to see why it was redacted.') : null);
      fill(
        output,
        h(
          'div',
          { class: 'detail-grid' },
          h('section', { class: 'card' }, h('h3', {}, 'Redacted'), highlightedText(result.text, result.entities, (e) => fill(evidenceSlot, evidencePanel(e, 'output')))),
          h('aside', { class: 'side' }, h('section', { class: 'card' }, h('h3', {}, 'Legend'), legend(result.entities), evidenceSlot)),
        ),
      );
    } catch (err) {
      if (!alive || ctx.authFailed(err)) return;
      fill(output, notice('error', describeError(err)));
    } finally {
      button.disabled = false;
    }
  });

  fill(
    container,
    h('div', { class: 'page-head' }, h('h2', {}, 'Redact a text'), h('p', { class: 'muted' }, 'The server detects and replaces personal data and stores nothing. The text is cleared when you leave this page.')),
    form,
    output,
  );
  return () => {
    alive = false;
    input.value = '';
    output.replaceChildren();
  };
}
