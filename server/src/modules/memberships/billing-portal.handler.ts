import type { Config } from '../../config';
import { conflict, notFound } from '../../graphql/errors';
import type { BillingGateway } from '../../integrations/stripe/billing-gateway';
import type { Viewer } from '../auth/viewer.service';
import { MembershipProvider } from './membership-enums';
import type { MembershipsService } from './memberships.service';

/**
 * openBillingPortal: where a member cancels, switches plan or changes their card. With Stripe,
 * a customer portal session (its changes come back as subscription webhooks); in TEST MODE, the
 * app's /test-billing-portal page.
 */
export class BillingPortalHandler {
  constructor(
    private readonly config: Config,
    private readonly memberships: MembershipsService,
    private readonly billing: BillingGateway,
  ) {}

  async run(viewer: Viewer): Promise<string> {
    const membership = await this.memberships.currentOf(viewer.user.id);
    if (!membership) throw notFound('Membership');
    const testMembership = membership.provider === MembershipProvider.TEST;
    if (testMembership !== (this.billing.mode === 'test')) {
      throw conflict(testMembership ? 'This membership was made in TEST MODE and cannot be managed in Stripe.' : 'This membership is billed through Stripe, which is not configured on this server.');
    }
    const customerId = membership.stripeCustomerId ?? (await this.memberships.stripeCustomerOf(viewer.user.id));
    return this.billing.createPortalSession(customerId, `${this.config.publicUrl}/membership`);
  }
}
