import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { graphql } from '../../generated';
import { errorCode } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { Logo } from '../../ui/Logo';
import { SignupForm, type SignedUp } from './SignupForm';

const SignupFormDoc = graphql(`
  query SignupForm($eventId: ID, $accessKey: String) {
    signupForm(eventId: $eventId, accessKey: $accessKey) {
      eventId
      event {
        id
        title
        venue
        startsAt
        timeZone
      }
      consentText
      interests {
        id
        key
        label
      }
    }
  }
`);

/** "Saturday, 14 March 2026 at 19:30", in the event's own time zone. */
const eventWhen = (event: { startsAt: string; timeZone: string }) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timeZone }).format(new Date(event.startsAt));

/**
 * The public signup for news and texts: no account needed. /signup is for Matchday in general,
 * /signup/<eventId> records the event too (its link or QR code goes on the event's posters; a
 * private event's link carries ?key=<accessKey>).
 */
export function SignupPage() {
  const { eventId } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SignupFormDoc, { variables: { eventId: eventId ?? null, accessKey: params.get('key') } });
  const event = data?.signupForm.event;
  const [signedUp, setSignedUp] = useState<SignedUp | null>(null);
  // A new form (fresh fields and idempotency key) for the next person at a kiosk.
  const [round, setRound] = useState(0);
  const title = signedUp ? 'You’re signed up' : event ? `Sign up: ${event.title}` : 'Sign up for Matchday news';

  useEffect(() => {
    document.title = `${title} · Matchday`;
  }, [title]);

  return (
    <div className="signup">
      {signedUp ? (
        <SignupDone
          signedUp={signedUp}
          onAgain={() => {
            setSignedUp(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <div className="card signup-card">
          <header className="signup-head">
            <Logo size={44} />
            {event ? (
              <>
                <p className="signup-kicker">Sign up for news about</p>
                <h1>{event.title}</h1>
                <p className="signup-event">
                  {eventWhen(event)}
                  <br />
                  {event.venue}
                </p>
              </>
            ) : (
              <h1>{eventId ? 'Sign up for event news' : title}</h1>
            )}
            {!error && (
              <p className="muted">
                {eventId ? 'Line-ups, times and offers for this event' : 'Match news, ticket releases and offers from your club'}: by email, and by text if you like.
                Give us an email address, a mobile number, or both.
              </p>
            )}
          </header>
          {data ? (
            <SignupForm key={round} form={data.signupForm} onSignedUp={setSignedUp} />
          ) : loading ? (
            <Loading label="Loading the form…" />
          ) : (
            <>
              {errorCode(error) === 'NOT_FOUND' ? (
                <Alert kind="warning" title="This signup form is not open">
                  The event may be over, cancelled or not announced yet. Check the link you followed.
                </Alert>
              ) : (
                <ErrorState error={error} title="The signup form could not be loaded" onRetry={() => void refetch()} />
              )}
              {eventId && (
                <Link to="/signup" className="btn btn-secondary btn-block btn-large">
                  Sign up for Matchday news in general
                </Link>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

function SignupDone({ signedUp, onAgain }: { signedUp: SignedUp; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  const firstName = signedUp.name.trim().split(/\s+/)[0];

  return (
    <div className="card signup-card signup-done">
      <svg className="signup-done-icon" viewBox="0 0 48 48" width="64" height="64" aria-hidden="true">
        <circle cx="24" cy="24" r="22" fill="currentColor" />
        <path d="M14 24.5l7 7 13-14" fill="none" stroke="#fff" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <h1 ref={heading} tabIndex={-1}>
        You’re on the list, {firstName}!
      </h1>
      <p className="signup-done-lead">
        {signedUp.texting
          ? 'We’ll text you a confirmation in a moment. Reply STOP at any time to stop the texts.'
          : 'Thanks for signing up: we’ll be in touch with news from Matchday.'}
      </p>
      <Button variant="secondary" className="btn-block btn-large" onClick={onAgain}>
        Sign up someone else
      </Button>
    </div>
  );
}
