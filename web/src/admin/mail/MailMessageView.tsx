import { useEffect, useRef } from 'react';
import { graphql } from '../../generated';
import type { MailMessageFieldsFragment, MailStatus } from '../../generated/graphql';
import { Badge, humanize, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { LinkifiedText } from '../../ui/LinkifiedText';

export const MailMessageFieldsDoc = graphql(`
  fragment MailMessageFields on MailMessage {
    id
    to
    subject
    text
    kind
    status
    error
    createdAt
    sentAt
  }
`);

const STATUS_TONE: Record<MailStatus, Tone> = {
  PENDING: 'neutral',
  QUEUED: 'info',
  SENT: 'success',
  CAPTURED: 'brand',
  FAILED: 'danger',
};

const STATUS_HINT: Record<MailStatus, string> = {
  PENDING: 'Saved; waiting to be handed to the mail worker.',
  QUEUED: 'Waiting to be sent.',
  SENT: 'Delivered to the SMTP server.',
  CAPTURED: 'Kept here because no SMTP server is configured (test mode).',
  FAILED: 'Could not be sent.',
};

export function MailStatusBadge({ status }: { status: MailStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{humanize(status)}</Badge>;
}

/** One message, as its recipient would read it (links work, e.g. a password-reset link). */
export function MailMessageView({ message, onClose }: { message: MailMessageFieldsFragment; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);

  // Move focus to the message so keyboard and screen-reader users land on what they opened.
  useEffect(() => heading.current?.focus(), [message.id]);

  return (
    <article className="mail-view card" aria-labelledby="mail-view-subject">
      <div className="mail-view-bar">
        <Button size="small" variant="ghost" onClick={onClose}>
          ← Back to the list
        </Button>
      </div>
      <h2 id="mail-view-subject" ref={heading} tabIndex={-1}>
        {message.subject}
      </h2>
      <dl className="kv mail-view-meta">
        <div>
          <dt>To</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{humanize(message.kind)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <MailStatusBadge status={message.status} /> <span className="muted">{STATUS_HINT[message.status]}</span>
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateTime value={message.createdAt} />
          </dd>
        </div>
        {message.sentAt && (
          <div>
            <dt>Sent</dt>
            <dd>
              <DateTime value={message.sentAt} />
            </dd>
          </div>
        )}
      </dl>
      {message.error && <p className="job-error">{message.error}</p>}
      <div className="mail-body">
        <LinkifiedText text={message.text} />
      </div>
    </article>
  );
}
