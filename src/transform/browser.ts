// The browser-safe door of transform: everything except the node:crypto hasher. A `hash` operator
// here needs a `hasher` function from the caller.
export { applyOperators, applyOperatorsAsync, prepareSpans, operatorFor } from './apply.js';
export { redactText as redact, redactTextAsync as redactAsync } from './redact.js';
export { createPseudonymizer, type Pseudonymizer, type PseudonymEntry } from './pseudonymizer.js';
export { labelOperator, maskOperator, partialOperator, hashOperator, pseudonymOperator, reidentifyText } from './operators.js';
export { normaliseValue, isDigitType } from './normalize.js';
export * from './types.js';
