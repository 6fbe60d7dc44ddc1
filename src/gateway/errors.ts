/**
 * A refusal or failure of the gateway with the HTTP status it maps to. Messages name types, counts
 * and setting names only, never a value from a prompt or an answer.
 */
export class GatewayError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Machine-readable reason (`consent_required`, `upstream_error`, ...). */
    readonly code: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export class GatewayInputError extends GatewayError {
  constructor(message: string) {
    super(400, message, 'invalid_request');
    this.name = 'GatewayInputError';
  }
}

/** The customer has not consented to the purpose the request needs. */
export class ConsentRequiredError extends GatewayError {
  constructor(readonly purpose: string, message: string) {
    super(403, message, 'consent_required');
    this.name = 'ConsentRequiredError';
  }
}
