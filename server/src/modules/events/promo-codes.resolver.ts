import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../users/user.entity';
import { PromoCodeInput } from './events.types';
import { PromoCode } from './promo-code.entity';

@Resolver(() => PromoCode)
export class PromoCodesResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => PromoCode, { description: 'A promo code for an event; codes are unique per event, ignoring case (admin).' })
  createPromoCode(@Arg('eventId', () => ID) eventId: string, @Arg('input') input: PromoCodeInput, @Ctx() { services, actor }: Context) {
    return services.promoCodes.create(actor, eventId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromoCode, { description: 'Changes a promo code\'s discount, limit, window, ticket types or active flag (admin).' })
  updatePromoCode(@Arg('id', () => ID) id: string, @Arg('input') input: PromoCodeInput, @Ctx() { services, actor }: Context) {
    return services.promoCodes.update(actor, id, input);
  }
}
