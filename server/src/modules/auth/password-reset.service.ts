import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { badInput } from '../../graphql/errors';
import type { RateLimiter } from '../../infra/rate-limiter';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { CredentialsService } from '../users/credentials.service';
import { UserStatus, type User } from '../users/user.entity';
import type { Actor, UsersService } from '../users/users.service';
import { PasswordResetToken } from './password-reset-token.entity';
import { hashPassword, passwordProblem } from './passwords';
import { hashSecretToken, newSecretToken } from './secret-tokens';
import type { SessionsService } from './sessions.service';

const INVALID_TOKEN = 'This reset link is not valid: it was already used or has expired. Ask for a new one.';

/** Password reset by an emailed, single-use, expiring link. */
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: Config,
  ) {}

  /** Mails a reset link when the email belongs to an active account; answers the same either way. */
  async request(email: string, actor: Actor): Promise<true> {
    await this.rateLimiter.consume('password_reset', actor.ip ?? 'unknown', this.config.rateLimits.passwordReset);
    const user = await this.users.findByEmail(email);
    if (!user || user.status !== UserStatus.ACTIVE) return true;
    const token = newSecretToken();
    await this.db.transaction(async (manager) => {
      await manager.insert(PasswordResetToken, {
        userId: user.id,
        tokenHash: hashSecretToken(token),
        expiresAt: new Date(Date.now() + this.config.passwordResetTtlMinutes * 60_000),
      });
      // In the same transaction: the link is mailed exactly when the token exists.
      await this.mail.send(this.resetMail(user, token), manager);
      await this.audit.record(
        { action: 'auth.password_reset_requested', actorId: actor.id, ip: actor.ip, target: { type: 'User', id: user.id } },
        manager,
      );
    });
    return true;
  }

  /** Spends the token, sets the new password, lifts a lockout and ends every session of the account. */
  async reset(token: string, newPassword: string, actor: Actor): Promise<true> {
    const tokenHash = hashSecretToken(token);
    const presented = await this.db.getRepository(PasswordResetToken).findOneBy({ tokenHash });
    const user = presented && !presented.usedAt && presented.expiresAt > new Date() ? await this.users.findById(presented.userId) : null;
    if (!presented || !user) throw badInput('token', INVALID_TOKEN);
    // Checked before the token is spent, so a weak password leaves the link usable.
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw badInput('newPassword', problem);
    const passwordHash = await hashPassword(newPassword);

    const ended = await this.db.transaction(async (manager) => {
      // One statement spends the token: of two concurrent resets with it, exactly one wins.
      const [, spent] = await manager.query(
        `UPDATE password_reset_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
        [presented.id],
      );
      if (!spent) throw badInput('token', INVALID_TOKEN);
      await this.credentials.setPasswordHash(user.id, passwordHash, manager);
      // Links mailed earlier stop working too.
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      const ended = await this.sessions.endAllForUser(user.id, manager);
      await this.audit.record({ action: 'auth.password_reset', actorId: user.id, ip: actor.ip, target: { type: 'User', id: user.id } }, manager);
      return ended;
    });
    this.sessions.announceEnded(ended);
    return true;
  }

  private resetMail(user: User, token: string) {
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const minutes = this.config.passwordResetTtlMinutes;
    return {
      to: user.email,
      kind: 'password_reset',
      subject: 'Reset your Matchday password',
      text:
        `Hello ${user.name},\n\n` +
        `Someone asked to reset the password of your Matchday account (${user.email}). ` +
        `If it was you, open this link within ${minutes} minutes to choose a new password:\n\n${link}\n\n` +
        'The link works once. If you did not ask for this, ignore this email: your password stays as it is.\n',
    };
  }
}
