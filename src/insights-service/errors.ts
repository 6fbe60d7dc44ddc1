/** Bad input to an insights, knowledge-base or assist call: HTTP 400. Messages carry no customer value. */
export class InsightsInputError extends Error {
  override readonly name = 'InsightsInputError';
}

/** The customer has not consented to AI processing: the interaction is left out of AI features (HTTP 403). */
export class AiConsentMissingError extends Error {
  override readonly name = 'AiConsentMissingError';
  readonly purpose = 'ai_processing';
}

export class ArticleNotFoundError extends Error {
  override readonly name = 'ArticleNotFoundError';
}
