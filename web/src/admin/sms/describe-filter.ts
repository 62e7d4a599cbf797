const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * A campaign's stored audience filter in words, e.g. ["Interest: Fan fest", "Created from 1 Mar 2026"], with
 * interest keys and event ids named by `names`.
 * createdTo is exclusive (the form sends the day after the last day), so the day before it is shown.
 */
export function describeFilter(filter: Record<string, unknown>, names: { interest: (key: string) => string; event: (id: string) => string }): string[] {
  const parts: string[] = [];
  if (typeof filter.search === 'string') parts.push(`Matching “${filter.search}”`);
  if (typeof filter.interest === 'string') parts.push(`Interest: ${names.interest(filter.interest)}`);
  if (typeof filter.eventId === 'string') parts.push(`Event: ${names.event(filter.eventId)}`);
  if (filter.optedIn === true) parts.push('Opted in');
  if (filter.optedIn === false) parts.push('Not opted in');
  if (typeof filter.createdFrom === 'string') parts.push(`Created from ${dateOnly.format(new Date(filter.createdFrom))}`);
  if (typeof filter.createdTo === 'string') parts.push(`Created up to ${dateOnly.format(new Date(new Date(filter.createdTo).getTime() - 1))}`);
  return parts.length ? parts : ['Every lead with a phone and SMS consent'];
}
