import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { countStatement } from '../infra/sql-statements';
import { pgPool } from './query-rows';

/**
 * The hottest reads of one entity (a page's ticket types, checkout's event, the viewer's user) as named
 * prepared statements straight on pg, mapped with the entity's column metadata. TypeORM's query
 * building and hydration cost several times the query itself on these paths (measured with
 * `npm run bench:events` and a CPU profile); everything else keeps TypeORM. fromRow also maps the
 * RETURNING rows of statements TypeORM cannot build (one that holds seats and writes an order at once).
 */
export class EntityReader<T extends ObjectLiteral> {
  private shape: { columns: [string, string][]; prototype: object; selectAll: string } | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly target: EntityTarget<T>,
  ) {}

  /** Read on first use: the entity metadata exists once the data source is initialised. */
  private get entity() {
    if (!this.shape) {
      const metadata = this.db.getMetadata(this.target);
      const columns = metadata.columns.map((column): [string, string] => [column.databaseName, column.propertyName]);
      const selectAll = `SELECT ${columns.map(([column]) => `"${column}"`).join(', ')} FROM ${metadata.tablePath}`;
      this.shape = { columns, prototype: (metadata.target as { prototype: object }).prototype, selectAll };
    }
    return this.shape;
  }

  /** `SELECT <every column> FROM <table>`, to which a statement adds its WHERE and ORDER BY. */
  get selectAll(): string {
    return this.entity.selectAll;
  }

  /** Rows of a statement named `name` (prepared once per connection), as entities. */
  async many(name: string, text: string, values: unknown[]): Promise<T[]> {
    countStatement();
    const { rows } = await pgPool(this.db).query({ name, text, values });
    return rows.map((row: Record<string, unknown>) => this.fromRow(row));
  }

  /** An entity from a raw row with snake_case columns. */
  fromRow(row: Record<string, unknown>): T {
    const { columns, prototype } = this.entity;
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const [column, property] of columns) entity[property] = row[column];
    return entity as T;
  }
}
