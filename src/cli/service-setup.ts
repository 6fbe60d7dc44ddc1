/**
 * What `custos init` adds for the HTTPS service: the first admin (its API key printed once, on a
 * line of its own) and a self-signed TLS certificate for `custos serve`.
 */
import { existsSync } from 'node:fs';
import type { Custos } from '../app/index.js';
import { writeOut } from './text-io.js';

export async function createFirstAdmin(custos: Custos): Promise<string[]> {
  if ((await custos.access.countUsers('admin')) > 0) return [];
  const { user, apiKey } = await custos.access.createUser({ name: 'admin', role: 'admin' });
  await custos.audit.record({ actor: 'cli:init', action: 'user.create', target: user.id, outcome: 'ok', details: { role: 'admin' } });
  // The only time the key is shown: only its keyed hash is stored.
  await writeOut(`CUSTOS_ADMIN_KEY=${apiKey}\n`);
  return [`admin user ${user.id}`];
}

export async function createTlsCertificate(custos: Custos): Promise<string[]> {
  const { createSelfSignedCertificate, tlsPaths } = await import('../server/index.js');
  if (existsSync(tlsPaths(custos.dataDir).cert)) return [];
  return createSelfSignedCertificate(custos.dataDir);
}
