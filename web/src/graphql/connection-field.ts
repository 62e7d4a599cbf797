import type { FieldPolicy, Reference } from '@apollo/client';

interface Edge {
  cursor: string;
  node: Reference;
}

interface ConnectionResult {
  edges: Edge[];
  [field: string]: unknown;
}

/**
 * Cache policy for a cursor connection (`first`/`after`): pages loaded with `after` are appended
 * to the list already held for the same filters (`keyArgs`); a request without `after` starts it again.
 */
export function connectionField(keyArgs: string[]): FieldPolicy<ConnectionResult> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.edges.map((edge) => readField<string>('id', edge.node)));
      const fresh = incoming.edges.filter((edge) => !seen.has(readField<string>('id', edge.node)));
      return { ...incoming, edges: [...existing.edges, ...fresh] };
    },
  };
}
