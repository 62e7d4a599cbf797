import crypto from 'node:crypto';
import { Pool } from 'pg';
import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { adminToken, register } from './accounts';
import { dataOf, graph, sql } from './graph';
import { JWT_SECRET } from './processes';

export type TestRole = 'FAN' | 'VOLUNTEER' | 'ADMIN';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
}

/**
 * A user who registered through the graph; volunteers and admins are then promoted by the first
 * admin, as in real life. `url`: another server than the shared one (an isolated server).
 */
export async function createUser(role: TestRole = 'FAN', name = `Test ${role.toLowerCase()}`, url?: string): Promise<TestUser> {
  const account = await register({ url, name, label: role.toLowerCase() });
  if (role !== 'FAN') {
    const promote = `mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id } }`;
    dataOf(await graph(promote, { userId: account.id, role }, { token: await adminToken(url), url }));
  }
  return { id: account.id, email: account.email, name, token: account.token };
}

const accessTokens = new AccessTokens(JWT_SECRET, 3600);

/**
 * A crowd of fans in one INSERT, each with an access token signed as the server signs them:
 * registering hundreds of accounts one by one (argon2 each) would dwarf what a test measures.
 */
export async function createFans(count: number, databaseUrl?: string): Promise<TestUser[]> {
  const insert = `INSERT INTO users (email, name, role, password_hash)
     SELECT 'crowd-' || gen_random_uuid() || '@example.test', 'Crowd fan ' || n, 'FAN', 'not-a-real-hash' FROM generate_series(1, $1) AS n
     RETURNING id, email, name`;
  let rows: { id: string; email: string; name: string }[];
  if (databaseUrl) {
    // An isolated server's own database.
    const pool = new Pool({ connectionString: databaseUrl, max: 1 });
    rows = (await pool.query(insert, [count]).finally(() => pool.end())).rows;
  } else {
    rows = await sql(insert, [count]);
  }
  return rows.map((row) => ({ ...row, token: accessTokens.issue(row.id, crypto.randomUUID()) }));
}
