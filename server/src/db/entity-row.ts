import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a raw row (snake_case columns, as RETURNING * gives it), using the entity's own column
 * metadata, for statements TypeORM cannot build (one that holds seats and writes an order at once).
 */
export function entityFromRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const entity = manager.create(target);
  for (const column of manager.connection.getMetadata(target).columns) {
    if (column.databaseName in row) (entity as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  }
  return entity;
}
