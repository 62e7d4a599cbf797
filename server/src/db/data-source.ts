import path from 'node:path';
import { DataSource } from 'typeorm';
import { StatementCountingLogger } from '../infra/sql-statements';
import { entities } from '../modules';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [path.join(__dirname, 'migrations', '*.{js,ts}')],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger: new StatementCountingLogger(),
    extra: { max: poolSize, application_name: 'matchday' },
  });
}

/** Keys for pg_advisory_lock: start-up work that replicas starting together must do one at a time. */
export const StartupLock = { Migrations: 7_400_421, FirstStart: 7_400_422 } as const;

/** Runs `work` while holding a session-level advisory lock, so only one process at a time does it. */
export async function withAdvisoryLock<T>(db: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(db: DataSource): Promise<string[]> {
  return withAdvisoryLock(db, StartupLock.Migrations, async () => {
    const ran = await db.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  });
}
