import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../infra/logger';
import type { UsersService } from '../users/users.service';
import { changeReason, mrrOf, type MembershipState } from './membership-change';
import { MEMBER_STATUSES, MembershipChangeReason, MembershipStatus } from './membership-enums';
import { MembershipEvent } from './membership-event.entity';
import type { MembershipMail } from './membership-mail';
import type { MembershipTexts } from './membership-texts';
import { Membership } from './membership.entity';
import type { MembershipsService } from './memberships.service';
import type { PlansService } from './plans.service';
import { isNewer, type SubscriptionSnapshot } from './subscription-snapshot';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

export interface Applied {
  membership: Membership;
  /** Null when the picture was not newer than what we had (a replay, or a late event), or changed nothing recorded. */
  reason: MembershipChangeReason | null;
}

/**
 * The one path by which a membership changes: Stripe's subscription webhooks, Stripe's invoice
 * outcomes, and every TEST MODE action come here with a picture of the subscription. It is applied
 * only if it is newer than the one the membership shows (so late, replayed and out-of-order events
 * change nothing), and each change is appended to membership_events with its MRR change, in the
 * same transaction as the mail (and text) it causes. Changes of one fan are serialised by a lock on the fan.
 */
export class ApplySubscriptionHandler {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
    private readonly mail: MembershipMail,
    private readonly texts: MembershipTexts,
    private readonly log: Logger,
  ) {}

  async run(snapshot: SubscriptionSnapshot, source: string): Promise<Applied | null> {
    return this.db.transaction((manager) => this.applyIn(manager, snapshot, source));
  }

  /** Takes the per-fan lock for the rest of the caller's transaction (taken again by applyIn: harmless). */
  async lockMember(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('membership:' || $1, 0))`, [userId]);
  }

  /** Applies inside the caller's transaction; null when the fan does not exist (nothing to attach it to). */
  async applyIn(manager: EntityManager, snapshot: SubscriptionSnapshot, source: string): Promise<Applied | null> {
    const user = await this.users.findById(snapshot.userId);
    if (!user) {
      this.log.warn({ subscriptionId: snapshot.subscriptionId, source }, 'A subscription for an unknown user; ignored');
      return null;
    }
    await this.lockMember(manager, user.id);
    const current = await this.memberships.lockBySubscriptionId(manager, snapshot.subscriptionId);
    if (current && !isNewer(snapshot, current)) return { membership: current, reason: null };

    const before = current ? stateOf(current) : undefined;
    const returning = await this.memberships.hasEndedMembership(manager, user.id, current?.id ?? null);
    const membership = current ?? manager.create(Membership, { subscriptionId: snapshot.subscriptionId, userId: user.id, provider: snapshot.provider });
    const becomesMember = MEMBER_STATUSES.includes(snapshot.status);
    Object.assign(membership, {
      planId: snapshot.planId,
      interval: snapshot.interval,
      amountCents: snapshot.amountCents,
      currency: snapshot.currency,
      status: snapshot.status,
      stripeCustomerId: snapshot.stripeCustomerId ?? membership.stripeCustomerId ?? null,
      currentPeriodStart: snapshot.currentPeriodStart,
      currentPeriodEnd: snapshot.currentPeriodEnd,
      cancelAtPeriodEnd: snapshot.cancelAtPeriodEnd,
      trialEndsAt: snapshot.trialEndsAt,
      canceledAt: snapshot.canceledAt,
      endedAt: snapshot.endedAt ?? (snapshot.status === MembershipStatus.CANCELED ? snapshot.observedAt : null),
      startedAt: membership.startedAt ?? (becomesMember ? snapshot.observedAt : null),
      observedAt: snapshot.observedAt,
    });
    await manager.save(membership);
    if (becomesMember && snapshot.checkoutId) await this.memberships.completeCheckout(manager, snapshot.checkoutId, membership.id);

    const after = stateOf(membership);
    const reason = changeReason(before, after, returning);
    if (!reason) return { membership, reason };
    const mrrCents = mrrOf(after);
    await manager.insert(MembershipEvent, {
      membershipId: membership.id,
      userId: user.id,
      planId: membership.planId,
      interval: membership.interval,
      amountCents: membership.amountCents,
      currency: membership.currency,
      status: membership.status,
      previousStatus: before?.status ?? null,
      cancelAtPeriodEnd: membership.cancelAtPeriodEnd,
      mrrCents,
      mrrDeltaCents: mrrCents - (before ? mrrOf(before) : 0),
      reason,
      source,
      occurredAt: snapshot.observedAt,
    });
    await emitWebhook(manager, WebhookEventType.MEMBERSHIP_CHANGED, webhookData.membership(membership, reason));

    const plan = await this.plans.findById(membership.planId);
    if (reason === MembershipChangeReason.NEW || reason === MembershipChangeReason.REACTIVATED) await this.mail.welcome(manager, user, membership, plan);
    // One mail (and text, with SMS consent) per stretch of PAST_DUE, whichever event (subscription or invoice) reported it first.
    if (reason === MembershipChangeReason.PAYMENT_FAILED) {
      await this.mail.paymentFailed(manager, user, membership, plan);
      await this.texts.paymentFailed(manager, user, membership, plan);
    }
    if (reason === MembershipChangeReason.PAYMENT_RECOVERED) await this.mail.paymentRecovered(manager, user, plan);
    return { membership, reason };
  }
}

function stateOf(membership: Membership): MembershipState {
  return {
    planId: membership.planId,
    interval: membership.interval,
    amountCents: membership.amountCents,
    status: membership.status,
    cancelAtPeriodEnd: membership.cancelAtPeriodEnd,
    currentPeriodStart: membership.currentPeriodStart,
  };
}
