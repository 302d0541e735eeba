import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfficerRole } from '@territoria/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Contact } from '../contacts/contact.entity.js';
import { Group } from './group.entity.js';

registerEnumType(OfficerRole, { name: 'OfficerRole' });

/** A contact's office in a group (president, co-president, vice-president, secretary) over a term. */
@ObjectType('GroupOffice')
@Entity('group_offices')
@Check('group_offices_term_order', 'ended_on IS NULL OR ended_on >= started_on')
export class GroupOffice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('group_offices_group_id_idx')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<Group>;

  @Field(() => ID)
  @Index('group_offices_contact_id_idx')
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact>;

  @Field(() => OfficerRole)
  @Column({ type: 'varchar', length: 20 })
  role: OfficerRole;

  @Field(() => DateScalar)
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
