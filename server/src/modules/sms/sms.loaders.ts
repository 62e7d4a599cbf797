import DataLoader from 'dataloader';
import type { CampaignStats } from './campaign.types';
import type { SmsMessage } from './sms-message.entity';
import type { SmsService } from './sms.service';

export function createSmsLoaders(sms: SmsService) {
  return {
    /** A lead's latest texts, oldest first. */
    smsThreadByLeadId: new DataLoader<string, SmsMessage[]>(async (leadIds) => {
      const threads = await sms.threads(leadIds);
      return leadIds.map((id) => threads.get(id) ?? []);
    }),
    campaignStatsById: new DataLoader<string, CampaignStats>(async (ids) => {
      const stats = await sms.campaignStats(ids);
      return ids.map((id) => stats.get(id)!);
    }),
  };
}
