import { useId, type ReactElement } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BusinessFigure } from '../../generated/graphql';
import { intervalLabel } from '../../membership/badges';
import { EmptyState } from '../../ui/EmptyState';
import { formatMoney, minorDigits } from '../../ui/money';
import type { FigureTools, Metrics } from './DashboardPage';
import { percent } from './DashboardPage';
import { FigureCsv } from './FigureCsv';
import { monthLabel } from './range';

// The app's palette (theme.css), for SVG fills that cannot read CSS variables.
const PITCH = '#1f9d6b';
const PITCH_DARK = '#0f5140';
const GOLD = '#f5c542';
const DANGER = '#b42318';
const INFO = '#1d5fd1';
const GRID = '#dbe3df';
const AXIS = { fontSize: 12, fill: '#5a6a62' };

/** One chart with its title, its CSV download(s) and how its figure is computed, as a footnote. */
function ChartCard({ figures, title, tools, children, empty, wide = false }: { figures: BusinessFigure[]; title: string; tools: FigureTools; children: ReactElement; empty?: string | null; wide?: boolean }) {
  const titleId = useId();
  return (
    <section className={`card chart-card${wide ? ' chart-wide' : ''}`} aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 className="card-title" id={titleId}>
          {title}
        </h2>
        <span className="row row-tight">
          {figures.map((figure) => (
            <FigureCsv key={figure} figure={figure} title={tools.explain(figure).title} state={tools.exportOf(figure)} onExport={tools.onExport} />
          ))}
        </span>
      </div>
      {empty ? (
        <EmptyState title={empty} />
      ) : (
        <div className="chart" role="img" aria-label={title}>
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
      )}
      <div className="chart-notes">
        {figures.map((figure) => (
          <p key={figure} className="chart-note">
            <strong>{tools.explain(figure).title}:</strong> {tools.explain(figure).explanation}
          </p>
        ))}
      </div>
    </section>
  );
}

/** The dashboard's charts (recharts, loaded only with this page). */
export function DashboardCharts({ metrics, tools }: { metrics: Metrics; tools: FigureTools }) {
  const { currency } = metrics;
  const major = (cents: number) => cents / 10 ** minorDigits(currency);
  const money = (value: number) => formatMoney(Math.round(value * 10 ** minorDigits(currency)), currency);
  const compactMoney = (value: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(value);
  const months = metrics.months.map((month) => ({
    label: monthLabel(month.month),
    mrr: major(month.mrrCentsAtEnd),
    members: month.membersAtEnd,
    newMembers: month.newMembers,
    canceled: month.canceledMembers,
    reactivated: month.reactivatedMembers,
    churn: month.churnRate == null ? null : month.churnRate * 100,
    churnDetail: `${month.churnedPayingMembers} of ${month.payingMembersAtStart}`,
    tickets: major(month.ticketRevenueCents),
    memberships: major(month.membershipRevenueCents),
  }));
  const byPlan = metrics.membersByPlan.map((group) => ({
    label: `${group.plan?.name ?? 'Deleted plan'} · ${intervalLabel(group.interval)}`,
    paying: group.paying,
    trialing: group.trialing,
    mrr: formatMoney(group.mrrCents, group.currency),
  }));
  const days = metrics.leadsPerDay.map((day) => ({ label: day.day.slice(5), signups: day.signups, imported: day.imported }));
  const noMonths = months.length === 0 ? 'No months in this range' : null;
  const tooltipStyle = { borderRadius: 8, border: `1px solid ${GRID}`, fontSize: 13 };

  return (
    <div className="charts">
      <ChartCard figures={['MRR']} title="MRR over time" tools={tools} empty={noMonths}>
        <AreaChart data={months} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <defs>
            <linearGradient id="mrr-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={PITCH} stopOpacity={0.35} />
              <stop offset="100%" stopColor={PITCH} stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis tick={AXIS} tickLine={false} axisLine={false} tickFormatter={compactMoney} width={64} />
          <Tooltip contentStyle={tooltipStyle} formatter={(value) => [money(Number(value)), 'MRR at month end']} />
          <Area type="monotone" dataKey="mrr" name="MRR" stroke={PITCH_DARK} strokeWidth={2} fill="url(#mrr-fill)" />
        </AreaChart>
      </ChartCard>

      <ChartCard figures={['MEMBERS_BY_PLAN']} title="Members by plan and interval" tools={tools} empty={byPlan.length === 0 ? 'No members at the end of this range' : null}>
        <BarChart data={byPlan} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} />
          <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} axisLine={false} width={130} />
          <Tooltip contentStyle={tooltipStyle} labelFormatter={(label, payload) => `${label} · MRR ${payload?.[0]?.payload?.mrr ?? ''}`} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="paying" name="Paying" stackId="members" fill={PITCH} radius={[0, 0, 0, 0]} />
          <Bar dataKey="trialing" name="Trialing" stackId="members" fill={GOLD} radius={[0, 4, 4, 0]} />
        </BarChart>
      </ChartCard>

      <ChartCard figures={['MEMBER_MOVEMENTS']} title="New, canceled and reactivated members" tools={tools} empty={noMonths}>
        <BarChart data={months} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={40} />
          <Tooltip contentStyle={tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="newMembers" name="New" fill={PITCH} radius={[3, 3, 0, 0]} />
          <Bar dataKey="reactivated" name="Reactivated" fill={INFO} radius={[3, 3, 0, 0]} />
          <Bar dataKey="canceled" name="Canceled" fill={DANGER} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ChartCard>

      <ChartCard figures={['CHURN_RATE']} title="Monthly churn rate" tools={tools} empty={noMonths ?? (months.every((month) => month.churn === null) ? 'Nobody was paying at the start of any month' : null)}>
        <LineChart data={months} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis tick={AXIS} tickLine={false} axisLine={false} width={48} tickFormatter={(value: number) => `${value}%`} />
          <Tooltip
            contentStyle={tooltipStyle}
            formatter={(value, _name, item) => [value == null ? 'nobody was paying' : `${percent(Number(value) / 100)} (${item.payload.churnDetail})`, 'Churn']}
          />
          <Line type="monotone" dataKey="churn" name="Churn" stroke={DANGER} strokeWidth={2} dot={{ r: 3 }} connectNulls />
        </LineChart>
      </ChartCard>

      <ChartCard figures={['TICKET_REVENUE', 'MEMBERSHIP_REVENUE']} title="Ticket and membership revenue" tools={tools} empty={noMonths} wide>
        <BarChart data={months} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis tick={AXIS} tickLine={false} axisLine={false} tickFormatter={compactMoney} width={64} />
          <Tooltip contentStyle={tooltipStyle} formatter={(value, name) => [money(Number(value)), name]} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="tickets" name="Tickets" fill={GOLD} radius={[3, 3, 0, 0]} />
          <Bar dataKey="memberships" name="Memberships" fill={PITCH} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ChartCard>

      <ChartCard figures={['LEADS_PER_DAY']} title="Leads collected per day" tools={tools} empty={days.every((day) => day.signups + day.imported === 0) ? 'No leads in this range' : null} wide>
        <BarChart data={days} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={40} />
          <Tooltip contentStyle={tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="signups" name="Signups" stackId="leads" fill={PITCH} />
          <Bar dataKey="imported" name="Imported" stackId="leads" fill={INFO} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ChartCard>
    </div>
  );
}
