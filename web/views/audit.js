/** The audit trail (compliance): entries with filters, and the verification of the hash chain. */
import { describeError } from '../api.js';
import { fill, formatTime, h, localInputToIso, notice } from '../dom.js';

function detailsText(details) {
  const entries = Object.entries(details ?? {});
  if (!entries.length) return '';
  return entries.map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' ');
}

export function renderAudit(container, ctx) {
  const { api } = ctx;
  let alive = true;
  const actor = h('input', { id: 'a-actor', type: 'text', placeholder: 'user id', autocomplete: 'off' });
  const action = h('input', { id: 'a-action', type: 'text', placeholder: 'e.g. interaction.reveal', autocomplete: 'off', list: 'a-actions' });
  const knownActions = h(
    'datalist',
    { id: 'a-actions' },
    ['interaction.read', 'interaction.reveal', 'interaction.ingest', 'audit.read', 'audit.verify', 'user.create', 'user.key.issue', 'user.key.revoke'].map((a) => h('option', { value: a })),
  );
  const from = h('input', { id: 'a-from', type: 'datetime-local' });
  const to = h('input', { id: 'a-to', type: 'datetime-local' });
  const limit = h('input', { id: 'a-limit', type: 'number', min: '1', max: '10000', value: '100' });
  const verifyBox = h('div', { class: 'verify', id: 'audit-verify' }, h('span', { class: 'muted' }, 'Verifying the chain…'));
  const status = h('div', { class: 'list-status' });
  const tbody = h('tbody');

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the audit trail' },
    h('label', { for: 'a-actor' }, 'Actor', actor),
    h('label', { for: 'a-action' }, 'Action', action, knownActions),
    h('label', { for: 'a-from' }, 'From', from),
    h('label', { for: 'a-to' }, 'To', to),
    h('label', { for: 'a-limit', class: 'narrow' }, 'Limit', limit),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply')),
  );

  async function verify() {
    fill(verifyBox, h('span', { class: 'muted' }, 'Verifying the chain…'));
    try {
      const r = await api.verifyAudit();
      if (!alive) return;
      const checkpoint = r.lastCheckpoint
        ? ` Last signed checkpoint: entry ${r.lastCheckpoint.seq} at ${formatTime(r.lastCheckpoint.time)} (key ${r.lastCheckpoint.keyId}).`
        : ' No signed checkpoint yet.';
      fill(
        verifyBox,
        r.ok
          ? notice('ok', h('strong', {}, 'Chain intact. '), `${r.count} entries verified.${checkpoint}`)
          : notice('error', h('strong', {}, 'Chain broken. '), `First bad entry: ${r.firstBad?.seq ?? '?'} (${r.firstBad?.problem ?? 'unknown problem'}). ${r.count} entries checked.${checkpoint}`),
        h('button', { type: 'button', class: 'secondary', onclick: () => void verify() }, 'Verify again'),
      );
    } catch (err) {
      if (!alive || ctx.authFailed(err)) return;
      fill(verifyBox, notice('error', describeError(err)));
    }
  }

  async function load() {
    const lim = Number(limit.value || '100');
    if (!Number.isInteger(lim) || lim < 1 || lim > 10000) {
      fill(status, notice('error', 'Limit must be a whole number from 1 to 10000.'));
      return;
    }
    if ((from.value && !localInputToIso(from.value)) || (to.value && !localInputToIso(to.value))) {
      fill(status, notice('error', 'From and To must be valid dates.'));
      return;
    }
    fill(status, h('span', { class: 'muted' }, 'Loading…'));
    try {
      const { entries } = await api.audit({
        actor: actor.value.trim() || undefined,
        action: action.value.trim() || undefined,
        from: localInputToIso(from.value),
        to: localInputToIso(to.value),
        limit: String(lim),
      });
      if (!alive) return;
      tbody.replaceChildren(
        ...entries.map((e) =>
          h(
            'tr',
            { class: `outcome-${e.outcome}` },
            h('td', { class: 'num' }, String(e.seq)),
            h('td', { class: 'nowrap' }, formatTime(e.time)),
            h('td', { class: 'mono' }, e.actor),
            h('td', { class: 'mono' }, e.action),
            h('td', { class: 'mono' }, e.target ?? ''),
            h('td', {}, h('span', { class: `chip outcome ${e.outcome}` }, e.outcome)),
            h('td', { class: 'reason' }, e.reason ?? ''),
            h('td', { class: 'mono small' }, detailsText(e.details)),
            h('td', { class: 'mono small hash', title: `previous ${e.prevHash}` }, e.hash.slice(0, 12)),
          ),
        ),
      );
      fill(status, entries.length ? h('span', { class: 'muted' }, `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`) : notice('info', 'No entries match these filters.'));
    } catch (err) {
      if (!alive || ctx.authFailed(err)) return;
      fill(status, notice('error', describeError(err)));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });

  fill(
    container,
    h('div', { class: 'page-head' }, h('h2', {}, 'Audit trail'), h('p', { class: 'muted' }, 'Append-only and hash-chained. Reading it is itself recorded.')),
    verifyBox,
    form,
    status,
    h(
      'table',
      { class: 'grid', id: 'audit-list' },
      h('thead', {}, h('tr', {}, ['#', 'Time', 'Actor', 'Action', 'Target', 'Outcome', 'Reason', 'Details', 'Hash'].map((t) => h('th', { scope: 'col' }, t)))),
      tbody,
    ),
  );
  void verify().then(() => load());
  return () => {
    alive = false;
  };
}
