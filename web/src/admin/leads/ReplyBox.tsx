import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { SegmentCounter } from '../sms/SegmentCounter';

const ReplyToLeadDoc = graphql(`
  mutation ReplyToLead($leadId: ID!, $body: String!) {
    replyToLead(leadId: $leadId, body: $body) {
      ...SmsThreadMessage
    }
  }
`);

const FIELDS = ['body'] as const;

/** Texts a lead from the app; the text goes through the SMS outbox like every other. */
export function ReplyBox({ leadId, onSent }: { leadId: string; onSent: () => void }) {
  const [reply, { loading }] = useMutation(ReplyToLeadDoc);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({ fields: {}, form: null });
    try {
      await reply({ variables: { leadId, body } });
      setBody('');
      onSent();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <form className="reply-box" onSubmit={onSubmit} noValidate>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <TextAreaField
        label="Reply"
        name="body"
        rows={3}
        maxLength={1600}
        placeholder="Write a text…"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.fields.body}
      />
      <div className="reply-box-foot">
        <SegmentCounter message={body} />
        <Button type="submit" variant="primary" busy={loading} disabled={!body.trim()}>
          Send text
        </Button>
      </div>
    </form>
  );
}
