import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { Role } from '../users/user.entity';
import type { Actor } from '../users/users.service';
import { LeadInterest } from './lead-interest.entity';
import type { LeadInterestInput, LeadInterestUpdateInput } from './leads.types';

/** Signups check interests against this many-seconds-old copy: a crowd must not read the table per request. */
const CACHE_MS = 5_000;

export const slugify = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);

/** The interest choices admins offer on the signup form. */
export class LeadInterestsService {
  private cache: { at: number; keys: Promise<Set<string>> } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.getRepository(LeadInterest);
  }

  list(includeArchived = false): Promise<LeadInterest[]> {
    return this.repo.find({
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { position: 'ASC', label: 'ASC' },
    });
  }

  /** Archived choices are for admins; everyone may read the form's. */
  listFor(role: Role | null, includeArchived: boolean): Promise<LeadInterest[]> {
    if (includeArchived && role !== Role.ADMIN) throw forbidden('Only admins can see archived interests.');
    return this.list(includeArchived);
  }

  /** Whether every key is a choice on the form now (archived ones are not). */
  async areActiveKeys(keys: string[]): Promise<boolean> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > CACHE_MS) {
      const keysNow = this.list().then((rows) => new Set(rows.map((row) => row.key)));
      this.cache = { at: now, keys: keysNow };
      keysNow.catch(() => (this.cache = null));
    }
    const active = await this.cache.keys;
    return keys.every((key) => active.has(key));
  }

  async create(actor: Actor, input: LeadInterestInput): Promise<LeadInterest> {
    const key = input.key ?? slugify(input.label);
    if (!key) throw badInput('key', 'key is needed when the label has no letters or digits.');
    return this.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(LeadInterest)
        .values({ key, label: input.label.trim(), position: input.position ?? 0 })
        .orIgnore()
        .returning('id')
        .execute();
      const id = result.raw[0]?.id as string | undefined;
      if (!id) throw conflict('An interest with this key already exists.', 'key');
      await this.audit.record({ action: 'lead_interest.created', actorId: actor.id, ip: actor.ip, target: { type: 'LeadInterest', id }, details: { key } }, manager);
      this.cache = null;
      return manager.findOneByOrFail(LeadInterest, { id });
    });
  }

  async update(actor: Actor, id: string, input: LeadInterestUpdateInput): Promise<LeadInterest> {
    if (!isUUID(id)) throw badInput('id', 'id must be a lead interest id.');
    return this.db.transaction(async (manager) => {
      const interest = await manager.findOne(LeadInterest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!interest) throw notFound('Lead interest');
      if (input.label != null) interest.label = input.label.trim();
      if (input.position != null) interest.position = input.position;
      if (input.archived != null) interest.archivedAt = input.archived ? (interest.archivedAt ?? new Date()) : null;
      await manager.save(interest);
      await this.audit.record(
        { action: 'lead_interest.updated', actorId: actor.id, ip: actor.ip, target: { type: 'LeadInterest', id }, details: { ...input } },
        manager,
      );
      this.cache = null;
      return interest;
    });
  }
}
