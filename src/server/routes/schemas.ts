import { Type, type TUnsafe } from '@fastify/type-provider-typebox';
import { ENTITY_TYPES } from '../../detect/index.js';

/** A string enum schema typed as the union of its values (typebox's Union of mapped Literals loses the type). */
export function oneOf<T extends string>(values: readonly T[], description?: string): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

export const EntityType = oneOf(ENTITY_TYPES);
/** Why a span was redacted: cue words, checksum names and form notes, never the value. */
export const Evidence = Type.Object(
  {
    context: Type.Optional(Type.String({ description: 'The context word or cue phrase that raised the score' })),
    checksum: Type.Optional(Type.String({ description: 'The checksum that passed: luhn, mod97, aba' })),
    normalized: Type.Optional(Type.String({ description: 'Found in a normalised form: spoken, spelled' })),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const Entity = Type.Object({
  type: EntityType,
  start: Type.Integer({ description: 'Offset (UTF-16 code units) into the redacted text' }),
  end: Type.Integer(),
  score: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  recognizer: Type.Optional(Type.String({ description: 'The recognizer that found it, e.g. CardNumberRecognizer' })),
  evidence: Type.Optional(Evidence),
});
