/**
 * The public Custos API, called with the signed-in user's key. Responses are never cached by the
 * browser (`no-store`), and error messages come from the server, which keeps values out of them.
 */

export class ApiError extends Error {
  constructor(status, message, code) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

const STATUS_HINTS = {
  0: 'The server could not be reached.',
  400: 'The request was refused as invalid.',
  401: 'Your API key is invalid or has been revoked.',
  403: 'Your role is not allowed to do this.',
  404: 'Not found, or not in your scope.',
  410: 'The originals have been erased.',
  413: 'The text is too large.',
  429: 'Too many requests; wait a moment and try again.',
  500: 'The server failed; the error has been logged by type.',
  503: 'The server is shutting down; try again shortly.',
};

/** A sentence for people: the status's meaning plus the server's own message when it has one. */
export function describeError(err) {
  if (!(err instanceof ApiError)) return 'Something went wrong in the console.';
  const hint = STATUS_HINTS[err.status] ?? `The server answered ${err.status}.`;
  return err.message && err.message !== hint ? `${hint} (${err.status}: ${err.message})` : hint;
}

export function createApi(apiKey) {
  async function call(method, path, { query, body } = {}) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      throw new ApiError(0, '');
    }
    let payload;
    try {
      payload = await response.json();
    } catch {
      payload = undefined;
    }
    if (!response.ok) {
      const message = payload && typeof payload.message === 'string' ? payload.message : '';
      const code = payload && typeof payload.code === 'string' ? payload.code : undefined;
      throw new ApiError(response.status, message, code);
    }
    return payload;
  }

  return {
    me: () => call('GET', '/v1/me'),
    listInteractions: (filters) => call('GET', '/v1/interactions', { query: filters }),
    getInteraction: (id) => call('GET', `/v1/interactions/${encodeURIComponent(id)}`),
    reveal: (id, reason, types) =>
      call('POST', `/v1/interactions/${encodeURIComponent(id)}/reveal`, { body: types && types.length ? { reason, types } : { reason } }),
    insights: (id) => call('GET', `/v1/interactions/${encodeURIComponent(id)}/insights`),
    audit: (filters) => call('GET', '/v1/audit', { query: filters }),
    verifyAudit: () => call('GET', '/v1/audit/verify'),
    redact: (text, operator) => call('POST', '/v1/redact', { body: { text, operator } }),
  };
}
