import { notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { EventsService } from '../events/events.service';
import type { Job } from '../jobs/job.entity';
import type { JobsService } from '../jobs/jobs.service';
import type { Actor } from '../users/users.service';
import { ATTENDEES_EXPORT, type AttendeesExportPayload } from './attendees-export.job';

/** Starts the attendee CSV export of an event (the job itself is attendees-export.job.ts). */
export class AttendeesExportService {
  constructor(
    private readonly jobs: JobsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, eventId: string): Promise<Job> {
    const event = await this.events.findById(eventId);
    if (!event) throw notFound('Event');
    const job = await this.jobs.start<AttendeesExportPayload>(ATTENDEES_EXPORT, { eventId: event.id }, actor);
    await this.audit.record({ action: 'event.attendees_export_started', actorId: actor.id, ip: actor.ip, target: { type: 'Job', id: job.id }, details: { eventId: event.id } });
    return job;
  }
}
