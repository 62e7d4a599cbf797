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

/** A fixed key for pg_advisory_lock, so replicas starting together migrate one at a time. */
const MIGRATION_LOCK = 7_400_421;

export async function runMigrations(db: DataSource): Promise<string[]> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await db.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
