/**
 * Errors carry token ids and counts only, never a value or a subject reference. Their `token`
 * field holds the safe form too: a logger serializing an error's own fields finds no raw value.
 */
export class TokenNotFoundError extends Error {
  readonly code = 'token_not_found';
  readonly token: string;
  constructor(token: string) {
    super(`unknown token ${safeToken(token)}`);
    this.token = safeToken(token);
    this.name = 'TokenNotFoundError';
  }
}

export class SubjectErasedError extends Error {
  readonly code = 'subject_erased';
  readonly token: string;
  constructor(token: string, readonly erasedAt: string) {
    super(`the data subject of token ${safeToken(token)} was erased at ${erasedAt}; its values are destroyed`);
    this.token = safeToken(token);
    this.name = 'SubjectErasedError';
  }
}

export class VaultInputError extends Error {
  readonly code = 'invalid_input';
  constructor(message: string) {
    super(message);
    this.name = 'VaultInputError';
  }
}

/** A caller might pass a raw value where a token belongs; echo it only if it looks like a token. */
function safeToken(token: string): string {
  return /^tok_[a-z]+_[a-z2-7]{1,40}$/.test(token) ? token : '(malformed token)';
}
