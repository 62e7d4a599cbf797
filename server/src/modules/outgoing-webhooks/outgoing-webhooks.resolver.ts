import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { Role } from '../users/user.entity';
import { OutgoingWebhookDelivery } from './outgoing-webhook-delivery.entity';
import { OutgoingWebhookEndpoint } from './outgoing-webhook-endpoint.entity';
import { webhookBody } from './webhook-payloads';
import {
  CreatedWebhookEndpoint,
  OutgoingWebhookDeliveryConnection,
  OutgoingWebhookEndpointConnection,
  WebhookDeliveriesArgs,
  WebhookEndpointInput,
  WebhookEndpointUpdate,
} from './outgoing-webhooks.types';

@Resolver(() => OutgoingWebhookEndpoint)
export class OutgoingWebhooksResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutgoingWebhookEndpointConnection, { description: 'Outgoing webhook endpoints, newest first (admin).' })
  outgoingWebhookEndpoints(@Args() args: PageArgs, @Ctx() { services }: Context) {
    return services.outgoingWebhooks.list(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => OutgoingWebhookEndpoint, { nullable: true, description: 'One outgoing webhook endpoint (admin).' })
  outgoingWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.outgoingWebhooks.find(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Registers an endpoint for signed event POSTs; the answer holds its secret, shown only this once (admin).' })
  createOutgoingWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() { services, actor }: Context) {
    return services.outgoingWebhooks.create(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutgoingWebhookEndpoint, { description: 'Changes an endpoint: URL, events, note, or pauses it (admin).' })
  updateOutgoingWebhookEndpoint(@Arg('id', () => ID) id: string, @Arg('input', () => WebhookEndpointUpdate) input: WebhookEndpointUpdate, @Ctx() { services, actor }: Context) {
    return services.outgoingWebhooks.update(actor, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes an endpoint and its delivery log; nothing more is sent to it (admin).' })
  deleteOutgoingWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.outgoingWebhooks.delete(actor, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutgoingWebhookDelivery, { description: "Sends a delivery's event again now, as a new delivery with the same event id (admin)." })
  redeliverOutgoingWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() { services, actor }: Context) {
    return services.outgoingWebhooks.redeliver(actor, deliveryId);
  }

  @FieldResolver(() => String, { description: 'The first characters of the signing secret, to tell secrets apart.' })
  secretHint(@Root() endpoint: OutgoingWebhookEndpoint) {
    return `${endpoint.secret.slice(0, 10)}…`;
  }

  @FieldResolver(() => OutgoingWebhookDeliveryConnection, { description: 'Its delivery log, newest first.' })
  deliveries(@Root() endpoint: OutgoingWebhookEndpoint, @Args() args: WebhookDeliveriesArgs, @Ctx() { services }: Context) {
    return services.outgoingWebhooks.deliveriesOf(endpoint.id, args);
  }
}

@Resolver(() => OutgoingWebhookDelivery)
export class OutgoingWebhookDeliveriesResolver {
  @FieldResolver(() => String, { description: 'The JSON body sent: {id, type, createdAt, data}.' })
  payload(@Root() delivery: OutgoingWebhookDelivery) {
    return webhookBody(delivery);
  }
}
