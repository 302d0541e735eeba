import { LETTERHEAD_LIMITS, type LetterheadImageType } from '@territoria/domain';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The one letterhead row's id (the audit trail keys records by uuid). */
export const LETTERHEAD_ID = '00000000-0000-4000-8000-00000000f001';

/** The association's letterhead, printed on every letter: one row, edited by an ADMIN. */
@Entity('letterhead')
@Check('letterhead_single_row', `id = '${LETTERHEAD_ID}'`)
export class LetterheadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: LETTERHEAD_LIMITS.organisationName, default: '' })
  organisationName: string;

  /** Several lines: street, postal code and city, phone… */
  @Column({ type: 'varchar', length: LETTERHEAD_LIMITS.address, default: '' })
  address: string;

  /** Who signs: "La présidente, Nathalie Koenders". */
  @Column({ type: 'varchar', length: LETTERHEAD_LIMITS.signatory, nullable: true })
  signatory: string | null;

  @Column({ type: 'bytea', nullable: true })
  logo: Buffer | null;

  @Column({ name: 'logo_type', type: 'varchar', length: 20, nullable: true })
  logoType: LetterheadImageType | null;

  @Column({ type: 'bytea', nullable: true })
  signature: Buffer | null;

  @Column({ name: 'signature_type', type: 'varchar', length: 20, nullable: true })
  signatureType: LetterheadImageType | null;

  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
