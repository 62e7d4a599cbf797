import { useQuery } from '@apollo/client/react';
import type { ChangeEvent } from 'react';
import { graphql } from '../../generated';
import type { AdminEventChoicesQuery } from '../../generated/graphql';
import { SelectField } from '../../ui/Field';

export const AdminEventChoicesDoc = graphql(`
  query AdminEventChoices {
    adminEvents(first: 100) {
      edges {
        node {
          id
          title
          startsAt
          timeZone
          status
          visibility
          accessKey
        }
      }
    }
  }
`);

export type EventChoice = AdminEventChoicesQuery['adminEvents']['edges'][number]['node'];

export function eventDate(event: { startsAt: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: event.timeZone }).format(new Date(event.startsAt));
}

/** The 100 newest events as a choice (their leads come from each event's signup form). */
export function useEventChoices() {
  const { data } = useQuery(AdminEventChoicesDoc);
  return data?.adminEvents.edges.map((edge) => edge.node) ?? null;
}

export function EventSelect({
  label = 'Event',
  value,
  onChange,
  anyLabel,
  hint,
  className,
}: {
  label?: string;
  value: string;
  onChange: (eventId: string) => void;
  anyLabel: string;
  hint?: string;
  className?: string;
}) {
  const events = useEventChoices();
  return (
    <SelectField className={className} label={label} hint={hint} value={value} onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}>
      <option value="">{anyLabel}</option>
      {events?.map((event) => (
        <option key={event.id} value={event.id}>
          {event.title} · {eventDate(event)}
          {event.status === 'PUBLISHED' ? '' : ` (${event.status.toLowerCase()})`}
        </option>
      ))}
      {/* A filter from a link may name an older event than the list holds. */}
      {value && events && !events.some((event) => event.id === value) && <option value={value}>Event {value.slice(0, 8)}…</option>}
    </SelectField>
  );
}
