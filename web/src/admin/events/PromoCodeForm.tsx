import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { AdminPromoCodeFieldsFragment, PromoCodeInput, PromoDiscountType } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { formatMoney, majorUnitsText, parseMajorUnits } from '../../ui/money';
import { fromZonedInput, toZonedInput } from '../../ui/zoned-time';

export const AdminPromoCodeFieldsDoc = graphql(`
  fragment AdminPromoCodeFields on PromoCode {
    id
    code
    discountType
    amount
    usageLimit
    usedCount
    validFrom
    validUntil
    ticketTypeIds
    active
  }
`);

const CreatePromoCodeDoc = graphql(`
  mutation CreatePromoCode($eventId: ID!, $input: PromoCodeInput!) {
    createPromoCode(eventId: $eventId, input: $input) {
      ...AdminPromoCodeFields
    }
  }
`);

const UpdatePromoCodeDoc = graphql(`
  mutation UpdatePromoCode($id: ID!, $input: PromoCodeInput!) {
    updatePromoCode(id: $id, input: $input) {
      ...AdminPromoCodeFields
    }
  }
`);

const FIELDS = ['code', 'discountType', 'amount', 'usageLimit', 'validFrom', 'validUntil', 'ticketTypeIds'] as const;

/** How a promo code's discount reads: "10% off" or "€5.00 off each ticket". */
export function discountText(promo: Pick<AdminPromoCodeFieldsFragment, 'discountType' | 'amount'>, currency: string): string {
  return promo.discountType === 'PERCENTAGE' ? `${promo.amount}% off` : `${formatMoney(promo.amount, currency)} off each ticket`;
}

interface Draft {
  code: string;
  discountType: PromoDiscountType;
  amount: string;
  usageLimit: string;
  validFrom: string;
  validUntil: string;
  ticketTypeIds: string[];
  active: boolean;
}

/** Creating or changing a promo code: a percentage or a fixed amount off each eligible ticket. */
export function PromoCodeForm({
  eventId,
  timeZone,
  currency,
  ticketTypes,
  existing,
  onDone,
}: {
  eventId: string;
  timeZone: string;
  currency: string;
  ticketTypes: { id: string; name: string }[];
  existing: AdminPromoCodeFieldsFragment | null;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() =>
    existing
      ? {
          code: existing.code,
          discountType: existing.discountType,
          amount: existing.discountType === 'PERCENTAGE' ? String(existing.amount) : majorUnitsText(existing.amount, currency),
          usageLimit: existing.usageLimit === null || existing.usageLimit === undefined ? '' : String(existing.usageLimit),
          validFrom: toZonedInput(existing.validFrom, timeZone),
          validUntil: toZonedInput(existing.validUntil, timeZone),
          ticketTypeIds: existing.ticketTypeIds ?? [],
          active: existing.active,
        }
      : { code: '', discountType: 'PERCENTAGE', amount: '', usageLimit: '', validFrom: '', validUntil: '', ticketTypeIds: [], active: true },
  );
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [create, creating] = useMutation(CreatePromoCodeDoc, { refetchQueries: ['AdminEventTickets'] });
  const [update, updating] = useMutation(UpdatePromoCodeDoc, { refetchQueries: ['AdminEventTickets'] });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const percentage = draft.discountType === 'PERCENTAGE';

  const toggleType = (id: string, on: boolean) =>
    set('ticketTypeIds', on ? [...draft.ticketTypeIds, id] : draft.ticketTypeIds.filter((candidate) => candidate !== id));

  const onSubmit = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const fields: Record<string, string> = {};
    const amount = percentage ? (/^\d+$/.test(draft.amount.trim()) ? Number(draft.amount) : null) : parseMajorUnits(draft.amount, currency);
    if (amount === null) fields.amount = percentage ? 'Enter a whole percentage from 1 to 100.' : `Enter the amount off each ticket in ${currency}, e.g. 5 or 2.50.`;
    const usageLimit = draft.usageLimit.trim() ? (/^\d+$/.test(draft.usageLimit.trim()) ? Number(draft.usageLimit) : null) : undefined;
    if (usageLimit === null) fields.usageLimit = 'Enter a whole number, or leave it empty for no limit.';
    if (Object.keys(fields).length > 0) return setErrors({ fields, form: null });
    setErrors({ fields: {}, form: null });
    const input: PromoCodeInput = {
      code: draft.code.trim(),
      discountType: draft.discountType,
      amount: amount!,
      usageLimit: usageLimit ?? null,
      validFrom: draft.validFrom ? fromZonedInput(draft.validFrom, timeZone) : null,
      validUntil: draft.validUntil ? fromZonedInput(draft.validUntil, timeZone) : null,
      ticketTypeIds: draft.ticketTypeIds.length > 0 ? draft.ticketTypeIds : null,
      active: draft.active,
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else await create({ variables: { eventId, input } });
      onDone();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-label={existing ? `Edit ${existing.code}` : 'New promo code'}>
      <h3 className="card-title">{existing ? `Edit ${existing.code}` : 'New promo code'}</h3>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <div className="form-grid form-grid-3">
        <TextField
          label="Code"
          value={draft.code}
          onChange={(e) => set('code', e.target.value.toUpperCase())}
          disabled={existing !== null}
          required
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="SUMMER10"
          hint={existing ? 'A code cannot change; create a new one instead.' : '3 to 40 letters, digits, - or _.'}
          error={errors.fields.code}
        />
        <SelectField label="Discount" value={draft.discountType} onChange={(e) => set('discountType', e.target.value as PromoDiscountType)} error={errors.fields.discountType}>
          <option value="PERCENTAGE">Percentage off</option>
          <option value="FIXED">Amount off each ticket</option>
        </SelectField>
        <TextField
          label={percentage ? 'Percent off' : `Amount off (${currency})`}
          inputMode={percentage ? 'numeric' : 'decimal'}
          value={draft.amount}
          onChange={(e) => set('amount', e.target.value)}
          placeholder={percentage ? '10' : '5.00'}
          required
          error={errors.fields.amount}
        />
      </div>
      <div className="form-grid form-grid-3">
        <TextField
          label="Usage limit"
          type="number"
          inputMode="numeric"
          min={1}
          value={draft.usageLimit}
          onChange={(e) => set('usageLimit', e.target.value)}
          hint="Orders that may use it; empty for no limit."
          error={errors.fields.usageLimit}
        />
        <TextField label="Valid from" type="datetime-local" value={draft.validFrom} onChange={(e) => set('validFrom', e.target.value)} hint={`Optional. ${timeZone} time.`} error={errors.fields.validFrom} />
        <TextField label="Valid until" type="datetime-local" value={draft.validUntil} onChange={(e) => set('validUntil', e.target.value)} hint={`Optional. ${timeZone} time.`} error={errors.fields.validUntil} />
      </div>
      {ticketTypes.length > 1 && (
        <fieldset className="choice-group">
          <legend>Applies to</legend>
          <p className="field-hint">Tick none for every ticket type.</p>
          <div className="checks">
            {ticketTypes.map((type) => (
              <CheckboxField key={type.id} label={type.name} checked={draft.ticketTypeIds.includes(type.id)} onChange={(e) => toggleType(type.id, e.target.checked)} />
            ))}
          </div>
          {errors.fields.ticketTypeIds && <p className="field-error">{errors.fields.ticketTypeIds}</p>}
        </fieldset>
      )}
      <CheckboxField label="Active" hint="An inactive code is refused at checkout." checked={draft.active} onChange={(e) => set('active', e.target.checked)} />
      <div className="form-actions">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" busy={creating.loading || updating.loading}>
          {existing ? 'Save promo code' : 'Create promo code'}
        </Button>
      </div>
    </form>
  );
}
