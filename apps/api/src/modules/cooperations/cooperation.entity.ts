import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CooperationKind } from '@territoria/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';

registerEnumType(CooperationKind, {
  name: 'CooperationKind',
  description: 'The kind of agreement behind a cooperation',
  valuesMap: {
    DECENTRALISED_COOPERATION: { description: 'A decentralised cooperation agreement (coopération décentralisée)' },
    TWINNING: { description: 'A twinning (jumelage)' },
    FRIENDSHIP_PACT: { description: "A friendship pact (pacte d'amitié)" },
    MEMORANDUM_OF_UNDERSTANDING: { description: "A memorandum of understanding (protocole d'accord)" },
    OTHER: { description: 'Anything else' },
  },
});

/** A French collectivity's cooperation with a foreign local government. */
@ObjectType({
  description:
    "A French collectivity's cooperation with a foreign local government (coopération décentralisée, jumelage…): visible to whoever may see the French collectivity",
})
@Entity('cooperations')
@Check('cooperations_term_order', 'ended_on IS NULL OR since IS NULL OR ended_on >= since')
@Index('cooperations_pair_key', ['frenchCollectivityId', 'foreignCollectivityId', 'kind'], { unique: true })
export class Cooperation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The French collectivity' })
  @Index('cooperations_french_collectivity_id_idx')
  @Column({ name: 'french_collectivity_id', type: 'uuid' })
  frenchCollectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'french_collectivity_id' })
  frenchCollectivity: Relation<Collectivity>;

  @Field(() => ID, { description: 'The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT)' })
  @Index('cooperations_foreign_collectivity_id_idx')
  @Column({ name: 'foreign_collectivity_id', type: 'uuid' })
  foreignCollectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'foreign_collectivity_id' })
  foreignCollectivity: Relation<Collectivity>;

  /** The foreign partner's country, kept here so a country group finds its cooperations by index. */
  @Field({ description: 'ISO 3166-1 alpha-2 of the foreign local government' })
  @Index('cooperations_country_code_idx')
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => CooperationKind, { description: 'The kind of agreement' })
  @Column({ type: 'varchar', length: 30 })
  kind: CooperationKind;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it runs; null when unknown' })
  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended; null while it runs' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => [String], { description: 'What it works on, free words (water, youth, culture…); may be empty' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  themes: string[];

  /** The partner funding it, once partners exist. */
  @Field(() => ID, { nullable: true, description: 'The partner that funds it (Partner id); null when none' })
  @Column({ name: 'funding_partner_id', type: 'uuid', nullable: true })
  fundingPartnerId: string | null;

  @Field(() => String, { nullable: true, description: "Staff's notes; null when none" })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
