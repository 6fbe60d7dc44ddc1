// Package entry: the detection engine and the redaction operators as a library.
export * from './detect/index.js';
export * from './transform/index.js';
