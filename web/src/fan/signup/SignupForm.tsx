import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { SignupFormQuery } from '../../generated/graphql';
import { errorCode, formErrors, retryAfterSeconds, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/Field';
import { randomKey } from './random-key';
import { useCountdown } from './useCountdown';

const SignUpDoc = graphql(`
  mutation SignUp($input: LeadSignupInput!) {
    signUp(input: $input) {
      id
      receivedAt
    }
  }
`);

const FIELDS = ['name', 'email', 'phone', 'zip', 'interests', 'consentSms'] as const;
const NO_ERRORS: FormErrors = { fields: {}, form: null };

export interface SignedUp {
  name: string;
  /** They gave a number and agreed to texts: a confirmation text is on its way. */
  texting: boolean;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export function SignupForm({ form: signup, onSignedUp }: { form: SignupFormQuery['signupForm']; onSignedUp: (result: SignedUp) => void }) {
  const [signUp, { loading }] = useMutation(SignUpDoc);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [retry, setRetry] = useState<{ at: number; seconds: number } | null>(null);
  const waitSeconds = useCountdown(retry?.at ?? null);
  // One key for this form: a retry after a lost answer gets the first answer, not a second signup.
  const [idempotencyKey] = useState(randomKey);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, take the person to the first field to fix (on a phone it may be off screen).
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [errors]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (waitSeconds > 0) return;
    const form = new FormData(event.currentTarget);
    const input = {
      name: text(form, 'name'),
      email: text(form, 'email') || null,
      phone: text(form, 'phone') || null,
      zip: text(form, 'zip') || null,
      interests: form.getAll('interests').map(String),
      consentSms: form.get('consentSms') === 'on',
      website: text(form, 'website') || null,
      eventId: signup.eventId ?? null,
      idempotencyKey,
    };
    setErrors(NO_ERRORS);
    setRetry(null);
    try {
      const { data } = await signUp({ variables: { input } });
      if (data) onSignedUp({ name: input.name, texting: input.consentSms && !!input.phone });
    } catch (error) {
      if (errorCode(error) === 'RATE_LIMITED') {
        const seconds = retryAfterSeconds(error) ?? 30;
        setRetry({ at: Date.now() + seconds * 1000, seconds });
      } else setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <form ref={formRef} className="form signup-form" onSubmit={onSubmit} noValidate>
      <TextField label="Name" name="name" autoComplete="name" autoCapitalize="words" enterKeyHint="next" maxLength={100} required error={errors.fields.name} />
      <TextField
        label="Email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="next"
        error={errors.fields.email}
      />
      <TextField
        label="Mobile number"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        enterKeyHint="next"
        hint="A number from another country? Start it with + and the country code."
        error={errors.fields.phone}
      />
      <TextField
        className="signup-zip"
        label="ZIP or postcode"
        name="zip"
        autoComplete="postal-code"
        autoCapitalize="characters"
        enterKeyHint="done"
        maxLength={10}
        error={errors.fields.zip}
      />

      {signup.interests.length > 0 && (
        <fieldset className={`field choices${errors.fields.interests ? ' field-invalid' : ''}`} aria-describedby={errors.fields.interests ? 'signup-interests-error' : undefined}>
          <legend>
            What are you interested in? <span className="muted optional">Optional</span>
          </legend>
          <div className="choice-grid">
            {signup.interests.map((interest) => (
              <label key={interest.id} className="choice">
                <input type="checkbox" name="interests" value={interest.key} />
                <span>{interest.label}</span>
              </label>
            ))}
          </div>
          {errors.fields.interests && (
            <p className="field-error" id="signup-interests-error">
              {errors.fields.interests}
            </p>
          )}
        </fieldset>
      )}

      <CheckboxField className="consent" name="consentSms" label={signup.consentText} error={errors.fields.consentSms} />

      {/* The honeypot: people never see or hear it (off screen, hidden from screen readers, out of the tab order); bots fill it in. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="signup-website">Website</label>
        <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      {/* Beside the button, where the eyes are when it is pressed (the top of the form may be off screen on a phone). */}
      {retry !== null && (
        <Alert kind="warning" title={waitSeconds > 0 ? 'Lots of fans are signing up right now' : 'You can send it now'}>
          {waitSeconds > 0 ? (
            <p>
              {/* Screen readers hear the wait once; the ticking seconds are for the eyes. */}
              <span className="visually-hidden">Please try again in {retry.seconds} seconds.</span>
              <span aria-hidden="true">
                Please try again in <strong className="nowrap">{waitSeconds === 1 ? '1 second' : `${waitSeconds} seconds`}</strong>.
              </span>{' '}
              What you typed is kept.
            </p>
          ) : (
            <p>Thanks for waiting. Press “Sign me up” again.</p>
          )}
        </Alert>
      )}
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <Button type="submit" variant="primary" className="btn-block btn-large" busy={loading} disabled={waitSeconds > 0}>
        {waitSeconds > 0 ? `Try again in ${waitSeconds} s` : 'Sign me up'}
      </Button>
    </form>
  );
}
