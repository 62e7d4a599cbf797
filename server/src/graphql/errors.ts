import { GraphQLError } from 'graphql';

/** The error codes of the graph (DESIGN.md). Anything else reaching a client is a bug. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** One operation asks for more than GRAPHQL_MAX_COST. */
  | 'MAX_COST_EXCEEDED'
  /** The caller's cost budget is spent for now (retryAfterSeconds). */
  | 'THROTTLED';

function fail(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Bad input, naming the offending field (`email`, `input.password`, …). */
export const badInput = (field: string, message: string) => fail('BAD_USER_INPUT', message, { field });
// 401 matters when the context (not a resolver) refuses a token: the whole request fails.
export const unauthenticated = (message = 'Sign in to do this.') => fail('UNAUTHENTICATED', message, { http: { status: 401 } });
export const forbidden = (message = 'You are not allowed to do this.', extensions: Record<string, unknown> = {}) =>
  fail('FORBIDDEN', message, extensions);
export const notFound = (what: string) => fail('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, field?: string) => fail('CONFLICT', message, field ? { field } : {});
export const rateLimited = (retryAfterSeconds: number) =>
  fail('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
