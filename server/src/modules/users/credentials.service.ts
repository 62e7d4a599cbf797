import type { DataSource, EntityManager } from 'typeorm';
import { User } from './user.entity';

export interface FailedSignIn {
  /** Set while the account is locked. */
  lockedUntil: Date | null;
  /** This failure is the one that locked it. */
  justLocked: boolean;
}

/** A user's password and sign-in counters: the parts of the users table that the auth module changes. */
export class CredentialsService {
  constructor(private readonly db: DataSource) {}

  /**
   * Counts one failed sign-in in one statement, so concurrent attempts cannot lose a count. The
   * `threshold`-th failure locks the account for `minutes` and restarts the count for afterwards.
   */
  async recordFailedSignIn(userId: string, threshold: number, minutes: number): Promise<FailedSignIn> {
    const result = await this.db
      .createQueryBuilder()
      .update(User)
      .set({
        failedSignIns: () => `CASE WHEN failed_sign_ins + 1 >= :threshold THEN 0 ELSE failed_sign_ins + 1 END`,
        lockedUntil: () => `CASE WHEN failed_sign_ins + 1 >= :threshold THEN now() + make_interval(mins => :minutes) END`,
      })
      .where('id = :userId AND (locked_until IS NULL OR locked_until <= now())', { userId, threshold, minutes })
      .returning('locked_until')
      .execute();
    const row = (result.raw as { locked_until: Date | null }[])[0];
    if (row) return { lockedUntil: row.locked_until, justLocked: row.locked_until !== null };
    // A concurrent attempt locked the account first.
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    return { lockedUntil: user?.lockedUntil ?? null, justLocked: false };
  }

  /** Clears the failure count and stamps lastSignInAt; null when the account got locked meanwhile. */
  async recordSignIn(userId: string): Promise<User | null> {
    const result = await this.db
      .createQueryBuilder()
      .update(User)
      .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: () => 'now()' })
      .where('id = :userId AND (locked_until IS NULL OR locked_until <= now())', { userId })
      .execute();
    return result.affected ? this.db.getRepository(User).findOneBy({ id: userId }) : null;
  }

  /** Sets a new password hash and lifts any lockout (the owner just proved who they are). */
  async setPasswordHash(userId: string, passwordHash: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.createQueryBuilder().update(User).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where('id = :userId', { userId }).execute();
  }
}
