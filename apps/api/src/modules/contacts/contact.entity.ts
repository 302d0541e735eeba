import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Civility, ConsentStatus } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(Civility, {
  name: 'Civility',
  description: 'How to address a person',
  valuesMap: { MR: { description: 'Monsieur' }, MS: { description: 'Madame' } },
});
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: "A person's consent to receive communications (newsletters, mailings)",
  valuesMap: {
    UNKNOWN: { description: 'Never asked: do not send communications' },
    GIVEN: { description: 'Consented: communications may be sent; visible to API tokens with contacts:read' },
    WITHDRAWN: { description: 'Withdrew consent (or was erased): a mailing tool must drop them' },
  },
});

/** A person: an elected official or a staff member of a collectivity or a partner. */
@ObjectType({
  description:
    "A person: an elected official or a staff member of a collectivity or a partner. Staff see everyone; a group president the people holding a current position in one of their groups' members; an API token with contacts:all everyone, with contacts:read only those who consented (consentStatus GIVEN)",
})
@Entity('contacts')
@Index('contacts_search_text_trgm_idx', { synchronize: false })
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Civility, { nullable: true, description: 'Civility; null when unknown' })
  @Column({ type: 'varchar', length: 5, nullable: true })
  civility: Civility | null;

  @Field({ description: 'First name ("Personne" once erased)' })
  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Field({ description: 'Last name ("anonymisée" once erased)' })
  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  /** Lower-cased; one contact per address. */
  @Field(() => String, {
    nullable: true,
    description: 'Email address, lower-cased, unique among contacts; null when unknown or erased',
  })
  @Index('contacts_email_key', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as written; null when unknown or erased' })
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

  @Field(() => String, { nullable: true, description: "Staff's internal notes; null when none or erased" })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Set when the person's data was erased on request: the row stays so past counts stay right. */
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      "When the person's data was erased on request (name replaced, details and notes removed, history redacted); null otherwise. The row stays so past counts stay right",
  })
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
