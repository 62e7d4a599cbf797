import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../users/users.service';
import type { EventsService } from './events.service';
import type { PromoCodeInput } from './events.types';
import { PromoCode, PromoDiscountType } from './promo-code.entity';
import { TicketType } from './ticket-type.entity';

/** Promo codes: what admins set up, and the checks and usage counting checkout relies on. */
export class PromoCodesService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.getRepository(PromoCode);
  }

  async findByEventIds(eventIds: readonly string[]): Promise<PromoCode[]> {
    if (!eventIds.length) return [];
    return this.repo.createQueryBuilder('promo').where('promo.eventId = ANY(:eventIds)', { eventIds: [...eventIds] }).orderBy('promo.createdAt', 'ASC').getMany();
  }

  async findManyByIds(ids: readonly string[]): Promise<PromoCode[]> {
    return ids.length ? this.repo.createQueryBuilder('promo').where('promo.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  /**
   * The code a buyer typed, if it may be used now for this event; otherwise a BAD_USER_INPUT on
   * `field` saying why. The usage limit is checked again, atomically, by redeem().
   */
  async findUsable(eventId: string, code: string, field: string, now = new Date()): Promise<PromoCode> {
    const promo = await this.repo
      .createQueryBuilder('promo')
      .where('promo.eventId = :eventId AND upper(promo.code) = upper(:code)', { eventId, code: code.trim() })
      .getOne();
    if (!promo || !promo.active) throw badInput(field, 'This promo code is not valid for this event.');
    if (promo.validFrom && promo.validFrom > now) throw badInput(field, 'This promo code is not valid yet.');
    if (promo.validUntil && promo.validUntil <= now) throw badInput(field, 'This promo code has expired.');
    if (promo.usageLimit !== null && promo.usedCount >= promo.usageLimit) throw badInput(field, 'This promo code has been used up.');
    return promo;
  }

  /** Counts one use in the caller's transaction; false when the usage limit was reached meanwhile. */
  async redeem(manager: EntityManager, promoCodeId: string): Promise<boolean> {
    const [, count] = (await manager.query(
      `UPDATE promo_codes SET used_count = used_count + 1 WHERE id = $1 AND (usage_limit IS NULL OR used_count < usage_limit)`,
      [promoCodeId],
    )) as [unknown, number];
    return count === 1;
  }

  /**
   * Counts a use whatever the limit: for a payment that arrived after its hold (and its use of
   * the code) was released, whose price already included the discount.
   */
  async redeemRegardless(manager: EntityManager, promoCodeId: string): Promise<void> {
    await manager.query(`UPDATE promo_codes SET used_count = used_count + 1 WHERE id = $1`, [promoCodeId]);
  }

  /** Gives a use back when an unpaid order's hold ends. */
  async release(manager: EntityManager, promoCodeId: string): Promise<void> {
    await manager.query(`UPDATE promo_codes SET used_count = used_count - 1 WHERE id = $1 AND used_count > 0`, [promoCodeId]);
  }

  async create(actor: Actor, eventId: string, input: PromoCodeInput): Promise<PromoCode> {
    return this.db.transaction(async (manager) => {
      await this.events.lock(manager, eventId);
      await this.check(manager, eventId, input);
      const duplicate = await manager.createQueryBuilder(PromoCode, 'promo').where('promo.eventId = :eventId AND upper(promo.code) = upper(:code)', { eventId, code: input.code }).getExists();
      if (duplicate) throw conflict(`This event already has the promo code ${input.code.toUpperCase()}.`, 'code');
      const promo = manager.create(PromoCode, { ...fields(input), code: input.code, eventId });
      await manager.save(promo);
      await this.audit.record(
        { action: 'promo_code.created', actorId: actor.id, ip: actor.ip, target: { type: 'PromoCode', id: promo.id }, details: { eventId, code: promo.code } },
        manager,
      );
      return promo;
    });
  }

  async update(actor: Actor, id: string, input: PromoCodeInput): Promise<PromoCode> {
    if (!isUUID(id)) throw badInput('id', 'id must be a promo code id.');
    return this.db.transaction(async (manager) => {
      const promo = await manager.findOne(PromoCode, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!promo) throw notFound('Promo code');
      if (input.code.toUpperCase() !== promo.code.toUpperCase()) throw badInput('code', 'The code itself cannot change; create a new promo code instead.');
      await this.check(manager, promo.eventId, input);
      Object.assign(promo, fields(input));
      await manager.save(promo);
      await this.audit.record(
        { action: 'promo_code.updated', actorId: actor.id, ip: actor.ip, target: { type: 'PromoCode', id: promo.id }, details: { eventId: promo.eventId, active: promo.active } },
        manager,
      );
      return promo;
    });
  }

  private async check(manager: EntityManager, eventId: string, input: PromoCodeInput): Promise<void> {
    if (input.discountType === PromoDiscountType.PERCENTAGE && input.amount > 100) {
      throw badInput('amount', 'amount is a percentage here and must be at most 100.');
    }
    if (input.validFrom && input.validUntil && input.validUntil.getTime() <= input.validFrom.getTime()) {
      throw badInput('validUntil', 'validUntil must be after validFrom.');
    }
    if (input.ticketTypeIds?.length) {
      const ids = [...new Set(input.ticketTypeIds)];
      const found = await manager.createQueryBuilder(TicketType, 'type').where('type.eventId = :eventId AND type.id = ANY(:ids)', { eventId, ids }).getCount();
      if (found !== ids.length) throw badInput('ticketTypeIds', 'ticketTypeIds must be ticket types of this event.');
    }
  }
}

function fields(input: PromoCodeInput) {
  return {
    discountType: input.discountType,
    amount: input.amount,
    usageLimit: input.usageLimit ?? null,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    ticketTypeIds: input.ticketTypeIds?.length ? [...new Set(input.ticketTypeIds)] : null,
    active: input.active,
  };
}
