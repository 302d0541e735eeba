import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Collectivity } from '../modules/collectivities/collectivity.entity.js';
import { User } from '../modules/users/user.entity.js';
import { Contact } from '../modules/contacts/contact.entity.js';
import { Position } from '../modules/contacts/position.entity.js';
import { Cooperation } from '../modules/cooperations/cooperation.entity.js';
import { GroupMember } from '../modules/groups/group-member.entity.js';
import { GroupOffice } from '../modules/groups/group-office.entity.js';
import { GroupEntity } from '../modules/groups/group.entity.js';
import { MembershipChange } from '../modules/collectivities/membership-change.entity.js';
import { FeeScale } from '../modules/memberships/fee-scale.entity.js';
import { MembershipFee } from '../modules/memberships/membership-fee.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Partnership } from '../modules/partners/partnership.entity.js';
import { EventSeries } from '../modules/events/event-series.entity.js';
import { Event } from '../modules/events/event.entity.js';
import { EventSession } from '../modules/events/event-session.entity.js';
import { Participation } from '../modules/events/participation.entity.js';
import { Label } from '../modules/events/label.entity.js';
import { LabelAward } from '../modules/events/label-award.entity.js';
import { ParticipationImport, ParticipationImportItem } from '../modules/events/import/participation-import.entity.js';
import { LetterheadEntity } from '../modules/documents/letterhead/letterhead.entity.js';

/** Every entity, for the data source and the migration tooling. */
export const entities = [
  Collectivity,
  User,
  Session,
  ApiToken,
  AuditEntry,
  Contact,
  Position,
  GroupEntity,
  GroupMember,
  GroupOffice,
  Cooperation,
  MembershipChange,
  Partner,
  Partnership,
  FeeScale,
  MembershipFee,
  EventSeries,
  Event,
  EventSession,
  Participation,
  Label,
  LabelAward,
  ParticipationImport,
  ParticipationImportItem,
  LetterheadEntity,
];
