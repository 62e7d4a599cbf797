import { isUUID, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/** Cursor connections, the shape of every list in the graph (DESIGN.md). */

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
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

interface Cursor {
  createdAt: string;
  id: string;
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (typeof createdAt !== 'string' || !isUUID(id) || Number.isNaN(Date.parse(createdAt))) throw new Error();
    return { createdAt, id };
  } catch {
    throw badInput('after', 'This cursor is not valid; use a pageInfo.endCursor from an earlier page.');
  }
}

/**
 * Keyset pagination, newest first, over `alias.createdAt` and `alias.id`.
 * Tables paged this way keep createdAt at millisecond precision (timestamptz(3)) so a cursor
 * round-trips exactly through JavaScript's Date.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const page = query.clone().orderBy(`${alias}.createdAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').take(first + 1);
  if (args.after) {
    const cursor = decodeCursor(args.after);
    page.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const [rows, totalCount] = await Promise.all([page.getMany(), query.clone().getCount()]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
