import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../generated';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { EventSelect } from './EventSelect';
import { isFiltered, NO_LEAD_FILTER, type LeadFilterState } from './lead-filter';

export const LeadInterestChoicesDoc = graphql(`
  query LeadInterestChoices {
    leadInterests(includeArchived: true) {
      id
      key
      label
      position
      archivedAt
    }
  }
`);

/** The lead filters of the leads list and the campaign audience: search, interest, texts, event, created range. */
export function LeadFilters({ value, onChange, searchLabel = 'Search' }: { value: LeadFilterState; onChange: (next: LeadFilterState) => void; searchLabel?: string }) {
  const { data } = useQuery(LeadInterestChoicesDoc);
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const set = (field: keyof LeadFilterState) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value });
  const moreSet = (['interest', 'optedIn', 'eventId', 'createdFrom', 'createdTo'] as const).filter((field) => value[field].trim()).length;

  return (
    <div className={`filters lead-filters${open ? ' open' : ''}`}>
      <TextField className="field-grow" label={searchLabel} type="search" placeholder="Name, email or phone" value={value.search} onChange={set('search')} />
      {/* On a phone the other filters fold away behind this button. */}
      <button type="button" className="btn btn-secondary filters-more-toggle" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen(!open)}>
        {open ? 'Fewer filters' : moreSet ? `Filters (${moreSet})` : 'More filters'}
      </button>
      <div className="filters-more" id={moreId}>
        <SelectField label="Interest" value={value.interest} onChange={set('interest')}>
          <option value="">Any interest</option>
          {data?.leadInterests.map((interest) => (
            <option key={interest.id} value={interest.key}>
              {interest.label}
              {interest.archivedAt ? ' (archived)' : ''}
            </option>
          ))}
          {/* A filter from a link may name an interest this list does not (yet) hold. */}
          {value.interest && data && !data.leadInterests.some((interest) => interest.key === value.interest) && <option value={value.interest}>{value.interest}</option>}
        </SelectField>
        <SelectField label="Texts" value={value.optedIn} onChange={set('optedIn')}>
          <option value="">Everyone</option>
          <option value="true">Opted in (can be texted)</option>
          <option value="false">Not opted in or opted out</option>
        </SelectField>
        <EventSelect className="field-event" value={value.eventId} onChange={(eventId) => onChange({ ...value, eventId })} anyLabel="Any event or none" />
        <TextField className="field-date" label="Created from" type="date" value={value.createdFrom} max={value.createdTo || undefined} onChange={set('createdFrom')} />
        <TextField className="field-date" label="Created to" type="date" value={value.createdTo} min={value.createdFrom || undefined} onChange={set('createdTo')} />
        {isFiltered(value) && (
          <Button variant="ghost" onClick={() => onChange(NO_LEAD_FILTER)}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}
