/**
 * An example integrator: what a club's developer writes to pull Matchday's orders into their own
 * system. It uses only what docs/integrators.md describes: an API token, typed operations
 * generated from schema.graphql (`npm run codegen` writes ./generated), incremental sync with
 * updatedSince, a graphql-ws subscription, and the verification of a signed webhook.
 *
 *   MATCHDAY_URL=https://matchday.example.com MATCHDAY_TOKEN=mdt_… npx ts-node examples/integrator/integrator.ts
 */
import crypto from 'node:crypto';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './generated';
import type { ChangedOrdersQuery } from './generated/graphql';

export const ChangedOrdersDoc = graphql(`
  query ChangedOrders($since: DateTimeISO, $after: String) {
    orders(updatedSince: $since, orderBy: { field: UPDATED_AT, direction: ASC }, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          totalCents
          currency
          updatedAt
          buyer {
            email
          }
        }
      }
    }
  }
`);

export const JobUpdatedDoc = graphql(`
  subscription JobUpdated($id: ID) {
    jobUpdated(id: $id) {
      id
      state
      progress
    }
  }
`);

export interface Matchday {
  url: string;
  token: string;
}

/** One operation over HTTP; GraphQL errors are thrown with their code (docs/integrators.md lists them). */
export async function request<R, V>(matchday: Matchday, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(`${matchday.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${matchday.token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  const error = body.errors?.[0];
  if (error) throw Object.assign(new Error(`${error.extensions?.code}: ${error.message}`), { code: error.extensions?.code, retryAfterSeconds: error.extensions?.retryAfterSeconds });
  return body.data as R;
}

export type SyncedOrder = ChangedOrdersQuery['orders']['edges'][number]['node'];

/**
 * Every order created or changed since `since` (inclusive: keep the last updatedAt you saw and
 * pass it next time; an order seen twice is simply upserted again), oldest change first.
 */
export async function syncOrders(matchday: Matchday, since: string | null): Promise<{ orders: SyncedOrder[]; nextSince: string | null }> {
  const orders: SyncedOrder[] = [];
  let after: string | null = null;
  for (;;) {
    const data: ChangedOrdersQuery = await request(matchday, ChangedOrdersDoc, { since, after });
    orders.push(...data.orders.edges.map((edge) => edge.node));
    if (!data.orders.pageInfo.hasNextPage) break;
    after = data.orders.pageInfo.endCursor ?? null;
  }
  return { orders, nextSince: orders.at(-1)?.updatedAt ?? since };
}

/** A websocket to Matchday's subscriptions: the token goes in connectionParams.authorization. */
export function subscriptions(matchday: Matchday): Client {
  return createClient({
    url: `${matchday.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${matchday.token}` },
  });
}

/**
 * Checks a webhook request: the signature is HMAC-SHA256 of "<timestamp>.<raw body>" with the
 * endpoint's secret, and the timestamp is recent (a replayed old request is refused).
 */
export function verifyWebhook(secret: string, headers: Record<string, string | string[] | undefined>, rawBody: string, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers['matchday-webhook-timestamp']);
  const signature = String(headers['matchday-webhook-signature'] ?? '');
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = `v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
  return signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

async function main() {
  const matchday = { url: process.env.MATCHDAY_URL ?? 'http://localhost:4000', token: process.env.MATCHDAY_TOKEN ?? '' };
  const { orders, nextSince } = await syncOrders(matchday, process.env.SINCE ?? null);
  for (const order of orders) process.stdout.write(`${order.updatedAt} ${order.id} ${order.status} ${order.totalCents} ${order.currency} ${order.buyer?.email ?? ''}\n`);
  process.stdout.write(`${orders.length} orders changed; next time run with SINCE=${nextSince ?? ''}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
