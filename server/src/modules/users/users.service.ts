import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { EntityReader } from '../../db/entity-row';
import { containsPattern } from '../../db/like-pattern';
import { paginate } from '../../graphql/connection';
import { badInput, forbidden, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { AccessChanges } from '../auth/access-changes';
import { Role, User, UserStatus } from './user.entity';
import type { UsersArgs } from './users.types';

/** Who is acting, for the audit log. */
export interface Actor {
  id: string | null;
  ip: string | null;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  private get repo() {
    return this.db.getRepository(User);
  }

  private readonly reader = new EntityReader(this.db, User);

  /** The user (every signed-in request asks, through ViewerService). */
  async findById(id: string): Promise<User | null> {
    if (!isUUID(id)) return null;
    return (await this.reader.many('user_by_id', `${this.reader.selectAll} WHERE id = $1`, [id]))[0] ?? null;
  }

  findByEmail(email: string, manager: EntityManager = this.db.manager): Promise<User | null> {
    return manager.findOneBy(User, { email: normalizeEmail(email) });
  }

  async findManyByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length ? this.repo.createQueryBuilder('user').where('user.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  /** Inserts a user; returns null when the email is taken (one atomic statement, no race). */
  async create(
    input: { email: string; name: string; passwordHash: string; role?: Role },
    manager: EntityManager = this.db.manager,
  ): Promise<User | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ email: normalizeEmail(input.email), name: input.name.trim(), passwordHash: input.passwordHash, role: input.role ?? Role.FAN })
      .orIgnore()
      .returning('id')
      .execute();
    const id = result.raw[0]?.id as string | undefined;
    return id ? manager.findOneByOrFail(User, { id }) : null;
  }

  async countAdmins(): Promise<number> {
    return this.repo.countBy({ role: Role.ADMIN });
  }

  /** Accounts created within [from, to), all of them or only those among `amongIds`. */
  async countSignups(from: Date, to: Date, amongIds?: readonly string[]): Promise<number> {
    const query = this.repo.createQueryBuilder('user').where('user.createdAt >= :from AND user.createdAt < :to', { from, to });
    if (amongIds) query.andWhere('user.id = ANY(:amongIds)', { amongIds: [...amongIds] });
    return query.getCount();
  }

  list(args: UsersArgs) {
    const query = this.repo.createQueryBuilder('user');
    if (args.search?.trim()) {
      query.andWhere('(user.email ILIKE :pattern OR user.name ILIKE :pattern)', { pattern: containsPattern(args.search) });
    }
    if (args.role) query.andWhere('user.role = :role', { role: args.role });
    return paginate(query, args);
  }

  /** A new role ends the user's live sockets (4403), so they reconnect with the rights of the new role. */
  async setRole(actor: Actor, userId: string, role: Role): Promise<User> {
    let changed = false;
    const user = await this.changeAndAudit(actor, userId, 'user.role_changed', (user) => {
      if (user.id === actor.id && role !== Role.ADMIN) {
        throw forbidden('You cannot remove your own admin role; ask another admin.');
      }
      const before = user.role;
      changed = before !== role;
      user.role = role;
      return { from: before, to: role };
    });
    if (changed) this.accessChanges.publish({ userId, reason: 'role_changed' });
    return user;
  }

  /** DISABLED or BANNED ends every credential of the user at once, live sockets included. */
  async setStatus(actor: Actor, userId: string, status: UserStatus): Promise<User> {
    const user = await this.changeAndAudit(actor, userId, 'user.status_changed', (user) => {
      if (user.id === actor.id && status !== UserStatus.ACTIVE) {
        throw forbidden('You cannot disable or ban your own account.');
      }
      const before = user.status;
      user.status = status;
      return { from: before, to: status };
    });
    if (status !== UserStatus.ACTIVE) this.accessChanges.publish({ userId, reason: 'account_disabled' });
    return user;
  }

  private async changeAndAudit(
    actor: Actor,
    userId: string,
    action: string,
    change: (user: User) => Record<string, unknown>,
  ): Promise<User> {
    if (!isUUID(userId)) throw badInput('userId', 'userId must be a user id.');
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      const details = change(user);
      await manager.save(user);
      await this.audit.record({ action, actorId: actor.id, ip: actor.ip, target: { type: 'User', id: user.id }, details }, manager);
      return user;
    });
  }
}
