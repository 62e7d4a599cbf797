import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum Role {
  FAN = 'FAN',
  VOLUNTEER = 'VOLUNTEER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may do: fans buy and sign up, volunteers check in, admins run Matchday.' });

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
  BANNED = 'BANNED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'DISABLED and BANNED users cannot sign in, and their existing tokens stop working.' });

@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Column({ type: 'text', unique: true })
  email: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.FAN })
  role: Role;

  @Field(() => UserStatus)
  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.ACTIVE })
  status: UserStatus;

  /** argon2id; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When the account last changed (role, status, name, password).' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
