import { ADMIN_EMAIL, ADMIN_PASSWORD, dataOf, graph, uniqueEmail, type GraphResult } from './graph';

/** Accounts, sessions and the mail outbox, as a client of the graph sees them. */

export const USER_FIELDS = 'id email name role status createdAt lastSignInAt';

export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken accessTokenExpiresAt user { ${USER_FIELDS} } }
}`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken accessTokenExpiresAt user { ${USER_FIELDS} } }
}`;

export const REFRESH = `mutation { refreshSession { accessToken user { id } } }`;

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
  /** "matchday_refresh=…", ready for a Cookie header. */
  cookie: string;
}

/** The refresh cookie a response set, as "name=value" for the next request's Cookie header. */
export function refreshCookieOf(result: GraphResult): string | null {
  const header = result.headers.getSetCookie().find((cookie) => cookie.startsWith('matchday_refresh='));
  return header ? header.split(';')[0] : null;
}

export async function register(options: { url?: string; password?: string; name?: string; label?: string } = {}): Promise<Account> {
  const email = uniqueEmail(options.label);
  const password = options.password ?? 'a-good-long-password';
  const result = await graph(REGISTER, { input: { email, password, name: options.name ?? 'Test Fan' } }, { url: options.url });
  const { register: payload } = dataOf(result);
  return { id: payload.user.id, email, password, token: payload.accessToken, cookie: refreshCookieOf(result)! };
}

export function signIn(email: string, password: string, url?: string) {
  return graph(SIGN_IN, { input: { email, password } }, { url });
}

/** A fresh admin access token (each call is a new sign-in). */
export async function adminToken(url?: string): Promise<string> {
  return dataOf(await signIn(ADMIN_EMAIL, ADMIN_PASSWORD, url)).signIn.accessToken;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  status: string;
  error: string | null;
  sentAt: string | null;
}

/** The newest message to `to` once it reaches one of `statuses`, read from the outbox as an admin. */
export async function waitForMail(
  token: string,
  to: string,
  options: { url?: string; statuses?: string[]; timeoutMs?: number; count?: number } = {},
): Promise<OutboxMessage[]> {
  const statuses = options.statuses ?? ['CAPTURED'];
  const count = options.count ?? 1;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const { mailOutbox } = dataOf(
      await graph(
        `query Outbox($to: String) { mailOutbox(to: $to, first: 20) { totalCount edges { node { id to subject text kind status error sentAt } } } }`,
        { to },
        { token, url: options.url },
      ),
    );
    const messages: OutboxMessage[] = mailOutbox.edges.map((edge: { node: OutboxMessage }) => edge.node);
    if (messages.length >= count && messages.every((message) => statuses.includes(message.status))) return messages;
    if (Date.now() > deadline) throw new Error(`No ${statuses.join('/')} mail to ${to} in time; the outbox has ${JSON.stringify(messages)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface AuditEntryView {
  action: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** Recent audit entries with `action` about `targetId`, newest first (read as an admin). */
export async function auditEntries(token: string, action: string, targetId: string, url?: string): Promise<AuditEntryView[]> {
  const { auditLog } = dataOf(
    await graph(
      `query($action: String) { auditLog(first: 100, action: $action) { edges { node { action actorId targetType targetId ip details } } } }`,
      { action },
      { token, url },
    ),
  );
  return auditLog.edges.map((edge: { node: AuditEntryView }) => edge.node).filter((entry: AuditEntryView) => entry.targetId === targetId);
}
