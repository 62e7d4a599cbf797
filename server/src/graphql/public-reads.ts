import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Context } from './context';

/** Root fields whose answer is the same for every anonymous caller: the public event list and pages. */
const PUBLIC_READ_FIELDS = new Set(['events', 'event', '__typename']);

/** Whether an operation only reads public root fields (directly: a fragment at the root is not looked into). */
export function isPublicRead(operation: OperationDefinitionNode): boolean {
  return operation.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === 'Field' && PUBLIC_READ_FIELDS.has(s.name.value));
}

/** Marks anonymous public reads that answered without errors, for the HTTP layer's PublicReadCache. */
export function publicReadPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.http && !contextValue.viewer && operation && isPublicRead(operation)) contextValue.http.notes.publicRead = true;
        },
        async willSendResponse({ response, contextValue }) {
          const failed = response.body.kind !== 'single' || Boolean(response.body.singleResult.errors?.length);
          if (failed && contextValue.http) contextValue.http.notes.publicRead = false;
        },
      };
    },
  };
}
