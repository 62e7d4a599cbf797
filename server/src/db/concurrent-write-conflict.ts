/**
 * Whether a Postgres error is a collision with a concurrent write that trying again resolves: a
 * unique violation (another transaction stored the same person first) or a deadlock.
 */
export function isConcurrentWriteConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === '40P01'; // unique_violation, deadlock_detected
}

/** Whether a Postgres error is a unique violation of the named constraint. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const { code, constraint: violated } = (err as { code?: unknown; constraint?: unknown } | null) ?? {};
  return code === '23505' && violated === constraint;
}
