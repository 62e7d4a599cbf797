import express, { Router, type RequestHandler } from 'express';
import twilio from 'twilio';
import type { Services } from '../../services';

/**
 * Twilio's webhooks: inbound texts and delivery callbacks. Each request must carry a valid
 * X-Twilio-Signature for PUBLIC_URL + its path (403 otherwise); without Twilio settings nothing can
 * be verified, so everything is refused.
 */
export function twilioWebhookRoutes(services: Services): Router {
  const { config, log } = services.infra;
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '64kb' });

  const verified: RequestHandler = (req, res, next) => {
    const signature = req.header('x-twilio-signature');
    const authToken = config.twilio?.authToken;
    const params = (req.body ?? {}) as Record<string, string>;
    if (authToken && signature && twilio.validateRequest(authToken, signature, config.publicUrl + req.originalUrl, params)) return next();
    log.warn({ path: req.path, ip: req.ip, configured: Boolean(authToken) }, 'Refused a Twilio webhook with a missing or invalid signature');
    services.audit
      .record({ action: 'twilio.signature_rejected', ip: req.ip ?? null, details: { path: req.path } })
      .catch((err) => log.error({ err }, 'Could not audit a refused Twilio webhook'));
    res.status(403).type('text/plain').send('Invalid Twilio signature.');
  };

  router.post('/webhooks/twilio/sms', form, verified, async (req, res, next) => {
    try {
      const { MessageSid, From, To, Body } = req.body as Record<string, string | undefined>;
      if (!MessageSid || !From || !To) {
        res.status(400).type('text/plain').send('MessageSid, From and To are required.');
        return;
      }
      const reply = await services.sms.inbound.run({ sid: MessageSid, from: From, to: To, body: Body ?? '' });
      const twiml = new twilio.twiml.MessagingResponse();
      if (reply) twiml.message(reply);
      res.type('text/xml').send(twiml.toString());
    } catch (err) {
      next(err);
    }
  });

  router.post('/webhooks/twilio/status', form, verified, async (req, res, next) => {
    try {
      const { MessageSid, MessageStatus, ErrorCode } = req.body as Record<string, string | undefined>;
      if (!MessageSid || !MessageStatus) {
        res.status(400).type('text/plain').send('MessageSid and MessageStatus are required.');
        return;
      }
      await services.sms.deliveryStatus.run(MessageSid, MessageStatus, ErrorCode || null);
      res.status(204).end();
    } catch (err) {
      next(err);
    }
  });

  return router;
}
