import { useEffect, useRef } from 'react';
import { graphql } from '../../generated';
import type { SmsKind, SmsThreadMessageFragment } from '../../generated/graphql';
import { DateTime } from '../../ui/DateTime';
import { SmsStatusBadge } from '../sms/SmsStatusBadge';

export const SmsThreadMessageDoc = graphql(`
  fragment SmsThreadMessage on SmsMessage {
    id
    direction
    kind
    body
    status
    error
    createdAt
    sentAt
    deliveredAt
    sender {
      id
      name
    }
  }
`);

const KIND: Record<SmsKind, string> = {
  CONFIRMATION: 'Signup confirmation',
  CAMPAIGN: 'Campaign',
  REPLY: 'Reply',
  AUTO_REPLY: 'Automatic answer to HELP',
  INBOUND: 'From the fan',
  NOTICE: 'Account notice (e.g. a failed membership payment)',
};

function who(message: SmsThreadMessageFragment): string {
  if (message.kind === 'REPLY' && message.sender) return `Reply by ${message.sender.name}`;
  return KIND[message.kind];
}

/** A lead's texts both ways, oldest first, like a phone shows them; it keeps the newest in view. */
export function LeadThread({ messages }: { messages: SmsThreadMessageFragment[] }) {
  const list = useRef<HTMLOListElement>(null);
  const newest = messages.at(-1)?.id;

  useEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [newest]);

  if (messages.length === 0) return <p className="thread-empty muted">No texts yet. A reply you send appears here, and so do the fan’s answers.</p>;

  return (
    <ol className="thread" ref={list} aria-label="Texts, oldest first" tabIndex={0}>
      {messages.map((message) => {
        const inbound = message.direction === 'INBOUND';
        return (
          <li key={message.id} className={`bubble ${inbound ? 'bubble-in' : 'bubble-out'}`}>
            <p className="bubble-body">{message.body}</p>
            <p className="bubble-meta">
              <span>{who(message)}</span>
              <DateTime value={message.createdAt} style="compact" />
              {!inbound && <SmsStatusBadge status={message.status} />}
            </p>
            {message.error && <p className="bubble-error">{message.error}</p>}
          </li>
        );
      })}
    </ol>
  );
}
