import { graphql } from '../generated';
import type { OrderLinesFieldsFragment } from '../generated/graphql';
import { formatMoney } from '../ui/money';

export const OrderLinesFieldsDoc = graphql(`
  fragment OrderLinesFields on Order {
    id
    currency
    subtotalCents
    discountCents
    totalCents
    refundedCents
    promoCode
    items {
      id
      quantity
      unitPriceCents
      unitDiscountCents
      totalCents
      ticketType {
        id
        name
      }
    }
  }
`);

/** What an order is for and what it costs: each line, the promo discount, the total, refunds. */
export function OrderLines({ order }: { order: OrderLinesFieldsFragment }) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  return (
    <dl className="summary" aria-label="Order lines">
      {order.items.map((item) => (
        <div key={item.id}>
          <dt>
            {item.quantity} × {item.ticketType.name} <span className="muted">at {money(item.unitPriceCents)}</span>
          </dt>
          <dd>{money(item.quantity * item.unitPriceCents)}</dd>
        </div>
      ))}
      {order.discountCents > 0 && (
        <div className="summary-discount">
          <dt>Promo code {order.promoCode}</dt>
          <dd>−{money(order.discountCents)}</dd>
        </div>
      )}
      <div className="summary-total">
        <dt>Total</dt>
        <dd>{money(order.totalCents)}</dd>
      </div>
      {order.refundedCents > 0 && (
        <div className="summary-refund">
          <dt>Refunded</dt>
          <dd>−{money(order.refundedCents)}</dd>
        </div>
      )}
    </dl>
  );
}
