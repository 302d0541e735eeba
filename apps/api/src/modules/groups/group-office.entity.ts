import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfficerRole } from '@territoria/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { Contact } from '../contacts/contact.entity.js';
import { Group } from './group.entity.js';

registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: 'An office in a group. Whoever holds a current PRESIDENT or CO_PRESIDENT office presides the group',
  valuesMap: {
    PRESIDENT: { description: 'Président(e): presides the group, and sees it as a group president' },
    CO_PRESIDENT: { description: 'Co-président(e): presides with another, and sees the group as a group president' },
    VICE_PRESIDENT: { description: 'Vice-président(e)' },
    SECRETARY: { description: 'Secrétaire' },
  },
});

/** A contact's office in a group (president, co-president, vice-president, secretary) over a term. */
@ObjectType('GroupOffice', {
  description: "A contact's office in a group (president, co-president, vice-president, secretary) over a term",
})
@Entity('group_offices')
@Check('group_offices_term_order', 'ended_on IS NULL OR ended_on >= started_on')
export class GroupOffice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The group' })
  @Index('group_offices_group_id_idx')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<Group>;

  @Field(() => ID, { description: 'The contact holding the office' })
  @Index('group_offices_contact_id_idx')
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact>;

  @Field(() => OfficerRole, { description: 'The office' })
  @Column({ type: 'varchar', length: 20 })
  role: OfficerRole;

  @Field(() => DateScalar, { description: 'When the term started' })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the term ended; null while it runs' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
