import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export function tlsPaths(dataDir: string): { dir: string; cert: string; key: string } {
  const dir = join(dataDir, 'tls');
  return { dir, cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
}

/**
 * A self-signed certificate for loopback and this host's name, so `custos serve` speaks TLS from
 * the first start. node:crypto cannot build X.509, hence `selfsigned` (pure JavaScript, no binary).
 * Production replaces it with `--tls-cert/--tls-key`.
 */
export async function createSelfSignedCertificate(dataDir: string, hostnames: readonly string[] = ['localhost']): Promise<string[]> {
  const paths = tlsPaths(dataDir);
  if (existsSync(paths.cert) || existsSync(paths.key)) throw new Error(`refusing to overwrite the TLS certificate in ${paths.dir}`);
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'custos' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 825 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...hostnames.map((value) => ({ type: 2 as const, value })), { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }],
      },
    ],
  });
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  writeFileSync(paths.key, pems.private, { mode: 0o600 });
  chmodSync(paths.key, 0o600);
  writeFileSync(paths.cert, pems.cert, { mode: 0o644 });
  return [paths.cert, paths.key];
}

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
  /** SHA-256 fingerprint of the certificate, colon-separated hex (what browsers and openssl show). */
  fingerprint: string;
}

export function loadTls(certFile: string, keyFile: string): TlsMaterial {
  const cert = readFileSync(certFile);
  const key = readFileSync(keyFile);
  return { cert, key, fingerprint: new X509Certificate(cert).fingerprint256 };
}
