import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { sql, uniqueEmail } from './graph';
import { JWT_SECRET } from './processes';

export type TestRole = 'FAN' | 'VOLUNTEER' | 'ADMIN';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
}

const tokens = new AccessTokens(JWT_SECRET, 3600);

/** An access token for a user, signed as the server signs them (the test servers share JWT_SECRET). */
export function tokenFor(userId: string): string {
  return tokens.issue(userId);
}

/** A user created straight in the database, with a token to act as them. */
export async function createUser(role: TestRole = 'FAN', name = `Test ${role.toLowerCase()}`): Promise<TestUser> {
  const email = uniqueEmail(role.toLowerCase());
  const [row] = await sql<{ id: string }>(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, 'not-a-hash') RETURNING id`, [email, name, role]);
  return { id: row.id, email, name, token: tokenFor(row.id) };
}

/** Many fans at once (one INSERT), each with a token. */
export async function createFans(count: number): Promise<TestUser[]> {
  const rows = await sql<{ id: string; email: string; name: string }>(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'crowd-' || gen_random_uuid() || '@example.test', 'Crowd fan ' || n, 'FAN', 'not-a-hash' FROM generate_series(1, $1) AS n
     RETURNING id, email, name`,
    [count],
  );
  return rows.map((row) => ({ ...row, token: tokenFor(row.id) }));
}
