import crypto from 'node:crypto';
import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { sql } from './graph';
import { JWT_SECRET } from './processes';

/** A new user with `role`, written straight to the database, and an access token for them. */
export async function userWithToken(role: 'FAN' | 'VOLUNTEER' | 'ADMIN' = 'ADMIN'): Promise<{ id: string; email: string; token: string }> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const [user] = await sql<{ id: string }>(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, 'not-a-real-hash') RETURNING id`,
    [email, `Test ${role.toLowerCase()}`, role],
  );
  return { id: user.id, email, token: new AccessTokens(JWT_SECRET, 900).issue(user.id) };
}

export async function adminToken(): Promise<string> {
  return (await userWithToken('ADMIN')).token;
}
