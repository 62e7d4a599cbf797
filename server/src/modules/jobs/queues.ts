/** Every BullMQ queue Matchday uses (keys are namespaced by config.queuePrefix). */
export const QueueName = {
  /** Background jobs with a row in the jobs table, dispatched by kind to the jobHandlers. */
  Jobs: 'jobs',
  /** Ticket holds: a delayed 'expire' job per checkout, and the periodic 'sweep' (orders/holds.jobs.ts). */
  Holds: 'holds',
  /** Texts from the SMS outbox, one job per sms_messages row (job id = row id). */
  Sms: 'sms',
  /** Outgoing webhook deliveries, one job per attempt of an outgoing_webhook_deliveries row. */
  Webhooks: 'outgoing-webhooks',
} as const;

export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Attempts per job; between them the row shows QUEUED with a retry message. */
export const JOB_ATTEMPTS = 3;
/** First retry after 1 s, then 2 s, 4 s, … */
export const JOB_BACKOFF = { type: 'exponential', delay: 1000 } as const;
