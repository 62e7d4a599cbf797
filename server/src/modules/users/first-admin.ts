import crypto from 'node:crypto';
import type { Logger } from '../../infra/logger';
import type { Services } from '../../services';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { Role } from './user.entity';

/**
 * When the database has no admin, creates one from ADMIN_EMAIL/ADMIN_PASSWORD, or with a
 * generated password printed once, so a fresh install can always be signed into.
 */
export async function ensureFirstAdmin(services: Services, log: Logger): Promise<void> {
  const { config } = services.infra;
  if ((await services.users.countAdmins()) > 0) return;
  const email = config.adminEmail ?? 'admin@matchday.local';
  const password = config.adminPassword ?? crypto.randomBytes(12).toString('base64url');
  const problem = passwordProblem(password, email);
  if (problem) throw new Error(`ADMIN_PASSWORD is not acceptable: ${problem}`);

  const existing = await services.users.findByEmail(email);
  if (existing) {
    await services.users.setRole({ id: null, ip: null }, existing.id, Role.ADMIN);
    log.info({ email }, 'Made the existing user the first admin');
    return;
  }
  await services.users.create({ email, name: 'Admin', passwordHash: await hashPassword(password), role: Role.ADMIN });
  const shown = config.adminPassword ? '(the ADMIN_PASSWORD you set)' : password;
  process.stdout.write(
    `\n  First admin created. Sign in with:\n    email:    ${email}\n    password: ${shown}\n` +
      (config.adminPassword ? '' : '  This password is shown only once: keep it, or set ADMIN_PASSWORD before the first start.\n') +
      '\n',
  );
}
