import type { ApolloServerPlugin } from '@apollo/server';
import type { Histogram } from 'prom-client';
import type { Context } from './context';

/** Distinct operation names are chosen by callers; past this many, new ones share the label 'other'. */
const MAX_OPERATION_NAMES = 500;

/**
 * Times every GraphQL operation that resolved (parsed, validated, named) by operation name and type,
 * and hands the name to the request log. Unnamed operations are 'anonymous'.
 */
export function graphqlMetricsPlugin(duration: Histogram<'operation' | 'type'>): ApolloServerPlugin<Context> {
  const names = new Set<string>();
  const label = (name: string) => {
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didResolveOperation({ operationName, contextValue }) {
          if (contextValue.http) contextValue.http.notes.operation = operationName ?? 'anonymous';
        },
        async willSendResponse({ operation, operationName }) {
          if (!operation) return;
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          duration.observe({ operation: label(operationName ?? 'anonymous'), type: operation.operation }, seconds);
        },
      };
    },
  };
}
