import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../generated';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { AuthCard } from './AuthCard';

const ResetPasswordDoc = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const FIELDS = ['newPassword', 'confirmPassword'] as const;

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [reset, { loading }] = useMutation(ResetPasswordDoc);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [done, setDone] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!token) return;
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword'));
    if (newPassword !== String(form.get('confirmPassword'))) {
      setErrors({ fields: { confirmPassword: 'The two passwords are not the same.' }, form: null });
      return;
    }
    setErrors({ fields: {}, form: null });
    try {
      await reset({ variables: { token, newPassword } });
      setDone(true);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  if (!token) {
    return (
      <AuthCard title="Choose a new password" footer={<Link to="/sign-in">Back to sign in</Link>}>
        <Alert kind="error" title="This link is incomplete">
          <p>
            Open the link from the email exactly as it was sent, or <Link to="/forgot-password">ask for a new one</Link>.
          </p>
        </Alert>
      </AuthCard>
    );
  }

  if (done) {
    return (
      <AuthCard title="Password changed">
        <Alert kind="success">Your password has been changed. Sign in with the new one.</Alert>
        <Link to="/sign-in" className="btn btn-primary btn-block">
          Sign in
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Choose a new password" footer={<Link to="/sign-in">Back to sign in</Link>}>
      {errors.form && (
        <Alert kind="error">
          <p>{errors.form}</p>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        </Alert>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters, and not your email address."
          error={errors.fields.newPassword}
        />
        <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required error={errors.fields.confirmPassword} />
        <Button type="submit" variant="primary" busy={loading} className="btn-block">
          Change password
        </Button>
      </form>
    </AuthCard>
  );
}
