import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { WebhookEvent } from './webhook-event.entity';

export interface IncomingWebhook {
  provider: string;
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * The store of provider webhooks: each verified event is written (by provider and event id)
 * before anything acts on it, and marked processed once its handlers succeed. A replay of a
 * processed event changes nothing; one whose handling failed runs again.
 */
export class WebhooksService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(WebhookEvent);
  }

  /** Stores the event (once); returns it with whether it still needs processing. */
  async receive(incoming: IncomingWebhook): Promise<{ id: string; alreadyProcessed: boolean }> {
    // ON CONFLICT DO NOTHING: a replay finds the row stored the first time.
    await this.repo.createQueryBuilder().insert().into(WebhookEvent).values(incoming as QueryDeepPartialEntity<WebhookEvent>).orIgnore().execute();
    const stored = await this.repo.findOneByOrFail({ provider: incoming.provider, eventId: incoming.eventId });
    return { id: stored.id, alreadyProcessed: stored.processedAt !== null };
  }

  async markProcessed(id: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(WebhookEvent)
      .set({ processedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null })
      .where('id = :id', { id })
      .execute();
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(WebhookEvent)
      .set({ attempts: () => 'attempts + 1', lastError: error.slice(0, 1000) })
      .where('id = :id', { id })
      .execute();
  }
}
