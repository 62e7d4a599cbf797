import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../infra/logger';

/**
 * Failures outside GraphQL (unreadable or oversized bodies, unknown routes, bugs) answered as JSON
 * in the same shape as GraphQL errors, never as an HTML page, a stack trace or the body echoed back.
 */
export function jsonError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const NOT_FOUND_MESSAGE = 'There is nothing at this address.';

/** The last route: anything nothing else answered (unknown /graphql, /webhooks, /downloads paths…). */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(jsonError('NOT_FOUND', NOT_FOUND_MESSAGE));
};

/** Unreadable request bodies (by body-parser's error types), answered in words that do not quote the body. */
export const BODY_MESSAGES: Record<string, (limit: string) => string> = {
  'entity.parse.failed': () => 'The request body is not valid JSON.',
  'entity.too.large': (limit) => `The request body is larger than the limit of ${limit}.`,
  'encoding.unsupported': () => 'The request body uses a content encoding this server does not accept.',
  'charset.unsupported': () => 'The request body uses a character set this server does not accept (use utf-8).',
  'request.aborted': () => 'The request was aborted before its body arrived.',
  'request.size.invalid': () => 'The request body is shorter or longer than its Content-Length.',
};

export function jsonErrors(log: Logger, bodyLimit: string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err); // too late for an answer: express closes the connection
    const raw = Number(err?.status ?? err?.statusCode);
    const status = raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) {
      log.error({ err, requestId: res.locals.requestId }, 'Unexpected error in an HTTP request');
      res.status(status).json(jsonError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged.'));
      return;
    }
    if (status === 404) {
      res.status(404).json(jsonError('NOT_FOUND', NOT_FOUND_MESSAGE));
      return;
    }
    const describe = BODY_MESSAGES[String(err?.type)];
    res.status(status).json(jsonError('BAD_REQUEST', describe ? describe(bodyLimit) : 'The request could not be read.'));
  };
}
