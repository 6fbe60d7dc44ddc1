// The LLM gateway, sub-processors and insights routes end to end on PostgreSQL (mandatory with CI=true).
import { describe, it } from 'vitest';
import { postgresBackend, postgresReachable } from './support/backends.js';
import { gatewaySuite } from './support/gateway-suite.js';

if (await postgresReachable()) gatewaySuite(postgresBackend());
else describe.skip('LLM gateway on postgres (PostgreSQL not reachable; CI=true would fail)', () => it('skipped', () => {}));
