import type { Config } from '../../config';
import { badInput, conflict } from '../../graphql/errors';
import type { RateLimiter } from '../../infra/rate-limiter';
import type { Actor, UsersService } from '../users/users.service';
import type { RegisterInput } from './auth.types';
import { hashPassword, passwordProblem } from './passwords';
import type { SessionsService, Session } from './sessions.service';

/** Creates a fan account and signs it in. */
export class RegistrationService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: Config,
  ) {}

  async register(input: RegisterInput, actor: Actor): Promise<Session> {
    await this.rateLimiter.consume('register', actor.ip ?? 'unknown', this.config.rateLimits.register);
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw badInput('password', problem);
    const user = await this.users.create({ email: input.email, name: input.name, passwordHash: await hashPassword(input.password) });
    if (!user) throw conflict('An account with this email already exists. Sign in, or reset your password.', 'email');
    return this.sessions.start(user);
  }
}
