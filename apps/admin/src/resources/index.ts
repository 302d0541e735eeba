import type { ConsoleResource } from './consoleResource';
import { apiTokens } from './apiTokens';
import { auditEntries, history } from './auditEntries';
import { collectivities, membershipChanges } from './collectivities';
import { contacts, positions } from './contacts';
import { cooperations } from './cooperations';
import { eventSessions, events, labelAwards } from './events';
import { feeScales } from './feeScales';
import { countryGroups, groupMembers, groupOffices, groups, thematicGroups } from './groups';
import { letterhead } from './letterhead';
import { mailingRecipients, mailings } from './mailings';
import { membershipFees } from './membershipFees';
import { participationHistory, participations } from './participations';
import { partnerContacts, partners } from './partners';
import { partnerships } from './partnerships';
import { users } from './users';
import { webhookEndpoints } from './webhookEndpoints';

/**
 * Every console resource, in menu order. App.tsx's <Resource>s, the data provider's resource
 * table and operations, the auth provider's access rules, the translations and the journal's
 * labels are all built from this one list: a new resource is its folder plus one line here.
 */
const RESOURCE_LIST = [
  collectivities,
  contacts,
  positions,
  countryGroups,
  thematicGroups,
  groups,
  groupMembers,
  groupOffices,
  cooperations,
  users,
  apiTokens,
  webhookEndpoints,
  auditEntries,
  history,
  partners,
  partnerContacts,
  partnerships,
  membershipFees,
  membershipChanges,
  feeScales,
  letterhead,
  events,
  eventSessions,
  labelAwards,
  participations,
  participationHistory,
  mailings,
  mailingRecipients,
] as const;

export const CONSOLE_RESOURCES: readonly ConsoleResource[] = RESOURCE_LIST;

type OperationsOf<T> = T extends { operations: infer O } ? keyof O : never;

/** The name of one of the resources' operations (see providers/operations.ts). */
export type OperationName = OperationsOf<(typeof RESOURCE_LIST)[number]> & string;
