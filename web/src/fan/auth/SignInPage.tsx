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

const SignInDoc = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      user {
        ...ViewerFields
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const [signIn, { loading }] = useMutation(SignInDoc);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ended = session.endedBecause;
  const next = safeNext(params.get('next'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors({ fields: {}, form: null });
    try {
      const { data } = await signIn({ variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } } });
      if (!data) return;
      session.start(data.signIn);
      await navigate(next ?? '/account', { replace: true });
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back to Matchday."
      footer={
        <>
          New here? <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>Create an account</Link>
        </>
      }
    >
      {ended === 'signedOut' && !errors.form && <Alert kind="success">You have signed out.</Alert>}
      {ended === 'expired' && !errors.form && <Alert kind="info">Your session has ended. Sign in again to continue.</Alert>}
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={errors.fields.password} />
        <div className="form-row-end">
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
        <Button type="submit" variant="primary" busy={loading} className="btn-block">
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
