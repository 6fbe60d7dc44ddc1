export { seal, open, sealedKeyVersion, generateDataKey, DecryptionError, SEALED_FORMAT_VERSION } from './aead.js';
export { FileKekProvider, EnvKekProvider, KeyVersionUnavailableError, createKekFile, writeSecretFile } from './kek.js';
export type { KekProvider, KekVersionInfo, WrappedKey } from './kek.js';
export { indexKeyFrom, deriveKey } from './hmac.js';
export type { IndexKey } from './hmac.js';
export { signerFromPem, generateSigningKeyPem, verifyEd25519 } from './signing.js';
export type { Signer } from './signing.js';
export { initKeys, loadKeys, keyPaths, keysExist, KeysMissingError } from './keyring.js';
export type { Keys, KeyOptions } from './keyring.js';
