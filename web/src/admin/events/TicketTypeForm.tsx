import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { AdminTicketTypeFieldsFragment, TicketTypeInput } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { majorUnitsText, parseMajorUnits } from '../../ui/money';
import { fromZonedInput, toZonedInput } from '../../ui/zoned-time';

export const AdminTicketTypeFieldsDoc = graphql(`
  fragment AdminTicketTypeFields on TicketType {
    id
    name
    description
    priceCents
    currency
    quantity
    maxPerOrder
    salesStartAt
    salesEndAt
    sold
    held
    available
    saleStatus
    memberDiscountPercent
    memberPriceCents
  }
`);

const AddTicketTypeDoc = graphql(`
  mutation AddTicketType($eventId: ID!, $input: TicketTypeInput!) {
    addTicketType(eventId: $eventId, input: $input) {
      ...AdminTicketTypeFields
    }
  }
`);

const UpdateTicketTypeDoc = graphql(`
  mutation UpdateTicketType($id: ID!, $input: TicketTypeInput!) {
    updateTicketType(id: $id, input: $input) {
      ...AdminTicketTypeFields
    }
  }
`);

const FIELDS = ['name', 'description', 'priceCents', 'currency', 'quantity', 'maxPerOrder', 'salesStartAt', 'salesEndAt', 'memberDiscountPercent'] as const;

interface Draft {
  name: string;
  description: string;
  price: string;
  currency: string;
  quantity: string;
  maxPerOrder: string;
  salesStartAt: string;
  salesEndAt: string;
  memberDiscountPercent: string;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : null);

/**
 * Adding or changing a ticket type. The price is typed in major units (12.50) and sent in minor
 * units (1250) for the currency's own number of decimals; sales windows are the venue's local time.
 */
export function TicketTypeForm({
  eventId,
  timeZone,
  existing,
  defaultCurrency,
  onDone,
}: {
  eventId: string;
  timeZone: string;
  existing: AdminTicketTypeFieldsFragment | null;
  defaultCurrency: string;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() =>
    existing
      ? {
          name: existing.name,
          description: existing.description ?? '',
          price: majorUnitsText(existing.priceCents, existing.currency),
          currency: existing.currency,
          quantity: String(existing.quantity),
          maxPerOrder: String(existing.maxPerOrder),
          salesStartAt: toZonedInput(existing.salesStartAt, timeZone),
          salesEndAt: toZonedInput(existing.salesEndAt, timeZone),
          memberDiscountPercent: String(existing.memberDiscountPercent),
        }
      : { name: '', description: '', price: '', currency: defaultCurrency, quantity: '', maxPerOrder: '10', salesStartAt: '', salesEndAt: '', memberDiscountPercent: '0' },
  );
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const refetchQueries = ['AdminEventTickets', 'AdminEventHeader'];
  const [add, adding] = useMutation(AddTicketTypeDoc, { refetchQueries });
  const [update, updating] = useMutation(UpdateTicketTypeDoc, { refetchQueries });
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const currency = draft.currency.trim().toUpperCase();

  const onSubmit = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const fields: Record<string, string> = {};
    const priceCents = parseMajorUnits(draft.price, currency);
    if (priceCents === null) fields.priceCents = `Enter the price in ${currency || 'the currency'}, e.g. 25 or 12.50 (0 for free).`;
    const quantity = wholeNumber(draft.quantity);
    if (quantity === null) fields.quantity = 'Enter how many tickets of this type there are, as a whole number.';
    const maxPerOrder = wholeNumber(draft.maxPerOrder);
    if (maxPerOrder === null) fields.maxPerOrder = 'Enter a whole number.';
    const memberDiscountPercent = wholeNumber(draft.memberDiscountPercent);
    if (memberDiscountPercent === null || memberDiscountPercent > 100) fields.memberDiscountPercent = 'Enter a whole percentage from 0 to 100 (0 for no member price).';
    const salesStartAt = draft.salesStartAt ? fromZonedInput(draft.salesStartAt, timeZone) : null;
    const salesEndAt = draft.salesEndAt ? fromZonedInput(draft.salesEndAt, timeZone) : null;
    if (Object.keys(fields).length > 0) return setErrors({ fields, form: null });
    setErrors({ fields: {}, form: null });
    const input: TicketTypeInput = {
      name: draft.name.trim(),
      description: draft.description.trim() || null,
      priceCents: priceCents!,
      currency,
      quantity: quantity!,
      maxPerOrder: maxPerOrder!,
      salesStartAt,
      salesEndAt,
      memberDiscountPercent: memberDiscountPercent!,
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else await add({ variables: { eventId, input } });
      onDone();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-label={existing ? `Edit ${existing.name}` : 'New ticket type'}>
      <h3 className="card-title">{existing ? `Edit ${existing.name}` : 'New ticket type'}</h3>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onChange={(e) => set('name')(e.target.value)} placeholder="General admission" required error={errors.fields.name} />
        <TextField label="Description" value={draft.description} onChange={(e) => set('description')(e.target.value)} placeholder="Optional" error={errors.fields.description} />
      </div>
      <div className="form-grid form-grid-4">
        <TextField
          label="Price"
          inputMode="decimal"
          value={draft.price}
          onChange={(e) => set('price')(e.target.value)}
          placeholder="25.00"
          required
          hint="0 for free"
          error={errors.fields.priceCents}
        />
        <TextField
          label="Currency"
          value={draft.currency}
          onChange={(e) => set('currency')(e.target.value.toUpperCase())}
          maxLength={3}
          required
          autoCapitalize="characters"
          hint="ISO code, e.g. EUR"
          error={errors.fields.currency}
        />
        <TextField label="Quantity" type="number" inputMode="numeric" min={0} value={draft.quantity} onChange={(e) => set('quantity')(e.target.value)} required error={errors.fields.quantity} />
        <TextField
          label="Max per order"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={draft.maxPerOrder}
          onChange={(e) => set('maxPerOrder')(e.target.value)}
          required
          error={errors.fields.maxPerOrder}
        />
      </div>
      <TextField
        label="Member discount (%)"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        value={draft.memberDiscountPercent}
        onChange={(e) => set('memberDiscountPercent')(e.target.value)}
        hint="Percent off for members, applied at checkout; 0 for no member price."
        error={errors.fields.memberDiscountPercent}
        className="field-short"
      />
      <div className="form-grid">
        <TextField
          label="Sales start"
          type="datetime-local"
          value={draft.salesStartAt}
          onChange={(e) => set('salesStartAt')(e.target.value)}
          hint={`Optional: empty means as soon as the event is published. Local time in ${timeZone}.`}
          error={errors.fields.salesStartAt}
        />
        <TextField
          label="Sales end"
          type="datetime-local"
          value={draft.salesEndAt}
          onChange={(e) => set('salesEndAt')(e.target.value)}
          hint={`Optional: empty means until the event ends. Local time in ${timeZone}.`}
          error={errors.fields.salesEndAt}
        />
      </div>
      <div className="form-actions">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" busy={adding.loading || updating.loading}>
          {existing ? 'Save ticket type' : 'Add ticket type'}
        </Button>
      </div>
    </form>
  );
}
