import { detect } from '../detect/index.js';
import { applyOperators, applyOperatorsAsync } from './apply.js';
import type { AsyncRedactOptions, RedactOptions, RedactResult } from './types.js';

function detectFor(text: string, options: RedactOptions | AsyncRedactOptions) {
  const detectOptions = options.types === undefined ? options.detectOptions : { ...options.detectOptions, types: options.types };
  return detect(text, detectOptions);
}

/** detect, then the operators: the one call most callers need. */
export function redactText(text: string, options: RedactOptions = {}): RedactResult {
  return applyOperators(text, detectFor(text, options), options);
}

export function redactTextAsync(text: string, options: AsyncRedactOptions = {}): Promise<RedactResult> {
  return applyOperatorsAsync(text, detectFor(text, options), options);
}
