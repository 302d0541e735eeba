import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollectivityKind, MembershipStatus } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';

registerEnumType(CollectivityKind, {
  name: 'CollectivityKind',
  description: 'Kind of local government',
  valuesMap: {
    REGION: { description: 'Région' },
    DEPARTMENT: { description: 'Département' },
    COMMUNE: { description: 'Commune' },
    METROPOLIS: { description: 'Métropole (an EPCI: known by its SIREN, no INSEE code)' },
    URBAN_COMMUNITY: { description: 'Communauté urbaine (an EPCI)' },
    AGGLOMERATION_COMMUNITY: { description: "Communauté d'agglomération (an EPCI)" },
    COMMUNITY_OF_COMMUNES: { description: 'Communauté de communes (an EPCI)' },
    TERRITORIAL_PUBLIC_ESTABLISHMENT: { description: 'Établissement public territorial of the Grand Paris (known by its SIREN)' },
    SPECIAL_STATUS: { description: 'Collectivité à statut particulier (Corsica, Martinique, Guyane, Lyon metropolis…)' },
    OVERSEAS_COLLECTIVITY: { description: "Collectivité d'outre-mer" },
    FOREIGN_LOCAL_GOVERNMENT: { description: 'A local government outside France, entered by hand' },
  },
});
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Membership of the association',
  valuesMap: {
    MEMBER: { description: 'A current member (adhérent)' },
    FORMER_MEMBER: { description: 'Was a member, no longer is' },
    PROSPECT: { description: 'Approached to join, not a member yet' },
    NONE: { description: 'Never a member, not approached' },
  },
});

@ObjectType({ description: 'A local government: French (commune, département, région, intercommunality…) or foreign' })
@Entity('collectivities')
// A région and a département may share a code ("84"): INSEE codes are unique per kind.
@Index('collectivities_kind_insee_code_key', ['kind', 'inseeCode'], { unique: true, where: 'insee_code IS NOT NULL' })
@Index('collectivities_siren_key', ['siren'], { unique: true, where: 'siren IS NOT NULL' })
// Trigram and array (GIN) indexes for search, created by hand in the migrations: TypeORM cannot declare them.
@Index('collectivities_search_text_trgm_idx', { synchronize: false })
@Index('collectivities_postal_codes_idx', { synchronize: false })
// A synced page's order (common/read/sync.ts).
@Index('collectivities_sync_position_idx', ['syncXid', 'id'])
export class Collectivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Official name, e.g. "Dijon" or "Dijon Métropole"' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => CollectivityKind, { description: 'What kind of local government it is' })
  @Index('collectivities_kind_idx')
  @Column({ type: 'varchar', length: 40 })
  kind: CollectivityKind;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Index('collectivities_country_code_idx')
  @Column({ name: 'country_code', type: 'char', length: 2, default: 'FR' })
  countryCode: string;

  @Field(() => String, {
    nullable: true,
    description:
      'INSEE official geographic code: 5 characters for a commune (21231, 2A004), 2 or 3 for a département (21, 2A, 974), 2 for a région (27); null for intercommunalities and foreign collectivities',
  })
  @Index('collectivities_insee_code_idx')
  @Column({ name: 'insee_code', type: 'varchar', length: 5, nullable: true })
  inseeCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SIREN, the 9-digit legal identifier of a French public body (212102313); null when unknown or foreign',
  })
  @Column({ type: 'char', length: 9, nullable: true })
  siren: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'INSEE code of the région it lies in (for a région, its own code); null abroad',
  })
  @Index('collectivities_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 3, nullable: true })
  regionCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'INSEE code of the département it lies in (for a département, its own code); null for a région or abroad',
  })
  @Index('collectivities_department_code_idx')
  @Column({ name: 'department_code', type: 'varchar', length: 3, nullable: true })
  departmentCode: string | null;

  @Field(() => [String], { description: 'French postal codes (5 digits) of a commune; empty for other kinds' })
  @Column({ name: 'postal_codes', type: 'varchar', array: true, default: () => "'{}'" })
  postalCodes: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Population (INSEE municipal population for French collectivities); null when unknown',
  })
  @Index('collectivities_population_idx')
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => String, { nullable: true, description: 'Postal address, free text; null when unknown' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Website URL; null when unknown' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email address; null when unknown' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as written; null when unknown' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field(() => MembershipStatus, { description: 'Membership of the association today' })
  @Index('collectivities_membership_status_idx')
  @Column({ name: 'membership_status', type: 'varchar', length: 20, default: MembershipStatus.NONE })
  membershipStatus: MembershipStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it is a member; null if it never was' })
  @Column({ name: 'member_since', type: 'date', nullable: true })
  memberSince: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When its membership ended; null while it is a member or if it never was',
  })
  @Column({ name: 'member_until', type: 'date', nullable: true })
  memberUntil: string | null;

  @Field(() => String, { nullable: true, description: "Staff's internal notes; null when none" })
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

  /**
   * The row's position in a synced list: the transaction that last wrote it (xid8 as bigint) and
   * when, written by a trigger (migration CollectivitySyncPosition; common/read/sync.ts). Kept on
   * the row so that a sync page of this large table reads no second table.
   */
  @Column({ name: 'sync_xid', type: 'bigint', select: false, insert: false, update: false })
  syncXid: string;

  @Index('collectivities_sync_changed_at_idx')
  @Column({ name: 'sync_changed_at', type: 'timestamptz', select: false, insert: false, update: false })
  syncChangedAt: Date;
}
