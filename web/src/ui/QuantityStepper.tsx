import { Button } from './Button';

/** A number between 0 and `max` with big − and + buttons (easy with a thumb). */
export function QuantityStepper({ value, max, onChange, label, disabled = false }: { value: number; max: number; onChange: (value: number) => void; label: string; disabled?: boolean }) {
  return (
    <div className="stepper" role="group" aria-label={`Number of ${label} tickets`}>
      <Button className="stepper-button" aria-label={`Fewer ${label} tickets`} disabled={disabled || value <= 0} onClick={() => onChange(value - 1)}>
        <span aria-hidden="true">−</span>
      </Button>
      <output className="stepper-value" aria-live="polite" aria-label={`${label} tickets`}>
        {value}
      </output>
      <Button className="stepper-button" aria-label={`More ${label} tickets`} disabled={disabled || value >= max} onClick={() => onChange(value + 1)}>
        <span aria-hidden="true">+</span>
      </Button>
    </div>
  );
}
