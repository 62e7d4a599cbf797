import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { Job, JobState } from './job.entity';

@ObjectType()
export class JobConnection extends Connection(Job) {}

@ArgsType()
export class JobsArgs extends PageArgs {
  @Field(() => JobState, { nullable: true, description: 'Only jobs in this state.' })
  state?: JobState;
}
