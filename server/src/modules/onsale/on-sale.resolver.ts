import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Event } from '../events/event.entity';
import { Role } from '../users/user.entity';
import { OnSale } from './on-sale.entity';
import { OnSaleInput, OnSaleStats } from './on-sale.types';

@Resolver(() => Event)
export class OnSaleResolver {
  @FieldResolver(() => OnSale, { nullable: true, description: 'The queued on-sale, when tickets are sold through a waiting room (see joinWaitingRoom).' })
  onSale(@Root() event: Event, @Ctx() { services }: Context) {
    return services.onSale.settings.find(event.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OnSale, {
    description:
      "Sells the event's tickets through a waiting room from startsAt, admitting admissionsPerMinute fans; startCheckout then needs the pass admission gives. " +
      'Again with a new rate or pass length changes them at once (the start cannot move once passed) (admin).',
  })
  setOnSale(@Arg('eventId', () => ID) eventId: string, @Arg('input') input: OnSaleInput, @Ctx() { services, actor }: Context) {
    return services.onSale.set(actor, eventId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Ends the waiting room: anyone may buy at once. False when the event had none (admin).' })
  removeOnSale(@Arg('eventId', () => ID) eventId: string, @Ctx() { services, actor }: Context) {
    return services.onSale.remove(actor, eventId);
  }

  @Authorized(Role.ADMIN)
  @Query(() => OnSaleStats, { nullable: true, description: "How the event's on-sale is going now; null when it has none (admin)." })
  onSaleStats(@Arg('eventId', () => ID) eventId: string, @Ctx() { services }: Context) {
    return services.onSale.stats(eventId);
  }
}
