import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PositionKind } from '@territoria/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Contact } from './contact.entity.js';

registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'What kind of position',
  valuesMap: {
    ELECTED: { description: "An elected official's mandate (maire, adjointe, conseiller, président…)" },
    STAFF: { description: "A staff member's job (chargé de mission, directrice…)" },
    OTHER: { description: 'Anything else' },
  },
});

/**
 * A mandate or a job, in one organisation, over a term: a collectivity or a partner, exactly
 * one of the two.
 */
@ObjectType({
  description:
    "A contact's mandate or job in one organisation (a collectivity or a partner, exactly one) over a term. When a mayor changes, the old mayor's position ends and nothing is lost",
})
@Entity('positions')
@Check('positions_one_organisation', '(collectivity_id IS NULL) <> (partner_id IS NULL)')
@Check('positions_term_order', 'ended_on IS NULL OR ended_on >= started_on')
export class Position {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The contact holding it' })
  @Index('positions_contact_id_idx')
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact>;

  @Field(() => ID, { nullable: true, description: 'The collectivity where it is held; null when held at a partner' })
  @Index('positions_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity> | null;

  @Field(() => ID, { nullable: true, description: 'The partner where it is held; null when held at a collectivity' })
  @Index('positions_partner_id_idx')
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Field({ description: 'maire, vice-présidente aux relations internationales, chargé de mission AICT…' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => PositionKind, { description: 'Elected mandate, staff job or other' })
  @Column({ type: 'varchar', length: 10 })
  kind: PositionKind;

  @Field(() => DateScalar, { description: 'When the term started' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the term ended; null while it runs (it is current while endedOn is null or not past, in Paris time)',
  })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

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
