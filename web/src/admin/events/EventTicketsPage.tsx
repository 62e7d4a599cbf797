import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../generated';
import type { AdminPromoCodeFieldsFragment, AdminTicketTypeFieldsFragment } from '../../generated/graphql';
import { SaleStatusBadge } from '../../ticketing/badges';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingOrError } from '../../ui/ErrorState';
import { ZonedDateTime } from '../../ui/EventTime';
import { formatPrice } from '../../ui/money';
import { AdminEventFrame, type AdminEvent } from './AdminEventFrame';
import { discountText, PromoCodeForm } from './PromoCodeForm';
import { TicketTypeForm } from './TicketTypeForm';

const AdminEventTicketsDoc = graphql(`
  query AdminEventTickets($id: ID!) {
    event(id: $id) {
      id
      ticketTypes {
        ...AdminTicketTypeFields
      }
      promoCodes {
        ...AdminPromoCodeFields
      }
    }
  }
`);

export function EventTicketsPage() {
  return <AdminEventFrame>{(event) => <Tickets event={event} />}</AdminEventFrame>;
}

type Editing<T> = { item: T | null } | null;

function Window({ from, until, timeZone }: { from: string | null | undefined; until: string | null | undefined; timeZone: string }) {
  if (!from && !until) return <span className="muted">Always</span>;
  return (
    <span className="window">
      {from ? <ZonedDateTime value={from} timeZone={timeZone} /> : 'Now'} – {until ? <ZonedDateTime value={until} timeZone={timeZone} /> : 'the end'}
    </span>
  );
}

/** Ticket types (prices, quantities, sales windows) and promo codes of one event. */
function Tickets({ event }: { event: AdminEvent }) {
  const { data, loading, error, refetch } = useQuery(AdminEventTicketsDoc, { variables: { id: event.id }, fetchPolicy: 'cache-and-network' });
  const [editingType, setEditingType] = useState<Editing<AdminTicketTypeFieldsFragment>>(null);
  const [editingPromo, setEditingPromo] = useState<Editing<AdminPromoCodeFieldsFragment>>(null);
  const loaded = data?.event;
  if (!loaded) return <LoadingOrError loading={loading} label="Loading ticket types…" error={error} onRetry={() => void refetch()} />;

  const { ticketTypes, promoCodes } = loaded;
  const currency = ticketTypes[0]?.currency ?? 'EUR';
  const cancelled = event.status === 'CANCELLED';
  const typeNames = new Map(ticketTypes.map((type) => [type.id, type.name]));

  return (
    <>
      <section className="stack" aria-label="Ticket types">
        <div className="section-head">
          <h2 className="section-title">Ticket types</h2>
          {!cancelled && !editingType && (
            <Button variant="primary" size="small" onClick={() => setEditingType({ item: null })}>
              Add ticket type
            </Button>
          )}
        </div>
        {editingType && (
          <TicketTypeForm
            key={editingType.item?.id ?? 'new'}
            eventId={event.id}
            timeZone={event.timeZone}
            existing={editingType.item}
            defaultCurrency={currency}
            onDone={() => setEditingType(null)}
          />
        )}
        {ticketTypes.length === 0 ? (
          !editingType && <EmptyState title="No ticket types yet">Add one to put the event on sale: a name, a price (0 for free) and how many there are.</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Ticket type</th>
                  <th scope="col">Price</th>
                  <th scope="col">Sold / quantity</th>
                  <th scope="col">Per order</th>
                  <th scope="col">Sales window</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ticketTypes.map((type) => (
                  <tr key={type.id}>
                    <td data-label="Ticket type">
                      <div className="user-cell">
                        <strong>{type.name}</strong>
                        {type.description && <span className="muted">{type.description}</span>}
                      </div>
                    </td>
                    <td data-label="Price" className="num">
                      {formatPrice(type.priceCents, type.currency)}
                      {type.memberDiscountPercent > 0 && (
                        <span className="muted nowrap">
                          {' '}
                          · members {formatPrice(type.memberPriceCents, type.currency)} (−{type.memberDiscountPercent}%)
                        </span>
                      )}
                    </td>
                    <td data-label="Sold / quantity" className="num">
                      {type.sold.toLocaleString()} / {type.quantity.toLocaleString()}
                      {type.held > 0 && <span className="muted"> ({type.held} held)</span>}
                    </td>
                    <td data-label="Per order" className="num">
                      {type.maxPerOrder}
                    </td>
                    <td data-label="Sales window">
                      <Window from={type.salesStartAt} until={type.salesEndAt} timeZone={event.timeZone} />
                    </td>
                    <td data-label="Status">
                      <SaleStatusBadge status={type.saleStatus} />
                    </td>
                    <td className="cell-actions">
                      {!cancelled && (
                        <Button size="small" onClick={() => setEditingType({ item: type })} aria-label={`Edit ${type.name}`}>
                          Edit
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="stack" aria-label="Promo codes">
        <div className="section-head">
          <h2 className="section-title">Promo codes</h2>
          {!cancelled && !editingPromo && ticketTypes.length > 0 && (
            <Button size="small" onClick={() => setEditingPromo({ item: null })}>
              Add promo code
            </Button>
          )}
        </div>
        {editingPromo && (
          <PromoCodeForm
            key={editingPromo.item?.id ?? 'new'}
            eventId={event.id}
            timeZone={event.timeZone}
            currency={currency}
            ticketTypes={ticketTypes}
            existing={editingPromo.item}
            onDone={() => setEditingPromo(null)}
          />
        )}
        {promoCodes.length === 0 ? (
          !editingPromo && (
            <EmptyState title="No promo codes">
              {ticketTypes.length > 0 ? 'Give fans a code for a percentage or an amount off.' : 'Add a ticket type first; codes discount ticket types.'}
            </EmptyState>
          )
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Discount</th>
                  <th scope="col">Used</th>
                  <th scope="col">Valid</th>
                  <th scope="col">Applies to</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {promoCodes.map((promo) => (
                  <tr key={promo.id}>
                    <td data-label="Code">
                      <code>{promo.code}</code>
                    </td>
                    <td data-label="Discount">{discountText(promo, currency)}</td>
                    <td data-label="Used" className="num">
                      {promo.usedCount}
                      {promo.usageLimit != null && ` / ${promo.usageLimit}`}
                    </td>
                    <td data-label="Valid">
                      <Window from={promo.validFrom} until={promo.validUntil} timeZone={event.timeZone} />
                    </td>
                    <td data-label="Applies to">{promo.ticketTypeIds?.length ? promo.ticketTypeIds.map((id) => typeNames.get(id) ?? 'Unknown').join(', ') : 'All ticket types'}</td>
                    <td data-label="Status">{promo.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
                    <td className="cell-actions">
                      {!cancelled && (
                        <Button size="small" onClick={() => setEditingPromo({ item: promo })} aria-label={`Edit ${promo.code}`}>
                          Edit
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
