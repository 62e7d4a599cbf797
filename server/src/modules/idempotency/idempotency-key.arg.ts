import { Arg, Field } from 'type-graphql';
import { IDEMPOTENCY_KEY_LENGTH } from './idempotency.service';

const DESCRIPTION =
  `A fresh random string (${IDEMPOTENCY_KEY_LENGTH.min} to ${IDEMPOTENCY_KEY_LENGTH.max} characters, e.g. a UUID) per request: ` +
  'sending it again returns the first answer instead of doing the work twice; the same key with different arguments is a CONFLICT.';

/** The idempotencyKey argument of a mutation marked @Idempotent. */
export const IdempotencyKeyArg = () => Arg('idempotencyKey', () => String, { nullable: true, description: DESCRIPTION });

/** The idempotencyKey field of the input of a mutation marked @Idempotent. */
export const IdempotencyKeyField = () => Field(() => String, { nullable: true, description: DESCRIPTION });
