import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../infra/logger';

// Codes a client may see as they are; anything else is an internal error and is hidden.
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'MAX_COST_EXCEEDED',
  'THROTTLED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** class-validator's tree flattened to `input.email`-style fields with their first message. */
function flatten(failures: ValidationFailure[], prefix = ''): { field: string; message: string }[] {
  return failures.flatMap((failure) => {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const own = failure.constraints ? [{ field, message: Object.values(failure.constraints)[0] }] : [];
    return [...own, ...flatten(failure.children ?? [], field)];
  });
}

/** Variable-coercion messages quote the submitted value; keep the path and reason, drop the value. */
function withoutEchoedInput(message: string): string {
  return message.replace(/got invalid value .*?(; | at "|$)/s, (_m, tail: string) => `got an invalid value${tail}`);
}

/**
 * Errors leave the server as a message and a code (plus the field for bad input): never a stack
 * trace, SQL, or the caller's own input echoed back.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const base = { locations: formatted.locations, path: formatted.path };

    const validationErrors = original?.extensions?.validationErrors as ValidationFailure[] | undefined;
    if (validationErrors) {
      const fields = flatten(validationErrors);
      const first = fields[0] ?? { field: 'input', message: 'The input is not valid.' };
      return { ...base, message: first.message, extensions: { code: 'BAD_USER_INPUT', field: first.field, fields } };
    }

    // Apollo stamps every validation error GRAPHQL_VALIDATION_FAILED; the cost refusal keeps its own code.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.limit === 'cost') {
      return { ...base, message: formatted.message, extensions: { ...formatted.extensions, code: 'MAX_COST_EXCEEDED' } };
    }

    if (PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: withoutEchoedInput(formatted.message), extensions };
    }

    log.error({ err: original ?? error, path: formatted.path }, 'Unexpected error in a GraphQL operation');
    return { ...base, message: 'Something went wrong on our side. It has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
