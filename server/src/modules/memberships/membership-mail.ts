import type { EntityManager } from 'typeorm';
import type { MailService } from '../mail/mail.service';
import { money } from '../orders/tickets-mail';
import type { User } from '../users/user.entity';
import type { Membership } from './membership.entity';
import type { Plan } from './plan.entity';

/**
 * The mails a member gets about their membership, written to the mail outbox in the transaction
 * that records the change, so each goes out exactly when (and only if) the change commits.
 */
export class MembershipMail {
  constructor(
    private readonly mail: MailService,
    private readonly publicUrl: string,
  ) {}

  private get membershipUrl() {
    return `${this.publicUrl}/membership`;
  }

  async welcome(manager: EntityManager, user: User, membership: Membership, plan: Plan | null): Promise<void> {
    const text = [
      `Hi ${user.name},`,
      '',
      `Welcome: you are now a ${plan?.name ?? 'Matchday'} member.${membership.testMode ? ' (TEST MODE: no money was taken.)' : ''}`,
      ...(membership.trialEndsAt && membership.status === 'TRIALING' ? [`Your free trial runs until ${day(membership.trialEndsAt)}.`] : []),
      ...(plan?.perks ? ['', 'Your perks:', plan.perks] : []),
      '',
      `Your membership: ${this.membershipUrl}`,
    ].join('\n');
    await this.mail.send({ to: user.email, subject: `Welcome to ${plan?.name ?? 'your membership'}`, text, kind: 'membership_welcome' }, manager);
  }

  async paymentFailed(manager: EntityManager, user: User, membership: Membership, plan: Plan | null): Promise<void> {
    const text = [
      `Hi ${user.name},`,
      '',
      `We could not take the payment of ${money(membership.amountCents, membership.currency)} for your ${plan ? `${plan.name} ` : ''}membership.`,
      'We will try again over the next days; your perks stay on meanwhile.',
      `Please check your payment method: ${this.membershipUrl} (Manage billing).`,
    ].join('\n');
    await this.mail.send({ to: user.email, subject: 'Your membership payment failed', text, kind: 'membership_payment_failed' }, manager);
  }

  async paymentRecovered(manager: EntityManager, user: User, plan: Plan | null): Promise<void> {
    const text = [`Hi ${user.name},`, '', `Thank you: your payment went through and your ${plan ? `${plan.name} ` : ''}membership is active again.`, '', this.membershipUrl].join('\n');
    await this.mail.send({ to: user.email, subject: 'Your membership is active again', text, kind: 'membership_payment_recovered' }, manager);
  }

  async trialEnding(manager: EntityManager, user: User, membership: Membership, plan: Plan | null): Promise<void> {
    const text = [
      `Hi ${user.name},`,
      '',
      `Your free trial of ${plan?.name ?? 'your membership'} ends on ${day(membership.trialEndsAt ?? membership.currentPeriodEnd ?? new Date())}.`,
      `After that it costs ${money(membership.amountCents, membership.currency)} per ${membership.interval === 'YEAR' ? 'year' : 'month'}.`,
      `To change or cancel it: ${this.membershipUrl} (Manage billing).`,
    ].join('\n');
    await this.mail.send({ to: user.email, subject: 'Your free trial ends soon', text, kind: 'membership_trial_ending' }, manager);
  }
}

function day(date: Date): string {
  return date.toLocaleDateString('en-GB', { timeZone: 'UTC', dateStyle: 'long' });
}
