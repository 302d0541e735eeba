import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Group } from './group.entity.js';

/** A collectivity's membership of a group, from joinedOn until leftOn. */
@ObjectType('GroupMember', {
  description: "A collectivity's membership of a group, with its dates: the record stays when it ends",
})
@Entity('group_members')
// A collectivity is a current member of a group once at most.
@Index('group_members_current_key', ['groupId', 'collectivityId'], { unique: true, where: 'left_on IS NULL' })
@Check('group_members_term_order', 'left_on IS NULL OR left_on >= joined_on')
export class GroupMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The group' })
  @Index('group_members_group_id_idx')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<Group>;

  @Field(() => ID, { description: 'The member collectivity' })
  @Index('group_members_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity>;

  @Field(() => DateScalar, { description: 'When it joined' })
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it left; null while it is a member' })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
