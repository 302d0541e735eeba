import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollectivityKind, MembershipStatus } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';

registerEnumType(CollectivityKind, { name: 'CollectivityKind' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType({ description: 'A local government: French (commune, département, région, intercommunality…) or foreign' })
@Entity('collectivities')
// A région and a département may share a code ("84"): INSEE codes are unique per kind.
@Index('collectivities_kind_insee_code_key', ['kind', 'inseeCode'], { unique: true, where: 'insee_code IS NOT NULL' })
@Index('collectivities_siren_key', ['siren'], { unique: true, where: 'siren IS NOT NULL' })
// Trigram and array (GIN) indexes for search, created by hand in the migrations: TypeORM cannot declare them.
@Index('collectivities_search_text_trgm_idx', { synchronize: false })
@Index('collectivities_postal_codes_idx', { synchronize: false })
export class Collectivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => CollectivityKind)
  @Index('collectivities_kind_idx')
  @Column({ type: 'varchar', length: 40 })
  kind: CollectivityKind;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Index('collectivities_country_code_idx')
  @Column({ name: 'country_code', type: 'char', length: 2, default: 'FR' })
  countryCode: string;

  @Field(() => String, { nullable: true })
  @Index('collectivities_insee_code_idx')
  @Column({ name: 'insee_code', type: 'varchar', length: 5, nullable: true })
  inseeCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 9, nullable: true })
  siren: string | null;

  @Field(() => String, { nullable: true })
  @Index('collectivities_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 3, nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  @Index('collectivities_department_code_idx')
  @Column({ name: 'department_code', type: 'varchar', length: 3, nullable: true })
  departmentCode: string | null;

  @Field(() => [String])
  @Column({ name: 'postal_codes', type: 'varchar', array: true, default: () => "'{}'" })
  postalCodes: string[];

  @Field(() => Int, { nullable: true })
  @Index('collectivities_population_idx')
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field(() => MembershipStatus)
  @Index('collectivities_membership_status_idx')
  @Column({ name: 'membership_status', type: 'varchar', length: 20, default: MembershipStatus.NONE })
  membershipStatus: MembershipStatus;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'member_since', type: 'date', nullable: true })
  memberSince: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'member_until', type: 'date', nullable: true })
  memberUntil: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field({
    description: 'True when the row comes from the official referential (names and populations are refreshed by each import)',
  })
  @Column({ name: 'from_referential', type: 'boolean', default: false })
  fromReferential: boolean;

  /** Normalised name (accents, case, hyphens, "St" → "saint") that search and the name sort use. */
  @Index('collectivities_search_text_idx')
  @Column({
    name: 'search_text',
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'search_normalize(name)',
    insert: false,
    update: false,
  })
  searchText: string;

  @Field(() => Int, { description: 'Incremented by every change; send it back with an update to refuse a stale save' })
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Index('collectivities_updated_at_idx')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
