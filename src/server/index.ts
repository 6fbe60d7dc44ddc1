export { buildServer, DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT, SAFE_LOG_SERIALIZERS } from './server.js';
export type { RouteGroup, ServerOptions } from './server.js';
export { principalOf } from './context.js';
export type { RouteOptions } from './context.js';
export { HttpError } from './errors.js';
export { createSelfSignedCertificate, loadTls, tlsPaths } from './tls.js';
export type { TlsMaterial } from './tls.js';
