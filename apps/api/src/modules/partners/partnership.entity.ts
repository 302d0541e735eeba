import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnershipKind } from '@territoria/domain';
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
import { Event } from '../events/event.entity.js';
import { Partner } from './partner.entity.js';

registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: 'What a partner commits',
  valuesMap: {
    FINANCIAL: { description: 'Money' },
    IN_KIND: { description: 'Help in kind (venue, services), valued in amountCents when known' },
    INSTITUTIONAL: { description: 'Institutional support (patronage), usually without an amount' },
  },
});

/** A partner's commitment for one year: money, help in kind, or institutional support. */
@ObjectType({
  description:
    "A partner's commitment for one year (convention de partenariat): money, help in kind, or institutional support. Staff only",
})
@Entity('partnerships')
@Index('partnerships_year_kind_idx', ['year', 'kind'])
@Check('partnerships_amount_positive', 'amount_cents IS NULL OR amount_cents >= 0')
export class Partnership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The partner committed' })
  @Index('partnerships_partner_id_idx')
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner>;

  @Field(() => Int, { description: 'The year of the commitment' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => PartnershipKind, { description: 'Money, help in kind, or institutional support' })
  @Column({ type: 'varchar', length: 20 })
  kind: PartnershipKind;

  @Field(() => Int, { nullable: true, description: 'In euro cents (money and valued help in kind)' })
  @Column({ name: 'amount_cents', type: 'integer', nullable: true })
  amountCents: number | null;

  @Field(() => String, { nullable: true, description: "The agreement's reference (convention de partenariat)" })
  @Column({ name: 'agreement_reference', type: 'varchar', length: 100, nullable: true })
  agreementReference: string | null;

  /** The event edition it supports. */
  @Field(() => ID, { nullable: true, description: 'The event edition it supports (Event id); null when not tied to an edition' })
  @Index('partnerships_event_id_idx')
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<Event> | null;

  @Field(() => String, { nullable: true, description: "Staff's notes; null when none" })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
