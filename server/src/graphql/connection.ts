import { isUUID, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/** Cursor connections, the shape of every list in the graph (DESIGN.md). */

@ObjectType({ description: 'Where a page sits in its list: pass endCursor as `after` for the next page.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' }) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: "The last item's cursor; null on an empty page." }) endCursor: string | null;
  @Field({ description: 'Items come before this page (it was asked for with `after`).' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "The first item's cursor; null on an empty page." }) startCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T extends object>(NodeClass: ClassType<T>) {
  @ObjectType(`${NodeClass.name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => NodeClass) node: T;
  }

  // Never referenced by a resolver, so only the concrete subclass (e.g. UserConnection) is emitted.
  @ObjectType(`${NodeClass.name}ConnectionBase`)
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items match, across all pages.' }) totalCount: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'ASC: oldest first. DESC: newest first.' });

export enum ListOrderField {
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ListOrderField, { name: 'ListOrderField', description: 'CREATED_AT: when it was made. UPDATED_AT: when it last changed (for incremental sync).' });

@InputType({ description: 'The order of a list; ties are broken by id, so pages never skip or repeat an item.' })
export class ListOrder {
  @Field(() => ListOrderField)
  field: ListOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

/**
 * A page of a list an integrator can sync: `updatedSince` and `orderBy: { field: UPDATED_AT,
 * direction: ASC }` page through everything that changed since the last run, in the order it changed.
 */
@ArgsType()
export class SyncPageArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Only items created or changed at or after this time (updatedAt >= updatedSince).' })
  updatedSince?: Date | null;

  @Field(() => ListOrder, { nullable: true, description: "The list's order; default: the list's own (see its description)." })
  orderBy?: ListOrder | null;
}

interface Cursor {
  /** The sort column's value (ISO time). */
  at: string;
  id: string;
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (typeof at !== 'string' || !isUUID(id) || Number.isNaN(Date.parse(at))) throw new Error();
    return { at, id };
  } catch {
    throw badInput('after', 'This cursor is not valid; use a pageInfo.endCursor from an earlier page.');
  }
}

/** The time column a list is ordered by (ties broken by id), and in which direction. */
export interface PageOrder<T> {
  column: keyof T & string;
  direction: 'ASC' | 'DESC';
}

/**
 * Keyset pagination over a time column and `alias.id`: newest first by createdAt unless `order`
 * says otherwise (e.g. upcoming events by startsAt). Columns paged this way keep millisecond
 * precision (timestamptz(3)) so a cursor round-trips exactly through JavaScript's Date.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs | SyncPageArgs,
  order: PageOrder<T> = { column: 'createdAt', direction: 'DESC' },
): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const sync = args as SyncPageArgs;
  if (sync.updatedSince) query = query.clone().andWhere(`${alias}.updatedAt >= :updatedSince`, { updatedSince: sync.updatedSince });
  if (sync.orderBy) order = { column: sync.orderBy.field as keyof T & string, direction: sync.orderBy.direction };
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const column = `${alias}.${order.column}`;
  const page = query.clone().orderBy(column, order.direction).addOrderBy(`${alias}.id`, order.direction).take(first + 1);
  if (args.after) {
    const cursor = decodeCursor(args.after);
    page.andWhere(`(${column}, ${alias}.id) ${order.direction === 'DESC' ? '<' : '>'} (:cursorAt, :cursorId)`, {
      cursorAt: cursor.at,
      cursorId: cursor.id,
    });
  }
  const [rows, totalCount] = await Promise.all([page.getMany(), query.clone().getCount()]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node[order.column] as Date, node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null },
  };
}
