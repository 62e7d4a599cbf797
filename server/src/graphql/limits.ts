import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isInterfaceType,
  isObjectType,
  specifiedRules,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * Cheap refusals of abusive documents, checked once per document before anything runs:
 * nesting depth, the number of aliases, and a cost where every field costs 1 and a field that takes
 * `first` multiplies the cost of its selection by the page size it can return.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

const NOTHING: Measure = { depth: 0, aliases: 0, cost: 0 };

export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const measure = measureOperation(context.getSchema(), (name) => context.getFragment(name) ?? undefined, operation);
      const what = operation.operation.charAt(0).toUpperCase() + operation.operation.slice(1);
      const refuse = (limit: string, actual: number, max: number, message: string) =>
        context.reportError(
          new GraphQLError(message, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, actual, max } }),
        );
      if (measure.depth > limits.maxDepth) {
        refuse('depth', measure.depth, limits.maxDepth, `${what} is too deep: ${measure.depth} levels (limit ${limits.maxDepth}).`);
      }
      if (measure.aliases > limits.maxAliases) {
        refuse('aliases', measure.aliases, limits.maxAliases, `${what} uses too many aliases: ${measure.aliases} (limit ${limits.maxAliases}).`);
      }
      if (measure.cost > limits.maxCost) {
        // Its own code, so a client tells "ask for less" from a malformed document.
        context.reportError(
          new GraphQLError(`${what} is too costly: ${formatCost(measure.cost)} (limit ${limits.maxCost}). Ask for smaller pages (first) or fewer fields.`, {
            nodes: [operation],
            extensions: { code: 'MAX_COST_EXCEEDED', limit: 'cost', actual: measure.cost, max: limits.maxCost },
          }),
        );
      }
      return false;
    },
  });
}

/** GraphQL validation with the standard rules plus the limits, with a code on every error (for graphql-ws). */
export function validateWithLimits(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, queryLimitsRule(limits)]).map((error) =>
    error.extensions.code
      ? error
      : new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
  );
}

function formatCost(cost: number): string {
  return Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'beyond counting';
}

/**
 * Walks one operation with its fragments expanded. Each fragment is measured once and reused, so a
 * document that spreads fragments into each other many times still costs a single pass.
 */
function measureOperation(schema: GraphQLSchema, fragmentOf: (name: string) => FragmentDefinitionNode | undefined, operation: OperationDefinitionNode, variables?: Record<string, unknown>): Measure {
  const fragments = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const selectionSet = (node: SelectionSetNode, parent: GraphQLNamedType | undefined): Measure => {
    const total = { ...NOTHING };
    for (const selection of node.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        part = field(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        part = selectionSet(selection.selectionSet, type ?? undefined);
      } else {
        part = fragment(selection.name.value);
      }
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.cost += part.cost;
    }
    return total;
  };

  const fragment = (name: string): Measure => {
    const known = fragments.get(name);
    if (known) return known;
    const definition = fragmentOf(name);
    // Unknown or cyclic fragments are reported by the standard rules; count them as nothing here.
    if (!definition || inProgress.has(name)) return NOTHING;
    inProgress.add(name);
    const type = schema.getType(definition.typeCondition.name.value) ?? undefined;
    const measure = selectionSet(definition.selectionSet, type);
    inProgress.delete(name);
    fragments.set(name, measure);
    return measure;
  };

  const field = (node: FieldNode, parent: GraphQLNamedType | undefined): Measure => {
    const definition = fieldDefinition(parent, node.name.value);
    const inner = node.selectionSet
      ? selectionSet(node.selectionSet, definition ? getNamedType(definition.type) : undefined)
      : NOTHING;
    const multiplier = definition?.args.some((arg) => arg.name === 'first') ? pageSize(node, variables) : 1;
    // Introspection (__schema, __type) is bounded by the schema and by graphql-js's own
    // MaxIntrospectionDepthRule; its type references nest 9 deep, which must not trip our depth limit.
    const isIntrospection = node.name.value === '__schema' || node.name.value === '__type';
    return {
      depth: isIntrospection ? 1 : 1 + inner.depth,
      aliases: (node.alias ? 1 : 0) + inner.aliases,
      cost: 1 + multiplier * inner.cost,
    };
  };

  return selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function fieldDefinition(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

/**
 * The page size a `first` argument asks for. Absent or null means the default page; a variable
 * counts as its value when known (a request's cost), else as the largest page a list serves (a
 * document's cost, checked before any variables are seen).
 */
function pageSize(node: FieldNode, variables?: Record<string, unknown>): number {
  const value = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
  if (!value || value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  // Never below 1: a negative page must not offset the cost of the rest of the document.
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value.kind === Kind.VARIABLE) {
    if (!variables) return MAX_PAGE_SIZE;
    const given = variables[value.name.value];
    return typeof given === 'number' ? Math.max(1, Math.min(given, MAX_PAGE_SIZE)) : DEFAULT_PAGE_SIZE;
  }
  return DEFAULT_PAGE_SIZE; // a value of the wrong type, which the standard rules refuse
}

/** What one operation of a request may cost, with its variables' page sizes. */
export function requestedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return measureOperation(schema, (name) => fragments.get(name), operation, variables).cost;
}
