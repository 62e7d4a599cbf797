import type { LeadFilter } from '../../generated/graphql';

/** The lead filters as the form holds them (dates as yyyy-mm-dd in the admin's time zone). */
export interface LeadFilterState {
  search: string;
  eventId: string;
  interest: string;
  /** '' for everyone, 'true' for leads that can be texted, 'false' for those that cannot. */
  optedIn: '' | 'true' | 'false';
  createdFrom: string;
  createdTo: string;
}

export const NO_LEAD_FILTER: LeadFilterState = { search: '', eventId: '', interest: '', optedIn: '', createdFrom: '', createdTo: '' };

/** Local midnight at the start of a yyyy-mm-dd day, as an ISO instant. */
const startOfDay = (day: string, plusDays = 0) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).toISOString();
};

/** The graph's LeadFilter: the "to" day is included (the graph's createdTo is exclusive). */
export function toLeadFilter(state: LeadFilterState): LeadFilter {
  return {
    search: state.search.trim() || null,
    eventId: state.eventId || null,
    interest: state.interest || null,
    optedIn: state.optedIn === '' ? null : state.optedIn === 'true',
    createdFrom: state.createdFrom ? startOfDay(state.createdFrom) : null,
    createdTo: state.createdTo ? startOfDay(state.createdTo, 1) : null,
  };
}

export const isFiltered = (state: LeadFilterState) => Object.values(state).some((value) => value.trim() !== '');

const PARAMS: Record<keyof LeadFilterState, string> = {
  search: 'q',
  eventId: 'event',
  interest: 'interest',
  optedIn: 'texts',
  createdFrom: 'from',
  createdTo: 'to',
};

/** The filters kept in the address, so a filtered list can be bookmarked, shared and linked to. */
export function filterFromParams(params: URLSearchParams): LeadFilterState {
  const optedIn = params.get(PARAMS.optedIn);
  return {
    search: params.get(PARAMS.search) ?? '',
    eventId: params.get(PARAMS.eventId) ?? '',
    interest: params.get(PARAMS.interest) ?? '',
    optedIn: optedIn === 'true' || optedIn === 'false' ? optedIn : '',
    createdFrom: params.get(PARAMS.createdFrom) ?? '',
    createdTo: params.get(PARAMS.createdTo) ?? '',
  };
}

export function filterToParams(state: LeadFilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as [keyof LeadFilterState, string][]) {
    if (state[key]) params.set(name, state[key]);
  }
  return params;
}
