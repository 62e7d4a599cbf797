import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { EventSales } from '../orders/orders.types';
import { Role } from '../users/user.entity';
import { Event } from './event.entity';
import { AdminEventsArgs, EventConnection, EventInput, EventsArgs } from './events.types';
import { PromoCode } from './promo-code.entity';
import { TicketType } from './ticket-type.entity';

@Resolver(() => Event)
export class EventsResolver {
  // Public on purpose: anyone may browse published PUBLIC events (never private ones).
  @Query(() => EventConnection, { description: 'Upcoming published public events, soonest first. Private events never appear here.' })
  async events(@Args() args: EventsArgs, @Ctx() { services, loaders }: Context) {
    const page = await services.events.listPublic(args);
    // Ticket types ask for their event (availability); these are already here.
    for (const { node } of page.edges) loaders.eventById.prime(node.id, node);
    return page;
  }

  @Authorized(Role.ADMIN)
  @Query(() => EventConnection, { description: 'Every event, drafts and private ones included, newest first (admin).' })
  adminEvents(@Args() args: AdminEventsArgs, @Ctx() { services }: Context) {
    return services.events.listAll(args);
  }

  // Public on purpose: who may open which event is decided in EventsService.findVisible.
  @Query(() => Event, {
    nullable: true,
    description: 'One event by id, or by accessKey alone. A PRIVATE event needs its accessKey (admins excepted); drafts are for admins. Null when not found or not allowed.',
  })
  event(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('accessKey', () => String, { nullable: true }) accessKey: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.events.findVisible(viewer, id, accessKey);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Event, { description: 'A new DRAFT event (admin).' })
  createEvent(@Arg('input') input: EventInput, @Ctx() { services, actor }: Context) {
    return services.events.create(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Event, { description: 'Replaces the event\'s details; capacity cannot go below the seats sold or held (admin).' })
  updateEvent(@Arg('id', () => ID) id: string, @Arg('input') input: EventInput, @Ctx() { services, actor }: Context) {
    return services.events.update(actor, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Event, { description: 'Puts a DRAFT event on sale (it needs a ticket type). Publishing twice is harmless (admin).' })
  publishEvent(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.events.publish(actor, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Event, { description: 'Stops sales, cancels unpaid orders, refunds every paid order in full and voids every ticket (admin).' })
  cancelEvent(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.cancelEvent.run(actor, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Event, { description: 'A new accessKey (and shareUrl) for a private event whose link leaked; the old link stops working (admin).' })
  regenerateEventAccessKey(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.events.regenerateAccessKey(actor, id);
  }

  @FieldResolver(() => [TicketType], { description: 'In the order they were added.' })
  ticketTypes(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.ticketTypesByEventId.load(event.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [PromoCode], { description: 'Promo codes of the event (admin).' })
  promoCodes(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.promoCodesByEventId.load(event.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => EventSales, { description: 'Sales figures (admin).' })
  sales(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.eventSalesByEventId.load(event.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => String, { description: "The link that opens the event in the app, with its accessKey: what to share for a PRIVATE event (admin). App route: /events/<id>?key=<accessKey>." })
  shareUrl(@Root() event: Event, @Ctx() { services }: Context) {
    return `${services.infra.config.publicUrl}/events/${event.id}?key=${event.accessKey}`;
  }
}
