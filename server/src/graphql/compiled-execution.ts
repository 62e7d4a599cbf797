import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct documents kept compiled (or known not to be); past this, the oldest goes. */
const MAX_COMPILED = 1000;

type Plan = { operation: OperationDefinitionNode; compiled: CompiledQuery } | { operation: null; compiled: null };

/**
 * Apollo's execution step, with reads done by graphql-jit: a query document is compiled once into a
 * function that resolves it, instead of graphql-js walking the document for every field of every
 * answer (a page of 50 events with their ticket types is over a thousand field resolutions: most of
 * the CPU of a public read). Apollo still parses, validates (limits included), formats errors and runs
 * the plugins.
 *
 * Only queries whose variables are scalars, enums or lists of them are compiled. graphql-jit's own
 * variable coercion skips the defaults of input-object fields (a mutation's `description: String! = ""`
 * would be refused), so mutations, subscriptions and queries taking input objects stay with
 * graphql-js. Variables are checked by graphql-js first, so a bad one gets graphql-js's message and
 * Apollo's BAD_USER_INPUT code, exactly as without the compiler.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const plans = new Map<string, Plan>();

  const planOf = (document: DocumentNode, operationName: string | null | undefined, key: string): Plan => {
    let plan = plans.get(key);
    if (plan) return plan;
    const operation = getOperationAST(document, operationName);
    const compiled = operation && compilable(schema, operation) ? compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true }) : null;
    plan = compiled && isCompiledQuery(compiled) ? { operation: operation!, compiled } : { operation: null, compiled: null };
    if (plans.size >= MAX_COMPILED) plans.delete(plans.keys().next().value!);
    plans.set(key, plan);
    return plan;
  };

  const executor: GatewayExecutor = async ({ document, operationName, queryHash, request, context }) => {
    const variables = request.variables ?? {};
    const plan = planOf(document, operationName, `${queryHash}:${operationName ?? ''}`);
    if (!plan.compiled) return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    const checked = getVariableValues(schema, plan.operation.variableDefinitions ?? [], variables);
    if (checked.errors) return { errors: checked.errors };
    const result = await plan.compiled.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

function compilable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as never);
    return type !== undefined && !isInputObjectType(getNamedType(type));
  });
}

/**
 * graphql-jit's errors are look-alikes with read-only fields, which Apollo's error formatting cannot
 * extend: give Apollo graphql-js's own, with the same message, place, path and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const jit = error as GraphQLError & { locations?: GraphQLError['locations'] };
  const real = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError, extensions: jit.extensions });
  Object.assign(real, { locations: jit.locations });
  return real;
}
