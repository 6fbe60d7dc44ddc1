export { POLICY, ACTIONS, ROLES, can, scopeOf, isAction, isRole } from './policy.js';
export type { Action, Principal, PolicyRule, Resource, Role, Scope } from './policy.js';
export { createAccess, credentialFrom, isWellFormedApiKey, DEFAULT_LOCKOUT, UnknownUserError } from './access.js';
export type { Access, AccessOptions, AuthFailure, AuthResult, IssuedKey, LockoutOptions, User } from './access.js';
export { accessMigrations } from './migrations.js';
