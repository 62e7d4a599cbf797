/**
 * The module registry: every domain adds its entities and resolvers here, and nowhere else.
 */
import type { NonEmptyArray } from 'type-graphql';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { User } from './users/user.entity';
import { UsersResolver } from './users/users.resolver';

export const entities = [User, AuditEntry];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [UsersResolver, AuditResolver];
