import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../infra/logger';
import { countStatements, type StatementTally } from '../infra/sql-statements';

const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** What one request's log line says beyond the HTTP basics; the GraphQL endpoint adds the operation. */
export interface RequestNotes {
  readonly requestId: string;
  operation?: string;
  /** Set by publicReadPlugin: an anonymous read whose answer may be cached (http/public-read-cache.ts). */
  publicRead?: boolean;
}

export interface RequestLogOptions {
  log: Logger;
  /** Count the SQL statements each request sends (LOG_SQL_COUNTS). */
  countSql: boolean;
}

export type TrackRequest = (req: IncomingMessage, res: ServerResponse, ip: string | null, handle: (notes: RequestNotes) => void) => void;

/**
 * The request log. `track` gives a request its id (the caller's X-Request-Id when sane), returns it,
 * runs `handle`, and logs one JSON line when the response is done; with `countSql`, with the number of
 * SQL statements the request sent (`sql`). `middleware` is the same for the express routes, with the
 * id in res.locals.requestId.
 */
export function createRequestLog({ log, countSql }: RequestLogOptions): { track: TrackRequest; middleware: RequestHandler } {
  // The line's fields are set here and hold nothing secret, so it skips the logger's redaction (measured:
  // two thirds of what a line costs).
  const lines = log.child({}, { redact: { paths: [] } });
  const track: TrackRequest = (req, res, ip, handle) => {
    const incoming = req.headers['x-request-id'];
    const notes: RequestNotes = { requestId: typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : crypto.randomUUID() };
    res.setHeader('X-Request-Id', notes.requestId);
    const started = process.hrtime.bigint();
    const tally: StatementTally | null = countSql ? { statements: 0 } : null;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      lines.info(
        {
          requestId: notes.requestId,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ip,
          operation: notes.operation,
          sql: tally?.statements,
        },
        'request',
      );
    });
    if (tally) countStatements(tally, () => handle(notes));
    else handle(notes);
  };
  const middleware: RequestHandler = (req, res, next) =>
    track(req, res, req.ip ?? null, (notes) => {
      res.locals.requestId = notes.requestId;
      next();
    });
  return { track, middleware };
}
