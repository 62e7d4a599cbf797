import type { EntityManager } from 'typeorm';
import type { LeadsService } from '../leads/leads.service';
import { money } from '../orders/tickets-mail';
import type { SmsService } from '../sms/sms.service';
import type { User } from '../users/user.entity';
import type { Membership } from './membership.entity';
import type { Plan } from './plan.entity';

/**
 * Texts a member gets about their membership, only when they agreed to texts: their lead (same
 * email) has a phone, SMS consent and has not opted out. Written to the SMS outbox in the
 * transaction that records the change.
 */
export class MembershipTexts {
  constructor(
    private readonly leads: LeadsService,
    private readonly sms: SmsService,
    private readonly publicUrl: string,
  ) {}

  /** True when a text was queued. */
  async paymentFailed(manager: EntityManager, user: User, membership: Membership, plan: Plan | null): Promise<boolean> {
    const lead = await this.leads.findTextableByEmail(user.email, manager);
    if (!lead) return false;
    const what = plan ? `your ${plan.name} membership` : 'your membership';
    await this.sms.notice(
      manager,
      lead,
      `Matchday: the ${money(membership.amountCents, membership.currency)} payment for ${what} failed. We will retry; please check your card: ${this.publicUrl}/membership`,
    );
    return true;
  }
}
