import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { AdminPlanFieldsFragment, PlanInput } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { majorUnitsText, parseMajorUnits } from '../../ui/money';

export const AdminPlanFieldsDoc = graphql(`
  fragment AdminPlanFields on Plan {
    id
    name
    description
    perks
    currency
    monthlyPriceCents
    yearlyPriceCents
    trialDays
    active
    archivedAt
    memberCount
    createdAt
  }
`);

const CreatePlanDoc = graphql(`
  mutation CreatePlan($input: PlanInput!) {
    createPlan(input: $input) {
      ...AdminPlanFields
    }
  }
`);

const UpdatePlanDoc = graphql(`
  mutation UpdatePlan($id: ID!, $input: PlanInput!) {
    updatePlan(id: $id, input: $input) {
      ...AdminPlanFields
    }
  }
`);

const FIELDS = ['name', 'description', 'perks', 'currency', 'monthlyPriceCents', 'yearlyPriceCents', 'trialDays'] as const;

interface Draft {
  name: string;
  description: string;
  perks: string;
  currency: string;
  monthly: string;
  yearly: string;
  trialDays: string;
}

const priceText = (cents: number | null | undefined, currency: string) => (cents == null ? '' : majorUnitsText(cents, currency));

/**
 * Creating or changing a membership plan. Prices are typed in major units (9.99) and sent in minor
 * units (999); an empty price means the plan is not offered for that interval. A changed price
 * applies to new members only, and the currency is fixed once the plan exists.
 */
export function PlanForm({ existing, onDone }: { existing: AdminPlanFieldsFragment | null; onDone: (saved: string | null) => void }) {
  const [draft, setDraft] = useState<Draft>(() =>
    existing
      ? {
          name: existing.name,
          description: existing.description,
          perks: existing.perks,
          currency: existing.currency,
          monthly: priceText(existing.monthlyPriceCents, existing.currency),
          yearly: priceText(existing.yearlyPriceCents, existing.currency),
          trialDays: String(existing.trialDays),
        }
      : { name: '', description: '', perks: '', currency: 'EUR', monthly: '', yearly: '', trialDays: '0' },
  );
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const refetchQueries = ['AdminPlans'];
  const [create, creating] = useMutation(CreatePlanDoc, { refetchQueries });
  const [update, updating] = useMutation(UpdatePlanDoc, { refetchQueries });
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const currency = draft.currency.trim().toUpperCase();

  const onSubmit = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const fields: Record<string, string> = {};
    const price = (text: string, field: string) => {
      if (!text.trim()) return null;
      const cents = parseMajorUnits(text, currency);
      if (cents === null) fields[field] = `Enter the price in ${currency || 'the currency'}, e.g. 9 or 9.99, or leave it empty.`;
      return cents;
    };
    const monthlyPriceCents = price(draft.monthly, 'monthlyPriceCents');
    const yearlyPriceCents = price(draft.yearly, 'yearlyPriceCents');
    if (!draft.monthly.trim() && !draft.yearly.trim()) fields.monthlyPriceCents = 'Enter a monthly or a yearly price (or both).';
    const trialDays = /^\d+$/.test(draft.trialDays.trim()) ? Number(draft.trialDays) : null;
    if (trialDays === null) fields.trialDays = 'Enter the number of free days, as a whole number (0 for none).';
    if (Object.keys(fields).length > 0) return setErrors({ fields, form: null });
    setErrors({ fields: {}, form: null });
    const input: PlanInput = {
      name: draft.name.trim(),
      description: draft.description.trim(),
      perks: draft.perks.trim(),
      currency,
      monthlyPriceCents,
      yearlyPriceCents,
      trialDays: trialDays!,
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else await create({ variables: { input } });
      onDone(existing ? `${input.name} saved.` : `${input.name} created: it is on offer on the Membership page.`);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  const title = existing ? `Edit ${existing.name}` : 'New plan';
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h3 className="card-title">{title}</h3>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <div className="form-grid">
        <TextField label="Name" value={draft.name} onChange={(e) => set('name')(e.target.value)} placeholder="Season supporter" required error={errors.fields.name} />
        <TextField
          label="Currency"
          value={draft.currency}
          onChange={(e) => set('currency')(e.target.value.toUpperCase())}
          maxLength={3}
          required
          disabled={existing !== null}
          autoCapitalize="characters"
          hint={existing ? 'Fixed once the plan exists.' : 'ISO code, e.g. EUR. It cannot change later.'}
          error={errors.fields.currency}
        />
      </div>
      <TextAreaField label="Description" value={draft.description} onChange={(e) => set('description')(e.target.value)} rows={2} placeholder="Optional: who the plan is for." error={errors.fields.description} />
      <TextAreaField
        label="Perks"
        value={draft.perks}
        onChange={(e) => set('perks')(e.target.value)}
        rows={4}
        placeholder={'Member presale for every match\n10% off tickets'}
        hint="One perk per line: each shows as a ticked line on the Membership page."
        error={errors.fields.perks}
      />
      <div className="form-grid form-grid-3">
        <TextField
          label="Monthly price"
          inputMode="decimal"
          value={draft.monthly}
          onChange={(e) => set('monthly')(e.target.value)}
          placeholder="9.99"
          hint={existing ? 'Empty: not offered monthly. A new price is for new members.' : 'Empty: not offered monthly.'}
          error={errors.fields.monthlyPriceCents}
        />
        <TextField
          label="Yearly price"
          inputMode="decimal"
          value={draft.yearly}
          onChange={(e) => set('yearly')(e.target.value)}
          placeholder="99.00"
          hint={existing ? 'Empty: not offered yearly. A new price is for new members.' : 'Empty: not offered yearly.'}
          error={errors.fields.yearlyPriceCents}
        />
        <TextField
          label="Free trial (days)"
          type="number"
          inputMode="numeric"
          min={0}
          value={draft.trialDays}
          onChange={(e) => set('trialDays')(e.target.value)}
          hint="First-time members only; 0 for none."
          error={errors.fields.trialDays}
        />
      </div>
      <div className="form-actions">
        <Button onClick={() => onDone(null)}>Cancel</Button>
        <Button type="submit" variant="primary" busy={creating.loading || updating.loading}>
          {existing ? 'Save plan' : 'Create plan'}
        </Button>
      </div>
    </form>
  );
}
