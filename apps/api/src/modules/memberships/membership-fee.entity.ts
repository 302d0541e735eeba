import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FeeStatus } from '@territoria/domain';
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

registerEnumType(FeeStatus, {
  name: 'FeeStatus',
  description: "Where a year's dues stand",
  valuesMap: {
    INVOICED: { description: 'Invoiced, not paid yet, not past due' },
    PAID: { description: 'Paid (paidOn says when)' },
    WAIVED: { description: 'Waived by the association (waiverReason says why)' },
    LATE: { description: 'Invoiced and unpaid after the due date: computed, never stored' },
  },
});

/** A member's dues for one year. */
@ObjectType({ description: "A member collectivity's dues for one year (cotisation), computed from the year's fee scale" })
@Entity('membership_fees')
// One fee per collectivity and year: generating the year's dues twice creates nothing more.
@Index('membership_fees_collectivity_year_key', ['collectivityId', 'year'], { unique: true })
@Index('membership_fees_year_status_idx', ['year', 'status'])
@Check('membership_fees_amount_positive', 'amount_cents >= 0')
@Check('membership_fees_paid_after_invoice', 'paid_on IS NULL OR paid_on >= invoiced_on')
export class MembershipFee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The member collectivity' })
  @Column({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity>;

  @Field(() => Int, { description: 'The year the dues are for' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'In euro cents' })
  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Field({ description: 'How the amount was computed' })
  @Column({ type: 'varchar', length: 300 })
  computation: string;

  /** INVOICED, PAID or WAIVED; GraphQL shows LATE for invoiced dues past their due date. */
  @Column({ type: 'varchar', length: 10 })
  status: Exclude<FeeStatus, 'LATE'>;

  @Field(() => DateScalar, { description: 'When they were invoiced' })
  @Column({ name: 'invoiced_on', type: 'date' })
  invoicedOn: string;

  @Field(() => DateScalar, { description: 'When they are due: unpaid after this date, they are LATE' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When they were paid; null while unpaid' })
  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer or cheque reference; null when none' })
  @Column({ name: 'payment_reference', type: 'varchar', length: 100, nullable: true })
  paymentReference: string | null;

  @Field(() => String, { nullable: true, description: 'Why they were waived; null unless WAIVED' })
  @Column({ name: 'waiver_reason', type: 'varchar', length: 300, nullable: true })
  waiverReason: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
