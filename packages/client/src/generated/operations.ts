/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How to address a person */
export type Civility =
  /** Monsieur */
  | 'MR'
  /** Madame */
  | 'MS';

/** Kind of local government */
export type CollectivityKind =
  /** Communauté d'agglomération (an EPCI) */
  | 'AGGLOMERATION_COMMUNITY'
  /** Commune */
  | 'COMMUNE'
  /** Communauté de communes (an EPCI) */
  | 'COMMUNITY_OF_COMMUNES'
  /** Département */
  | 'DEPARTMENT'
  /** A local government outside France, entered by hand */
  | 'FOREIGN_LOCAL_GOVERNMENT'
  /** Métropole (an EPCI: known by its SIREN, no INSEE code) */
  | 'METROPOLIS'
  /** Collectivité d'outre-mer */
  | 'OVERSEAS_COLLECTIVITY'
  /** Région */
  | 'REGION'
  /** Collectivité à statut particulier (Corsica, Martinique, Guyane, Lyon metropolis…) */
  | 'SPECIAL_STATUS'
  /** Établissement public territorial of the Grand Paris (known by its SIREN) */
  | 'TERRITORIAL_PUBLIC_ESTABLISHMENT'
  /** Communauté urbaine (an EPCI) */
  | 'URBAN_COMMUNITY';

/** A person's consent to receive communications (newsletters, mailings) */
export type ConsentStatus =
  /** Consented: communications may be sent; visible to API tokens with contacts:read */
  | 'GIVEN'
  /** Never asked: do not send communications */
  | 'UNKNOWN'
  /** Withdrew consent (or was erased): a mailing tool must drop them */
  | 'WITHDRAWN';

/** Membership of the association */
export type MembershipStatus =
  /** Was a member, no longer is */
  | 'FORMER_MEMBER'
  /** A current member (adhérent) */
  | 'MEMBER'
  /** Never a member, not approached */
  | 'NONE'
  /** Approached to join, not a member yet */
  | 'PROSPECT';

/** Which rows of a list: the same for every list query */
export type PageInput = {
  /** Incremental sync: the endCursor of the previous page (or of the last run). The list is then ordered by each row's last change, and only changes already settled are served: none is missed, none is sent twice. Refused with reason INVALID_CURSOR when altered, CURSOR_OF_ANOTHER_LIST when given by another list. */
  after?: string | null | undefined;
  /** How many rows to return, at most 1000 */
  limit?: number;
  /** How many rows to skip from the start of the list */
  offset?: number;
  /** Incremental sync: only the rows changed at or after this instant, in the order of their last change (a first sync from a date; give 1970-01-01T00:00:00Z for everything). Refused with reason UPDATED_SINCE_IN_FUTURE when in the future. */
  updatedSince?: string | null | undefined;
};

/** In what capacity someone takes part in an edition */
export type ParticipationRole =
  /** Attendee (participant) */
  | 'ATTENDEE'
  /** On behalf of an embassy */
  | 'EMBASSY'
  /** Member of a foreign delegation */
  | 'FOREIGN_DELEGATION'
  /** Organiser */
  | 'ORGANISER'
  /** On behalf of a partner */
  | 'PARTNER'
  /** Press */
  | 'PRESS'
  /** Speaker in a session (intervenant) */
  | 'SPEAKER';

/** Where a registration stands. Every status but CANCELLED counts as a participant in the figures */
export type ParticipationStatus =
  /** Checked in at the desk: was there */
  | 'ATTENDED'
  /** Cancelled the registration */
  | 'CANCELLED'
  /** Registered, never checked in (set after the day by markAbsentees) */
  | 'NO_SHOW'
  /** Registered, not checked in (yet) */
  | 'REGISTERED';

/** Why a row left the lists */
export type TombstoneKind =
  /** The row was deleted */
  | 'DELETED'
  /** A person's personal data was erased on request: drop every copy of it */
  | 'ERASED';

export type SyncCollectivitiesQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type SyncCollectivitiesQuery = { collectivities: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, name: string, kind: CollectivityKind, inseeCode: string | null, siren: string | null, countryCode: string, departmentCode: string | null, regionCode: string | null, population: number | null, website: string | null, membershipStatus: MembershipStatus, memberSince: string | null, memberUntil: string | null, updatedAt: string }> } };

export type SyncContactsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type SyncContactsQuery = { contacts: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, civility: Civility | null, firstName: string, lastName: string, email: string | null, phone: string | null, consentStatus: ConsentStatus, consentAt: string | null, updatedAt: string }> } };

export type SyncParticipationsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type SyncParticipationsQuery = { participations: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, eventId: string, collectivityId: string | null, contactId: string | null, partnerId: string | null, role: ParticipationRole, status: ParticipationStatus, countryCode: string | null, registeredAt: string, checkedInAt: string | null, updatedAt: string }> } };

export type TombstonesQueryVariables = Exact<{
  types?: Array<string> | string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TombstonesQuery = { tombstones: { hasNextPage: boolean, endCursor: string | null, nodes: Array<{ id: string, type: string, kind: TombstoneKind, at: string }> } };


export const SyncCollectivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncCollectivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberUntil"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SyncCollectivitiesQuery, SyncCollectivitiesQueryVariables>;
export const SyncContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"civility"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SyncContactsQuery, SyncContactsQueryVariables>;
export const SyncParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncParticipations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"collectivityId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SyncParticipationsQuery, SyncParticipationsQueryVariables>;
export const TombstonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tombstones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tombstones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<TombstonesQuery, TombstonesQueryVariables>;