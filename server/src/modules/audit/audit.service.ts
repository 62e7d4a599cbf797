import type { DataSource, EntityManager } from 'typeorm';
import { paginate } from '../../graphql/connection';
import type { AuditLogArgs } from './audit.types';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  actorId?: string | null;
  target?: { type: string; id: string };
  ip?: string | null;
  details?: Record<string, unknown>;
}

export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Pass the caller's transaction manager so the entry commits (or not) with the change it records. */
  async record(entry: AuditRecord, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditEntry, {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      ip: entry.ip ?? null,
      details: (entry.details ?? {}) as AuditEntry['details'] & object,
    });
  }

  list(args: AuditLogArgs) {
    const query = this.db.getRepository(AuditEntry).createQueryBuilder('entry');
    if (args.action) query.andWhere('entry.action = :action', { action: args.action });
    if (args.actorId) query.andWhere('entry.actorId = :actorId', { actorId: args.actorId });
    return paginate(query, args);
  }
}
