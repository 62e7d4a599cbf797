import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One caller's idempotencyKey for one mutation: what was asked (fingerprint) and what it made (resultId). */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'text' })
  operation: string;

  @PrimaryColumn({ type: 'uuid' })
  callerId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  fingerprint: string;

  /** Null while the first request is still running. */
  @Column({ type: 'uuid', nullable: true })
  resultId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
