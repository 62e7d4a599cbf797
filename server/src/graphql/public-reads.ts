import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, isObjectType, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { Role } from '../modules/users/user.entity';
import type { Context } from './context';

/**
 * The fields whose value is the same for every caller who is not an admin: what the public event list
 * and event pages show. Anything not named here (admin-only figures, the viewer's own price, waiting
 * room state, fields added later) keeps a document out of the cache, so a new field is safe by default.
 */
const PUBLIC_FIELDS: Record<string, Set<string>> = {
  Query: new Set(['events', 'event']),
  EventConnection: new Set(['edges', 'pageInfo', 'totalCount']),
  EventEdge: new Set(['cursor', 'node']),
  PageInfo: new Set(['hasNextPage', 'endCursor']),
  Event: new Set([
    'id', 'title', 'description', 'venue', 'address', 'startsAt', 'endsAt', 'timeZone', 'coverImageUrl', 'capacity', 'visibility', 'status',
    'createdAt', 'updatedAt', 'publishedAt', 'cancelledAt', 'memberPresaleStartsAt', 'seatsAvailable', 'ticketTypes',
  ]),
  TicketType: new Set([
    'id', 'eventId', 'event', 'name', 'description', 'priceCents', 'currency', 'quantity', 'maxPerOrder', 'salesStartAt', 'salesEndAt',
    'memberDiscountPercent', 'createdAt', 'available', 'saleStatus', 'memberPriceCents', 'memberSalesStartAt',
  ]),
};

/** What an anonymous caller's answer may also hold: the viewer's price is the plain price when nobody is signed in. */
const ANONYMOUS_FIELDS: Record<string, Set<string>> = {
  ...PUBLIC_FIELDS,
  TicketType: new Set([...PUBLIC_FIELDS.TicketType, 'viewerPriceCents']),
};

/**
 * Whether an operation is a public read: a query that selects only PUBLIC_FIELDS (through fragments
 * too; ANONYMOUS_FIELDS for a caller not signed in), so that every caller of that kind gets the same
 * answer for the same document and variables.
 */
export function isPublicRead(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, anonymous: boolean): boolean {
  const fields = anonymous ? ANONYMOUS_FIELDS : PUBLIC_FIELDS;
  if (operation.operation !== 'query') return false;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d.selectionSet] as const] : [])));
  const visit = (typeName: string, selectionSet: SelectionSetNode): boolean => {
    const allowed = fields[typeName];
    const type = schema.getType(typeName);
    if (!allowed || !isObjectType(type)) return false;
    return selectionSet.selections.every((selection) => {
      if (selection.kind === 'InlineFragment') return (!selection.typeCondition || selection.typeCondition.name.value === typeName) && visit(typeName, selection.selectionSet);
      if (selection.kind === 'FragmentSpread') {
        const spread = fragments.get(selection.name.value);
        return spread !== undefined && visit(typeName, spread);
      }
      const name = selection.name.value;
      if (name === '__typename') return true;
      if (!allowed.has(name)) return false;
      const fieldType = getNamedType(type.getFields()[name].type);
      return !selection.selectionSet || visit(fieldType.name, selection.selectionSet);
    });
  };
  return visit('Query', operation.selectionSet);
}

/**
 * Marks public reads by callers who see them as anyone does (not admins; API tokens keep their own
 * checks), for the HTTP layer's PublicReadCache, which keeps only answers without errors
 * (publicAnswerOf). Documents are judged once.
 */
export function publicReadPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const judged = { anonymous: new WeakMap<OperationDefinitionNode, boolean>(), signedIn: new WeakMap<OperationDefinitionNode, boolean>() };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          const { http, viewer } = contextValue;
          if (!http || !operation || !mayShareReads(viewer)) return;
          const seen = viewer ? judged.signedIn : judged.anonymous;
          let publicRead = seen.get(operation);
          if (publicRead === undefined) seen.set(operation, (publicRead = isPublicRead(schema, document, operation, !viewer)));
          http.notes.publicRead = publicRead;
        },
      };
    },
  };
}

/** Anonymous callers and signed-in fans and volunteers see public reads alike; admins (drafts) and API tokens (scopes) do not. */
export function mayShareReads(viewer: Context['viewer']): boolean {
  return !viewer || (viewer.via === 'session' && viewer.user.role !== Role.ADMIN);
}
