/** While Redis is away every reconnect attempt fails again: log the first failure, then one a minute. */
export function everyMinuteAtMost(warn: (err: unknown) => void): (err: unknown) => void {
  let lastAt = 0;
  return (err) => {
    if (Date.now() - lastAt < 60_000) return;
    lastAt = Date.now();
    warn(err);
  };
}
