/** What other modules use to emit an event: `await emitWebhook(manager, WebhookEventType.X, webhookData.x(…))`. */
export { emitWebhook } from './emit-webhook';
export { WebhookEventType } from './webhook-event-type';
export { webhookData } from './webhook-payloads';
