import { adminToken, register, waitForMail } from '../support/accounts';
import { dataOf, errorOf, graph, sql, uniqueEmail } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { startFakeSmtp, type FakeSmtpServer } from '../fakes/smtp-server';

const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

describe('mail outbox without SMTP', () => {
  it('keeps mail in the outbox (CAPTURED) for admins to read, filtered by recipient', async () => {
    const admin = await adminToken();
    const account = await register();
    dataOf(await graph(REQUEST_RESET, { email: account.email }));
    const [message] = await waitForMail(admin, account.email.toUpperCase());
    expect(message).toMatchObject({ to: account.email, kind: 'password_reset', status: 'CAPTURED', error: null, subject: 'Reset your Matchday password' });
    expect(message.sentAt).not.toBeNull();
  });

  it('hands over again a message that Redis lost (QUEUED for over 5 minutes)', async () => {
    const admin = await adminToken();
    const to = uniqueEmail('lost');
    // A message the relay queued long ago whose job Redis no longer has:
    await sql(
      `INSERT INTO mail_messages (recipient, subject, text, kind, status, queued_at, created_at)
       VALUES ($1, 'Your tickets', 'Here they are.', 'tickets', 'QUEUED', now() - interval '6 minutes', now() - interval '6 minutes')`,
      [to],
    );
    const [message] = await waitForMail(admin, to);
    expect(message).toMatchObject({ status: 'CAPTURED', subject: 'Your tickets' });
  });

  it('refuses a malformed recipient filter', async () => {
    const error = errorOf(await graph(`{ mailOutbox(to: "nope") { totalCount } }`, {}, { token: await adminToken() }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('mail through SMTP', () => {
  let smtp: FakeSmtpServer;
  let isolated: IsolatedServer;
  let url: string;
  let admin: string;
  const attemptsByAddress = new Map<string, number>();

  beforeAll(async () => {
    smtp = await startFakeSmtp((address) => {
      const attempt = (attemptsByAddress.get(address) ?? 0) + 1;
      attemptsByAddress.set(address, attempt);
      if (address.startsWith('unknown-')) return '550 5.1.1 No such mailbox here';
      if (address.startsWith('busy-') && attempt === 1) return '451 4.3.0 Try again later';
      return null;
    });
    // Its own database and Redis: the shared server's workers must not deliver this server's mail.
    isolated = await startIsolatedServer({ SMTP_URL: smtp.url, MAIL_FROM: 'Matchday <club@matchday.test>' });
    url = isolated.server.url;
    admin = await adminToken(url);
  });

  afterAll(async () => {
    await isolated?.stop();
    await smtp?.stop();
  });

  it('delivers through the SMTP server and marks the message SENT', async () => {
    const account = await register({ url, label: 'smtp' });
    dataOf(await graph(REQUEST_RESET, { email: account.email }, { url }));
    const [message] = await waitForMail(admin, account.email, { url, statuses: ['SENT'] });
    expect(message.error).toBeNull();
    const received = smtp.received.find((mail) => mail.to.includes(account.email))!;
    expect(received.from).toBe('club@matchday.test');
    expect(received.data).toContain('Subject: Reset your Matchday password');
    // The body travels quoted-printable: undo soft line breaks and the escaped "=".
    const body = received.data.replace(/=\r\n/g, '').replace(/=3D/g, '=');
    expect(body).toContain(`/reset-password?token=`);
  });

  it('gives up at once on a refused recipient: FAILED with the reason', async () => {
    const account = await register({ url, label: 'unknown' });
    dataOf(await graph(REQUEST_RESET, { email: account.email }, { url }));
    const [message] = await waitForMail(admin, account.email, { url, statuses: ['FAILED'] });
    expect(message.error).toContain('550 5.1.1 No such mailbox here');
    expect(attemptsByAddress.get(account.email)).toBe(1);
  });

  it('retries a temporary failure and then delivers', async () => {
    const account = await register({ url, label: 'busy' });
    dataOf(await graph(REQUEST_RESET, { email: account.email }, { url }));
    const [message] = await waitForMail(admin, account.email, { url, statuses: ['SENT'] });
    expect(message.error).toBeNull();
    expect(attemptsByAddress.get(account.email)).toBe(2);
  });

  it('keeps mail through a Redis outage and sends it once Redis is back', async () => {
    const account = await register({ url, label: 'outage' });
    await isolated.redis.stop();
    dataOf(await graph(REQUEST_RESET, { email: account.email }, { url }));
    // While Redis is away the message waits, durable in Postgres.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const waiting = dataOf(await graph(`query($to: String) { mailOutbox(to: $to) { edges { node { status } } } }`, { to: account.email }, { url, token: admin }));
    expect(waiting.mailOutbox.edges.map((edge: { node: { status: string } }) => edge.node.status)).toEqual(['PENDING']);

    await isolated.redis.start();
    await waitForMail(admin, account.email, { url, statuses: ['SENT'], timeoutMs: 30_000 });
    expect(smtp.received.filter((mail) => mail.to.includes(account.email))).toHaveLength(1);
  });
});
