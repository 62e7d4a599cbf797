import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SmsMessage } from '../sms/sms-message.entity';
import { Role } from '../users/user.entity';
import { Event } from '../events/event.entity';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.arg';
import { IdempotentJob } from '../jobs/idempotent-job';
import { Job } from '../jobs/job.entity';
import { LeadImportInput, LeadImportPreview } from './lead-import.types';
import { LeadInterest } from './lead-interest.entity';
import { Lead } from './lead.entity';
import {
  CampaignAudienceCount,
  LeadConnection,
  LeadFilter,
  LeadInterestInput,
  LeadInterestUpdateInput,
  LeadMessagesArgs,
  LeadSignupInput,
  LeadsArgs,
  SignupForm,
  SignupReceipt,
} from './leads.types';

@Resolver(() => Lead)
export class LeadsResolver {
  // Public on purpose: the fan-facing signup form. Rate-limited per IP, honeypot-protected.
  @Mutation(() => SignupReceipt, { description: 'Public. Signs a fan up (or updates their lead: one lead per email and per phone).' })
  signUp(@Arg('input', () => LeadSignupInput, { validate: false }) input: LeadSignupInput, @Ctx() { services, ip }: Context) {
    return services.leads.signUp(input, ip);
  }

  // Public on purpose: what the signup form shows.
  @Query(() => SignupForm, {
    description: 'Public. The consent wording and interest choices for the signup form: general, or of a published event (a private one needs its accessKey).',
  })
  signupForm(
    @Arg('eventId', () => ID, { nullable: true }) eventId: string | null,
    @Arg('accessKey', () => String, { nullable: true }) accessKey: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.leads.signupForm(viewer, eventId ?? null, accessKey ?? null);
  }

  // Public on purpose without includeArchived (the form's choices); archived ones are for admins.
  @Query(() => [LeadInterest], { description: 'The interest choices, in form order. includeArchived needs an admin.' })
  leadInterests(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context) {
    return ctx.services.leads.interests.listFor(ctx.viewer?.user.role ?? null, includeArchived);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LeadInterest)
  createLeadInterest(@Arg('input', () => LeadInterestInput) input: LeadInterestInput, @Ctx() ctx: Context) {
    return ctx.services.leads.interests.create(ctx.actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LeadInterest, { description: 'Relabel, reorder, archive (archived: true) or restore an interest choice.' })
  updateLeadInterest(@Arg('id', () => ID) id: string, @Arg('input', () => LeadInterestUpdateInput) input: LeadInterestUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.leads.interests.update(ctx.actor, id, input);
  }

  @Authorized(Role.ADMIN)
  @Query(() => LeadConnection, { description: 'Leads, newest first.' })
  leads(@Args() args: LeadsArgs, @Ctx() { services }: Context) {
    return services.leads.list(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => Lead, { nullable: true })
  lead(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.leads.findById(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => CampaignAudienceCount, { description: 'The exact audience of a campaign to this filter, before sending.' })
  leadCampaignAudienceCount(@Arg('filter', () => LeadFilter, { nullable: true }) filter: LeadFilter | null, @Ctx() { services }: Context) {
    return services.leads.audienceCount(filter ?? {});
  }

  @Authorized(Role.ADMIN)
  @Query(() => LeadImportPreview, { description: 'The first rows of a CSV uploaded to POST /uploads/leads, with a suggested column mapping.' })
  leadImportPreview(
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('rows', () => Int, { defaultValue: 10, description: 'Rows after the header, 1 to 50.' }) rows: number,
    @Ctx() { services }: Context,
  ) {
    return services.leads.imports.preview(uploadId, Math.min(Math.max(rows, 1), 50));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Job, { description: 'Imports an uploaded CSV as a job: progress is rows read, the result file is the error report (row, column, reason).' })
  @IdempotentJob()
  startLeadImport(@Arg('input', () => LeadImportInput) input: LeadImportInput, @Ctx() ctx: Context) {
    return ctx.services.leads.imports.startImport(ctx.actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Job, { description: 'Exports the leads of a filter to CSV as a job (resultUrl when done).' })
  @IdempotentJob()
  startLeadExport(
    @Arg('filter', () => LeadFilter, { nullable: true }) filter: LeadFilter | null,
    @IdempotencyKeyArg() _idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.leads.imports.startExport(ctx.actor, filter ?? {});
  }

  @FieldResolver(() => [Event], { description: 'The events whose signup form the lead used.' })
  async events(@Root() lead: Lead, @Ctx() { loaders }: Context) {
    const events = await loaders.eventById.loadMany(lead.eventIds);
    return events.filter((event): event is Event => event instanceof Event);
  }

  @FieldResolver(() => [SmsMessage], { description: 'The conversation with this lead: its latest texts both ways, oldest first.' })
  messages(@Root() lead: Lead, @Args() { last }: LeadMessagesArgs, @Ctx() { loaders }: Context) {
    return loaders.smsThreadByLeadId.load(lead.id).then((thread) => thread.slice(-last));
  }
}
