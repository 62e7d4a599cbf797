import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { graphql } from '../../generated';
import type { BusinessFigure, DashboardMetricsQuery } from '../../generated/graphql';
import { Button } from '../../ui/Button';
import { ErrorState, LoadingOrError } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { FigureCsv } from './FigureCsv';
import { graphRange, isDay, presetRange, type DayRange } from './range';
import { useFigureExports, type FigureExport } from './useFigureExports';

// recharts is large: it loads with the charts, not with the app.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((module) => ({ default: module.DashboardCharts })));

const DashboardMetricsDoc = graphql(`
  query DashboardMetrics($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {
    businessMetrics(from: $from, to: $to, currency: $currency) {
      from
      to
      currency
      currencies
      mrrCents
      arrCents
      activeMembers
      payingMembers
      churnRate
      trialConversionRate
      trialsConverted
      trialsEnded
      signupConversionRate
      signups
      signupsBecameMembers
      membershipRevenueCents
      ticketRevenueCents
      explanations {
        figure
        title
        explanation
      }
      membersByPlan {
        planId
        plan {
          id
          name
        }
        interval
        members
        paying
        trialing
        mrrCents
        currency
      }
      months {
        month
        mrrCentsAtEnd
        membersAtEnd
        newMembers
        canceledMembers
        reactivatedMembers
        churnRate
        churnedPayingMembers
        payingMembersAtStart
        membershipRevenueCents
        ticketRevenueCents
      }
      leadsPerDay {
        day
        signups
        imported
      }
    }
  }
`);

export type Metrics = DashboardMetricsQuery['businessMetrics'];

/** What the charts need to explain and export their figures. */
export interface FigureTools {
  explain: (figure: BusinessFigure) => { title: string; explanation: string };
  exportOf: (figure: BusinessFigure) => FigureExport | null;
  onExport: (figure: BusinessFigure) => void;
}

export const percent = (rate: number | null | undefined) => (rate == null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** A headline number, with how it is computed on hover or focus. */
function Stat({ label, value, detail, explanation }: { label: string; value: string; detail?: ReactNode; explanation: string }) {
  const tipId = useId();
  return (
    <div className="stat figure-stat" role="group" aria-label={label}>
      <span className="stat-label">
        {label}
        <span className="info-tip" tabIndex={0} aria-describedby={tipId}>
          <span aria-hidden="true">i</span>
          <span className="visually-hidden">How is this computed?</span>
          <span className="info-tip-text" role="tooltip" id={tipId}>
            {explanation}
          </span>
        </span>
      </span>
      <strong className="stat-value">{value}</strong>
      {detail && <span className="muted">{detail}</span>}
    </div>
  );
}

const PRESETS = [
  { key: 'twelveMonths', label: 'Last 12 months' },
  { key: 'year', label: 'This year' },
  { key: 'month', label: 'This month' },
] as const;

/**
 * The admin's landing page: MRR, members, churn, conversions and revenue for a date range, from
 * businessMetrics; each figure says how it is computed and downloads as CSV.
 */
export function DashboardPage() {
  const [range, setRange] = useState<DayRange>(() => presetRange('twelveMonths'));
  const [draft, setDraft] = useState<DayRange>(range);
  const [currency, setCurrency] = useState<string | null>(null);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const variables = { ...graphRange(range), currency };
  const { data, previousData, loading, error, refetch } = useQuery(DashboardMetricsDoc, { variables, fetchPolicy: 'cache-and-network' });
  const metrics = (data ?? previousData)?.businessMetrics;
  const { exportFigure, exportOf } = useFigureExports({ ...graphRange(range), currency: metrics?.currency ?? currency });
  const rangeId = useId();
  const notesId = useId();

  const apply = (next: DayRange) => {
    if (!isDay(next.from) || !isDay(next.to)) return setRangeError('Choose both dates.');
    if (next.from > next.to) return setRangeError('The first day must be on or before the last day.');
    setRangeError(null);
    setDraft(next);
    setRange(next);
  };

  const explain = (figure: BusinessFigure) => metrics?.explanations.find((item) => item.figure === figure) ?? { title: figure, explanation: '' };
  const tools: FigureTools = { explain, exportOf, onExport: (figure) => void exportFigure(figure) };

  let body;
  if (!metrics) {
    body = <LoadingOrError loading={loading} label="Computing the figures…" error={error} onRetry={() => void refetch()} />;
  } else {
    const money = (cents: number) => formatMoney(cents, metrics.currency);
    body = (
      <div className={`dashboard${loading ? ' is-stale' : ''}`}>
        {error && <ErrorState error={error} title="These figures could not be refreshed" onRetry={() => void refetch()} />}
        <div className="stats" aria-label="Headline figures">
          <Stat label="MRR" value={money(metrics.mrrCents)} detail="at the end of the range" explanation={explain('MRR').explanation} />
          <Stat label="ARR" value={money(metrics.arrCents)} detail="MRR × 12" explanation={explain('ARR').explanation} />
          <Stat label="Active members" value={metrics.activeMembers.toLocaleString()} detail={`${metrics.payingMembers.toLocaleString()} paying · ${(metrics.activeMembers - metrics.payingMembers).toLocaleString()} trialing`} explanation={explain('ACTIVE_MEMBERS').explanation} />
          <Stat label="Monthly churn" value={percent(metrics.churnRate)} detail="over the range" explanation={explain('CHURN_RATE').explanation} />
          <Stat label="Trial conversion" value={percent(metrics.trialConversionRate)} detail={`${metrics.trialsConverted} of ${metrics.trialsEnded} trials that ended`} explanation={explain('TRIAL_CONVERSION').explanation} />
          <Stat label="Signup conversion" value={percent(metrics.signupConversionRate)} detail={`${metrics.signupsBecameMembers} of ${metrics.signups} new accounts`} explanation={explain('SIGNUP_CONVERSION').explanation} />
          <Stat label="Membership revenue" value={money(metrics.membershipRevenueCents)} detail="invoices paid in the range" explanation={explain('MEMBERSHIP_REVENUE').explanation} />
          <Stat label="Ticket revenue" value={money(metrics.ticketRevenueCents)} detail="sales − refunds in the range" explanation={explain('TICKET_REVENUE').explanation} />
        </div>
        <Suspense fallback={<Loading label="Loading the charts…" />}>
          <DashboardCharts metrics={metrics} tools={tools} />
        </Suspense>
        <section className="card figure-notes" aria-labelledby={notesId}>
          <h2 className="card-title" id={notesId}>
            How these figures are computed
          </h2>
          <p className="muted">Every figure comes from the membership history, the payments ledger, the orders and the accounts. Months are UTC calendar months; money is in {metrics.currency}.</p>
          <dl className="figure-list">
            {metrics.explanations.map((item) => (
              <div key={item.figure}>
                <dt>
                  <span>{item.title}</span>
                  <FigureCsv figure={item.figure} title={item.title} state={exportOf(item.figure)} onExport={tools.onExport} />
                </dt>
                <dd>{item.explanation}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    );
  }

  return (
    <Page title="Dashboard" description="Memberships and revenue for the dates you choose.">
      <section className="card range-bar" aria-labelledby={rangeId}>
        <h2 className="visually-hidden" id={rangeId}>
          Date range
        </h2>
        <div className="range-presets" role="group" aria-label="Quick ranges">
          {PRESETS.map((preset) => (
            <Button key={preset.key} size="small" variant={JSON.stringify(presetRange(preset.key)) === JSON.stringify(range) ? 'primary' : 'secondary'} onClick={() => apply(presetRange(preset.key))}>
              {preset.label}
            </Button>
          ))}
        </div>
        <form
          className="range-form"
          onSubmit={(submit) => {
            submit.preventDefault();
            apply(draft);
          }}
          noValidate
        >
          <TextField label="From" type="date" value={draft.from} onChange={(change) => setDraft({ ...draft, from: change.target.value })} />
          <TextField label="To" type="date" value={draft.to} onChange={(change) => setDraft({ ...draft, to: change.target.value })} error={rangeError} />
          {metrics && metrics.currencies.length > 1 && (
            <SelectField label="Currency" value={metrics.currency} onChange={(change) => setCurrency(change.target.value)}>
              {metrics.currencies.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </SelectField>
          )}
          <Button type="submit">Show</Button>
        </form>
      </section>
      {body}
    </Page>
  );
}
