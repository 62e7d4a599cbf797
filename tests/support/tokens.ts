import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { ADMIN_EMAIL, sql, uniqueEmail } from './graph';
import { JWT_SECRET } from './processes';

// Signed exactly as the server signs its access tokens, with the secret the test servers run with.
const accessTokens = new AccessTokens(JWT_SECRET, 15 * 60);

/** An access token for the user with this id: acting as a given user in a test. */
export function tokenFor(userId: string): string {
  return accessTokens.issue(userId);
}

/** The first admin (created by the test server from ADMIN_EMAIL) and a token for them. */
export async function signedInAdmin(): Promise<{ id: string; token: string }> {
  const [admin] = await sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [ADMIN_EMAIL]);
  if (!admin) throw new Error(`No admin ${ADMIN_EMAIL}: the test server creates it on start.`);
  return { id: admin.id, token: tokenFor(admin.id) };
}

/** A new fan, inserted directly (its password hash is not a real one: it signs in with the token). */
export async function signedInFan(label = 'fan'): Promise<{ id: string; email: string; token: string }> {
  const email = uniqueEmail(label);
  const [fan] = await sql<{ id: string }>(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'FAN', 'not-a-real-hash') RETURNING id`,
    [email, `Test ${label}`],
  );
  return { id: fan.id, email, token: tokenFor(fan.id) };
}
