import crypto from 'node:crypto';
import { Pool } from 'pg';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './processes';

export interface GraphError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GraphError[];
  headers: Headers;
}

export interface CallOptions {
  token?: string | null;
  cookie?: string;
  headers?: Record<string, string>;
  url?: string;
}

/** The shared test server's base URL (started by global setup). */
export function serverUrl(): string {
  const url = process.env.TEST_SERVER_URL;
  if (!url) throw new Error('TEST_SERVER_URL is not set: run through jest.');
  return url;
}

/** One GraphQL request over HTTP, as any integrator would send it. */
export async function graph<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<GraphResult<T>> {
  const res = await fetch(`${options.url ?? serverUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphError[] };
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
}

/** The one error of a failed call, for `expect(errorOf(result).extensions.code)`. */
export function errorOf(result: GraphResult): GraphError {
  if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export function dataOf<T>(result: GraphResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

export const uniqueEmail = (label = 'fan') => `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`;

let pool: Pool | undefined;
/** Direct SQL for arranging what the API cannot (moving a clock, reading a hash). Never for asserting behaviour an API shows. */
export async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  pool ??= new Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 2 });
  return (await pool.query(text, params)).rows as T[];
}

afterAll(async () => {
  await pool?.end();
  pool = undefined;
});

export { ADMIN_EMAIL, ADMIN_PASSWORD };
