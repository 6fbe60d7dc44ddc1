// The privacy commands through the real binary on PostgreSQL (mandatory with CI=true).
import { describe, it } from 'vitest';
import { postgresBackend, postgresReachable } from './support/backends.js';
import { privacyCliSuite } from './support/privacy-cli-suite.js';

if (await postgresReachable()) privacyCliSuite(postgresBackend());
else describe.skip('privacy commands on postgres (PostgreSQL not reachable; CI=true would fail)', () => it('skipped', () => {}));
