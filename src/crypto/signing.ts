import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** Ed25519 signatures for audit checkpoints. */
export interface Signer {
  sign(data: Buffer | string): string;
  verify(data: Buffer | string, signatureBase64: string): boolean;
  publicKeyPem(): string;
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function signerFromPem(privatePem: string): Signer {
  const privateKey = createPrivateKey(privatePem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('audit signing key must be Ed25519');
  const publicKey = createPublicKey(privateKey);
  return {
    sign: (data) => sign(null, toBuffer(data), privateKey).toString('base64'),
    verify: (data, signature) => verifyWith(publicKey, data, signature),
    publicKeyPem: () => publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Checks a signature against a public key given as PEM (offline export verification). */
export function verifyEd25519(publicKeyPem: string, data: Buffer | string, signatureBase64: string): boolean {
  return verifyWith(createPublicKey(publicKeyPem), data, signatureBase64);
}

function verifyWith(publicKey: KeyObject, data: Buffer | string, signatureBase64: string): boolean {
  try {
    return verify(null, toBuffer(data), publicKey, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

function toBuffer(data: Buffer | string): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}
