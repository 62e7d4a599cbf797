import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { BudgetSettings, CostBudget } from '../infra/cost-budget';
import { actualCost } from './actual-cost';
import type { Context } from './context';
import { requestedCost } from './limits';

/** The budget a caller draws on: a signed-in user's (every token and session of theirs), else their IP's. */
export function callerOf({ viewer, ip }: Pick<Context, 'viewer' | 'ip'>): string {
  return viewer ? `user:${viewer.user.id}` : `ip:${ip ?? 'unknown'}`;
}

/** extensions.cost of an answer, for a caller left with `remaining` points (null: Redis could not say). */
export function costExtension(settings: BudgetSettings, requested: number, actual: number, remaining: number | null) {
  const { capacity, restorePerSecond } = settings;
  return { requested, actual, budget: { capacity, remaining, restorePerSecond } };
}

/**
 * Cost in every answer: `extensions.cost` = { requested, actual, budget: { capacity, remaining,
 * restorePerSecond } }. The requested cost is charged before the operation runs (one Redis call)
 * and a caller whose budget cannot hold it is refused with THROTTLED; once the answer is known the
 * difference to its actual cost is settled in the background.
 */
export function costPlugin(budget: CostBudget): ApolloServerPlugin<Context> {
  const { capacity, restorePerSecond } = budget.settings;
  return {
    async requestDidStart() {
      let charge: { caller: string; requested: number; remaining: number | null; ran: boolean } | null = null;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const caller = callerOf(contextValue);
          const requested = requestedCost(schema, document, operation, request.variables ?? {});
          const result = await budget.charge(caller, requested);
          charge = { caller, requested, remaining: result.remaining, ran: result.allowed };
          if (!result.allowed) {
            throw new GraphQLError(
              `Over your query budget: this operation costs ${requested} and ${result.remaining ?? 0} of ${capacity} points are left (${restorePerSecond} come back each second). Try again in ${result.retryAfterSeconds} seconds.`,
              { extensions: { code: 'THROTTLED', retryAfterSeconds: result.retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(result.retryAfterSeconds)]]) } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!charge || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const actual = charge.ran ? actualCost(result.data) : 0;
          const delta = charge.ran ? actual - charge.requested : -charge.requested;
          if (charge.ran && charge.remaining !== null) budget.settle(charge.caller, delta);
          const remaining = charge.ran && charge.remaining !== null ? Math.max(0, Math.min(capacity, charge.remaining - delta)) : charge.remaining;
          result.extensions = { ...result.extensions, cost: costExtension(budget.settings, charge.requested, actual, remaining) };
        },
      };
    },
  };
}
