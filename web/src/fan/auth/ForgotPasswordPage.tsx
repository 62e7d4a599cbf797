import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { AuthCard } from './AuthCard';

const RequestPasswordResetDoc = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const [request, { loading }] = useMutation(RequestPasswordResetDoc);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    setErrors({ fields: {}, form: null });
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Reset your password"
      intro={sentTo ? undefined : 'Enter the email address of your account and we will send you a link to choose a new password.'}
      footer={<Link to="/sign-in">Back to sign in</Link>}
    >
      {sentTo ? (
        <Alert kind="success" title="Check your email">
          <p>
            If an account exists for <strong>{sentTo}</strong>, we have sent it a link to reset the password. The link works once and expires
            soon, so use it today.
          </p>
        </Alert>
      ) : (
        <>
          {errors.form && <Alert kind="error">{errors.form}</Alert>}
          <form className="form" onSubmit={onSubmit} noValidate>
            <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
            <Button type="submit" variant="primary" busy={loading} className="btn-block">
              Send reset link
            </Button>
          </form>
        </>
      )}
    </AuthCard>
  );
}
