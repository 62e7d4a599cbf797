import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscriptionHandlerData } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Topic } from '../../graphql/pubsub';
import { User } from '../users/user.entity';
import { Job } from './job.entity';
import { jobFromUpdate, type JobUpdate } from './job-update';
import { JobConnection, JobsArgs } from './jobs.types';

@Resolver(() => Job)
export class JobsResolver {
  @Authorized()
  @Query(() => Job, { nullable: true, description: 'A job you may see (yours, or any job for an admin); null otherwise.' })
  job(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.jobs.find(viewer!.user, id);
  }

  @Authorized()
  @Query(() => JobConnection, { description: 'Jobs, newest first: every job for an admin, your own for anyone else.' })
  jobs(@Args() args: JobsArgs, @Ctx() { services, viewer }: Context) {
    return services.jobs.list(viewer!.user, args);
  }

  @Authorized()
  @Mutation(() => Job, {
    description:
      'Cancels a queued job at once; a running job gets cancelRequested and turns CANCELLED at its next progress step. A finished job is a CONFLICT.',
  })
  cancelJob(@Arg('id', () => ID) id: string, @Ctx() { services, viewer, actor }: Context) {
    return services.jobs.cancel(viewer!.user, actor, id);
  }

  @Authorized()
  @Subscription(() => Job, {
    topics: Topic.JobUpdated,
    filter: ({ payload, args, context }: SubscriptionHandlerData<JobUpdate, { id?: string | null }, Context>) =>
      (!args.id || payload.id === args.id) && context.services.jobs.visibleTo(context.viewer?.user, payload),
    description: 'Every change of state or progress of a job you may see; with id, of that job only.',
  })
  jobUpdated(@Root() update: JobUpdate, @Arg('id', () => ID, { nullable: true }) _id?: string): Job {
    return jobFromUpdate(update);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `A download link for a completed job's result, for the viewer who read it only (it stops working when their access to the job or their sign-in ends); it expires (DOWNLOAD_LINK_TTL_MINUTES).`,
  })
  resultUrl(@Root() job: Job, @Ctx() { services, viewer }: Context) {
    return services.jobs.resultUrl(job, viewer && { userId: viewer.user.id, via: viewer.via, credentialId: viewer.credentialId, role: viewer.user.role });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who started the job.' })
  startedBy(@Root() job: Job, @Ctx() { loaders }: Context) {
    return job.createdBy ? loaders.userById.load(job.createdBy) : null;
  }
}
