import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { WaitingRoomPlace } from './on-sale.types';
import { waitingRoomFeed } from './waiting-room-feed';

@Resolver()
export class WaitingRoomResolver {
  @Authorized()
  @Mutation(() => WaitingRoomPlace, {
    description: "Takes a place in the event's waiting room; the account keeps the one it has (a refresh or a second tab changes nothing). OPEN when the event has no queued on-sale.",
  })
  joinWaitingRoom(@Arg('eventId', () => ID) eventId: string, @Arg('accessKey', () => String, { nullable: true }) accessKey: string | null, @Ctx() { services, viewer }: Context) {
    return services.waitingRoom.join(viewer!, eventId, accessKey);
  }

  @Authorized()
  @Query(() => WaitingRoomPlace, { description: "The caller's standing in the event's waiting room now; waitingRoomUpdated pushes every change." })
  waitingRoom(@Arg('eventId', () => ID) eventId: string, @Arg('accessKey', () => String, { nullable: true }) accessKey: string | null, @Ctx() { services, viewer }: Context) {
    return services.waitingRoom.placeOf(viewer!, eventId, accessKey);
  }

  @Authorized()
  @Subscription(() => WaitingRoomPlace, {
    subscribe: ({ args, context }) => {
      const { services, viewer } = context as Context;
      return waitingRoomFeed(services.waitingRoom, services.infra.pubSub, viewer!, args.eventId, args.accessKey);
    },
    description: "The caller's standing in the event's waiting room: first as it is now, then on every change (place, admission, pass end, sold out).",
  })
  waitingRoomUpdated(
    @Root() place: WaitingRoomPlace,
    @Arg('eventId', () => ID) _eventId: string,
    @Arg('accessKey', () => String, { nullable: true }) _accessKey: string | null,
  ): WaitingRoomPlace {
    return place;
  }
}
