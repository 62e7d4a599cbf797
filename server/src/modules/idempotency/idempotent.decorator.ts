import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../graphql/context';

type Args = Record<string, unknown> & { idempotencyKey?: unknown; input?: { idempotencyKey?: unknown } | null };

/**
 * Makes a mutation idempotent for callers who send an idempotencyKey (an argument, or a field of
 * its `input`): `replay` fetches, as the caller may see it, what the first request made.
 */
export function Idempotent<T extends { id: string }>(replay: (context: Context, id: string) => Promise<T | null>) {
  const middleware: MiddlewareFn<Context> = async ({ args, context, info }, next) => {
    const { idempotencyKey, ...rest } = args as Args;
    const { idempotencyKey: inputKey, ...input } = (rest.input ?? {}) as { idempotencyKey?: unknown };
    const key = idempotencyKey ?? inputKey;
    const callerId = context.viewer?.user.id;
    if (typeof key !== 'string' || !callerId) return next();
    const request = rest.input ? { ...rest, input } : rest;
    return context.services.idempotency.once({ operation: info.fieldName, callerId, key, request }, () => next() as Promise<T>, (id: string) => replay(context, id));
  };
  return UseMiddleware(middleware);
}
