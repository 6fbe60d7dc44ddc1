import { Type, type TUnsafe } from '@fastify/type-provider-typebox';
import { ENTITY_TYPES } from '../../detect/index.js';

/** A string enum schema typed as the union of its values (typebox's Union of mapped Literals loses the type). */
export function oneOf<T extends string>(values: readonly T[], description?: string): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

export const EntityType = oneOf(ENTITY_TYPES);
export const Entity = Type.Object({
  type: EntityType,
  start: Type.Integer({ description: 'Offset (UTF-16 code units) into the redacted text' }),
  end: Type.Integer(),
});
