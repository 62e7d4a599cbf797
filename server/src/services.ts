/**
 * The composition root: builds every domain service once per process from the infrastructure.
 * Services of one domain call another domain's service, never its repository.
 */
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { PubSub } from './graphql/pubsub';
import type { Logger } from './infra/logger';
import { RateLimiter } from './infra/rate-limiter';
import { AuditService } from './modules/audit/audit.service';
import { AccessTokens } from './modules/auth/access-tokens';
import { ApiTokensService } from './modules/auth/api-tokens.service';
import { PasswordResetService } from './modules/auth/password-reset.service';
import { RegistrationService } from './modules/auth/registration.service';
import { SessionsService } from './modules/auth/sessions.service';
import { SignInService } from './modules/auth/sign-in.service';
import { ViewerService } from './modules/auth/viewer.service';
import { DownloadLinks } from './modules/jobs/download-links';
import { JobFiles } from './modules/jobs/job-files';
import { JobQueue } from './modules/jobs/job-queue';
import { JobsService } from './modules/jobs/jobs.service';
import { MailService } from './modules/mail/mail.service';
import { CredentialsService } from './modules/users/credentials.service';
import { UsersExportService } from './modules/users/users-export.service';
import { createUserLoaders } from './modules/users/users.loaders';
import { pgPool } from './db/query-rows';
import { createSmsSender } from './integrations/twilio/sms-sender';
import { LeadImportsService } from './modules/leads/lead-imports.service';
import { LeadInterestsService } from './modules/leads/lead-interests.service';
import { createLeadLoaders } from './modules/leads/leads.loaders';
import { LeadsService } from './modules/leads/leads.service';
import { SignUpLead } from './modules/leads/sign-up';
import { SignupWriter } from './modules/leads/signup-writer';
import { RecordDeliveryStatus } from './modules/sms/delivery-status';
import { HandleInboundSms } from './modules/sms/inbound-sms';
import { SmsOptOuts } from './modules/sms/opt-outs';
import { SmsDelivery } from './modules/sms/sms-delivery';
import { SmsOutbox } from './modules/sms/sms-outbox';
import { createSmsLoaders } from './modules/sms/sms.loaders';
import { SendCampaign } from './modules/sms/send-campaign';
import { SmsService } from './modules/sms/sms.service';
import { UsersService } from './modules/users/users.service';

export interface Infra {
  config: Config;
  jwtSecret: string;
  db: DataSource;
  /** For commands (rate limits, flags); BullMQ and pub/sub have their own connections. */
  redis: Redis;
  /** For BullMQ, which opens its own connections. */
  redisUrl: string;
  pubSub: PubSub;
  log: Logger;
}

export function createServices(infra: Infra) {
  const { config, db } = infra;
  const audit = new AuditService(db);
  const users = new UsersService(db, audit);
  const accessTokens = new AccessTokens(infra.jwtSecret, config.accessTokenTtlSeconds);
  const rateLimiter = new RateLimiter(infra.redis, config.rateLimitsEnabled);
  const mail = new MailService(db);
  const credentials = new CredentialsService(db);
  const apiTokens = new ApiTokensService(db, audit);
  const viewers = new ViewerService(accessTokens, users, apiTokens);
  const sessions = new SessionsService(db, accessTokens, users, audit, config.refreshTokenTtlDays);
  const registration = new RegistrationService(users, sessions, rateLimiter, config);
  const signIn = new SignInService(users, credentials, sessions, audit, rateLimiter, config);
  const passwordReset = new PasswordResetService(db, users, credentials, sessions, mail, audit, rateLimiter, config);
  const jobs = new JobsService(
    db,
    new JobQueue(infra.redis, config.queuePrefix, infra.log),
    infra.pubSub,
    audit,
    new JobFiles(config.dataDir),
    new DownloadLinks(infra.jwtSecret, config.downloadLinkTtlMinutes, config.publicUrl),
    infra.log,
  );
  const usersExport = new UsersExportService(jobs, audit);
  const leadInterests = new LeadInterestsService(db, audit);
  const leads = new LeadsService(db, config, leadInterests, new LeadImportsService(db, jobs, audit), new SignUpLead(new SignupWriter(pgPool(db), Math.max(1, Math.floor(config.databasePoolSize / 3)), infra.log), config, leadInterests, rateLimiter, infra.log));
  const smsOptOuts = new SmsOptOuts();
  const sms = new SmsService(
    db,
    leads,
    audit,
    new SmsOutbox(db),
    new SmsDelivery(db, createSmsSender(config), smsOptOuts, leads, infra.log),
    new HandleInboundSms(db, config, leads, smsOptOuts, audit),
    new RecordDeliveryStatus(db),
    new SendCampaign(db, config, jobs, audit),
  );
  return { infra, audit, users, accessTokens, viewers, rateLimiter, mail, credentials, apiTokens, sessions, registration, signIn, passwordReset, jobs, usersExport, leads, sms };
}

export type Services = ReturnType<typeof createServices>;

export function createLoaders(services: Services) {
  return {
    ...createUserLoaders(services.users),
    ...createLeadLoaders(services.leads),
    ...createSmsLoaders(services.sms),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
