import crypto from 'node:crypto';
import { isUUID } from 'class-validator';
import { GraphQLError } from 'graphql';
import type { Config } from '../../config';
import { badInput } from '../../graphql/errors';
import type { Logger } from '../../infra/logger';
import type { RateLimiter } from '../../infra/rate-limiter';
import { renderTemplate } from '../sms/message-template';
import type { LeadInterestsService } from './lead-interests.service';
import { normalizeLeadEmail, normalizeName, normalizePhone, normalizeZip } from './lead-fields';
import type { LeadSignupInput, SignupReceipt } from './leads.types';
import type { OpenEvents } from './open-events';
import type { SignupWriter } from './signup-writer';

const MAX_INTERESTS = 30;

/**
 * The public signup: rate limit, honeypot, validation, then the batched writer. Every rule for the
 * input is here (the resolver skips class-validator for it: one place, and the hot path of a crowd).
 */
export class SignUpLead {
  constructor(
    private readonly writer: SignupWriter,
    private readonly config: Config,
    private readonly interests: LeadInterestsService,
    private readonly openEvents: OpenEvents,
    private readonly rateLimiter: RateLimiter,
    private readonly log: Logger,
  ) {}

  /** Per-IP limit. A Redis outage must not stop signups (they need only Postgres), so it fails open. */
  private async limit(ip: string | null): Promise<void> {
    try {
      await this.rateLimiter.consume('signup', ip ?? 'unknown', this.config.rateLimits.signup);
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      this.log.warn({ err: (err as Error).message }, 'Signup rate limit unavailable (Redis); letting the signup through');
    }
  }

  async run(input: LeadSignupInput, ip: string | null): Promise<SignupReceipt> {
    await this.limit(ip);
    // A bot filled the hidden field: it gets an answer that looks like any other, and nothing is kept.
    if (input.website) return { id: crypto.randomUUID(), receivedAt: new Date() };

    const name = normalizeName(input.name);
    if (!name) throw badInput('name', 'name must be 1 to 100 characters long.');
    const email = input.email?.trim() ? normalizeLeadEmail(input.email) : null;
    if (input.email?.trim() && !email) throw badInput('email', 'email must be a valid email address, like name@example.com.');
    const phone = input.phone?.trim() ? normalizePhone(input.phone, this.config.leadsDefaultCountry) : null;
    if (input.phone?.trim() && !phone) {
      throw badInput('phone', `phone must be a valid phone number; start with + and the country code for numbers outside ${this.config.leadsDefaultCountry}.`);
    }
    if (!email && !phone) throw badInput('email', 'Give an email address or a phone number.');
    if (input.consentSms && !phone) throw badInput('phone', 'phone is needed to receive texts.');
    const zip = input.zip?.trim() ? normalizeZip(input.zip) : null;
    if (input.zip?.trim() && !zip) throw badInput('zip', 'zip must be 2 to 10 letters, digits, spaces or dashes.');
    const key = input.idempotencyKey;
    if (key != null && (key.length < 8 || key.length > 100)) throw badInput('idempotencyKey', 'idempotencyKey must be 8 to 100 characters long.');
    if (input.eventId && !(isUUID(input.eventId) && (await this.openEvents.isOpen(input.eventId)))) {
      throw badInput('eventId', 'eventId must be a published event.');
    }
    const interests = [...new Set(input.interests ?? [])];
    if (interests.length > MAX_INTERESTS) throw badInput('interests', `interests must list at most ${MAX_INTERESTS} choices.`);
    if (interests.length && !(await this.interests.areActiveKeys(interests))) {
      throw badInput('interests', 'interests must be keys from signupForm.interests.');
    }

    const stored = await this.writer.write({
      name,
      email,
      phone,
      zip,
      interests,
      eventId: input.eventId ?? null,
      consentSms: input.consentSms,
      consentText: this.config.leadsConsentText,
      consentIp: ip,
      smsBody: renderTemplate(this.config.smsConfirmationText, { name, zip }),
      idempotencyKey: key ?? null,
      receiptId: crypto.randomUUID(),
    });
    return { id: stored.receiptId, receivedAt: stored.receivedAt };
  }
}
