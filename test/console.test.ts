/**
 * The reviewer console against the real `custos serve` (HTTPS, SQLite) in headless Chromium: how
 * its files are served (types, CSP, no traversal), then sign-in, the list, the redacted view with
 * its legend and evidence, the audited reveal as a QA lead (and that the original never reaches
 * storage or the URL and leaves the page on navigation), an agent's scope, the audit view and the
 * paste-and-redact box. The page must run without a single CSP violation or script error.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONSOLE_CSP } from '../src/server/routes/console.js';
import { envFor, initInstallation, startServer, type RunningServer } from './support/custos-server.js';

const CHROMIUM = process.env.CUSTOS_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true';
if (!haveChromium && !mustRun) console.warn(`console.test: ${CHROMIUM} not found, browser test skipped (apt-get install chromium; CI=true makes this a failure)`);

const CARD = '4111 1111 1111 1111';
const CARD_DIGITS = '4111111111111111';
const EMAIL = 'maria.gonzalez@example.org';
const OTHER_EMAIL = 'li.wei.b-agent@example.net';
const PASTE_EMAIL = 'pasted.person@example.com';
const ASR_TEXT = `agent: thank you for calling, can I have your card number please. customer: sure it is ${CARD}. you can email me at ${EMAIL}. agent: I cannot see the charge, let me check with my supervisor.`;
const CHAT_TEXT = `Hi, this is about my order 7781. Reach me at ${OTHER_EMAIL} please.`;
const REASON = 'QA review of disputed charge, ticket 4411';

describe.skipIf(!haveChromium && !mustRun)('reviewer console in Chromium', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const problems: string[] = [];
  const people = {} as Record<'agentA' | 'agentB' | 'qa' | 'compliance', { id: string; key: string }>;
  let adminKey = '';
  let asrId = '';
  let chatId = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'custos-console-'));
    const installation = initInstallation(dataDir, envFor({}));
    adminKey = installation.adminKey;
    server = await startServer(installation, ['--lockout-failures', '100000', '--rate-limit', '100000']);
    base = `https://127.0.0.1:${server.port}`;
    for (const [who, role] of [
      ['agentA', 'agent'],
      ['agentB', 'agent'],
      ['qa', 'qa_lead'],
      ['compliance', 'compliance'],
    ] as const) {
      const r = await server.call('POST', '/v1/users', { key: installation.adminKey, body: { name: `Console ${who}`, role } });
      expect(r.status).toBe(201);
      people[who] = { id: r.body.id, key: r.body.apiKey };
    }
    const asr = await server.call('POST', '/v1/interactions', {
      key: people.agentA.key,
      body: { channel: 'asr', agentId: people.agentA.id, customerRef: 'CUST-7001', text: ASR_TEXT, occurredAt: '2026-03-01T10:00:00Z' },
    });
    expect(asr.status).toBe(201);
    asrId = asr.body.id;
    const chat = await server.call('POST', '/v1/interactions', {
      key: people.agentB.key,
      body: { channel: 'chat', agentId: people.agentB.id, customerRef: 'CUST-7002', text: CHAT_TEXT, occurredAt: '2026-03-02T10:00:00Z' },
    });
    expect(chat.status).toBe(201);
    chatId = chat.body.id;
    const consent = await server.call('POST', '/v1/subjects/CUST-7001/consents', {
      key: people.compliance.key,
      body: { purpose: 'ai_processing', granted: true, source: 'console test' },
    });
    expect(consent.status).toBe(201);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--ignore-certificate-errors'],
    });
    context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    // Fail a missing element in seconds, not after the 30 s default.
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      // A refused API call (401, 404) is logged by Chromium itself and is expected here.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves its files with the right types and a strict CSP, and nothing outside web/', async () => {
    const redirect = await server.call('GET', '/console');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/console/');
    const index = await server.call('GET', '/console/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.text).toContain('<script type="module" src="app.js">');
    expect(index.text).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/i);
    const script = await server.call('GET', '/console/views/interactions.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await server.call('GET', '/console/console.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await server.call('GET', '/console/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
    for (const path of [
      '/console/../package.json',
      '/console/%2e%2e/package.json',
      '/console/..%2fpackage.json',
      '/console/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/console/views/../../package.json',
      '/console/..\\package.json',
      '/console/nope.js',
      '/console/views',
    ]) {
      const r = await server.call('GET', path);
      expect([400, 404], path).toContain(r.status);
      expect(r.text, path).not.toContain('"dependencies"');
      expect(r.text, path).not.toContain('root:');
    }
  });

  async function signIn(key: string) {
    await page.goto(`${base}/console/`);
    await page.locator('#api-key').fill(key);
    await page.locator('#sign-in').click();
    await page.locator('#sign-out').waitFor();
  }

  async function signOut() {
    await page.locator('#sign-out').click();
    await page.locator('#api-key').waitFor();
  }

  /** Screenshots only on request (development): CUSTOS_CONSOLE_SCREENSHOT=/tmp/console.png. */
  async function shot(name: string) {
    const path = process.env.CUSTOS_CONSOLE_SCREENSHOT;
    if (!path) return;
    await page.screenshot({ path: name === 'detail' ? path : path.replace(/\.png$/, `-${name}.png`), fullPage: true });
  }

  async function storageDump(): Promise<string> {
    return page.evaluate<string>('JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage), location.href, document.cookie])');
  }

  it('rejects a bad key with a clear message', async () => {
    await page.goto(`${base}/console/`);
    await page.locator('#api-key').fill(`ck_${'x'.repeat(43)}`);
    await page.locator('#sign-in').click();
    await expect.poll(() => page.locator('.notice-error').textContent()).toContain('invalid or has been revoked');
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('as a QA lead: lists, shows the redacted text with legend and evidence, reveals with a reason', async () => {
    await signIn(people.qa.key);
    expect(await page.locator('.who-name').textContent()).toBe('Console qa');
    // The key is kept for the tab only, not in localStorage.
    expect(await page.evaluate<[string | null, number]>("[sessionStorage.getItem('custos.apiKey'), localStorage.length]")).toEqual([people.qa.key, 0]);
    const rows = page.locator('#interaction-list tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await shot('list');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual([chatId, asrId]);

    // Filters go to the API: only the chat channel.
    await page.locator('#f-channel').selectOption('chat');
    await page.locator('.filters button[type=submit]').click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('.filters button[type=reset]').click();
    await expect.poll(() => rows.count()).toBe(2);

    await page.locator(`#interaction-list tr[data-id="${asrId}"]`).click();
    await page.locator('#redacted .redacted-text').waitFor();
    expect(page.url()).toBe(`${base}/console/#/interactions/${asrId}`);
    const body = await page.locator('body').innerText();
    expect(body).toContain('[CREDIT_CARD]');
    expect(body).toContain('[EMAIL_ADDRESS]');
    expect(body).not.toContain(CARD);
    expect(body).not.toContain(EMAIL);
    expect(await page.content()).not.toContain(CARD);
    const cardMark = page.locator('#redacted mark.ent[data-type="CREDIT_CARD"]');
    expect(await cardMark.textContent()).toBe('[CREDIT_CARD]');
    expect(await page.locator('ul.legend').innerText()).toContain('Card number');
    await cardMark.click();
    const evidence = await page.locator('.evidence').innerText();
    expect(evidence).toContain('Card number');
    expect(evidence).toMatch(/characters \d+–\d+ of the redacted text/);
    await expect.poll(() => page.locator('#insights').innerText()).toMatch(/Compliance flags[\s\S]*Risk signals[\s\S]*Topics/);

    // The reason is required before anything is asked of the API.
    await page.locator('#reveal-button').click();
    await expect.poll(() => page.locator('#reveal-form .notice-error').textContent()).toContain('reason is required');
    expect(await page.locator('#original-text').count()).toBe(0);
    expect(await page.locator('#reveal-form').innerText()).toContain('audited');

    await page.locator('#reveal-reason').fill(REASON);
    await page.locator('#reveal-button').click();
    await page.locator('#original-text').waitFor();
    expect(await page.locator('#original-text').textContent()).toBe(ASR_TEXT);
    expect(await page.locator('.revealed-slot').innerText()).toContain('recorded in the audit trail');
    await shot('detail');
    // Never in storage, the URL or a cookie.
    const stored = await storageDump();
    expect(stored).not.toContain(CARD);
    expect(stored).not.toContain(CARD_DIGITS);
    expect(stored).not.toContain(EMAIL);

    // Hiding it takes it off the page.
    await page.locator('#hide-original').click();
    expect(await page.content()).not.toContain(CARD);

    // Only the chosen types: the email comes back, the card stays a label.
    await page.locator('#reveal-form input[value="EMAIL_ADDRESS"]').check();
    await page.locator('#reveal-button').click();
    await page.locator('#original-text').waitFor();
    const partial = await page.locator('#original-text').textContent();
    expect(partial).toContain(EMAIL);
    expect(partial).toContain('[CREDIT_CARD]');
    expect(partial).not.toContain(CARD);
    await page.locator('#reveal-form input[value="EMAIL_ADDRESS"]').uncheck();

    // Reveal again, then navigate away: the original is gone from the page, also after going back.
    await page.locator('#reveal-button').click();
    await page.locator('#original-text').waitFor();
    await page.locator('a.back').click();
    await page.locator('#interaction-list').waitFor();
    expect(await page.content()).not.toContain(CARD);
    await page.goBack();
    await page.locator('#redacted .redacted-text').waitFor();
    expect(await page.locator('#original-text').count()).toBe(0);
    expect(await page.content()).not.toContain(CARD);
    expect(await storageDump()).not.toContain(CARD);
    // A reload keeps the tab signed in (key in sessionStorage) and brings back no original.
    await page.reload();
    await page.locator('#redacted .redacted-text').waitFor();
    expect(await page.locator('#sign-out').count()).toBe(1);
    expect(await page.content()).not.toContain(CARD);
    await signOut();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it("as an agent: only their own interactions, another agent's reads as not found, no reveal", async () => {
    await signIn(people.agentB.key);
    const rows = page.locator('#interaction-list tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-id')).toBe(chatId);
    expect(await page.locator('#f-agent').count()).toBe(0);
    expect(await page.locator('nav').innerText()).not.toContain('Audit');
    await rows.first().click();
    await page.locator('#redacted').waitFor();
    expect(await page.locator('#reveal-form').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(OTHER_EMAIL);

    await page.goto(`${base}/console/#/interactions/${asrId}`);
    await expect.poll(() => page.locator('.notice-error').textContent()).toContain('does not exist or is not in your scope');
    expect(await page.locator('body').innerText()).not.toContain('[CREDIT_CARD]');
    await signOut();
  });

  it('as compliance: the audit trail shows the reveal with its reason and the chain verifies', async () => {
    await signIn(people.compliance.key);
    await page.locator('nav a[href="#/audit"]').click();
    await expect.poll(() => page.locator('#audit-verify').innerText()).toContain('Chain intact');
    await page.locator('#a-action').fill('interaction.reveal');
    await page.locator('.filters button[type=submit]').click();
    const rows = page.locator('#audit-list tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await shot('audit');
    const text = await page.locator('#audit-list').innerText();
    expect(text).toContain(REASON);
    expect(text).toContain(people.qa.id);
    expect(text).toContain(asrId);
    expect(text).not.toContain(CARD);
    await signOut();
  });

  it('pastes and redacts a text through the API, and clears it on leaving', async () => {
    await signIn(people.agentA.key);
    await page.locator('nav a[href="#/redact"]').click();
    await page.locator('#redact-input').fill(`Please write to ${PASTE_EMAIL} about card ${CARD}.`);
    await page.locator('.redact-form button[type=submit]').click();
    const out = page.locator('#redact-output .redacted-text');
    await out.waitFor();
    expect(await out.textContent()).toBe('Please write to [EMAIL_ADDRESS] about card [CREDIT_CARD].');
    expect(await page.locator('#redact-output mark.ent').count()).toBe(2);
    await shot('redact');
    await page.locator('nav a[href="#/interactions"]').click();
    await page.locator('#interaction-list').waitFor();
    expect(await page.content()).not.toContain(PASTE_EMAIL);
    await signOut();
  });

  it('sends a user whose key is revoked mid-session back to sign-in, with the reason', async () => {
    await signIn(people.agentA.key);
    await page.locator('#interaction-list tbody tr').first().waitFor();
    const revoked = await server.call('DELETE', `/v1/users/${people.agentA.id}/keys`, { key: adminKey });
    expect(revoked.status).toBe(200);
    await page.locator(`#interaction-list tr[data-id="${asrId}"]`).click();
    await page.locator('#api-key').waitFor();
    expect(await page.locator('#signin-form .notice-error').textContent()).toContain('refused');
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
