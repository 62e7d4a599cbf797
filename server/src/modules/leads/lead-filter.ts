import type { SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../../db/like-pattern';
import type { Lead } from './lead.entity';

const PHONE_LIKE = /^[+\d\s().-]+$/;

/** The fields every lead list, export and campaign audience filters on. */
export interface LeadFilterValues {
  search?: string | null;
  eventId?: string | null;
  interest?: string | null;
  optedIn?: boolean | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

/** A lead can be texted: it has a phone, gave SMS consent, and its number has not opted out. */
export const TEXTABLE = (alias: string) => `(${alias}.phone IS NOT NULL AND ${alias}.consent_sms AND NOT ${alias}.opted_out)`;

/** Narrows `query` (whose alias is a Lead) to the filter. */
export function applyLeadFilter(query: SelectQueryBuilder<Lead>, filter: LeadFilterValues): SelectQueryBuilder<Lead> {
  const a = query.alias;
  const search = filter.search?.trim();
  if (search) {
    // Phone numbers are stored as E.164: "(415) 555" should find +1415555…. Only a search that
    // looks like a phone number is read as one, so "team-1c5d5e" never matches a phone by "155".
    const digits = PHONE_LIKE.test(search) ? search.replace(/[^\d]/g, '') : '';
    query.andWhere(
      `(${a}.name ILIKE :leadSearch OR ${a}.email ILIKE :leadSearch${digits.length >= 3 ? ` OR ${a}.phone LIKE :leadDigits` : ''})`,
      { leadSearch: containsPattern(search), leadDigits: `%${digits}%` },
    );
  }
  if (filter.eventId) query.andWhere(`${a}.event_ids @> ARRAY[:leadEventId]::uuid[]`, { leadEventId: filter.eventId });
  if (filter.interest) query.andWhere(`${a}.interests @> ARRAY[:leadInterest]::text[]`, { leadInterest: filter.interest });
  if (filter.optedIn === true) query.andWhere(TEXTABLE(a));
  if (filter.optedIn === false) query.andWhere(`NOT ${TEXTABLE(a)}`);
  if (filter.createdFrom) query.andWhere(`${a}.created_at >= :leadCreatedFrom`, { leadCreatedFrom: filter.createdFrom });
  if (filter.createdTo) query.andWhere(`${a}.created_at < :leadCreatedTo`, { leadCreatedTo: filter.createdTo });
  return query;
}

/** The filter as plain JSON (for a job payload or a campaign record). */
export function filterToJson(filter: LeadFilterValues): Record<string, string | boolean> {
  const json: Record<string, string | boolean> = {};
  if (filter.search?.trim()) json.search = filter.search.trim();
  if (filter.eventId) json.eventId = filter.eventId;
  if (filter.interest) json.interest = filter.interest;
  if (filter.optedIn != null) json.optedIn = filter.optedIn;
  if (filter.createdFrom) json.createdFrom = filter.createdFrom.toISOString();
  if (filter.createdTo) json.createdTo = filter.createdTo.toISOString();
  return json;
}

export function filterFromJson(json: Record<string, unknown>): LeadFilterValues {
  return {
    search: typeof json.search === 'string' ? json.search : null,
    eventId: typeof json.eventId === 'string' ? json.eventId : null,
    interest: typeof json.interest === 'string' ? json.interest : null,
    optedIn: typeof json.optedIn === 'boolean' ? json.optedIn : null,
    createdFrom: typeof json.createdFrom === 'string' ? new Date(json.createdFrom) : null,
    createdTo: typeof json.createdTo === 'string' ? new Date(json.createdTo) : null,
  };
}
