import DataLoader from 'dataloader';
import type { Lead } from './lead.entity';
import type { LeadsService } from './leads.service';

export function createLeadLoaders(leads: LeadsService) {
  return {
    leadById: new DataLoader<string, Lead | null>(async (ids) => {
      const rows = await leads.findManyByIds(ids);
      const byId = new Map(rows.map((lead) => [lead.id, lead]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
