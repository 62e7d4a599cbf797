import fs from 'node:fs';
import path from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildGraphSchema, printGraphSchema } from '../../server/src/graphql/schema';
import type { PubSub } from '../../server/src/graphql/pubsub';

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
});
