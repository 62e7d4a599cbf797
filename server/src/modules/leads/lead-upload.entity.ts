import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A CSV file an admin uploaded for import, kept under DATA_DIR/uploads. Not in the graph. */
@Entity('lead_uploads')
export class LeadUpload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'text' })
  filename: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
