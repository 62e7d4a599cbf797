import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { Event } from '../events/event.entity';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.arg';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { TicketType } from '../events/ticket-type.entity';
import { Ticket } from '../tickets/ticket.entity';
import { Role, User } from '../users/user.entity';
import { OrderItem } from './order-item.entity';
import { Order, OrderStatus } from './order.entity';
import { EventSales, OrderConnection, OrdersArgs } from './orders.types';
import { Refund } from './refund.entity';

@Resolver(() => Order)
export class OrdersResolver {
  @Authorized()
  @Query(() => OrderConnection, { description: "The caller's own orders, newest first." })
  myOrders(@Args() args: PageArgs, @Ctx() { services, viewer }: Context) {
    return services.orders.listForBuyer(viewer!.user.id, args);
  }

  @Authorized()
  @Query(() => Order, { nullable: true, description: 'One order: its buyer and admins only (null for anyone else).' })
  order(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.orders.findVisible(viewer!, id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => OrderConnection, { description: 'Every order, newest first, with filters (admin).' })
  orders(@Args() args: OrdersArgs, @Ctx() { services }: Context) {
    return services.orders.listAll(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => EventSales, { nullable: true, description: 'Sales figures of one event (admin).' })
  eventSales(@Arg('eventId', () => ID) eventId: string, @Ctx() { loaders }: Context) {
    return loaders.eventSalesByEventId.load(eventId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Order, {
    description:
      'Refunds a PAID order through its payment provider: all of it, or only ticketIds. The tickets turn VOID and their seats go back on sale. ' +
      'Refunding again does nothing more. The order becomes REFUNDED when no ticket is left (admin).',
  })
  @Idempotent<Order>((context, id) => context.services.orders.findVisible(context.viewer!, id))
  refundOrder(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('ticketIds', () => [ID], { nullable: true, description: 'Only these tickets of the order; omitted: every ticket.' }) ticketIds: string[] | null,
    @IdempotencyKeyArg() _idempotencyKey: string | null,
    @Ctx() { services, actor }: Context,
  ) {
    return services.refundOrder.run(actor, orderId, ticketIds);
  }

  @FieldResolver(() => Event)
  event(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loaders.eventById.load(order.eventId);
  }

  @FieldResolver(() => User, { nullable: true })
  buyer(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loaders.userById.load(order.buyerId);
  }

  @FieldResolver(() => [OrderItem])
  items(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loaders.orderItemsByOrderId.load(order.id);
  }

  @FieldResolver(() => [Ticket], { description: 'Issued once the order is PAID.' })
  tickets(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loaders.ticketsByOrderId.load(order.id);
  }

  @FieldResolver(() => [Refund])
  refunds(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loaders.refundsByOrderId.load(order.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The promo code used, if any.' })
  async promoCode(@Root() order: Order, @Ctx() { loaders }: Context) {
    return order.promoCodeId ? ((await loaders.promoCodeById.load(order.promoCodeId))?.code ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'While PENDING: where to pay (Stripe Checkout, or the TEST MODE page).' })
  paymentUrl(@Root() order: Order) {
    return order.status === OrderStatus.PENDING ? order.paymentUrl : null;
  }
}

@Resolver(() => OrderItem)
export class OrderItemsResolver {
  @FieldResolver(() => TicketType)
  ticketType(@Root() item: OrderItem, @Ctx() { loaders }: Context) {
    return loaders.ticketTypeById.load(item.ticketTypeId);
  }
}
