import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../generated';
import { session } from '../graphql/session';

const SignOutDoc = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Revokes the refresh token, forgets the access token and every cached answer, and goes to sign-in. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutDoc);

  const signOut = async () => {
    try {
      await mutate();
    } catch {
      // Signing out locally still matters when the server cannot be reached; the refresh token then just expires.
    }
    // A private page's guard may send the browser to sign-in first; either way it lands there and says why.
    session.end('signedOut');
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  };
  return { signOut, signingOut: loading };
}
