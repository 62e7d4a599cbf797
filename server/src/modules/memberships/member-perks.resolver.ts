import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { TicketType } from '../events/ticket-type.entity';
import { memberDiscount } from '../orders/pricing';

/** What the app shows of member perks on a ticket type; checkout enforces the same rules (CheckoutPlanner). */
@Resolver(() => TicketType)
export class MemberPerksResolver {
  @FieldResolver(() => Int, { description: 'What a member pays for one ticket (the price less memberDiscountPercent, rounded to the minor unit).' })
  memberPriceCents(@Root() type: TicketType) {
    return type.priceCents - memberDiscount(type);
  }

  @FieldResolver(() => Int, { description: 'What the caller would pay for one ticket before any promo code: the member price for a member, else the price.' })
  async viewerPriceCents(@Root() type: TicketType, @Ctx() { viewer, loaders }: Context) {
    if (!viewer || type.memberDiscountPercent === 0) return type.priceCents;
    return (await loaders.isMemberByUserId.load(viewer.user.id)) ? type.priceCents - memberDiscount(type) : type.priceCents;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "When members may start buying: the event's memberPresaleStartsAt when that is before this type's general sale (salesStartAt), else salesStartAt. " +
      'Null: on sale to everyone as soon as the event is published.',
  })
  async memberSalesStartAt(@Root() type: TicketType, @Ctx() { loaders }: Context) {
    if (!type.salesStartAt) return null;
    const presale = (await loaders.eventById.load(type.eventId))?.memberPresaleStartsAt;
    return presale && presale < type.salesStartAt ? presale : type.salesStartAt;
  }
}
