import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.arg';
import { IdempotentJob } from '../jobs/idempotent-job';
import { Job } from '../jobs/job.entity';
import { Role } from './user.entity';

@Resolver()
export class UsersExportResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Job, { description: 'Starts a CSV export of every user. Follow it with jobUpdated; download it from resultUrl when COMPLETED.' })
  @IdempotentJob()
  startUsersExport(@IdempotencyKeyArg() _idempotencyKey: string | null, @Ctx() { services, actor }: Context) {
    return services.usersExport.start(actor);
  }
}
