import { dataOf, graph, type CallOptions } from './graph';

/** GraphQL documents and helpers shared by the waiting room suites. */

export const PLACE_FIELDS = 'eventId phase startsAt place ahead estimatedWaitSeconds passExpiresAt stock';

export const SET_ON_SALE = `mutation($eventId: ID!, $input: OnSaleInput!) { setOnSale(eventId: $eventId, input: $input) { startsAt admissionsPerMinute passSeconds } }`;
export const REMOVE_ON_SALE = `mutation($eventId: ID!) { removeOnSale(eventId: $eventId) }`;
export const JOIN = `mutation($eventId: ID!) { joinWaitingRoom(eventId: $eventId) { ${PLACE_FIELDS} } }`;
export const PLACE = `query($eventId: ID!) { waitingRoom(eventId: $eventId) { ${PLACE_FIELDS} } }`;
export const PLACE_UPDATED = `subscription($eventId: ID!) { waitingRoomUpdated(eventId: $eventId) { ${PLACE_FIELDS} } }`;
export const ON_SALE_STATS = `query($eventId: ID!) { onSaleStats(eventId: $eventId) { queued admitted passesActive passesUsed passesReturned inCheckout sold stock onSale { admissionsPerMinute } } }`;

export interface Place {
  eventId: string;
  phase: string;
  startsAt: string | null;
  place: number | null;
  ahead: number | null;
  estimatedWaitSeconds: number | null;
  passExpiresAt: string | null;
  stock: string;
}

export interface OnSaleOptions {
  startsInMs?: number;
  /** An exact start (ISO), e.g. to change the rate of an on-sale that has started. */
  startsAt?: string;
  admissionsPerMinute?: number;
  passSeconds?: number;
}

export async function setOnSale(admin: CallOptions, eventId: string, options: OnSaleOptions = {}) {
  const input = {
    startsAt: options.startsAt ?? new Date(Date.now() + (options.startsInMs ?? 0)).toISOString(),
    admissionsPerMinute: options.admissionsPerMinute ?? 60,
    passSeconds: options.passSeconds ?? 300,
  };
  return dataOf(await graph(SET_ON_SALE, { eventId, input }, admin)).setOnSale;
}

export async function join(fan: CallOptions, eventId: string): Promise<Place> {
  return dataOf(await graph(JOIN, { eventId }, fan)).joinWaitingRoom;
}

export async function placeOf(fan: CallOptions, eventId: string): Promise<Place> {
  return dataOf(await graph(PLACE, { eventId }, fan)).waitingRoom;
}

export async function onSaleStats(admin: CallOptions, eventId: string) {
  return dataOf(await graph(ON_SALE_STATS, { eventId }, admin)).onSaleStats;
}
