import fs from 'node:fs';
import path from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'graphql';
import { buildGraphSchema, printGraphSchema } from '../../server/src/graphql/schema';
import type { PubSub } from '../../server/src/graphql/pubsub';
import { previousCommittedSchema, unannouncedBreakingChanges } from '../support/schema-compat';

const ROOT = path.resolve(__dirname, '..', '..');

describe('schema.graphql', () => {
  it('is the graph the server builds from its code', async () => {
    // An in-memory pub/sub is enough to build the schema; the server itself uses the Redis-backed one.
    const schema = await buildGraphSchema(createPubSub() as unknown as PubSub);
    const printed = printGraphSchema(schema);
    const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    if (printed !== committed) {
      const built = printed.split('\n');
      const kept = committed.split('\n');
      let line = 0;
      while (built[line] === kept[line]) line++;
      throw new Error(
        'schema.graphql is stale: it differs from the graph built from server/src. ' +
          'Run `npm run schema` and commit schema.graphql.\n' +
          `First difference at line ${line + 1}:\n  built:     ${built[line] ?? '(end)'}\n  committed: ${kept[line] ?? '(end)'}`,
      );
    }
  });

  it('changes only additively: nothing the previous committed schema had is removed or changed unless it was deprecated first', () => {
    const current = fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8');
    const previous = previousCommittedSchema(ROOT, current);
    expect(previous).not.toBeNull();
    const breaking = unannouncedBreakingChanges(buildSchema(previous!), buildSchema(current));
    if (breaking.length) {
      throw new Error(`schema.graphql breaks integrators: ${breaking.join(' ')} Deprecate first (@deprecated, with the replacement) and remove in a later change.`);
    }
  });

  it('tells a removal of a deprecated field from a breaking one', () => {
    const before = buildSchema(`type Query { kept: Int old: Int @deprecated(reason: "Use kept.") gone: Int list(first: Int): [Int] } enum Color { RED BLUE @deprecated(reason: "Use RED.") GREEN }`);
    const after = buildSchema(`type Query { kept: String list: [Int] } enum Color { RED }`);
    expect(unannouncedBreakingChanges(before, after).sort()).toEqual(
      ['GREEN was removed from enum type Color.', 'Query.gone was removed.', 'Query.kept changed type from Int to String.', 'Query.list arg first was removed.'].sort(),
    );
  });
});
