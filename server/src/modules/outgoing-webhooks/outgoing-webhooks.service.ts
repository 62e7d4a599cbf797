import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { paginate } from '../../graphql/connection';
import { badInput, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../users/users.service';
import { OutgoingWebhookDelivery, WebhookDeliveryStatus } from './outgoing-webhook-delivery.entity';
import { OutgoingWebhookEndpoint } from './outgoing-webhook-endpoint.entity';
import type { WebhookDeliveriesArgs, WebhookEndpointInput, WebhookEndpointUpdate } from './outgoing-webhooks.types';
import { newWebhookSecret } from './webhook-signature';

/** Endpoints admins register, and their delivery logs. Deliveries themselves: webhook-sender.ts. */
export class OutgoingWebhooksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get endpoints() {
    return this.db.getRepository(OutgoingWebhookEndpoint);
  }

  private get deliveries() {
    return this.db.getRepository(OutgoingWebhookDelivery);
  }

  /** A new endpoint and its signing secret (shown this once). */
  async create(actor: Actor, input: WebhookEndpointInput): Promise<{ endpoint: OutgoingWebhookEndpoint; secret: string }> {
    const secret = newWebhookSecret();
    const endpoint = await this.endpoints.save(
      this.endpoints.create({ url: checkedUrl(input.url), description: input.description?.trim() || null, eventTypes: checkedTypes(input.eventTypes), secret, createdBy: actor.id }),
    );
    await this.audit.record({ action: 'webhook_endpoint.created', actorId: actor.id, ip: actor.ip, target: { type: 'WebhookEndpoint', id: endpoint.id }, details: { url: endpoint.url, eventTypes: endpoint.eventTypes } });
    return { endpoint, secret };
  }

  async update(actor: Actor, id: string, input: WebhookEndpointUpdate): Promise<OutgoingWebhookEndpoint> {
    const endpoint = await this.findOrFail(id);
    if (input.url != null) endpoint.url = checkedUrl(input.url);
    if (input.eventTypes != null) endpoint.eventTypes = checkedTypes(input.eventTypes);
    if (input.description !== undefined) endpoint.description = input.description?.trim() || null;
    if (input.enabled != null) endpoint.enabled = input.enabled;
    await this.endpoints.save(endpoint);
    await this.audit.record({ action: 'webhook_endpoint.updated', actorId: actor.id, ip: actor.ip, target: { type: 'WebhookEndpoint', id }, details: { url: endpoint.url, eventTypes: endpoint.eventTypes, enabled: endpoint.enabled } });
    return endpoint;
  }

  /** Deletes the endpoint and its delivery log; nothing more is sent to it. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const endpoint = await this.findOrFail(id);
    await this.endpoints.delete({ id });
    await this.audit.record({ action: 'webhook_endpoint.deleted', actorId: actor.id, ip: actor.ip, target: { type: 'WebhookEndpoint', id }, details: { url: endpoint.url } });
    return true;
  }

  find(id: string): Promise<OutgoingWebhookEndpoint | null> {
    return isUUID(id) ? this.endpoints.findOneBy({ id }) : Promise.resolve(null);
  }

  list(args: { first?: number; after?: string }) {
    return paginate(this.endpoints.createQueryBuilder('endpoint'), args);
  }

  deliveriesOf(endpointId: string, args: WebhookDeliveriesArgs) {
    const query = this.deliveries.createQueryBuilder('delivery').where('delivery.endpointId = :endpointId', { endpointId });
    if (args.status) query.andWhere('delivery.status = :status', { status: args.status });
    return paginate(query, args);
  }

  /** Sends the event of a delivery again, as a new delivery (same event id) at the head of the queue. */
  async redeliver(actor: Actor, deliveryId: string): Promise<OutgoingWebhookDelivery> {
    const original = isUUID(deliveryId) ? await this.deliveries.findOneBy({ id: deliveryId }) : null;
    if (!original) throw notFound('Delivery');
    const { endpointId, eventId, eventType, data, occurredAt } = original;
    const copy = await this.deliveries.save(this.deliveries.create({ endpointId, eventId, eventType, data, occurredAt, status: WebhookDeliveryStatus.PENDING, attempts: 0, nextAttemptAt: new Date() }));
    await this.audit.record({ action: 'webhook.redelivered', actorId: actor.id, ip: actor.ip, target: { type: 'WebhookEndpoint', id: endpointId }, details: { eventId, eventType, from: deliveryId } });
    return copy;
  }

  private async findOrFail(id: string): Promise<OutgoingWebhookEndpoint> {
    const endpoint = await this.find(id);
    if (!endpoint) throw notFound('Webhook endpoint');
    return endpoint;
  }
}

function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput('url', 'url must be a full http or https address, e.g. https://example.com/matchday-webhooks.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('url', 'url must start with https:// (or http://).');
  if (url.username || url.password) throw badInput('url', 'url must not carry a user name or password; verify the signature instead.');
  return url.toString();
}

function checkedTypes<T>(types: T[]): T[] {
  if (!types.length) throw badInput('eventTypes', 'Choose at least one event type.');
  return [...new Set(types)];
}
