// The DataSource the TypeORM CLI uses (migration:generate, migration:run, migration:revert).
import 'reflect-metadata';
import { createDataSource } from './server/src/db/data-source';

if (!process.env.DATABASE_URL) {
  throw new Error('Set DATABASE_URL to the Postgres database the migration command should use.');
}

export default createDataSource(process.env.DATABASE_URL);
