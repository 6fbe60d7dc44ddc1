/**
 * Redacted text with its entity spans marked by type, a legend, and the evidence of a chosen span.
 * Offsets are UTF-16 code units into the redacted text, which is what String#slice uses.
 */
import { h } from './dom.js';

export const ENTITY_LABELS = {
  PERSON: 'Person name',
  CREDIT_CARD: 'Card number',
  CARD_EXPIRY: 'Card expiry',
  CARD_CVV: 'Card security code',
  US_SSN: 'US social security number',
  PHONE_NUMBER: 'Phone number',
  EMAIL_ADDRESS: 'Email address',
  STREET_ADDRESS: 'Street address',
  POSTAL_CODE: 'Postal code',
  DATE_OF_BIRTH: 'Date of birth',
  BANK_ACCOUNT: 'Bank account',
  ROUTING_NUMBER: 'Routing number',
  IBAN: 'IBAN',
  IP_ADDRESS: 'IP address',
};

export function entityLabel(type) {
  return ENTITY_LABELS[type] ?? type;
}

/**
 * The text cut into plain and entity pieces. Spans that are out of range or overlap an earlier one
 * are dropped rather than trusted: a bad offset must never show text outside its span as marked.
 */
export function segments(text, entities) {
  const sorted = [...(entities ?? [])]
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const entity of sorted) {
    if (entity.start < at) continue;
    if (entity.start > at) out.push({ text: text.slice(at, entity.start) });
    out.push({ text: text.slice(entity.start, entity.end), entity });
    at = entity.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The marked-up text; `onSelect(entity, mark)` runs when a span is clicked or activated by keyboard. */
export function highlightedText(text, entities, onSelect) {
  const block = h('div', { class: 'redacted-text' });
  for (const piece of segments(text, entities)) {
    if (!piece.entity) {
      block.append(document.createTextNode(piece.text));
      continue;
    }
    const entity = piece.entity;
    const mark = h(
      'mark',
      {
        class: 'ent',
        dataset: { type: entity.type },
        tabindex: onSelect ? '0' : undefined,
        role: onSelect ? 'button' : undefined,
        title: `${entityLabel(entity.type)} — select for evidence`,
      },
      piece.text,
    );
    if (onSelect) {
      const choose = () => {
        for (const other of block.querySelectorAll('mark.ent.selected')) other.classList.remove('selected');
        mark.classList.add('selected');
        onSelect(entity, mark);
      };
      mark.addEventListener('click', choose);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        }
      });
    }
    block.append(mark);
  }
  return block;
}

/** One swatch per type present, with its count. */
export function legend(entities) {
  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  if (counts.size === 0) return h('p', { class: 'muted legend-empty' }, 'No personal data was found in this text.');
  const items = [...counts.entries()]
    .sort((a, b) => entityLabel(a[0]).localeCompare(entityLabel(b[0])))
    .map(([type, count]) =>
      h('li', { class: 'legend-item' }, h('span', { class: 'swatch', dataset: { type } }), `${entityLabel(type)} `, h('span', { class: 'count' }, `×${count}`)),
    );
  return h('ul', { class: 'legend', 'aria-label': 'Entity types' }, items);
}

const EVIDENCE_LABELS = {
  recognizer: 'Recognizer',
  score: 'Score',
  context: 'Context word',
  checksum: 'Checksum passed',
  normalized: 'Found in normalised form',
  note: 'Note',
};

function evidenceRows(entity) {
  const rows = [];
  const add = (key, value) => {
    if (value === undefined || value === null || value === '') return;
    const shown = typeof value === 'number' ? String(Math.round(value * 100) / 100) : typeof value === 'object' ? JSON.stringify(value) : String(value);
    rows.push([EVIDENCE_LABELS[key] ?? key, shown]);
  };
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (key === 'evidence' && value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(k, v);
    } else add(key, value);
  }
  return rows;
}

/** Why a span was redacted, as far as the API says. */
export function evidencePanel(entity, where = 'text') {
  const rows = evidenceRows(entity);
  return h(
    'div',
    { class: 'evidence', 'aria-live': 'polite' },
    h('h4', {}, h('span', { class: 'swatch', dataset: { type: entity.type } }), entityLabel(entity.type), h('code', { class: 'type-code' }, entity.type)),
    h(
      'dl',
      {},
      h('dt', {}, 'Location'),
      h('dd', {}, `${where}, characters ${entity.start}–${entity.end} of the redacted text`),
      rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
    rows.length === 0 ? h('p', { class: 'muted' }, 'The API gives no further evidence for stored spans (recognizer, context word, checksum).') : null,
  );
}
