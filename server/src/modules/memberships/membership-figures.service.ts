import type { DataSource } from 'typeorm';
import { BillingInterval, MEMBER_STATUSES, PAYING_STATUSES } from './membership-enums';

/** Members of one plan and interval at one moment. */
export interface PlanMembers {
  planId: string;
  interval: BillingInterval;
  currency: string;
  members: number;
  trialing: number;
  paying: number;
  mrrCents: number;
}

/** Membership changes and money of one month (a UTC calendar month, 'YYYY-MM'). */
export interface MembershipMonth {
  month: string;
  newMembers: number;
  reactivatedMembers: number;
  canceledMembers: number;
  /** Canceled members who were paying (ACTIVE or PAST_DUE) when they ended: what churn counts. */
  churnedPayingMembers: number;
  revenueCents: number;
}

/** How many members and paying members there were at one moment. */
export interface MemberCount {
  members: number;
  paying: number;
}

export interface TrialOutcomes {
  ended: number;
  converted: number;
}

/** Each membership's newest history row before $1: its state at that moment. */
const STATE_AT = `
  SELECT DISTINCT ON (membership_id) membership_id, plan_id, interval, currency, status, mrr_cents
  FROM membership_events WHERE occurred_at < $1
  ORDER BY membership_id, occurred_at DESC, seq DESC`;

const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`;

/**
 * Membership figures, each a sum or a count over the append-only history (membership_events) and
 * the paid invoices (membership_payments); nothing is read from the memberships' current rows, so
 * any figure can be recomputed for any past moment and checked row by row.
 */
export class MembershipFiguresService {
  constructor(private readonly db: DataSource) {}

  /** MRR at each moment: the sum of every MRR change recorded before it, in one currency. */
  async mrrAt(moments: Date[], currency: string): Promise<number[]> {
    const rows: { mrr: string }[] = await this.db.query(
      `SELECT coalesce((SELECT sum(mrr_delta_cents) FROM membership_events WHERE currency = $2 AND occurred_at < t.at), 0) AS mrr
       FROM unnest($1::timestamptz[]) WITH ORDINALITY AS t(at, i) ORDER BY t.i`,
      [moments, currency],
    );
    return rows.map((row) => Number(row.mrr));
  }

  /** Members (TRIALING, ACTIVE, PAST_DUE) by plan and interval at one moment. */
  async membersByPlanAt(moment: Date): Promise<PlanMembers[]> {
    const rows: { plan_id: string; interval: BillingInterval; currency: string; members: number; trialing: number; paying: number; mrr: string }[] = await this.db.query(
      `SELECT plan_id, interval, currency, count(*)::int AS members,
              count(*) FILTER (WHERE status = 'TRIALING')::int AS trialing,
              count(*) FILTER (WHERE status = ANY($3))::int AS paying,
              sum(mrr_cents) AS mrr
       FROM (${STATE_AT}) latest WHERE status = ANY($2)
       GROUP BY plan_id, interval, currency ORDER BY plan_id, interval`,
      [moment, MEMBER_STATUSES, PAYING_STATUSES],
    );
    return rows.map((r) => ({ planId: r.plan_id, interval: r.interval, currency: r.currency, members: r.members, trialing: r.trialing, paying: r.paying, mrrCents: Number(r.mrr) }));
  }

  /** Members and paying members at each moment (whatever the currency). */
  async countsAt(moments: Date[]): Promise<MemberCount[]> {
    const counts: MemberCount[] = [];
    for (const moment of moments) {
      const [row]: { members: number; paying: number }[] = await this.db.query(
        `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS members, count(*) FILTER (WHERE status = ANY($3))::int AS paying FROM (${STATE_AT}) latest`,
        [moment, MEMBER_STATUSES, PAYING_STATUSES],
      );
      counts.push(row);
    }
    return counts;
  }

  /** New, reactivated and canceled members and membership revenue (in one currency) per month within [from, to). */
  async months(from: Date, to: Date, currency: string): Promise<Map<string, MembershipMonth>> {
    const changes: { month: string; new: number; reactivated: number; canceled: number; churned: number }[] = await this.db.query(
      `SELECT ${MONTH('occurred_at')} AS month,
              count(*) FILTER (WHERE reason = 'NEW')::int AS new,
              count(*) FILTER (WHERE reason = 'REACTIVATED')::int AS reactivated,
              count(*) FILTER (WHERE reason = 'CANCELED')::int AS canceled,
              count(*) FILTER (WHERE reason = 'CANCELED' AND previous_status = ANY($3))::int AS churned
       FROM membership_events WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY 1`,
      [from, to, PAYING_STATUSES],
    );
    const revenue: { month: string; cents: string }[] = await this.db.query(
      `SELECT ${MONTH('paid_at')} AS month, sum(amount_cents) AS cents
       FROM membership_payments WHERE paid_at >= $1 AND paid_at < $2 AND currency = $3 GROUP BY 1`,
      [from, to, currency],
    );
    const months = new Map<string, MembershipMonth>();
    const month = (key: string) => {
      if (!months.has(key)) months.set(key, { month: key, newMembers: 0, reactivatedMembers: 0, canceledMembers: 0, churnedPayingMembers: 0, revenueCents: 0 });
      return months.get(key)!;
    };
    for (const row of changes) Object.assign(month(row.month), { newMembers: row.new, reactivatedMembers: row.reactivated, canceledMembers: row.canceled, churnedPayingMembers: row.churned });
    for (const row of revenue) month(row.month).revenueCents = Number(row.cents);
    return months;
  }

  /** Trials that ended within [from, to), and how many of them ended in a payment (TRIALING to ACTIVE). */
  async trialOutcomes(from: Date, to: Date): Promise<TrialOutcomes> {
    const [row]: TrialOutcomes[] = await this.db.query(
      `SELECT count(*)::int AS ended, count(*) FILTER (WHERE status = 'ACTIVE')::int AS converted
       FROM membership_events WHERE previous_status = 'TRIALING' AND status <> 'TRIALING' AND occurred_at >= $1 AND occurred_at < $2`,
      [from, to],
    );
    return row;
  }

  /** Fans who became members for the first time within [from, to). */
  async firstTimeMemberIds(from: Date, to: Date): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT user_id FROM membership_events WHERE reason = 'NEW' AND occurred_at >= $1 AND occurred_at < $2`,
      [from, to],
    );
    return rows.map((row) => row.user_id);
  }

  /** Every currency the history has amounts in. */
  async currencies(): Promise<string[]> {
    const rows: { currency: string }[] = await this.db.query(`SELECT DISTINCT currency FROM membership_events ORDER BY currency`);
    return rows.map((row) => row.currency);
  }
}
