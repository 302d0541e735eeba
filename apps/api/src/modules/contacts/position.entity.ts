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

registerEnumType(PositionKind, { name: 'PositionKind' });

/**
 * A mandate or a job, in one organisation, over a term: a collectivity or a partner, exactly
 * one of the two.
 */
@ObjectType()
@Entity('positions')
@Check('positions_one_organisation', '(collectivity_id IS NULL) <> (partner_id IS NULL)')
@Check('positions_term_order', 'ended_on IS NULL OR ended_on >= started_on')
export class Position {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('positions_contact_id_idx')
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact>;

  @Field(() => ID, { nullable: true })
  @Index('positions_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity> | null;

  @Field(() => ID, { nullable: true })
  @Index('positions_partner_id_idx')
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Field({ description: 'maire, vice-présidente aux relations internationales, chargé de mission AICT…' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => PositionKind)
  @Column({ type: 'varchar', length: 10 })
  kind: PositionKind;

  @Field(() => DateScalar)
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
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
