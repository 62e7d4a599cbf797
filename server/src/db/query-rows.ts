import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * TypeORM's raw query() answers UPDATE and DELETE with [rows, rowCount] and everything else with
 * rows: this gives the RETURNING rows of an UPDATE or DELETE.
 */
export function updatedRows<T>(result: unknown): T[] {
  return (result as [T[], number])[0];
}

/** The pg pool under TypeORM, for hot statements that want pg's named (prepared) statements. */
export function pgPool(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}
