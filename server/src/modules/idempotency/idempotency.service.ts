import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badInput, conflict } from '../../graphql/errors';
import { IdempotencyKey } from './idempotency-key.entity';

export interface IdempotentCall {
  /** The mutation's name: keys of different mutations never meet. */
  operation: string;
  callerId: string;
  key: string;
  /** What was asked for, without the key: a retry must ask for the same. */
  request: unknown;
}

export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 200 };

/**
 * Idempotency keys of mutations that send, charge or start work. The first request with a key
 * claims it (a row insert, so two racing requests cannot both run), runs, and records the id of
 * what it made; a retry with the same key and the same request gets that object again, a retry
 * with another request is a CONFLICT. A first request that fails frees its key for a retry.
 */
export class IdempotencyService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(IdempotencyKey);
  }

  async once<T extends { id: string }>(call: IdempotentCall, run: () => Promise<T>, replay: (resultId: string) => Promise<T | null>): Promise<T> {
    const { min, max } = IDEMPOTENCY_KEY_LENGTH;
    if (call.key.length < min || call.key.length > max) throw badInput('idempotencyKey', `idempotencyKey must be ${min} to ${max} characters long.`);
    const id = { operation: call.operation, callerId: call.callerId, key: call.key };
    const fingerprint = fingerprintOf(call.request);
    const claimed = await this.repo.createQueryBuilder().insert().values({ ...id, fingerprint }).orIgnore().returning('key').execute();
    if (!(claimed.raw as unknown[]).length) return this.replay(id, fingerprint, replay);

    let result: T;
    try {
      result = await run();
    } catch (err) {
      await this.repo.delete(id);
      throw err;
    }
    await this.repo.update(id, { resultId: result.id });
    return result;
  }

  private async replay<T>(id: Pick<IdempotencyKey, 'operation' | 'callerId' | 'key'>, fingerprint: string, replay: (resultId: string) => Promise<T | null>): Promise<T> {
    const first = await this.repo.findOneBy(id);
    if (first && first.fingerprint !== fingerprint) {
      throw conflict(`This idempotencyKey was already used for a different ${id.operation}; use a new key for a new request.`, 'idempotencyKey');
    }
    const result = first?.resultId ? await replay(first.resultId) : null;
    if (!result) throw conflict(`The first ${id.operation} with this idempotencyKey is still running; try again in a moment.`, 'idempotencyKey');
    return result;
  }
}

/** A hash of the request that does not depend on the order of its keys or on null versus absent. */
export function fingerprintOf(request: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(canonical(request))).digest('base64url');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v != null).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}
