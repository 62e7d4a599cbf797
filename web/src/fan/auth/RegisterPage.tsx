import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { safeNext } from '../../app/safe-next';
import { graphql } from '../../generated';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { session } from '../../graphql/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { AuthCard } from './AuthCard';

const RegisterDoc = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        ...ViewerFields
      }
    }
  }
`);

const FIELDS = ['name', 'email', 'password'] as const;

export function RegisterPage() {
  const [register, { loading }] = useMutation(RegisterDoc);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Someone sent here on the way to something (buying a ticket) goes on there once registered.
  const next = safeNext(params.get('next'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors({ fields: {}, form: null });
    try {
      const input = { name: String(form.get('name')), email: String(form.get('email')), password: String(form.get('password')) };
      const { data } = await register({ variables: { input } });
      if (!data) return;
      session.start(data.register);
      await navigate(next ?? '/account', { replace: true, state: { welcome: true } });
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Create your account"
      intro="One account for tickets, memberships and news from your club."
      footer={
        <>
          Already have an account? <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>Sign in</Link>
        </>
      }
    >
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField label="Name" name="name" autoComplete="name" required error={errors.fields.name} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters, and not your email address."
          error={errors.fields.password}
        />
        <Button type="submit" variant="primary" busy={loading} className="btn-block">
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
