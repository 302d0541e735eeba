import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MembershipStatus } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Collectivity } from './collectivity.entity.js';

/** One change of a collectivity's membership status; joining is decided by its council, whose deliberation is recorded. */
@ObjectType({
  description:
    "One change of a collectivity's membership status; joining is decided by its council, whose deliberation is recorded",
})
@Entity('membership_changes')
export class MembershipChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The collectivity whose status changed' })
  @Index('membership_changes_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity>;

  @Field(() => MembershipStatus, { description: 'Status before the change' })
  @Column({ name: 'from_status', type: 'varchar', length: 20 })
  fromStatus: MembershipStatus;

  @Field(() => MembershipStatus, { description: 'Status after the change' })
  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: MembershipStatus;

  @Field(() => DateScalar, {
    description:
      'When the change takes effect: the new memberSince when joining, memberUntil when leaving, else the day it was recorded',
  })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Field(() => DateScalar, { nullable: true, description: "Date of the council's deliberation" })
  @Column({ name: 'deliberation_date', type: 'date', nullable: true })
  deliberationDate: string | null;

  @Field(() => String, { nullable: true, description: "Reference of the council's deliberation" })
  @Column({ name: 'deliberation_reference', type: 'varchar', length: 100, nullable: true })
  deliberationReference: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the change was recorded' })
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
