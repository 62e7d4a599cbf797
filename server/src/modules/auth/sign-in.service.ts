import type { Config } from '../../config';
import { forbidden, unauthenticated } from '../../graphql/errors';
import type { RateLimiter } from '../../infra/rate-limiter';
import type { AuditService } from '../audit/audit.service';
import type { CredentialsService } from '../users/credentials.service';
import { UserStatus, type User } from '../users/user.entity';
import type { Actor, UsersService } from '../users/users.service';
import type { SignInInput } from './auth.types';
import { hashPassword, verifyPassword } from './passwords';
import type { Session, SessionsService } from './sessions.service';

// One message for an unknown email and a wrong password, so sign-in never tells which emails have accounts.
const WRONG_CREDENTIALS = 'The email or password is not correct.';

// Checked instead of a real hash when the email is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;
const timingDecoy = () => (dummyHash ??= hashPassword('not-a-password-of-anyone'));

/** "2025-11-21 21:15:37 UTC" */
const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function accountLocked(until: Date) {
  return forbidden(`This account is locked after too many failed sign-ins, until ${utc(until)}. Try again then, or reset your password.`, {
    reason: 'ACCOUNT_LOCKED',
    lockedUntil: until.toISOString(),
  });
}

/**
 * Password sign-in with lockout: LOCKOUT_THRESHOLD failures in a row lock the account for
 * LOCKOUT_MINUTES, during which even the right password is refused. The lockout protects one
 * account from slow guessing and stays on with RATE_LIMITS=off; the per-IP rate limit is the
 * separate guard against one caller hammering many accounts.
 */
export class SignInService {
  constructor(
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: Config,
  ) {}

  async signIn(input: SignInInput, actor: Actor): Promise<Session> {
    await this.rateLimiter.consume('sign_in', actor.ip ?? 'unknown', this.config.rateLimits.signIn);
    const user = await this.users.findByEmail(input.email);
    if (!user) {
      await verifyPassword(await timingDecoy(), input.password);
      await this.failed(actor, null, 'unknown_email');
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.failed(actor, user, 'locked');
      throw accountLocked(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const failure = await this.credentials.recordFailedSignIn(user.id, this.config.lockoutThreshold, this.config.lockoutMinutes);
      await this.failed(actor, user, 'wrong_password');
      if (failure.justLocked && failure.lockedUntil) {
        await this.audit.record({
          action: 'auth.locked_out',
          actorId: actor.id,
          ip: actor.ip,
          target: { type: 'User', id: user.id },
          details: { lockedUntil: failure.lockedUntil.toISOString(), failedSignIns: this.config.lockoutThreshold },
        });
      }
      if (failure.lockedUntil) throw accountLocked(failure.lockedUntil);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.status !== UserStatus.ACTIVE) {
      await this.failed(actor, user, 'disabled');
      throw forbidden('This account is disabled.');
    }
    const signedIn = await this.credentials.recordSignIn(user.id);
    if (!signedIn) {
      // Concurrent failures locked the account while this password was being checked.
      const locked = await this.users.findById(user.id);
      throw accountLocked(locked?.lockedUntil ?? new Date());
    }
    await this.audit.record({ action: 'auth.signed_in', actorId: user.id, ip: actor.ip, target: { type: 'User', id: user.id } });
    return this.sessions.start(signedIn);
  }

  private failed(actor: Actor, user: User | null, reason: 'unknown_email' | 'locked' | 'wrong_password' | 'disabled') {
    return this.audit.record({
      action: 'auth.sign_in_failed',
      actorId: actor.id,
      ip: actor.ip,
      target: user ? { type: 'User', id: user.id } : undefined,
      details: { reason },
    });
  }
}
