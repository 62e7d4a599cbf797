import { ArrayMaxSize, Length } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { OutgoingWebhookDelivery, WebhookDeliveryStatus } from './outgoing-webhook-delivery.entity';
import { OutgoingWebhookEndpoint } from './outgoing-webhook-endpoint.entity';
import { WebhookEventType } from './webhook-event-type';

@InputType({ description: 'A new outgoing webhook endpoint.' })
export class WebhookEndpointInput {
  @Field({ description: 'Where to POST events: an http or https URL.' })
  @Length(1, 2000, { message: 'url must be 1 to 2000 characters long' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events it should receive (at least one).' })
  @ArrayMaxSize(50)
  eventTypes: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'A note for admins, up to 200 characters.' })
  @Length(0, 200, { message: 'description must be at most 200 characters long' })
  description?: string | null;
}

@InputType({ description: 'Changes to an endpoint; what is left out stays as it is.' })
export class WebhookEndpointUpdate {
  @Field(() => String, { nullable: true, description: 'A new URL (http or https).' })
  @Length(1, 2000, { message: 'url must be 1 to 2000 characters long' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events it should receive from now on.' })
  @ArrayMaxSize(50)
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A new note (empty to clear it).' })
  @Length(0, 200, { message: 'description must be at most 200 characters long' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses it: no new events are recorded for it.' })
  enabled?: boolean | null;
}

@ObjectType({ description: 'A new endpoint with its signing secret, which is shown only this once: store it now.' })
export class CreatedWebhookEndpoint {
  @Field(() => OutgoingWebhookEndpoint)
  endpoint: OutgoingWebhookEndpoint;

  @Field({ description: 'The HMAC-SHA256 key of the Matchday-Webhook-Signature header (whsec_…).' })
  secret: string;
}

@ObjectType()
export class OutgoingWebhookEndpointConnection extends Connection(OutgoingWebhookEndpoint) {}

@ObjectType()
export class OutgoingWebhookDeliveryConnection extends Connection(OutgoingWebhookDelivery) {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;
}
