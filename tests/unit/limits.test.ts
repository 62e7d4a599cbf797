import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { validateWithLimits } from '../../server/src/graphql/limits';
import type { PubSub } from '../../server/src/graphql/pubsub';
import { buildGraphSchema } from '../../server/src/graphql/schema';

const DEFAULTS = { maxDepth: 12, maxAliases: 30, maxCost: 20000 };
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildGraphSchema(createPubSub() as unknown as PubSub);
});

const refusals = (query: string, limits = DEFAULTS) => validateWithLimits(schema, parse(query), limits).map((error) => error.message);

describe('query limits', () => {
  it('let the standard introspection query through with the default limits', () => {
    expect(refusals(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('measure a document of fragments spread into each other without expanding it', () => {
    // 40 fragments each spreading the previous one twice: 2^40 fields once expanded.
    let fragments = 'fragment F0 on User { id }\n';
    for (let i = 1; i <= 40; i++) fragments += `fragment F${i} on User { ...F${i - 1} ...F${i - 1} }\n`;
    expect(refusals(`{ me { ...F40 } }\n${fragments}`)).toEqual([
      `Query is too costly: ${1 + 2 ** 40} (limit 20000). Ask for smaller pages (first) or fewer fields.`,
    ]);
  });

  it('do not let a negative page offset the cost of the rest', () => {
    const expensive = Array.from({ length: 23 }, (_, i) => `p${i}: users(first: 100) { edges { node { id email name role status createdAt lastSignInAt } } }`).join(' ');
    const offset = 'cheap: users(first: -1000000) { edges { node { id email name role status createdAt lastSignInAt } } }';
    // 23 pages of 901 cost 20723; the negative page counts as one item (10), not as -9 million.
    expect(refusals(`{ ${expensive} ${offset} }`)).toEqual(['Query is too costly: 20733 (limit 20000). Ask for smaller pages (first) or fewer fields.']);
  });

  it('name the operation type in the refusal', () => {
    expect(refusals('mutation { a: setUserRole(userId: "x", role: FAN) { id } b: setUserRole(userId: "y", role: FAN) { id } }', { ...DEFAULTS, maxAliases: 1 })).toEqual([
      'Mutation uses too many aliases: 2 (limit 1).',
    ]);
  });
});
