import type { GroupKind } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A country group or a thematic group; GraphQL shows them as CountryGroup and ThematicGroup. */
@Entity('groups')
export class Group {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('groups_kind_idx')
  @Column({ type: 'varchar', length: 10 })
  kind: GroupKind;

  @Index('groups_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** ISO 3166-1 alpha-2 codes, for a country group. */
  @Index('groups_countries_idx', { synchronize: false })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  countries: string[];

  /** The theme, for a thematic group. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  theme: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** When false, presidency terms (president or co-president) may not overlap. */
  @Column({ name: 'allows_co_presidency', type: 'boolean', default: false })
  allowsCoPresidency: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
