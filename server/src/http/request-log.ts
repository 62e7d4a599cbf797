import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../infra/logger';
import { countStatements, type StatementTally } from '../infra/sql-statements';

const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when sane), returns it, and logs one JSON line
 * when done, with the number of SQL statements the request sent (`sql`).
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const id = incoming && VALID_ID.test(incoming) ? incoming : crypto.randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    const tally: StatementTally = { statements: 0 };
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          requestId: id,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ip: req.ip,
          operation: res.locals.graphqlOperation,
          sql: tally.statements,
        },
        'request',
      );
    });
    countStatements(tally, next);
  };
}
