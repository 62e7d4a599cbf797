import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** How many SQL statements one unit of work (an HTTP request) sent. */
export interface StatementTally {
  statements: number;
}

const current = new AsyncLocalStorage<StatementTally>();

/** Runs `fn` counting, in `tally`, every SQL statement sent by it and by anything it awaits. */
export function countStatements<T>(tally: StatementTally, fn: () => T): T {
  return current.run(tally, fn);
}

/**
 * A TypeORM logger that only counts statements into the running tally, so the request log shows
 * how many round trips each request made (DataLoaders keep that constant per page).
 */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const tally = current.getStore();
    if (tally) tally.statements++;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Counts one statement sent past TypeORM (straight on pg) into the running tally. */
export function countStatement(): void {
  const tally = current.getStore();
  if (tally) tally.statements++;
}
