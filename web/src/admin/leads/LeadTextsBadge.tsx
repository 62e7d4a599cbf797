import { Badge } from '../../ui/Badge';

/** Whether Matchday may text a lead: opted out (STOP), opted in (a phone and consent), or neither. */
export function LeadTextsBadge({ lead }: { lead: { phone?: string | null; consentSms: boolean; optedOut: boolean } }) {
  if (lead.optedOut) return <Badge tone="danger">Opted out</Badge>;
  if (lead.phone && lead.consentSms) return <Badge tone="success">Opted in</Badge>;
  return <Badge tone="neutral">{lead.phone ? 'No consent' : 'No phone'}</Badge>;
}
