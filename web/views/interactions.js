/**
 * Interactions: the list in the caller's scope, and one interaction (redacted text, spans and their
 * evidence, insights, and the audited reveal for roles that may).
 */
import { describeError } from '../api.js';
import { fill, formatTime, h, localInputToIso, notice } from '../dom.js';
import { entityLabel, evidencePanel, highlightedText, legend } from '../highlight.js';

export const CHANNELS = ['asr', 'call_transcript', 'chat', 'email', 'ticket'];
const CHANNEL_LABELS = { asr: 'ASR call', call_transcript: 'Call transcript', chat: 'Chat', email: 'Email', ticket: 'Ticket' };
const PAGE_SIZE = 50;
/** A revealed original is taken off the screen after this long even if the reviewer walks away. */
const REVEAL_VISIBLE_MS = 5 * 60_000;

export function channelLabel(channel) {
  return CHANNEL_LABELS[channel] ?? channel;
}

function preview(text, length = 140) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Filters survive moving between list and detail in this tab (memory only: they hold no values). */
const remembered = { agentId: '', channel: '', from: '', to: '' };

/** On sign-out: the next user starts from a clean list. */
export function resetListFilters() {
  Object.assign(remembered, { agentId: '', channel: '', from: '', to: '' });
}

export function renderInteractionList(container, ctx) {
  const { api, me } = ctx;
  const ownOnly = me.actions['interaction.read'] === 'own';
  const agentInput = h('input', { id: 'f-agent', name: 'agentId', type: 'text', placeholder: 'user id', autocomplete: 'off', value: remembered.agentId });
  const channelSelect = h(
    'select',
    { id: 'f-channel', name: 'channel' },
    h('option', { value: '' }, 'All channels'),
    CHANNELS.map((c) => h('option', { value: c, selected: remembered.channel === c }, channelLabel(c))),
  );
  const fromInput = h('input', { id: 'f-from', name: 'from', type: 'datetime-local', value: remembered.from });
  const toInput = h('input', { id: 'f-to', name: 'to', type: 'datetime-local', value: remembered.to });
  const status = h('div', { class: 'list-status' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  let cursor = null;
  let alive = true;

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter interactions' },
    ownOnly ? null : h('label', { for: 'f-agent' }, 'Agent', agentInput),
    h('label', { for: 'f-channel' }, 'Channel', channelSelect),
    h('label', { for: 'f-from' }, 'From', fromInput),
    h('label', { for: 'f-to' }, 'To', toInput),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), h('button', { type: 'reset', class: 'secondary' }, 'Clear')),
  );

  function currentFilters() {
    remembered.agentId = ownOnly ? '' : agentInput.value.trim();
    remembered.channel = channelSelect.value;
    remembered.from = fromInput.value;
    remembered.to = toInput.value;
    if ((remembered.from && !localInputToIso(remembered.from)) || (remembered.to && !localInputToIso(remembered.to))) return null;
    return {
      agentId: remembered.agentId || undefined,
      channel: remembered.channel || undefined,
      from: localInputToIso(remembered.from),
      to: localInputToIso(remembered.to),
    };
  }

  function row(item) {
    const open = () => ctx.navigate(`#/interactions/${encodeURIComponent(item.id)}`);
    const types = [...new Set(item.entities.map((e) => e.type))];
    return h(
      'tr',
      { class: 'clickable', tabindex: '0', dataset: { id: item.id }, onclick: open, onkeydown: (e) => e.key === 'Enter' && open() },
      h('td', { class: 'nowrap' }, formatTime(item.occurredAt)),
      h('td', {}, h('span', { class: `chip chip-${item.channel}` }, channelLabel(item.channel))),
      h('td', { class: 'mono' }, item.agentId),
      h('td', { class: 'mono' }, item.customerRef),
      h('td', { class: 'preview' }, preview(item.redactedText)),
      h('td', { class: 'types' }, types.length ? types.map((t) => h('span', { class: 'swatch', dataset: { type: t }, title: entityLabel(t) })) : h('span', { class: 'muted' }, 'none')),
    );
  }

  async function load(append) {
    const filters = currentFilters();
    if (!filters) {
      fill(status, notice('error', 'From and To must be valid dates.'));
      return;
    }
    fill(status, h('span', { class: 'muted' }, 'Loading…'));
    more.hidden = true;
    try {
      const page = await api.listInteractions({ ...filters, limit: PAGE_SIZE, cursor: append ? cursor : undefined });
      if (!alive) return;
      if (!append) tbody.replaceChildren();
      for (const item of page.items) tbody.append(row(item));
      cursor = page.nextCursor;
      more.hidden = !cursor;
      const shown = tbody.children.length;
      fill(status, shown === 0 ? notice('info', 'No interactions match these filters.') : h('span', { class: 'muted' }, `${shown} interaction${shown === 1 ? '' : 's'}${cursor ? ' so far' : ''}`));
    } catch (err) {
      if (!alive) return;
      if (ctx.authFailed(err)) return;
      fill(status, notice('error', describeError(err)));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load(false);
  });
  form.addEventListener('reset', () => {
    // After the browser has cleared the inputs.
    setTimeout(() => void load(false), 0);
  });
  more.addEventListener('click', () => void load(true));

  fill(
    container,
    h('div', { class: 'page-head' }, h('h2', {}, 'Interactions'), h('p', { class: 'muted' }, ownOnly ? 'Your own interactions, redacted.' : 'All interactions, redacted.')),
    form,
    status,
    h(
      'table',
      { class: 'grid', id: 'interaction-list' },
      h('thead', {}, h('tr', {}, ['When', 'Channel', 'Agent', 'Customer', 'Redacted text', 'Found'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody,
    ),
    more,
  );
  void load(false);
  return () => {
    alive = false;
  };
}

function findingList(title, findings, redactedText) {
  if (!findings.length) return h('div', { class: 'insight-group' }, h('h4', {}, title), h('p', { class: 'muted' }, 'None.'));
  return h(
    'div',
    { class: 'insight-group' },
    h('h4', {}, title),
    h(
      'ul',
      { class: 'findings' },
      findings.map((f) =>
        h(
          'li',
          { class: `finding sev-${String(f.severity).toLowerCase()}` },
          h('span', { class: 'severity' }, f.severity),
          h('strong', {}, f.rule),
          h('span', { class: 'muted' }, ` — ${f.evidence}`),
          Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start
            ? h('q', { class: 'excerpt' }, preview(redactedText.slice(f.start, f.end), 160))
            : null,
        ),
      ),
    ),
  );
}

export function renderInteractionDetail(container, ctx, id) {
  const { api, me } = ctx;
  const canReveal = Boolean(me.actions['interaction.reveal']);
  const canInsights = Boolean(me.actions['insights.read']);
  let alive = true;
  /** The only place a revealed original lives: this closure and the panel showing it. */
  let revealed = null;
  let hideTimer = 0;
  const revealBox = h('section', { class: 'card revealed-slot', 'aria-live': 'polite' });

  function clearRevealed() {
    revealed = null;
    clearTimeout(hideTimer);
    revealBox.replaceChildren();
    revealBox.hidden = true;
  }
  clearRevealed();

  fill(container, h('p', { class: 'muted' }, 'Loading…'));

  void (async () => {
    let item;
    try {
      item = await api.getInteraction(id);
    } catch (err) {
      if (!alive || ctx.authFailed(err)) return;
      fill(
        container,
        h('a', { href: '#/interactions', class: 'back' }, '← All interactions'),
        notice('error', err.status === 404 ? 'This interaction does not exist or is not in your scope.' : describeError(err)),
      );
      return;
    }
    if (!alive) return;

    const evidenceSlot = h('div', { class: 'evidence-slot' }, h('p', { class: 'muted' }, 'Select a highlighted span to see why it was redacted.'));
    const showEvidence = (where) => (entity) => fill(evidenceSlot, evidencePanel(entity, where));
    const allEntities = [...item.entities, ...Object.values(item.fieldEntities).flat()];
    const fieldRows = Object.entries(item.fields).map(([name, value]) => {
      const spans = item.fieldEntities[name] ?? [];
      return [h('dt', {}, name), h('dd', {}, typeof value === 'string' ? highlightedText(value, spans, showEvidence(`field “${name}”`)) : String(value))];
    });

    fill(
      container,
      h('a', { href: '#/interactions', class: 'back' }, '← All interactions'),
      h(
        'div',
        { class: 'page-head' },
        h('h2', {}, `${channelLabel(item.channel)} `, h('span', { class: 'mono muted' }, item.id)),
        h(
          'dl',
          { class: 'meta' },
          [
            ['When', formatTime(item.occurredAt), ''],
            ['Agent', item.agentId, 'mono'],
            ['Customer', item.customerRef, 'mono'],
            ['Stored', formatTime(item.createdAt), ''],
          ].map(([term, value, cls]) => h('div', {}, h('dt', {}, term), h('dd', { class: cls || undefined }, value))),
        ),
      ),
      h(
        'div',
        { class: 'detail-grid' },
        h(
          'section',
          { class: 'card', id: 'redacted' },
          h('h3', {}, 'Redacted text'),
          highlightedText(item.redactedText, item.entities, showEvidence('text')),
          fieldRows.length ? [h('h4', {}, 'Channel fields'), h('dl', { class: 'fields' }, fieldRows)] : null,
        ),
        h('aside', { class: 'side' }, h('section', { class: 'card' }, h('h3', {}, 'Legend'), legend(allEntities)), h('section', { class: 'card' }, h('h3', {}, 'Evidence'), evidenceSlot)),
      ),
      canReveal ? revealForm(item) : h('p', { class: 'muted note' }, `Your role (${me.role}) sees redacted text only; originals cannot be revealed.`),
      revealBox,
      canInsights ? insightsSection(item) : null,
    );
  })();

  function revealForm(item) {
    const types = [...new Set([...item.entities, ...Object.values(item.fieldEntities).flat()].map((e) => e.type))].sort();
    const reason = h('textarea', { id: 'reveal-reason', name: 'reason', rows: '2', maxlength: '1000', autocomplete: 'off', placeholder: 'e.g. QA review of ticket 4411: customer disputes the card charged' });
    const typeBoxes = types.map((t) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'types', value: t }), entityLabel(t)));
    const message = h('div', { class: 'form-message' });
    const button = h('button', { type: 'submit', class: 'danger', id: 'reveal-button' }, 'Reveal original');
    const form = h(
      'form',
      { class: 'card reveal-form', id: 'reveal-form', novalidate: true },
      h('h3', {}, 'Reveal the original'),
      h('p', { class: 'audit-warning' }, 'Revealing is audited: your name, this interaction and your reason are written to the tamper-evident audit trail.'),
      h('label', { for: 'reveal-reason' }, 'Reason (required)', reason),
      types.length ? h('fieldset', { class: 'types' }, h('legend', {}, 'Only these types (optional; default all)'), typeBoxes) : null,
      h('div', { class: 'form-actions' }, button),
      message,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const why = reason.value.trim();
      if (!why) {
        fill(message, notice('error', 'A reason is required to reveal an original.'));
        reason.focus();
        return;
      }
      const chosen = typeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
      clearRevealed();
      button.disabled = true;
      fill(message, h('span', { class: 'muted' }, 'Asking the vault…'));
      try {
        const result = await api.reveal(item.id, why, chosen);
        if (!alive) return;
        revealed = result;
        fill(message);
        showRevealed(why);
      } catch (err) {
        if (!alive || ctx.authFailed(err)) return;
        fill(message, notice('error', describeError(err)));
      } finally {
        button.disabled = false;
      }
    });
    return form;
  }

  function showRevealed(reason) {
    if (!revealed) return;
    const fields = Object.entries(revealed.fields ?? {});
    fill(
      revealBox,
      h(
        'div',
        { class: 'revealed-head' },
        h('h3', {}, 'Original (revealed)'),
        h('button', { type: 'button', class: 'secondary', id: 'hide-original', onclick: clearRevealed }, 'Hide original'),
      ),
      h(
        'p',
        { class: 'audit-warning' },
        `This reveal was recorded in the audit trail. ${revealed.revealedCount} value${revealed.revealedCount === 1 ? '' : 's'} restored (${revealed.revealedTypes.map(entityLabel).join(', ') || 'none'}). Reason: `,
        h('q', {}, reason),
        '. Hidden automatically after 5 minutes or when you leave this page.',
      ),
      h('pre', { class: 'original', id: 'original-text' }, revealed.text),
      fields.length ? h('dl', { class: 'fields' }, fields.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])) : null,
    );
    revealBox.hidden = false;
    hideTimer = setTimeout(clearRevealed, REVEAL_VISIBLE_MS);
  }

  function insightsSection(item) {
    const body = h('div', { class: 'insights-body' }, h('p', { class: 'muted' }, 'Loading insights…'));
    void (async () => {
      try {
        const result = await api.insights(item.id);
        if (!alive) return;
        fill(
          body,
          h(
            'div',
            { class: 'insight-columns' },
            findingList('Compliance flags', result.flags, item.redactedText),
            findingList('Risk signals', result.risk, item.redactedText),
            h(
              'div',
              { class: 'insight-group' },
              h('h4', {}, 'Topics'),
              result.topics.length
                ? h('ul', { class: 'topics' }, result.topics.map((t) => h('li', {}, h('strong', {}, t.label), h('span', { class: 'muted' }, ` ${Math.round(t.score * 100) / 100}`), t.matched.length ? h('span', { class: 'muted' }, ` — ${t.matched.join(', ')}`) : null)))
                : h('p', { class: 'muted' }, 'None.'),
            ),
          ),
        );
      } catch (err) {
        if (!alive || ctx.authFailed(err)) return;
        if (err.status === 403 && err.code === 'consent_required') {
          fill(body, notice('info', 'The customer has not consented to AI processing, so no insights are computed for this interaction.'));
        } else fill(body, notice('error', describeError(err)));
      }
    })();
    return h('section', { class: 'card', id: 'insights' }, h('h3', {}, 'Insights'), body);
  }

  return () => {
    alive = false;
    clearRevealed();
  };
}
