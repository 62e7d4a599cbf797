import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { graphql } from '../../generated';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { randomKey } from '../../ui/random-key';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { NO_LEAD_FILTER, toLeadFilter, type LeadFilterState } from '../leads/lead-filter';
import { LeadFilters } from '../leads/LeadFilters';
import { AudienceCount, useAudienceCount } from './AudienceCount';
import { previewMessage, TEMPLATE_FIELDS, unknownFields } from './message-preview';
import { SegmentCounter } from './SegmentCounter';

const SendCampaignDoc = graphql(`
  mutation SendCampaign($input: CampaignInput!) {
    sendCampaign(input: $input) {
      ...JobFields
    }
  }
`);

const NewestCampaignsDoc = graphql(`
  query NewestCampaigns {
    smsCampaigns(first: 10) {
      edges {
        node {
          id
          jobId
        }
      }
    }
  }
`);

const FIELDS = ['name', 'message', 'ratePerSecond'] as const;
const NO_ERRORS: FormErrors = { fields: {}, form: null };
const SAMPLE = { name: 'Alex Morgan', zip: '90210' };

/** Write a text, choose who gets it (with the exact count), confirm, send; then follow it on the campaign's page. */
export function NewCampaignPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [send, sending] = useMutation(SendCampaignDoc, { fetchPolicy: 'no-cache' });
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [rate, setRate] = useState('');
  const [filter, setFilter] = useState<LeadFilterState>(NO_LEAD_FILTER);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [confirming, setConfirming] = useState(false);
  // One key per confirmed send: a second click or a retry of it cannot text anyone twice.
  const sendKey = useRef(randomKey());
  const settledFilter = useDebouncedValue(filter);
  const audience = useAudienceCount(toLeadFilter(settledFilter));
  const messageBox = useRef<HTMLFormElement>(null);
  const messageId = useId();
  const audienceId = useId();
  const recipients = audience.count?.recipients ?? 0;

  /** Puts a {field} where the cursor is in the message. */
  const insertField = (field: string) => {
    const textarea = messageBox.current?.elements.namedItem('message') as HTMLTextAreaElement | null;
    const token = `{${field}}`;
    const start = textarea?.selectionStart ?? message.length;
    const end = textarea?.selectionEnd ?? message.length;
    setMessage(message.slice(0, start) + token + message.slice(end));
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const check = (): FormErrors | null => {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Give the campaign a name, for you and other admins.';
    if (!message.trim()) fields.message = 'Write the text to send.';
    const unknown = unknownFields(message);
    if (unknown.length) fields.message = `Matchday does not know ${unknown.map((field) => `{${field}}`).join(', ')}; use ${TEMPLATE_FIELDS.map(({ field }) => `{${field}}`).join(', ')}.`;
    if (rate.trim() && !/^\d+$/.test(rate.trim())) fields.ratePerSecond = 'Texts per second must be a whole number.';
    if (Object.keys(fields).length) return { fields, form: null };
    if (audience.count && recipients === 0) return { fields: {}, form: 'Nobody would get this text: change the audience.' };
    return null;
  };

  const onReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = check();
    setErrors(problems ?? NO_ERRORS);
    if (!problems) {
      void audience.refetch();
      sendKey.current = randomKey();
      setConfirming(true);
    }
  };

  const onSend = async () => {
    try {
      const { data } = await send({
        variables: { input: { name: name.trim(), message, filter: toLeadFilter(filter), ratePerSecond: rate.trim() ? Number(rate) : null, idempotencyKey: sendKey.current } },
      });
      if (!data) return;
      const job = data.sendCampaign;
      const newest = await client.query({ query: NewestCampaignsDoc, fetchPolicy: 'network-only' }).catch(() => null);
      const campaign = newest?.data?.smsCampaigns.edges.find((edge) => edge.node.jobId === job.id)?.node;
      await navigate(campaign ? `/admin/campaigns/${campaign.id}` : '/admin/campaigns', { state: { job } });
    } catch (err) {
      setConfirming(false);
      setErrors(formErrors(err, FIELDS));
    }
  };

  return (
    <Page
      title="New campaign"
      description="A text to the leads you choose. Only people with a phone and SMS consent get it; numbers that texted STOP are skipped."
      actions={
        <Link to="/admin/campaigns" className="btn btn-ghost">
          ← Campaigns
        </Link>
      }
    >
      <form ref={messageBox} className="campaign-form" onSubmit={onReview} noValidate>
        <div className="campaign-layout">
          <section className="card" aria-labelledby={messageId}>
            <h2 className="card-title" id={messageId}>
              Message
            </h2>
            <TextField label="Campaign name" name="name" maxLength={100} hint="For you and other admins; fans never see it." value={name} onChange={(event) => setName(event.target.value)} error={errors.fields.name} />
            <TextAreaField
              label="Text"
              name="message"
              rows={6}
              maxLength={1600}
              placeholder="Hi {first_name|there}, gates open at 6pm for Saturday’s derby…"
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              error={errors.fields.message}
            />
            <div className="insert-fields" role="group" aria-label="Insert a field">
              <span className="muted">Insert:</span>
              {TEMPLATE_FIELDS.map(({ field, label }) => (
                <Button key={field} size="small" onClick={() => insertField(field)}>
                  {label}
                </Button>
              ))}
            </div>
            <SegmentCounter message={message} note="Fields are counted as written: a long name can add a segment." />
            <div className="sms-preview">
              <span className="sms-preview-label muted">Preview for {SAMPLE.name}</span>
              <p className="bubble bubble-out sms-preview-bubble">{message.trim() ? previewMessage(message, SAMPLE) : <span className="muted">Your text appears here.</span>}</p>
            </div>
          </section>

          <section className="card" aria-labelledby={audienceId}>
            <h2 className="card-title" id={audienceId}>
              Audience
            </h2>
            <LeadFilters value={filter} onChange={setFilter} searchLabel="Only leads matching" />
            <AudienceCount audience={audience} />
            <TextField
              className="field-rate"
              label="Texts per second (optional)"
              name="ratePerSecond"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              placeholder="Default"
              hint="Stay within your number’s limit: about 1 a second for a US long code, 3 for toll-free. The server’s SMS_CAMPAIGN_RATE is the most allowed."
              value={rate}
              onChange={(event) => setRate(event.target.value)}
              error={errors.fields.ratePerSecond}
            />
          </section>
        </div>

        {errors.form && <Alert kind="error" title="The campaign was not sent">{errors.form}</Alert>}
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={!audience.count}>
            Review and send…
          </Button>
        </div>
      </form>

      <ConfirmDialog
        open={confirming}
        title={`Send “${name.trim()}” to ${recipients.toLocaleString()} ${recipients === 1 ? 'person' : 'people'}?`}
        confirmLabel={`Send ${recipients === 1 ? 'the text' : `${recipients.toLocaleString()} texts`}`}
        busy={sending.loading}
        onConfirm={onSend}
        onCancel={() => setConfirming(false)}
      >
        <p className="dialog-quote">{previewMessage(message, SAMPLE)}</p>
        <p>Texts start at once, and cannot be called back once sent. You can follow the sending live, and cancel what is not sent yet.</p>
      </ConfirmDialog>
    </Page>
  );
}
