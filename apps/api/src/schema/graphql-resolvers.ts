import { EventSessionsResolver, EventsResolver } from '../modules/events/events.resolver.js';
import { LabelAwardsResolver, LabelsResolver } from '../modules/events/labels.resolver.js';
import {
  CollectivityParticipationsResolver,
  ContactParticipationsResolver,
  ParticipationsResolver,
} from '../modules/events/participations.resolver.js';
import { LetterheadResolver } from '../modules/documents/letterhead/letterhead.resolver.js';
import { DateScalar } from '../common/scalars/date.scalar.js';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CollectivitiesResolver } from '../modules/collectivities/collectivities.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import {
  CollectivityContactsResolver,
  ContactsResolver,
  PartnerContactsResolver,
  PositionsResolver,
} from '../modules/contacts/contacts.resolver.js';
import { CollectivityFeesResolver, MembershipsResolver } from '../modules/memberships/memberships.resolver.js';
import { PartnersResolver, PartnershipsResolver } from '../modules/partners/partners.resolver.js';
import { ParticipationImportResolver } from '../modules/events/import/participation-import.resolver.js';
import { CollectivityCooperationsResolver, CooperationsResolver } from '../modules/cooperations/cooperations.resolver.js';
import {
  CollectivityGroupsResolver,
  ContactGroupsResolver,
  CountryGroupsResolver,
  GroupMembersResolver,
  GroupOfficesResolver,
  GroupsResolver,
} from '../modules/groups/groups.resolver.js';

/** Every resolver and scalar of the API, for emitting schema.gql without a database; a test checks the running app agrees. */
export const graphqlResolvers = [
  CollectivitiesResolver,
  AuthResolver,
  UsersResolver,
  ApiTokensResolver,
  AuditResolver,
  ContactsResolver,
  PositionsResolver,
  CollectivityContactsResolver,
  CooperationsResolver,
  CollectivityCooperationsResolver,
  GroupsResolver,
  CountryGroupsResolver,
  GroupMembersResolver,
  GroupOfficesResolver,
  ContactGroupsResolver,
  CollectivityGroupsResolver,
  PartnersResolver,
  PartnershipsResolver,
  PartnerContactsResolver,
  MembershipsResolver,
  CollectivityFeesResolver,
  EventsResolver,
  EventSessionsResolver,
  ParticipationsResolver,
  CollectivityParticipationsResolver,
  ContactParticipationsResolver,
  LabelsResolver,
  LabelAwardsResolver,
  ParticipationImportResolver,
  LetterheadResolver,
];
export const graphqlScalars = [DateScalar];
