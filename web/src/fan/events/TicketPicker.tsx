import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useViewer } from '../../app/useSession';
import { graphql } from '../../generated';
import type { EventPageQuery } from '../../generated/graphql';
import { errorCode, formErrors } from '../../graphql/errors';
import { SaleStatusBadge, ticketCount } from '../../ticketing/badges';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatInZone } from '../../ui/EventTime';
import { TextField } from '../../ui/Field';
import { formatMoney, formatPrice } from '../../ui/money';
import { QuantityStepper } from '../../ui/QuantityStepper';
import { randomKey } from '../../ui/random-key';
import { useFollowUrl } from '../../ui/useFollowUrl';
import { useMyMembership } from '../membership/useMyMembership';

const CheckoutQuoteDoc = graphql(`
  query CheckoutQuote($input: CheckoutQuoteInput!) {
    checkoutQuote(input: $input) {
      currency
      subtotalCents
      discountCents
      memberDiscountCents
      totalCents
      promoCode
    }
  }
`);

const StartCheckoutDoc = graphql(`
  mutation StartCheckout($input: CheckoutInput!) {
    startCheckout(input: $input) {
      paymentUrl
      order {
        id
        status
      }
    }
  }
`);

type PageEvent = NonNullable<EventPageQuery['event']>;
type TicketOption = PageEvent['ticketTypes'][number];

/** Few enough left to say so: at most this many, and under half of the type. */
const LOW_STOCK = 10;
const isLow = (type: TicketOption) => (type.saleStatus === 'ON_SALE' || type.saleStatus === 'MEMBER_PRESALE') && type.available <= LOW_STOCK && type.available < type.quantity / 2;

function optionNote(type: TicketOption, timeZone: string, isMember: boolean): string | null {
  switch (type.saleStatus) {
    case 'ON_SALE':
    case 'MEMBER_PRESALE': {
      const presale = type.saleStatus === 'MEMBER_PRESALE' && type.salesStartAt ? `members’ presale: general sale opens ${formatInZone(type.salesStartAt, timeZone)}` : null;
      if (presale && !isMember) return capitalize(presale);
      const left = isLow(type) ? `Only ${type.available} left` : null;
      const limit = type.maxPerOrder < type.available ? `up to ${type.maxPerOrder} per order` : null;
      const ends = type.salesEndAt ? `sales end ${formatInZone(type.salesEndAt, timeZone)}` : null;
      const note = [presale, left, limit, ends].filter(Boolean).join(' · ');
      return note ? capitalize(note) : null;
    }
    case 'NOT_STARTED':
      if (type.memberSalesStartAt && type.salesStartAt && type.memberSalesStartAt !== type.salesStartAt) {
        return `Members’ presale from ${formatInZone(type.memberSalesStartAt, timeZone)} · general sale from ${formatInZone(type.salesStartAt, timeZone)}`;
      }
      return type.salesStartAt ? `On sale from ${formatInZone(type.salesStartAt, timeZone)}` : null;
    case 'SOLD_OUT':
      return 'Seats held by other buyers may come back if they do not pay.';
    default:
      return null;
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the viewer may buy this type now: on sale to everyone, or in the members' presale to a member. */
const buyable = (type: TicketOption, isMember: boolean) => type.saleStatus === 'ON_SALE' || (type.saleStatus === 'MEMBER_PRESALE' && isMember);

/**
 * Choosing tickets: a quantity per ticket type (within what is left and maxPerOrder), an optional
 * promo code priced by the server, then startCheckout, which holds the seats and says where to pay.
 */
export function TicketPicker({ event, accessKey, onStale }: { event: PageEvent; accessKey: string | null; onStale: () => void }) {
  const viewer = useViewer();
  const { membership } = useMyMembership();
  const isMember = membership?.isMember ?? false;
  const navigate = useNavigate();
  const followUrl = useFollowUrl();
  const location = useLocation();
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [promoText, setPromoText] = useState('');
  const [promo, setPromo] = useState<string | null>(null);
  const [promoError, setPromoError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [startCheckout, { loading: starting }] = useMutation(StartCheckoutDoc);
  // One key per attempt at one basket: a retried click after a lost answer gets the same order back.
  const attempt = useRef<{ basket: string; key: string } | null>(null);

  const types = event.ticketTypes;
  const items = types.filter((type) => (quantities[type.id] ?? 0) > 0).map((type) => ({ ticketTypeId: type.id, quantity: quantities[type.id] }));
  const count = items.reduce((sum, item) => sum + item.quantity, 0);
  const currency = types[0]?.currency ?? 'EUR';
  const subtotal = types.reduce((sum, type) => sum + (quantities[type.id] ?? 0) * type.viewerPriceCents, 0);

  const quote = useQuery(CheckoutQuoteDoc, {
    variables: { input: { eventId: event.id, accessKey, items, promoCode: promo } },
    skip: !promo || items.length === 0 || !viewer,
    fetchPolicy: 'network-only',
  });
  const quoteErrors = promo && quote.error ? formErrors(quote.error, ['promoCode']) : null;
  const quoted = promo && !quote.error && !quote.loading ? quote.data?.checkoutQuote : undefined;
  const shownPromoError = quoteErrors?.fields.promoCode ?? promoError;
  const total = quoted ? quoted.totalCents : subtotal;

  const setQuantity = (id: string, value: number) => {
    setFormError(null);
    setQuantities((current) => ({ ...current, [id]: value }));
  };

  const applyPromo = (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const code = promoText.trim();
    setPromoError(null);
    if (!code) return setPromo(null);
    if (items.length === 0) return setPromoError('Choose your tickets first, then apply the code.');
    setPromo(code);
  };

  const removePromo = () => {
    setPromo(null);
    setPromoText('');
    setPromoError(null);
  };

  const checkout = async () => {
    setFormError(null);
    setPromoError(null);
    const basket = JSON.stringify([items, promo]);
    if (attempt.current?.basket !== basket) attempt.current = { basket, key: randomKey() };
    try {
      const { data } = await startCheckout({
        variables: { input: { eventId: event.id, accessKey, items, promoCode: promo, idempotencyKey: attempt.current.key } },
      });
      if (!data) return;
      attempt.current = null;
      const { order, paymentUrl } = data.startCheckout;
      if (!paymentUrl) return void (await navigate(`/orders/${order.id}?checkout=success`));
      await followUrl(paymentUrl);
    } catch (error) {
      const { fields, form } = formErrors(error, ['promoCode']);
      setPromoError(fields.promoCode ?? null);
      setFormError(form);
      // Sold out, or sales just closed: show what is left now.
      if (errorCode(error) === 'CONFLICT') onStale();
    }
  };

  const onSale = types.some((type) => buyable(type, isMember));
  const presaleOnly = !isMember && types.some((type) => type.saleStatus === 'MEMBER_PRESALE');
  const memberSaving = types.some((type) => type.viewerPriceCents < type.priceCents && (quantities[type.id] ?? 0) > 0);
  const promoDiscount = quoted ? quoted.discountCents - quoted.memberDiscountCents : 0;
  const next = encodeURIComponent(location.pathname + location.search);

  return (
    <div className="picker">
      {types.length === 0 ? (
        <p className="muted">Tickets are not on sale yet.</p>
      ) : (
        <ul className="ticket-options" aria-label="Ticket types">
          {types.map((type) => {
            const note = optionNote(type, event.timeZone, isMember);
            const max = Math.min(type.maxPerOrder, type.available);
            return (
              <li key={type.id} className="ticket-option">
                <div className="ticket-option-info">
                  <strong className="ticket-option-name">{type.name}</strong>
                  {type.description && <span className="muted">{type.description}</span>}
                  {note && <span className={`ticket-option-note${isLow(type) ? ' is-low' : ''}`}>{note}</span>}
                  {type.memberDiscountPercent > 0 &&
                    (isMember ? (
                      <span className="ticket-option-note member-note">Member price: {type.memberDiscountPercent}% off</span>
                    ) : (
                      <span className="ticket-option-note member-note">
                        Members pay {formatPrice(type.memberPriceCents, type.currency)} (−{type.memberDiscountPercent}%)
                      </span>
                    ))}
                </div>
                <div className="ticket-option-buy">
                  <span className="ticket-option-price">
                    {type.viewerPriceCents < type.priceCents && <s className="price-was">{formatPrice(type.priceCents, type.currency)}</s>}
                    {formatPrice(type.viewerPriceCents, type.currency)}
                  </span>
                  {buyable(type, isMember) ? (
                    <QuantityStepper label={type.name} value={quantities[type.id] ?? 0} max={max} onChange={(value) => setQuantity(type.id, value)} disabled={starting} />
                  ) : (
                    <SaleStatusBadge status={type.saleStatus} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {onSale && viewer && (
        <form className="promo" onSubmit={applyPromo} noValidate>
          <TextField
            label="Promo code"
            name="promoCode"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={promoText}
            onChange={(change) => setPromoText(change.target.value)}
            error={shownPromoError}
            hint={quoted?.promoCode ? `${quoted.promoCode} applied.` : undefined}
          />
          {promo && !shownPromoError ? (
            <Button onClick={removePromo}>Remove</Button>
          ) : (
            <Button type="submit" busy={quote.loading}>
              Apply
            </Button>
          )}
        </form>
      )}

      {count > 0 && (
        <dl className="summary" aria-label="Order summary">
          {items.map((item) => {
            const type = types.find((candidate) => candidate.id === item.ticketTypeId)!;
            return (
              <div key={item.ticketTypeId}>
                <dt>
                  {item.quantity} × {type.name}
                </dt>
                <dd>{formatMoney(item.quantity * type.viewerPriceCents, type.currency)}</dd>
              </div>
            );
          })}
          {quoted && promoDiscount > 0 && (
            <div className="summary-discount">
              <dt>Promo code {quoted.promoCode}</dt>
              <dd>−{formatMoney(promoDiscount, quoted.currency)}</dd>
            </div>
          )}
          {memberSaving && (
            <div className="summary-discount">
              <dt>Member prices</dt>
              <dd>included</dd>
            </div>
          )}
          <div className="summary-total">
            <dt>Total</dt>
            <dd>{formatMoney(total, currency)}</dd>
          </div>
        </dl>
      )}

      {presaleOnly && (
        <Alert kind="info" title="Members’ presale">
          Members can buy now; general sale opens at the time shown above.{' '}
          <Link to="/membership">Become a member</Link>
        </Alert>
      )}

      {formError && <Alert kind="error">{formError}</Alert>}
      {quoteErrors?.form && <Alert kind="error">{quoteErrors.form}</Alert>}

      {onSale &&
        (viewer ? (
          <Button variant="primary" className="btn-block btn-large" disabled={count === 0} busy={starting} onClick={checkout}>
            {count === 0 ? 'Choose your tickets' : total === 0 ? `Get ${ticketCount(count)}` : `Checkout · ${formatMoney(total, currency)}`}
          </Button>
        ) : (
          <div className="picker-signin">
            <Link to={`/sign-in?next=${next}`} className="btn btn-primary btn-block btn-large">
              Sign in to buy tickets
            </Link>
            <p className="muted">
              New here? <Link to={`/register?next=${next}`}>Create an account</Link>: it takes a minute.
            </p>
          </div>
        ))}
    </div>
  );
}
