import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../events/events.loaders';
import type { EventSalesService } from './event-sales.service';
import type { OrderItem } from './order-item.entity';
import type { Order } from './order.entity';
import type { OrdersService } from './orders.service';
import type { Refund } from './refund.entity';
import type { RefundsService } from './refunds.service';
import type { EventSales } from './orders.types';

export function createOrderLoaders(orders: OrdersService, refunds: RefundsService, eventSales: EventSalesService) {
  return {
    orderById: byIdLoader<Order>((ids) => orders.findManyByIds(ids)),
    orderItemsByOrderId: groupLoader<OrderItem>((ids) => orders.itemsByOrderIds(ids), (item) => item.orderId),
    refundsByOrderId: groupLoader<Refund>((ids) => refunds.findByOrderIds(ids), (refund) => refund.orderId),
    eventSalesByEventId: new DataLoader<string, EventSales | null>((ids) => eventSales.forEvents(ids)),
  };
}
