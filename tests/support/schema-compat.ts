import { execFileSync } from 'node:child_process';
import { BreakingChangeType, findBreakingChanges, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Breaking changes from `before` to `after`, except the removal of what `before` had already
 * deprecated (the deprecation practice: deprecate first, remove in a later change).
 */
export function unannouncedBreakingChanges(before: GraphQLSchema, after: GraphQLSchema): string[] {
  return findBreakingChanges(before, after)
    .filter((change) => !(isRemoval(change.type) && wasDeprecated(before, change.description)))
    .map((change) => change.description);
}

function isRemoval(type: string): boolean {
  return type === BreakingChangeType.FIELD_REMOVED || type === BreakingChangeType.VALUE_REMOVED_FROM_ENUM || type === BreakingChangeType.ARG_REMOVED;
}

/** graphql-js describes removals as "Type.field was removed.", "VALUE was removed from enum type Type.", "Type.field arg x was removed.". */
function wasDeprecated(schema: GraphQLSchema, description: string): boolean {
  const field = /^(\w+)\.(\w+) (?:arg (\w+) )?was removed\.$/.exec(description);
  if (field) {
    const type = schema.getType(field[1]);
    if (!type || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return false;
    const definition = type.getFields()[field[2]];
    if (!definition) return false;
    if (!field[3]) return Boolean(definition.deprecationReason);
    return Boolean(('args' in definition ? definition.args : []).find((arg) => arg.name === field[3])?.deprecationReason);
  }
  const value = /^(\w+) was removed from enum type (\w+)\.$/.exec(description);
  if (value) {
    const type = schema.getType(value[2]);
    return isEnumType(type) && Boolean(type.getValue(value[1])?.deprecationReason);
  }
  return false;
}

/**
 * The committed schema.graphql before the current one: HEAD's when the working copy changed it,
 * else the version before the last commit that changed it. Null when there is none (a new repository).
 */
export function previousCommittedSchema(root: string, current: string): string | null {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const head = git('show', 'HEAD:schema.graphql');
  if (head !== current) return head;
  const [, previous] = git('log', '-n', '2', '--format=%H', '--', 'schema.graphql').trim().split('\n');
  return previous ? git('show', `${previous}:schema.graphql`) : null;
}
