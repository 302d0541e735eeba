import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Civility, ConsentStatus } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(Civility, { name: 'Civility' });
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

/** A person: an elected official or a staff member of a collectivity or a partner. */
@ObjectType()
@Entity('contacts')
@Index('contacts_search_text_trgm_idx', { synchronize: false })
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Civility, { nullable: true })
  @Column({ type: 'varchar', length: 5, nullable: true })
  civility: Civility | null;

  @Field()
  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Field()
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  /** Lower-cased; one contact per address. */
  @Field(() => String, { nullable: true })
  @Index('contacts_email_key', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field(() => ConsentStatus, { description: 'Consent to communications' })
  @Index('contacts_consent_status_idx')
  @Column({ name: 'consent_status', type: 'varchar', length: 10, default: ConsentStatus.UNKNOWN })
  consentStatus: ConsentStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When consent was given or withdrawn' })
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How consent was given or withdrawn (form, email, event registration…)' })
  @Column({ name: 'consent_source', type: 'varchar', length: 200, nullable: true })
  consentSource: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Set when the person's data was erased on request: the row stays so past counts stay right. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** "first last", normalised like collectivity names, for search and duplicate detection. */
  @Index('contacts_search_text_idx')
  @Column({
    name: 'search_text',
    type: 'text',
    generatedType: 'STORED',
    asExpression: "search_normalize(first_name || ' ' || last_name)",
    insert: false,
    update: false,
  })
  searchText: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
