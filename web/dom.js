/**
 * DOM building from nodes and text only. Customer-derived strings (redacted text, audit details,
 * API messages) always become text nodes, never markup: the page's CSP enforces Trusted Types, so
 * an HTML sink fed a string would throw rather than render.
 */

/**
 * h('button', { class: 'primary', onclick: fn, disabled: true }, 'Save')
 * Attributes: `class`, `dataset` (object), `on<event>` (listener), booleans set/unset the attribute,
 * anything else is set with setAttribute. Children: nodes, strings (as text), null/false skipped, arrays flattened.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside `el` with `children`. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A timestamp as `2026-03-01 10:00:05 UTC`: one zone for every reviewer, whatever their machine says. */
export function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A `datetime-local` input's value (local time) as ISO 8601, or undefined when empty or invalid. */
export function localInputToIso(value) {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A message box: kind is `error`, `info` or `ok`. */
export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}
