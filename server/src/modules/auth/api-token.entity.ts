import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A long-lived token for integrators, sent as `Authorization: Bearer mdt_…`. Only its hash is kept. */
@ObjectType({ description: 'A token for scripts and integrations; the secret itself is shown only once, when created.' })
@Entity('api_tokens')
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field({ description: 'What the owner called it, e.g. "CRM sync".' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'The first characters of the token, to tell tokens apart.' })
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set once revoked; a revoked token is refused.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
