import crypto from 'node:crypto';

export const SIGNATURE_HEADER = 'Matchday-Webhook-Signature';
export const TIMESTAMP_HEADER = 'Matchday-Webhook-Timestamp';
export const EVENT_ID_HEADER = 'Matchday-Webhook-Id';

/** A new endpoint's signing secret. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}

/**
 * `v1=` + hex HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret (docs/integrators.md
 * shows the receiver's side). Signing the timestamp lets a receiver refuse replays of old requests.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
