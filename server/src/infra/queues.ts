/** Every BullMQ queue Matchday uses, by name, in one place. */
export const QueueName = {
  /** Ticket holds: a delayed 'expire' job per checkout, and the periodic 'sweep'. */
  Holds: 'holds',
} as const;
