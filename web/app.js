/**
 * The reviewer console: sign in with an API key, then hash routes. Every view returns a dispose
 * function that the router calls before showing the next one, which is where a revealed original
 * is dropped from memory and from the page.
 */
import { createApi, describeError } from './api.js';
import { fill, h, notice } from './dom.js';
import { forgetKey, storedKey, storeKey } from './session.js';
import { renderAudit } from './views/audit.js';
import { renderInteractionDetail, renderInteractionList, resetListFilters } from './views/interactions.js';
import { renderRedact } from './views/redact.js';

const ROLE_LABELS = { agent: 'Agent', qa_lead: 'QA lead', analyst: 'Analyst', compliance: 'Compliance', admin: 'Admin' };

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');

let session = null; // { api, me }
let dispose = () => {};

function tabs(me) {
  const list = [];
  if (me.actions['interaction.read']) list.push(['#/interactions', 'Interactions']);
  if (me.actions['audit.read']) list.push(['#/audit', 'Audit trail']);
  if (me.actions.redact) list.push(['#/redact', 'Redact a text']);
  return list;
}

function signOut(message) {
  dispose();
  dispose = () => {};
  session = null;
  forgetKey();
  resetListFilters();
  showSignIn(message);
}

/** A 401 anywhere means the key is gone: back to sign-in. Returns true when it handled the error. */
function authFailed(err) {
  if (err && err.status === 401) {
    signOut('Your API key was refused (invalid or revoked). Sign in again.');
    return true;
  }
  return false;
}

function navigate(hash) {
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

function route() {
  dispose();
  dispose = () => {};
  if (!session) return;
  const { me } = session;
  const available = tabs(me);
  const hash = window.location.hash || '';
  for (const link of nav.querySelectorAll('a')) link.classList.toggle('active', hash.startsWith(link.getAttribute('href')));
  const ctx = { api: session.api, me, navigate, authFailed };
  const detail = /^#\/interactions\/([^/?#]+)$/.exec(hash);
  if (detail && me.actions['interaction.read']) {
    dispose = renderInteractionDetail(main, ctx, decodeURIComponent(detail[1]));
  } else if (hash === '#/interactions' && me.actions['interaction.read']) {
    dispose = renderInteractionList(main, ctx);
  } else if (hash === '#/audit' && me.actions['audit.read']) {
    dispose = renderAudit(main, ctx);
  } else if (hash === '#/redact' && me.actions.redact) {
    dispose = renderRedact(main, ctx);
  } else if (available.length) {
    navigate(available[0][0]);
  } else {
    fill(main, notice('info', `Your role (${ROLE_LABELS[me.role] ?? me.role}) has no views in this console.`));
  }
}

function showSignedIn() {
  const { me } = session;
  fill(nav, tabs(me).map(([href, label]) => h('a', { href }, label)));
  nav.hidden = false;
  fill(
    who,
    h('span', { class: 'who-name' }, me.name),
    h('span', { class: `role role-${me.role}` }, ROLE_LABELS[me.role] ?? me.role),
    h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: () => signOut() }, 'Sign out'),
  );
  who.hidden = false;
  route();
}

async function signIn(apiKey) {
  const api = createApi(apiKey);
  const me = await api.me();
  session = { api, me };
  return session;
}

function showSignIn(message) {
  nav.hidden = true;
  who.hidden = true;
  nav.replaceChildren();
  who.replaceChildren();
  const keyInput = h('input', { id: 'api-key', name: 'apiKey', type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'ck_…', required: true });
  const feedback = h('div', { class: 'form-message' }, message ? notice('error', message) : null);
  const button = h('button', { type: 'submit', class: 'primary', id: 'sign-in' }, 'Sign in');
  const form = h(
    'form',
    { class: 'card signin', id: 'signin-form' },
    h('h2', {}, 'Sign in'),
    h('p', { class: 'muted' }, 'Enter your Custos API key. It is kept for this browser tab only and sent to the API as a bearer token.'),
    h('label', { for: 'api-key' }, 'API key', keyInput),
    h('div', { class: 'form-actions' }, button),
    feedback,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const apiKey = keyInput.value.trim();
    if (!apiKey) {
      fill(feedback, notice('error', 'Enter an API key.'));
      return;
    }
    button.disabled = true;
    fill(feedback, h('span', { class: 'muted' }, 'Checking…'));
    try {
      await signIn(apiKey);
      storeKey(apiKey);
      keyInput.value = '';
      showSignedIn();
    } catch (err) {
      fill(feedback, notice('error', describeError(err)));
    } finally {
      button.disabled = false;
    }
  });
  fill(main, form);
  keyInput.focus();
}

window.addEventListener('hashchange', route);
// Leaving the page (or the browser freezing it) drops whatever the current view holds.
window.addEventListener('pagehide', () => {
  dispose();
  dispose = () => {};
});

async function start() {
  const key = storedKey();
  if (!key) return showSignIn();
  try {
    await signIn(key);
    showSignedIn();
  } catch (err) {
    forgetKey();
    showSignIn(err && err.status === 401 ? 'Your saved API key was refused. Sign in again.' : describeError(err));
  }
}

void start();
