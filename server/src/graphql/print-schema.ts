// Prints the graph to schema.graphql at the repository root: `npm run schema`.
import fs from 'node:fs';
import path from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildGraphSchema, printGraphSchema } from './schema';

async function main() {
  const schema = await buildGraphSchema(createPubSub() as never);
  const file = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
  fs.writeFileSync(file, printGraphSchema(schema));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
}

void main();
