import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../users/user.entity';
import { Event } from './event.entity';
import { TicketTypeInput } from './events.types';
import { saleStatusOf, TicketSaleStatus } from './sale-status';
import { TicketType } from './ticket-type.entity';

@Resolver(() => TicketType)
export class TicketTypesResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => TicketType, { description: 'Adds a ticket type; every ticket type of an event has the same currency (admin).' })
  addTicketType(@Arg('eventId', () => ID) eventId: string, @Arg('input') input: TicketTypeInput, @Ctx() { services, actor }: Context) {
    return services.ticketTypes.add(actor, eventId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TicketType, { description: 'Replaces a ticket type; quantity cannot go below what is sold or held (admin).' })
  updateTicketType(@Arg('id', () => ID) id: string, @Arg('input') input: TicketTypeInput, @Ctx() { services, actor }: Context) {
    return services.ticketTypes.update(actor, id, input);
  }

  @FieldResolver(() => Event)
  event(@Root() type: TicketType, @Ctx() { loaders }: Context) {
    return loaders.eventById.load(type.eventId);
  }

  @FieldResolver(() => Int, { description: 'How many can be bought now: what is left of this type, within what is left of the event.' })
  async available(@Root() type: TicketType, @Ctx() { loaders }: Context) {
    const event = await loaders.eventById.load(type.eventId);
    return Math.min(type.remaining, event?.seatsAvailable ?? 0);
  }

  @FieldResolver(() => TicketSaleStatus, { description: 'Whether it can be bought right now, and if not, why.' })
  async saleStatus(@Root() type: TicketType, @Ctx() { loaders }: Context) {
    const event = await loaders.eventById.load(type.eventId);
    return saleStatusOf(type, event);
  }
}
