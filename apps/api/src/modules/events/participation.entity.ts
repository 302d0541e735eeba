import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipationRole, ParticipationStatus } from '@territoria/domain';
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
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Event } from './event.entity.js';

registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'In what capacity someone takes part in an edition',
  valuesMap: {
    ATTENDEE: { description: 'Attendee (participant)' },
    SPEAKER: { description: 'Speaker in a session (intervenant)' },
    ORGANISER: { description: 'Organiser' },
    PARTNER: { description: 'On behalf of a partner' },
    FOREIGN_DELEGATION: { description: 'Member of a foreign delegation' },
    EMBASSY: { description: 'On behalf of an embassy' },
    PRESS: { description: 'Press' },
  },
});
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  description: 'Where a registration stands. Every status but CANCELLED counts as a participant in the figures',
  valuesMap: {
    REGISTERED: { description: 'Registered, not checked in (yet)' },
    ATTENDED: { description: 'Checked in at the desk: was there' },
    CANCELLED: { description: 'Cancelled the registration' },
    NO_SHOW: { description: 'Registered, never checked in (set after the day by markAbsentees)' },
  },
});

/**
 * Someone at an edition: a person, an organisation (a collectivity, a partner, or one we do
 * not hold such as a foreign delegation), or a person on behalf of an organisation.
 */
@ObjectType({
  description:
    "A registration to an edition: a person and/or an organisation, in a role, with a status. Staff and API tokens with events:read see every one (the person only as they may see contacts); a group president those of his groups' members",
})
@Entity('participations')
@Index('participations_event_contact_key', ['eventId', 'contactId'], { unique: true, where: 'contact_id IS NOT NULL' })
@Index('participations_event_status_idx', ['eventId', 'status'])
@Index('participations_event_role_idx', ['eventId', 'role'])
@Index('participations_event_country_idx', ['eventId', 'countryCode'])
@Index('participations_event_registered_idx', ['eventId', 'registeredAt'])
@Index('participations_event_checked_in_idx', ['eventId', 'checkedInAt'])
@Index('participations_event_sort_name_idx', ['eventId', 'sortName', 'id'])
@Check(
  'participations_someone',
  'contact_id IS NOT NULL OR collectivity_id IS NOT NULL OR partner_id IS NOT NULL OR organisation_name IS NOT NULL',
)
@Check('participations_one_organisation', 'collectivity_id IS NULL OR partner_id IS NULL')
@Check('participations_checked_in_attended', "checked_in_at IS NULL OR status = 'ATTENDED'")
export class Participation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The edition' })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  // An edition with participants cannot be deleted: they are the association's history.
  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<Event>;

  @Field(() => ID, { nullable: true, description: 'The person registered; null for an organisation alone' })
  @Index('participations_contact_id_idx')
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact: Relation<Contact> | null;

  @Field(() => ID, { nullable: true, description: 'The collectivity represented; null when none' })
  @Index('participations_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity> | null;

  @Field(() => ID, { nullable: true, description: 'The partner represented; null when none' })
  @Index('participations_partner_id_idx')
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner: Relation<Partner> | null;

  @Field(() => String, {
    nullable: true,
    description: 'An organisation not held as a collectivity or partner: "Municipalité de Bamako"',
  })
  @Column({ name: 'organisation_name', type: 'varchar', length: 300, nullable: true })
  organisationName: string | null;

  /** The organisation's name as typed, normalised like every name searched (accents, case, hyphens). */
  @Column({
    name: 'organisation_search_text',
    type: 'text',
    nullable: true,
    generatedType: 'STORED',
    asExpression: 'search_normalize(organisation_name)',
    insert: false,
    update: false,
  })
  organisationSearchText: string | null;

  /** The name a list is sorted by (the person's, else the organisation's), kept by triggers so an index can serve the sort. */
  @Column({ name: 'sort_name', type: 'text', default: '', insert: false, update: false, select: false })
  sortName: string;

  @Field(() => ParticipationRole, { description: 'In what capacity' })
  @Column({ type: 'varchar', length: 20, default: ParticipationRole.ATTENDEE })
  role: ParticipationRole;

  @Field(() => ParticipationStatus, { description: 'Where the registration stands' })
  @Column({ type: 'varchar', length: 10, default: ParticipationStatus.REGISTERED })
  status: ParticipationStatus;

  @Field(() => String, { nullable: true, description: 'The country represented, ISO 3166-1 alpha-2' })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the registration was made' })
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person was checked in at the desk; null until then' })
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Field(() => String, { nullable: true, description: "Staff's notes; null when none" })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

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
