export { createVault } from './vault.js';
export type {
  Vault,
  CreateVaultOptions,
  TokenizeItem,
  TxOptions,
  DetokenizedValue,
  SubjectToken,
  ErasureReceipt,
  KeyVersionStatus,
  RotationReport,
} from './vault.js';
export { TokenNotFoundError, SubjectErasedError, VaultInputError } from './errors.js';
export { vaultMigrations } from './migrations.js';
export { TOKEN_PREFIX, TOKEN_PATTERN, VAULT_ENTITY_TYPES, isVaultEntityType, canonicalValue } from './tokens.js';
