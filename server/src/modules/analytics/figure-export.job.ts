import fs from 'node:fs/promises';
import { csvLine } from '../../infra/csv';
import type { JobHandler } from '../jobs/job-handler';
import type { BusinessFigure } from './business-figure';
import { figureRows } from './figure-csv';

export const FIGURE_EXPORT = 'analytics.figure_export';

export interface FigureExportPayload {
  figure: BusinessFigure;
  from: string;
  to: string;
  currency: string | null;
}

/** One businessMetrics figure as a CSV file, downloaded through the job's signed link. */
export const figureExportJob: JobHandler<FigureExportPayload> = {
  kind: FIGURE_EXPORT,
  async run(ctx) {
    const { figure, from, to, currency } = ctx.payload;
    await ctx.progress(0, 1);
    const metrics = await ctx.services.businessMetrics.compute({ from: new Date(from), to: new Date(to), currency });
    const plans = await ctx.services.plans.findManyByIds(metrics.membersByPlan.map((p) => p.planId));
    const rows = figureRows(figure, metrics, new Map(plans.map((plan) => [plan.id, plan.name])));
    const file = ctx.resultPath('csv');
    await fs.writeFile(file, rows.map(csvLine).join(''));
    await ctx.progress(1, 1);
    return { resultPath: file, message: `${rows.length - 1} rows of ${figure} (${metrics.currency}).` };
  },
};
