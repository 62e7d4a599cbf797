import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { paginate } from '../../graphql/connection';
import { badInput, notFound } from '../../graphql/errors';
import type { Viewer } from '../auth/viewer.service';
import { EventStatus, type Event } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import type { LeadImportsService } from './lead-imports.service';
import type { LeadInterestsService } from './lead-interests.service';
import { applyLeadFilter, TEXTABLE, type LeadFilterValues } from './lead-filter';
import { Lead } from './lead.entity';
import type { LeadSignupInput, LeadsArgs, SignupForm, SignupReceipt } from './leads.types';
import type { SignUpLead } from './sign-up';

/** How a campaign audience splits: who will be texted and who will be skipped. */
export interface AudienceCount {
  /** Leads matching the filter that have a phone and gave SMS consent. */
  matching: number;
  /** Of those, numbers that opted out: a campaign skips them. */
  optedOut: number;
  /** Texts a campaign would send now: matching - optedOut. */
  recipients: number;
}

/** Leads: the public signup, reading and filtering; the other domains' way into the leads table. */
export class LeadsService {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly events: EventsService,
    readonly interests: LeadInterestsService,
    readonly imports: LeadImportsService,
    private readonly signUpLead: SignUpLead,
  ) {}

  signUp(input: LeadSignupInput, ip: string | null): Promise<SignupReceipt> {
    return this.signUpLead.run(input, ip);
  }

  /** The form, general or for an event the viewer may open (a private one needs its accessKey). */
  async signupForm(viewer: Viewer | null, eventId: string | null, accessKey: string | null): Promise<SignupForm> {
    let event: Event | null = null;
    if (eventId !== null || accessKey !== null) {
      if (eventId !== null && !isUUID(eventId)) throw badInput('eventId', 'eventId must be an event id.');
      event = await this.events.findVisible(viewer, eventId, accessKey);
      if (!event || event.status !== EventStatus.PUBLISHED) throw notFound('Event');
    }
    return { eventId: event?.id ?? null, event, consentText: this.config.leadsConsentText, interests: await this.interests.list() };
  }

  private get repo() {
    return this.db.getRepository(Lead);
  }

  findById(id: string): Promise<Lead | null> {
    return isUUID(id) ? this.repo.findOneBy({ id }) : Promise.resolve(null);
  }

  async findManyByIds(ids: readonly string[]): Promise<Lead[]> {
    return ids.length ? this.repo.createQueryBuilder('lead').where('lead.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  findByPhone(phone: string, manager: EntityManager = this.db.manager): Promise<Lead | null> {
    return manager.findOneBy(Lead, { phone });
  }

  filtered(filter: LeadFilterValues, manager: EntityManager = this.db.manager) {
    return applyLeadFilter(manager.getRepository(Lead).createQueryBuilder('lead'), filter);
  }

  list(args: LeadsArgs) {
    return paginate(this.filtered(args), args);
  }

  /** Leads a campaign to `filter` would reach: with a phone and SMS consent; opted-out ones are skipped. */
  async audienceCount(filter: LeadFilterValues): Promise<AudienceCount> {
    const row = await this.filtered(filter)
      .select('COUNT(*)', 'matching')
      .addSelect('COUNT(*) FILTER (WHERE lead.opted_out)', 'opted_out')
      .andWhere('lead.phone IS NOT NULL AND lead.consent_sms')
      .getRawOne<{ matching: string; opted_out: string }>();
    const matching = Number(row?.matching ?? 0);
    const optedOut = Number(row?.opted_out ?? 0);
    return { matching, optedOut, recipients: matching - optedOut };
  }

  /** SQL selecting the ids of a campaign's audience (a phone and SMS consent; opted-out ones included, to be skipped). */
  audienceIdsQuery(filter: LeadFilterValues): [string, unknown[]] {
    return this.filtered(filter).select('lead.id').andWhere('lead.phone IS NOT NULL AND lead.consent_sms').getQueryAndParameters();
  }

  /** Keeps leads.opted_out in step with the number's opt-out (the SMS domain owns the opt-out itself). */
  async setOptedOut(phone: string, optedOut: boolean, manager: EntityManager): Promise<Lead | null> {
    const result = await manager.query(`UPDATE leads SET opted_out = $2, updated_at = now() WHERE phone = $1 RETURNING id`, [phone, optedOut]);
    const id = (result[0] as { id: string }[] | undefined)?.[0]?.id;
    return id ? manager.findOneBy(Lead, { id }) : null;
  }

  /** The lead with this email that may be texted now (a phone, SMS consent, not opted out), if any. */
  async findTextableByEmail(email: string, manager: EntityManager = this.db.manager): Promise<(Lead & { phone: string }) | null> {
    const lead = await manager.createQueryBuilder(Lead, 'lead').where('lead.email = lower(:email)', { email: email.trim() }).andWhere(TEXTABLE('lead')).getOne();
    return lead as (Lead & { phone: string }) | null;
  }

  /** Leads that first reached Matchday within [from, to), per UTC day ('YYYY-MM-DD'), by source. */
  async countByDay(from: Date, to: Date): Promise<Map<string, { signups: number; imported: number }>> {
    const rows: { day: string; signups: number; imported: number }[] = await this.db.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
              count(*) FILTER (WHERE source = 'SIGNUP')::int AS signups, count(*) FILTER (WHERE source = 'IMPORT')::int AS imported
       FROM leads WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
      [from, to],
    );
    return new Map(rows.map((row) => [row.day, { signups: row.signups, imported: row.imported }]));
  }

  /** Whether the lead may be texted now. */
  async isTextable(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM leads l WHERE l.id = $1 AND ${TEXTABLE('l')}`, [id]);
    return rows.length > 0;
  }
}
