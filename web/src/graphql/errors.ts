import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/** The code of the first GraphQL error (BAD_USER_INPUT, FORBIDDEN, …), if any. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions?.code as string | undefined;
  return undefined;
}

/** For a RATE_LIMITED error: how many seconds the server asked to wait, if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const seconds = error.errors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null;
}

/** A sentence for the user: the server's own message, or what went wrong on the way to it. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'The request failed.';
  if (ServerError.is(error)) {
    if (error.statusCode === 413) return 'That request was too large.';
    if (error.statusCode >= 500) return 'The server ran into a problem. Try again in a moment.';
    return `The server refused the request (HTTP ${error.statusCode}).`;
  }
  if (error instanceof TypeError) return 'Could not reach Matchday. Check your connection and try again.';
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

export interface FormErrors {
  /** Messages by input name (`email`, `password`, …). */
  fields: Record<string, string>;
  /** What belongs to no single field. */
  form: string | null;
}

/** The last part of `input.email`: the name the form's input carries. */
const inputName = (field: string) => field.split('.').pop() ?? field;

/**
 * Splits an error into messages beside each of the form's fields (from `extensions.field`, and
 * `extensions.fields` when several failed at once) and a message for the whole form (anything
 * that names no field the form shows).
 */
export function formErrors(error: unknown, formFields: readonly string[]): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return { fields: {}, form: errorMessage(error) };
  const fields: Record<string, string> = {};
  let form: string | null = null;
  const place = (field: unknown, message: string) => {
    const name = typeof field === 'string' ? inputName(field) : null;
    if (name && formFields.includes(name)) fields[name] ??= message;
    else form ??= message;
  };
  for (const e of error.errors) {
    const listed = e.extensions?.fields as { field: string; message: string }[] | undefined;
    if (Array.isArray(listed) && listed.length) for (const item of listed) place(item.field, item.message);
    else place(e.extensions?.field, e.message);
  }
  return { fields, form };
}
