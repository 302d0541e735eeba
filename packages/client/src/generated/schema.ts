export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** A read-only credential for an integration, sent as "Authorization: Bearer <secret>"; its secret is never shown again after creation */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created */
  createdAt: Scalars['DateTime']['output'];
  /** The administrator (User id) who created it; null if that user was deleted */
  createdById: Maybe<Scalars['ID']['output']>;
  /** When the token stops working */
  expiresAt: Scalars['DateTime']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute; null if never used */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. the website or the mailing tool */
  name: Scalars['String']['output'];
  /** The first characters of the secret */
  prefix: Scalars['String']['output'];
  /** When an administrator revoked it; null while it is not revoked */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Among collectivities:read, contacts:read, contacts:all, events:read */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of api token rows: the same shape for every list query */
export type ApiTokenPage = {
  __typename?: 'ApiTokenPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<ApiToken>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** A contact's office in a group over a term. A current PRESIDENT or CO_PRESIDENT sees the group as a group president */
export type AssignOfficerInput = {
  /** The contact holding the office */
  contactId: Scalars['ID']['input'];
  /** When the term ends (YYYY-MM-DD); null while it runs */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The group */
  groupId: Scalars['ID']['input'];
  /** The office held */
  role: OfficerRole;
  /** When the term starts (YYYY-MM-DD) */
  startedOn: Scalars['Date']['input'];
};

/** One field changed by a write, with its value before and after */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** The value after, as JSON */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON */
  before: Maybe<Scalars['String']['output']>;
  /** The field's name, as in the API */
  field: Scalars['String']['output'];
};

/** One create, update or delete, with who made it, when, and each field it changed */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE, UPDATE or DELETE */
  action: Scalars['String']['output'];
  /** The user who made it (User id); null for the system (imports, migrations) */
  actorId: Maybe<Scalars['ID']['output']>;
  /** Who made it, in words (the user's email, the token's name, or system), kept even if the user or token is deleted */
  actorLabel: Scalars['String']['output'];
  /** USER, API_TOKEN or SYSTEM */
  actorType: Scalars['String']['output'];
  /** When the change was committed */
  at: Scalars['DateTime']['output'];
  /** Each field changed, with its value before and after; every field of the record for a create or a delete */
  changes: Array<AuditChange>;
  /** The id of the record changed */
  entityId: Scalars['ID']['output'];
  /** Collectivity, User, ApiToken… */
  entityType: Scalars['String']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
};

/** A page of audit entry rows: the same shape for every list query */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<AuditEntry>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** Which journal entries: every criterion given must match */
export type AuditFilterInput = {
  /** Only changes made by this user */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to this record */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to records of this type, e.g. Collectivity */
  entityType?: InputMaybe<Scalars['String']['input']>;
};

/** A label awarded to a collectivity for a year, possibly at an edition */
export type AwardLabelInput = {
  /** Why it was awarded; at most 20000 characters, null clears it */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The collectivity receiving it */
  collectivityId: Scalars['ID']['input'];
  /** The edition where it was awarded; null when none */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The label */
  labelId: Scalars['ID']['input'];
  /** The year it is awarded for; a collectivity receives a label at most once a year, 1900 to 2200 */
  year: Scalars['Int']['input'];
};

/** The result of changing many registrations at once */
export type BulkParticipationsResult = {
  __typename?: 'BulkParticipationsResult';
  /** Registrations whose status changed (the others had it already) */
  changed: Scalars['Int']['output'];
  /** Every registration named, as it is now */
  participations: Array<Participation>;
};

/** The result of a check-in at the desk */
export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** Someone had already checked this person in: nothing changed */
  alreadyCheckedIn: Scalars['Boolean']['output'];
  /** The registration, checked in */
  participation: Participation;
};

/** How to address a person */
export type Civility =
  /** Monsieur */
  | 'MR'
  /** Madame */
  | 'MS';

/** A local government: French (commune, département, région, intercommunality…) or foreign */
export type Collectivity = {
  __typename?: 'Collectivity';
  /** Postal address, free text; null when unknown */
  address: Maybe<Scalars['String']['output']>;
  /** People holding a current position there */
  contactCount: Scalars['Int']['output'];
  /** A French collectivity's cooperations with foreign local governments */
  cooperations: Array<Cooperation>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** The département this collectivity belongs to */
  department: Maybe<Collectivity>;
  /** INSEE code of the département it lies in (for a département, its own code); null for a région or abroad */
  departmentCode: Maybe<Scalars['String']['output']>;
  /** Contact email address; null when unknown */
  email: Maybe<Scalars['String']['output']>;
  /** Dues, newest year first */
  fees: Array<MembershipFee>;
  /** True when the row comes from the official referential (names and populations are refreshed by each import) */
  fromReferential: Scalars['Boolean']['output'];
  /** Groups the collectivity is a current member of */
  groups: Array<Group>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** INSEE official geographic code: 5 characters for a commune (21231, 2A004), 2 or 3 for a département (21, 2A, 974), 2 for a région (27); null for intercommunalities and foreign collectivities */
  inseeCode: Maybe<Scalars['String']['output']>;
  /** What kind of local government it is */
  kind: CollectivityKind;
  /** Labels it received, newest first */
  labelAwards: Array<LabelAward>;
  /** Since when it is a member; null if it never was */
  memberSince: Maybe<Scalars['Date']['output']>;
  /** When its membership ended; null while it is a member or if it never was */
  memberUntil: Maybe<Scalars['Date']['output']>;
  /** Changes of membership status, newest first */
  membershipHistory: Array<MembershipChange>;
  /** Membership of the association today */
  membershipStatus: MembershipStatus;
  /** Official name, e.g. "Dijon" or "Dijon Métropole" */
  name: Scalars['String']['output'];
  /** Staff's internal notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** Its participation in events, newest edition first */
  participations: Array<Participation>;
  /** Phone number as written; null when unknown */
  phone: Maybe<Scalars['String']['output']>;
  /** Population (INSEE municipal population for French collectivities); null when unknown */
  population: Maybe<Scalars['Int']['output']>;
  /** French postal codes (5 digits) of a commune; empty for other kinds */
  postalCodes: Array<Scalars['String']['output']>;
  /** The région this collectivity belongs to */
  region: Maybe<Collectivity>;
  /** INSEE code of the région it lies in (for a région, its own code); null abroad */
  regionCode: Maybe<Scalars['String']['output']>;
  /** SIREN, the 9-digit legal identifier of a French public body (212102313); null when unknown or foreign */
  siren: Maybe<Scalars['String']['output']>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change; send it back with an update to refuse a stale save */
  version: Scalars['Int']['output'];
  /** Website URL; null when unknown */
  website: Maybe<Scalars['String']['output']>;
};

/** Which collectivities: every criterion given must match */
export type CollectivityFilter = {
  /** Only those of this country (ISO 3166-1 alpha-2, e.g. FR, SN) */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only those in this département (INSEE code, e.g. 21, 2A, 974) */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds */
  kinds?: InputMaybe<Array<CollectivityKind>>;
  /** Only those with one of these membership statuses */
  membershipStatuses?: InputMaybe<Array<MembershipStatus>>;
  /** Only those in this région (INSEE code, e.g. 27) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Accent-, case- and typo-tolerant search on name, INSEE code, SIREN and postal code */
  search?: InputMaybe<Scalars['String']['input']>;
};

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

/** A page of collectivity rows: the same shape for every list query */
export type CollectivityPage = {
  __typename?: 'CollectivityPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Collectivity>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** How to order a list: one field of the allowed ones and a direction */
export type CollectivitySort = {
  /** Ascending (the default) or descending */
  direction?: SortDirection;
  /** The field to order by */
  field: CollectivitySortField;
};

/** Fields a list of collectivities can be ordered by. Default: RELEVANCE with a search, NAME otherwise */
export type CollectivitySortField =
  /** Département code */
  | 'DEPARTMENT_CODE'
  /** INSEE code */
  | 'INSEE_CODE'
  /** Kind */
  | 'KIND'
  /** Membership status */
  | 'MEMBERSHIP_STATUS'
  /** Name, ignoring accents and case */
  | 'NAME'
  /** Population (unknown last) */
  | 'POPULATION'
  /** Best match first when searching, then by name */
  | 'RELEVANCE'
  /** Last change */
  | 'UPDATED_AT';

/** Which field a column of the file holds */
export type ColumnMappingInput = {
  /** Position of the column, from 0 */
  column: Scalars['Int']['input'];
  /** null: the column is ignored */
  field?: InputMaybe<ImportField>;
};

/** A person's consent to receive communications (newsletters, mailings) */
export type ConsentStatus =
  /** Consented: communications may be sent; visible to API tokens with contacts:read */
  | 'GIVEN'
  /** Never asked: do not send communications */
  | 'UNKNOWN'
  /** Withdrew consent (or was erased): a mailing tool must drop them */
  | 'WITHDRAWN';

/** A person: an elected official or a staff member of a collectivity or a partner. Staff see everyone; a group president the people holding a current position in one of their groups' members; an API token with contacts:all everyone, with contacts:read only those who consented (consentStatus GIVEN) */
export type Contact = {
  __typename?: 'Contact';
  /** Civility; null when unknown */
  civility: Maybe<Civility>;
  /** When consent was given or withdrawn */
  consentAt: Maybe<Scalars['DateTime']['output']>;
  /** How consent was given or withdrawn (form, email, event registration…) */
  consentSource: Maybe<Scalars['String']['output']>;
  /** Consent to communications */
  consentStatus: ConsentStatus;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Email address, lower-cased, unique among contacts; null when unknown or erased */
  email: Maybe<Scalars['String']['output']>;
  /** When the person's data was erased on request (name replaced, details and notes removed, history redacted); null otherwise. The row stays so past counts stay right */
  erasedAt: Maybe<Scalars['DateTime']['output']>;
  /** First name ("Personne" once erased) */
  firstName: Scalars['String']['output'];
  /** Current groups of the collectivities where the contact holds a current position */
  groups: Array<Group>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Last name ("anonymisée" once erased) */
  lastName: Scalars['String']['output'];
  /** Staff's internal notes; null when none or erased */
  notes: Maybe<Scalars['String']['output']>;
  /** Offices held in groups, past and present */
  offices: Array<GroupOffice>;
  /** The editions this person took part in, newest first */
  participations: Array<Participation>;
  /** Phone number as written; null when unknown or erased */
  phone: Maybe<Scalars['String']['output']>;
  /** The contact's positions (mandates and jobs), most recent start first */
  positions: Array<Position>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};


/** A person: an elected official or a staff member of a collectivity or a partner. Staff see everyone; a group president the people holding a current position in one of their groups' members; an API token with contacts:all everyone, with contacts:read only those who consented (consentStatus GIVEN) */
export type ContactOfficesArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person: an elected official or a staff member of a collectivity or a partner. Staff see everyone; a group president the people holding a current position in one of their groups' members; an API token with contacts:all everyone, with contacts:read only those who consented (consentStatus GIVEN) */
export type ContactPositionsArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which contacts: every criterion given must match */
export type ContactFilter = {
  /** Contacts with a current position in this collectivity */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contacts with one of these consent statuses */
  consentStatuses?: InputMaybe<Array<ConsentStatus>>;
  /** People registered to this edition (cancelled registrations aside) */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Contacts with a current position in a current member of this group */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Contacts with a current position in a current member collectivity */
  memberCollectivities?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contacts with a current position at a partner */
  partners?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contacts holding a current position of this kind (with memberCollectivities: that position in a member) */
  positionKind?: InputMaybe<PositionKind>;
  /** Accent- and typo-tolerant, on name and email */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of contact rows: the same shape for every list query */
export type ContactPage = {
  __typename?: 'ContactPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Contact>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** How to order a list: one field of the allowed ones and a direction */
export type ContactSort = {
  /** Ascending (the default) or descending */
  direction?: SortDirection;
  /** The field to order by */
  field: ContactSortField;
};

/** Fields a list of contacts can be ordered by. Default: best match first with a search, else NAME */
export type ContactSortField =
  /** Creation */
  | 'CREATED_AT'
  /** Last name, then first name, ignoring accents and case */
  | 'NAME'
  /** Last change */
  | 'UPDATED_AT';

/** A French collectivity's cooperation with a foreign local government (coopération décentralisée, jumelage…): visible to whoever may see the French collectivity */
export type Cooperation = {
  __typename?: 'Cooperation';
  /** ISO 3166-1 alpha-2 of the foreign local government */
  countryCode: Scalars['String']['output'];
  /** When it ended; null while it runs */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** The foreign local government */
  foreignCollectivity: Collectivity;
  /** The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT) */
  foreignCollectivityId: Scalars['ID']['output'];
  /** The French collectivity */
  frenchCollectivity: Collectivity;
  /** The French collectivity */
  frenchCollectivityId: Scalars['ID']['output'];
  /** The partner that funds it (Partner id); null when none */
  fundingPartnerId: Maybe<Scalars['ID']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The kind of agreement */
  kind: CooperationKind;
  /** Staff's notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** Since when it runs; null when unknown */
  since: Maybe<Scalars['Date']['output']>;
  /** What it works on, free words (water, youth, culture…); may be empty */
  themes: Array<Scalars['String']['output']>;
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** The kind of agreement behind a cooperation */
export type CooperationKind =
  /** A decentralised cooperation agreement (coopération décentralisée) */
  | 'DECENTRALISED_COOPERATION'
  /** A friendship pact (pacte d'amitié) */
  | 'FRIENDSHIP_PACT'
  /** A memorandum of understanding (protocole d'accord) */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** Anything else */
  | 'OTHER'
  /** A twinning (jumelage) */
  | 'TWINNING';

/** How many registrations (not cancelled) represent one country */
export type CountryCount = {
  __typename?: 'CountryCount';
  /** Number of registrations, not cancelled, representing it */
  count: Scalars['Int']['output'];
  /** The country represented, ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['output'];
};

/** Members cooperating with one or more countries */
export type CountryGroup = Group & {
  __typename?: 'CountryGroup';
  /** When false, presidency terms may not overlap */
  allowsCoPresidency: Scalars['Boolean']['output'];
  /** The members' cooperations with local governments of the group's countries */
  cooperations: Array<Cooperation>;
  /** ISO 3166-1 alpha-2 codes */
  countries: Array<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** What the group does; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Country group or thematic group */
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  /** The group's member collectivities, by name */
  members: GroupMemberPage;
  /** Name, e.g. "Groupe-pays Mali" or "Climat" */
  name: Scalars['String']['output'];
  /** The group's officers, most recent term first */
  officers: Array<GroupOffice>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};


/** Members cooperating with one or more countries */
export type CountryGroupMembersArgs = {
  filter: InputMaybe<GroupMemberFilter>;
  page: InputMaybe<PageInput>;
};


/** Members cooperating with one or more countries */
export type CountryGroupOfficersArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new API token: its name, what it may read, until when */
export type CreateApiTokenInput = {
  /** When it stops working (an instant, ISO 8601) */
  expiresAt: Scalars['DateTime']['input'];
  /** What the token is for (at most 200 characters) */
  name: Scalars['String']['input'];
  /** What it may read: at least one, among collectivities:read, contacts:read (contacts who consented), contacts:all (every contact), events:read */
  scopes: Array<Scalars['String']['input']>;
};

/** A collectivity entered by hand */
export type CreateCollectivityInput = {
  /** Postal address; at most 1000 characters, null clears it */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2 (FR by default) */
  countryCode?: Scalars['String']['input'];
  /** INSEE code of its département (e.g. 21, 2A, 974); null clears it */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** INSEE code (e.g. 21231, 2A004, 21, 974); null clears it. Unique per kind */
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  /** Kind of local government */
  kind: CollectivityKind;
  /** Since when it is a member (YYYY-MM-DD); null clears it */
  memberSince?: InputMaybe<Scalars['Date']['input']>;
  /** When its membership ended (YYYY-MM-DD); null clears it */
  memberUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Membership status (NONE by default) */
  membershipStatus?: MembershipStatus;
  /** Name, required */
  name: Scalars['String']['input'];
  /** Staff's internal notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone number as written: digits, spaces, dots, dashes, brackets, a leading +; null clears it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Population, 0 to 100,000,000; null clears it */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** French postal codes, 5 digits each, at most 100; null clears them */
  postalCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** INSEE code of its région (e.g. 27); null clears it */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** SIREN, 9 digits; null clears it. Unique */
  siren?: InputMaybe<Scalars['String']['input']>;
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A new contact (person) */
export type CreateContactInput = {
  /** Civility; null clears it */
  civility?: InputMaybe<Civility>;
  /** Create even though a possible duplicate exists */
  confirmNotDuplicate?: Scalars['Boolean']['input'];
  /** How consent was given or withdrawn */
  consentSource?: InputMaybe<Scalars['String']['input']>;
  /** Consent to communications; its change is dated (consentAt) */
  consentStatus?: InputMaybe<ConsentStatus>;
  /** Email address; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name, required */
  firstName: Scalars['String']['input'];
  /** Last name, required */
  lastName: Scalars['String']['input'];
  /** Staff's internal notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone number as written: digits, spaces, dots, dashes, brackets, a leading +; null clears it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A first position, created with the contact */
  position?: InputMaybe<PositionFields>;
};

/** A new cooperation between a French collectivity and a foreign local government */
export type CreateCooperationInput = {
  /** The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT) */
  foreignCollectivityId: Scalars['ID']['input'];
  /** The French collectivity */
  frenchCollectivityId: Scalars['ID']['input'];
  /** The kind of agreement */
  kind: CooperationKind;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Since when it runs (YYYY-MM-DD); null when unknown */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** What it works on, free words of at most 100 characters each */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new country group */
export type CreateCountryGroupInput = {
  /** When false, presidency terms may not overlap (false by default on create; absent leaves it as it is on update) */
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Countries covered, ISO 3166-1 alpha-2 codes (at least one) */
  countries: Array<Scalars['String']['input']>;
  /** What the group does; at most 5000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, required */
  name: Scalars['String']['input'];
};

/** A new edition of a series */
export type CreateEventInput = {
  /** City; at most 200 characters, null clears it */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Edition number within the series (12 for the 12th), unique per series */
  editionNumber: Scalars['Int']['input'];
  /** Last day (YYYY-MM-DD), not before startsOn; the same day for a one-day event */
  endsOn: Scalars['Date']['input'];
  /** Hashtag, e.g. #RencontresAICT2021; null clears it */
  hashtag?: InputMaybe<Scalars['String']['input']>;
  /** The series it belongs to */
  seriesId: Scalars['ID']['input'];
  /** First day (YYYY-MM-DD) */
  startsOn: Scalars['Date']['input'];
  /** The guiding theme (fil rouge); at most 2000 characters, null clears it */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Title, required */
  title: Scalars['String']['input'];
  /** Venue, e.g. "Cité des Sciences et de l'Industrie"; at most 300 characters, null clears it */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
  /** The edition's year, 1900 to 2200 */
  year: Scalars['Int']['input'];
};

/** A new session of an edition's programme */
export type CreateEventSessionInput = {
  /** What the session is about; at most 20000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Length in minutes (20 for a micro-workshop); null when unknown */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The edition */
  eventId: Scalars['ID']['input'];
  /** The kind of session */
  kind: EventSessionKind;
  /** Room; at most 200 characters, null clears it */
  room?: InputMaybe<Scalars['String']['input']>;
  /** The speakers (Contact ids), replacing the previous ones; at most 100 */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the session starts (an instant); null when not scheduled yet */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Title, required */
  title: Scalars['String']['input'];
};

/** A new draft mailing */
export type CreateMailingInput = {
  /** Who receives it: contacts matching every criterion given, with consent and an email address */
  audience?: InputMaybe<MailingAudienceInput>;
  /** Plain text, paragraphs separated by a blank line, with merge fields such as {{contact.lastName}}; at most 1 MiB (MAILING_BODY_TOO_LARGE) */
  body: Scalars['String']['input'];
  /** Attach to each message the dues letter of the recipient's collectivity (needs duesYear); only people whose collectivity has such dues that year receive it */
  duesLetter?: InputMaybe<DuesLetterKind>;
  /** The year of the dues letter attached (REQUIRED with duesLetter) */
  duesYear?: InputMaybe<Scalars['Int']['input']>;
  /** The edition the {{edition.…}} merge fields describe (default: audience.eventId) */
  editionId?: InputMaybe<Scalars['ID']['input']>;
  /** The subject line, at most 300 characters; may hold merge fields */
  subject: Scalars['String']['input'];
};

/** A registration to an edition: a person, an organisation, or both */
export type CreateParticipationInput = {
  /** The collectivity represented (Collectivity id); null clears it. At most one of collectivityId, partnerId, organisationName */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** The person registered (Contact id); null for an organisation alone */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The country represented, ISO 3166-1 alpha-2; null clears it */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** The edition */
  eventId: Scalars['ID']['input'];
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** The partner represented (Partner id); null clears it */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Now when absent */
  registeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** In what capacity (ATTENDEE by default) */
  role?: ParticipationRole;
  /** Status (REGISTERED by default) */
  status?: ParticipationStatus;
};

/** A new partner institution */
export type CreatePartnerInput = {
  /** Short name, e.g. AFD; at most 40 characters, null clears it */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2; null clears it */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** What kind of institution */
  kind: PartnerKind;
  /** Full name, required */
  name: Scalars['String']['input'];
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A partner's commitment for one year */
export type CreatePartnershipInput = {
  /** The agreement's reference (convention de partenariat); at most 100 characters, null clears it */
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** In euro cents */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  /** The event edition it supports (Event id); null clears it */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Money, help in kind, or institutional support */
  kind: PartnershipKind;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The partner */
  partnerId: Scalars['ID']['input'];
  /** The year of the commitment, 1975 to 2100 */
  year: Scalars['Int']['input'];
};

/** A new position: a contact's mandate or job in a collectivity or a partner (exactly one of the two) */
export type CreatePositionInput = {
  /** The collectivity (or give partnerId) */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** The contact holding it */
  contactId: Scalars['ID']['input'];
  /** When the term ended (YYYY-MM-DD, not before startedOn); null while it runs */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Elected mandate, staff job or other */
  kind: PositionKind;
  /** The partner (or give collectivityId) */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** When the term started (YYYY-MM-DD) */
  startedOn: Scalars['Date']['input'];
  /** Title as people write it, e.g. "Maire", "Vice-présidente aux relations internationales", "Chargé de mission AICT" */
  title: Scalars['String']['input'];
};

/** A new thematic group */
export type CreateThematicGroupInput = {
  /** When false, presidency terms may not overlap (false by default on create; absent leaves it as it is on update) */
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the group does; at most 5000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, required */
  name: Scalars['String']['input'];
  /** The theme */
  theme: Scalars['String']['input'];
};

/** A new console user, with their first password */
export type CreateUserInput = {
  /** Name shown in the console and in the journal */
  displayName: Scalars['String']['input'];
  /** Email address, used to sign in; unique */
  email: Scalars['String']['input'];
  /** For a GROUP_PRESIDENT: the contact they are, whose current presidencies decide which groups they see */
  linkedContactId?: InputMaybe<Scalars['ID']['input']>;
  /** At least 12 characters */
  password: Scalars['String']['input'];
  /** What the user may do */
  role: Role;
};

/** A new webhook endpoint: where to send which changes, and how much the payloads may show */
export type CreateWebhookEndpointInput = {
  /** What it is for (at most 500 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Among collectivity.created, collectivity.updated, collectivity.deleted, membership.changed, contact.created, contact.updated, contact.deleted, contact.erased, participation.created, participation.updated, participation.deleted, dues.paid */
  eventTypes: Array<Scalars['String']['input']>;
  /** Among collectivities:read, contacts:read, contacts:all, events:read; none: the payloads carry ids only */
  scopes: Array<Scalars['String']['input']>;
  /** http(s), at most 2,000 characters, a public address */
  url: Scalars['String']['input'];
};

/** A token just created, with its secret */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send it as "Authorization: Bearer <secret>". It is shown this once and never again. */
  secret: Scalars['String']['output'];
  /** The token created */
  token: ApiToken;
};

/** A registered endpoint and its signing secret */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint registered */
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…), shown this once and never again. */
  secret: Scalars['String']['output'];
};

/** The result of deleting many registrations at once */
export type DeleteParticipationsResult = {
  __typename?: 'DeleteParticipationsResult';
  /** Number of registrations deleted */
  deleted: Scalars['Int']['output'];
  /** Ids of the registrations deleted */
  ids: Array<Scalars['ID']['output']>;
};

/** What a run of dues generation did */
export type DuesGeneration = {
  __typename?: 'DuesGeneration';
  /** Dues created by this run (0 when the year was generated already) */
  created: Scalars['Int']['output'];
  /** Members who already had dues for the year */
  existing: Scalars['Int']['output'];
  /** The year invoiced */
  year: Scalars['Int']['output'];
};

/** A dues letter: a call (dues to pay) or a receipt (dues paid) */
export type DuesLetterKind =
  /** The call of the dues still to pay (invoiced or late) */
  | 'CALL'
  /** The receipt of dues paid */
  | 'RECEIPT';

/** A year's dues, added up */
export type DuesTotals = {
  __typename?: 'DuesTotals';
  /** Number of dues invoiced for the year */
  count: Scalars['Int']['output'];
  /** In euro cents */
  invoicedCents: Scalars['Int']['output'];
  /** In euro cents: invoiced, past due, unpaid */
  lateCents: Scalars['Int']['output'];
  /** Invoiced, past due, unpaid */
  lateCount: Scalars['Int']['output'];
  /** In euro cents */
  paidCents: Scalars['Int']['output'];
  /** In euro cents */
  waivedCents: Scalars['Int']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};

/** An edition of an event series, e.g. the 12th Rencontres on 29 June 2021 in Paris. Visible to every role and to API tokens with events:read */
export type Event = {
  __typename?: 'Event';
  /** Labels awarded at this edition */
  awards: Array<LabelAward>;
  /** City; null when unknown */
  city: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** 12 for the 12th edition */
  editionNumber: Scalars['Int']['output'];
  /** Last day (the same as startsOn for a one-day event) */
  endsOn: Scalars['Date']['output'];
  /** #RencontresAICT2021 */
  hashtag: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Partnerships supporting this edition */
  partnerships: Array<Partnership>;
  /** The series it belongs to */
  series: EventSeries;
  /** The series it belongs to */
  seriesId: Scalars['ID']['output'];
  /** The programme, by start time */
  sessions: Array<EventSession>;
  /** First day */
  startsOn: Scalars['Date']['output'];
  /** The edition's figures (as eventStatistics) */
  statistics: EventStatistics;
  /** The guiding theme (fil rouge) */
  theme: Maybe<Scalars['String']['output']>;
  /** Title */
  title: Scalars['String']['output'];
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Cité des Sciences et de l'Industrie */
  venue: Maybe<Scalars['String']['output']>;
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** Website URL; null when none */
  website: Maybe<Scalars['String']['output']>;
  /** Its year */
  year: Scalars['Int']['output'];
};

/** Which editions: every criterion given must match */
export type EventFilter = {
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Part of the title, theme or city, ignoring accents and case */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this series' editions */
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  /** Editions ending today or later */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this year's */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of event rows: the same shape for every list query */
export type EventPage = {
  __typename?: 'EventPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Event>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** A recurring event, such as the association's yearly Rencontres, of which each edition is an Event */
export type EventSeries = {
  __typename?: 'EventSeries';
  /** RAICT… */
  acronym: Maybe<Scalars['String']['output']>;
  /** What the series is; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Name */
  name: Scalars['String']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** A new series of events, e.g. the Rencontres de l'action internationale des collectivités territoriales */
export type EventSeriesInput = {
  /** Short name, e.g. RAICT; at most 40 characters, null clears it */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** What the series is; at most 20000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, required */
  name: Scalars['String']['input'];
};

/** A part of an edition's programme: the plenary, a workshop, a 20-minute micro-workshop, the quiz, a ceremony. Staff and API tokens with events:read */
export type EventSession = {
  __typename?: 'EventSession';
  /** What it is about; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Length in minutes; null when unknown */
  durationMinutes: Maybe<Scalars['Int']['output']>;
  /** The edition */
  eventId: Scalars['ID']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The kind of session */
  kind: EventSessionKind;
  /** Room; null when unknown */
  room: Maybe<Scalars['String']['output']>;
  /** The speakers, by last name (only those the caller may see) */
  speakers: Array<Contact>;
  /** When it starts; null when not scheduled yet */
  startsAt: Maybe<Scalars['DateTime']['output']>;
  /** Title */
  title: Scalars['String']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** A part of an edition's programme */
export type EventSessionKind =
  /** Ceremony (e.g. honouring group presidents, awarding a label) */
  | 'CEREMONY'
  /** Micro-workshop of about 20 minutes (micro-atelier) */
  | 'MICRO_WORKSHOP'
  /** Anything else */
  | 'OTHER'
  /** Plenary conference (plénière) */
  | 'PLENARY'
  /** Quiz */
  | 'QUIZ'
  /** Workshop (atelier) */
  | 'WORKSHOP';

/** The figures of an edition, computed from its registrations, programme and partnerships as they are now */
export type EventStatistics = {
  __typename?: 'EventStatistics';
  /** Registrations checked in (ATTENDED) */
  attended: Scalars['Int']['output'];
  /** Registrations cancelled */
  cancelled: Scalars['Int']['output'];
  /** Distinct countries represented, France included */
  countries: Scalars['Int']['output'];
  /** Its edition number */
  editionNumber: Scalars['Int']['output'];
  /** Distinct organisations taking part as an embassy */
  embassies: Scalars['Int']['output'];
  /** The edition */
  eventId: Scalars['ID']['output'];
  /** Distinct countries represented other than France */
  foreignCountries: Scalars['Int']['output'];
  /** Distinct organisations taking part as a foreign delegation */
  foreignDelegations: Scalars['Int']['output'];
  /** Distinct French collectivities taking part */
  frenchCollectivities: Scalars['Int']['output'];
  /** Registrations never checked in, marked NO_SHOW */
  noShow: Scalars['Int']['output'];
  /** Most represented first */
  participantsByCountry: Array<CountryCount>;
  /** Registrations not cancelled, by role */
  participantsByRole: Array<RoleCount>;
  /** Distinct partners taking part or supporting the edition through a partnership */
  partners: Scalars['Int']['output'];
  /** Registrations not cancelled (registered, attended, no-show) */
  registered: Scalars['Int']['output'];
  /** Sessions of the programme by kind */
  sessionsByKind: Array<SessionKindCount>;
  /** Distinct people speaking in a session or registered as speakers */
  speakers: Scalars['Int']['output'];
  /** Its year */
  year: Scalars['Int']['output'];
};

/** One bracket of a fee scale: the dues of collectivities whose population lies in it */
export type FeeBracket = {
  __typename?: 'FeeBracket';
  /** In euro cents */
  amountCents: Scalars['Int']['output'];
  /** Inclusive; null: no upper bound */
  maxPopulation: Maybe<Scalars['Int']['output']>;
  /** Smallest population of the bracket, inclusive */
  minPopulation: Scalars['Int']['output'];
};

/** One bracket of a fee scale: the dues of collectivities whose population lies in it */
export type FeeBracketInput = {
  /** In euro cents */
  amountCents: Scalars['Int']['input'];
  /** Inclusive; null for the last bracket */
  maxPopulation?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest population of the bracket, inclusive (0 for the first one) */
  minPopulation: Scalars['Int']['input'];
};

/** A year's fee scale: the dues of a member by population bracket */
export type FeeScale = {
  __typename?: 'FeeScale';
  /** The brackets, smallest populations first, covering every population once */
  brackets: Array<FeeBracket>;
  /** Dues unpaid after this date are late */
  dueOn: Scalars['Date']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** The year it applies to */
  year: Scalars['Int']['output'];
};

/** Where a year's dues stand */
export type FeeStatus =
  /** Invoiced, not paid yet, not past due */
  | 'INVOICED'
  /** Invoiced and unpaid after the due date: computed, never stored */
  | 'LATE'
  /** Paid (paidOn says when) */
  | 'PAID'
  /** Waived by the association (waiverReason says why) */
  | 'WAIVED';

/** A group of member collectivities: a country group or a thematic group. A group president sees only the groups they currently preside or co-preside */
export type Group = {
  /** When false, presidency terms may not overlap */
  allowsCoPresidency: Scalars['Boolean']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** What the group does; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Country group or thematic group */
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  /** The group's member collectivities, by name */
  members: GroupMemberPage;
  /** Name, e.g. "Groupe-pays Mali" or "Climat" */
  name: Scalars['String']['output'];
  /** The group's officers, most recent term first */
  officers: Array<GroupOffice>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};


/** A group of member collectivities: a country group or a thematic group. A group president sees only the groups they currently preside or co-preside */
export type GroupMembersArgs = {
  filter: InputMaybe<GroupMemberFilter>;
  page: InputMaybe<PageInput>;
};


/** A group of member collectivities: a country group or a thematic group. A group president sees only the groups they currently preside or co-preside */
export type GroupOfficersArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which groups: every criterion given must match */
export type GroupFilter = {
  /** Country groups covering this country */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only country groups or only thematic groups */
  kind?: InputMaybe<GroupKind>;
  /** Part of the name, ignoring accents and case */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Country group or thematic group */
export type GroupKind =
  /** Groupe-pays: members cooperating with one or more countries (CountryGroup) */
  | 'COUNTRY'
  /** Groupe thématique: members working on a theme (ThematicGroup) */
  | 'THEMATIC';

/** A collectivity's membership of a group, with its dates: the record stays when it ends */
export type GroupMember = {
  __typename?: 'GroupMember';
  /** The member collectivity */
  collectivity: Collectivity;
  /** The member collectivity */
  collectivityId: Scalars['ID']['output'];
  /** The group */
  groupId: Scalars['ID']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When it joined */
  joinedOn: Scalars['Date']['output'];
  /** When it left; null while it is a member */
  leftOn: Maybe<Scalars['Date']['output']>;
};

/** Which members of a group */
export type GroupMemberFilter = {
  /** Only current members (false: former members too) */
  currentOnly?: Scalars['Boolean']['input'];
  /** Part of the member collectivity's name, ignoring accents and case */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of group member rows: the same shape for every list query */
export type GroupMemberPage = {
  __typename?: 'GroupMemberPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<GroupMember>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** A contact's office in a group (president, co-president, vice-president, secretary) over a term */
export type GroupOffice = {
  __typename?: 'GroupOffice';
  /** The contact holding the office */
  contact: Contact;
  /** The contact holding the office */
  contactId: Scalars['ID']['output'];
  /** Held today */
  current: Scalars['Boolean']['output'];
  /** When the term ended; null while it runs */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** Null for a group president when the group is not theirs */
  group: Maybe<Group>;
  /** The group */
  groupId: Scalars['ID']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The office */
  role: OfficerRole;
  /** When the term started */
  startedOn: Scalars['Date']['output'];
};

/** A page of group rows: the same shape for every list query */
export type GroupPage = {
  __typename?: 'GroupPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Group>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** An answer to an ImportQuestion for all its lines */
export type ImportAnswer =
  /** The organisation kept as typed, linked to no record */
  | 'KEEP_NAME'
  /** The contact named, or each line's only namesake (lines with several stay to settle) */
  | 'KNOWN_CONTACT'
  /** A new contact for each line */
  | 'NEW_CONTACT'
  /** The lines are left out */
  | 'SKIP';

/** A record a line might mean: a contact, a collectivity or a partner */
export type ImportCandidate = {
  __typename?: 'ImportCandidate';
  /** A partner: its acronym */
  acronym: Maybe<Scalars['String']['output']>;
  /** A collectivity: its kind */
  collectivityKind: Maybe<CollectivityKind>;
  /** A foreign collectivity: its country (ISO 3166-1 alpha-2) */
  countryCode: Maybe<Scalars['String']['output']>;
  /** A collectivity: the code of its département (none for a département) */
  departmentCode: Maybe<Scalars['String']['output']>;
  /** A collectivity: the name of its département */
  departmentName: Maybe<Scalars['String']['output']>;
  /** A contact: their email */
  email: Maybe<Scalars['String']['output']>;
  /** The record's id (Contact, Collectivity or Partner, as kind says) */
  id: Scalars['ID']['output'];
  /** CONTACT | COLLECTIVITY | PARTNER */
  kind: Scalars['String']['output'];
  /** The record's name */
  name: Scalars['String']['output'];
  /** A collectivity: its population */
  population: Maybe<Scalars['Int']['output']>;
  /** A contact without email: the organisation of their current position */
  positionOrganisation: Maybe<Scalars['String']['output']>;
  /** A contact without email: the title of their current position */
  positionTitle: Maybe<Scalars['String']['output']>;
};

/** A column of the file and the field it is mapped to */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** The field it is mapped to (suggested from the header, or as given in mapping); null when ignored */
  field: Maybe<ImportField>;
  /** The column's header, as the file has it */
  header: Scalars['String']['output'];
  /** Position of the column, from 0 */
  index: Scalars['Int']['output'];
  /** The first non-empty value of the column; null when it is empty */
  sample: Maybe<Scalars['String']['output']>;
};

/** The lines of a file, counted by what an import would do */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Lines whose person is already registered to the edition */
  alreadyRegistered: Scalars['Int']['output'];
  /** Lines waiting for a choice (not skipped) */
  ambiguous: Scalars['Int']['output'];
  /** Lines repeating an earlier line's person (skipped) */
  duplicates: Scalars['Int']['output'];
  /** Lines with errors (not skipped) */
  errors: Scalars['Int']['output'];
  /** Lines a commit would import (outcome NEW, not skipped) */
  ready: Scalars['Int']['output'];
  /** Data lines of the file */
  rows: Scalars['Int']['output'];
  /** Lines already registered whose status the file changes */
  statusChanges: Scalars['Int']['output'];
};

/** What a column of a registration list holds */
export type ImportField =
  /** Civility (M., Mme…) */
  | 'CIVILITY'
  /** Country represented (name or ISO code) */
  | 'COUNTRY'
  /** Email address: the surest way to find a known contact */
  | 'EMAIL'
  /** First name */
  | 'FIRST_NAME'
  /** Job title: a new contact's position in the organisation */
  | 'JOB_TITLE'
  /** Last name */
  | 'LAST_NAME'
  /** Organisation name: matched to a collectivity or a partner */
  | 'ORGANISATION'
  /** An official code of the organisation: INSEE code or SIREN */
  | 'ORGANISATION_CODE'
  /** Organisation type, helping the match (commune, département, ambassade…) */
  | 'ORGANISATION_TYPE'
  /** Phone number */
  | 'PHONE'
  /** When they registered */
  | 'REGISTERED_AT'
  /** Role (participant, intervenant, délégation étrangère…) */
  | 'ROLE'
  /** Registered, present, absent or cancelled, as the event platform or the sign-in sheet says */
  | 'STATUS';

/** One answer for every line asking a question */
export type ImportGroupAnswerInput = {
  /** The answer */
  answer: ImportAnswer;
  /** KNOWN_CONTACT: this contact for every line it is proposed for */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The question answered */
  question: ImportQuestion;
};

/** How a line's person or organisation was found */
export type ImportMatch =
  /** Chosen by a resolution or a group answer */
  | 'CHOSEN'
  /** By official code (INSEE code or SIREN) */
  | 'CODE'
  /** By email address */
  | 'EMAIL'
  /** By name (accents, case and small typos aside) */
  | 'NAME'
  /** Not found: created by the import */
  | 'NEW'
  /** Nothing given, or kept as typed without a record */
  | 'NONE';

/** What importing a registration list would do, line by line: nothing is written */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** The file's columns and the fields they are mapped to */
  columns: Array<ImportColumn>;
  /** The lines counted by outcome */
  counts: ImportCounts;
  /** ",", ";" or a tab */
  delimiter: Scalars['String']['output'];
  /** "UTF-8", "UTF-8 (BOM)" or "windows-1252" */
  encoding: Scalars['String']['output'];
  /** The ambiguous lines by question, before any group answer */
  questions: Array<ImportQuestionGroup>;
  /** Every data line, in file order */
  rows: Array<ImportRow>;
  /** The values of the status column (empty without one) */
  statuses: Array<ImportStatusValue>;
};

/** What an ambiguous line asks; the lines asking the same thing can be answered at once */
export type ImportQuestion =
  /** The line has no email and contacts have the same name: which one, or a new one? */
  | 'SAME_NAME_NO_EMAIL'
  /** Contacts have the same name with another email (or none): the same person, or a new one? */
  | 'SAME_NAME_OTHER_EMAIL'
  /** Several collectivities or partners have this name or code: which one, or keep the name as typed? */
  | 'SEVERAL_ORGANISATIONS';

/** The lines asking the same question, answered at once by ParticipationImportInput.groupAnswers */
export type ImportQuestionGroup = {
  __typename?: 'ImportQuestionGroup';
  /** Number of lines asking it */
  count: Scalars['Int']['output'];
  /** Their line numbers */
  lines: Array<Scalars['Int']['output']>;
  /** The question */
  question: ImportQuestion;
  /** Lines with one candidate contact: the ones KNOWN_CONTACT settles without naming a contact */
  singleCandidate: Scalars['Int']['output'];
};

/** The choice for one line: which contact and organisation it means, or skip it */
export type ImportResolutionInput = {
  /** This collectivity as the organisation */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** This known contact */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The line number (as in ImportRow.line) */
  line: Scalars['Int']['input'];
  /** true: a new contact */
  newContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the organisation is kept as typed, linked to no record */
  noOrganisation?: InputMaybe<Scalars['Boolean']['input']>;
  /** This partner as the organisation */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** true: the line is left out */
  skip?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a committed import did */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Contacts created for people not known yet */
  contactsCreated: Scalars['Int']['output'];
  /** The record of this import (participationImports), to undo it */
  importId: Maybe<Scalars['ID']['output']>;
  /** Registrations created */
  participationsCreated: Scalars['Int']['output'];
  /** New contacts' job titles recorded as their positions in the organisation they came for */
  positionsCreated: Scalars['Int']['output'];
  /** Lines left out: by a resolution, or as duplicates of an earlier line */
  skipped: Scalars['Int']['output'];
  /** Registrations whose status the file changed */
  statusesUpdated: Scalars['Int']['output'];
  /** Lines already registered to the event, with the same status: nothing changed for them */
  unchanged: Scalars['Int']['output'];
};

/** What an import would do with one line of the file */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** Civility as read; null when absent */
  civility: Maybe<Scalars['String']['output']>;
  /** The collectivity the organisation is matched to; null otherwise */
  collectivityId: Maybe<Scalars['ID']['output']>;
  /** AMBIGUOUS: the contacts the line might mean */
  contactCandidates: Array<ImportCandidate>;
  /** The contact the line is matched to; null when it makes a new one or is ambiguous */
  contactId: Maybe<Scalars['ID']['output']>;
  /** How the line's person was found */
  contactMatch: ImportMatch;
  /** Country represented, ISO 3166-1 alpha-2, read from the country column; null when absent */
  countryCode: Maybe<Scalars['String']['output']>;
  /** ALREADY_REGISTERED: the status stored now */
  currentStatus: Maybe<ParticipationStatus>;
  /** DUPLICATE: the earlier line with the same person */
  duplicateOfLine: Maybe<Scalars['Int']['output']>;
  /** Email address as read (lower-cased); null when absent */
  email: Maybe<Scalars['String']['output']>;
  /** What blocks the line (outcome ERROR) */
  errors: Array<ImportRowError>;
  /** ALREADY_REGISTERED: the registration already held */
  existingParticipationId: Maybe<Scalars['ID']['output']>;
  /** First name as read; null when absent */
  firstName: Maybe<Scalars['String']['output']>;
  /** The job title: a new contact's position in the organisation once imported */
  jobTitle: Maybe<Scalars['String']['output']>;
  /** Last name as read; null when absent */
  lastName: Maybe<Scalars['String']['output']>;
  /** Line number in the file (header = 1) */
  line: Scalars['Int']['output'];
  /** What did not block the line: a code that matched nothing, the name deciding instead */
  notices: Array<ImportRowError>;
  /** Organisation name as read; null when absent */
  organisation: Maybe<Scalars['String']['output']>;
  /** The collectivities or partners the organisation might mean, when several match */
  organisationCandidates: Array<ImportCandidate>;
  /** How the line's organisation was found */
  organisationMatch: ImportMatch;
  /** What would happen to the line */
  outcome: ImportRowOutcome;
  /** The partner the organisation is matched to; null otherwise */
  partnerId: Maybe<Scalars['ID']['output']>;
  /** AMBIGUOUS: what the line asks (see ImportPreview.questions) */
  questions: Array<ImportQuestion>;
  /** Role read from the role column; null when absent (ATTENDEE is used) */
  role: Maybe<ParticipationRole>;
  /** The status the line gives (REGISTERED when a new line says none; null when an existing registration keeps its own) */
  status: Maybe<ParticipationStatus>;
  /** ALREADY_REGISTERED: the file's status will replace the stored one */
  statusChange: Scalars['Boolean']['output'];
};

/** A problem with one cell of a line */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Stable code: TOO_LONG, INVALID_EMAIL, UNKNOWN_COUNTRY, UNKNOWN_ROLE, UNKNOWN_STATUS, INVALID_CODE, UNKNOWN_CODE, NOBODY, NAMES_REQUIRED */
  code: Scalars['String']['output'];
  /** The ImportField at fault (EMAIL, COUNTRY, ROLE…) */
  field: Scalars['String']['output'];
  /** What is wrong, in words (English; show the code's translation instead) */
  message: Scalars['String']['output'];
  /** The cell as the file has it */
  value: Maybe<Scalars['String']['output']>;
};

/** What an import would do with one line of the file */
export type ImportRowOutcome =
  /** The person is already registered to the edition: only a status change is applied */
  | 'ALREADY_REGISTERED'
  /** Waits for a choice: which contact or organisation the line means (see questions) */
  | 'AMBIGUOUS'
  /** Same person as an earlier line of the file (skipped) */
  | 'DUPLICATE'
  /** Cannot be imported as it is (see errors); blocks the commit unless skipped */
  | 'ERROR'
  /** A new registration (and a new contact when the person is not known) */
  | 'NEW';

/** A value of the status column, as read */
export type ImportStatusValue = {
  __typename?: 'ImportStatusValue';
  /** Number of lines with this value */
  count: Scalars['Int']['output'];
  /** Mapped by the input rather than recognised */
  mapped: Scalars['Boolean']['output'];
  /** null: no status we know, to map in statusValues */
  status: Maybe<ParticipationStatus>;
  /** As first written in the file */
  value: Scalars['String']['output'];
};

/** The status a value of the status column stands for */
export type ImportStatusValueInput = {
  /** The status it stands for */
  status: ParticipationStatus;
  /** A value of the status column, as written (case, accents and punctuation aside) */
  value: Scalars['String']['input'];
};

/** A distinction the association awards to collectivities, e.g. « Territoires unis et solidaires face aux crises » */
export type Label = {
  __typename?: 'Label';
  /** Its awards, newest first */
  awards: Array<LabelAward>;
  /** What it distinguishes; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Name */
  name: Scalars['String']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** A label awarded to a collectivity for a year, possibly at an edition. Staff and API tokens with events:read, for collectivities they may see */
export type LabelAward = {
  __typename?: 'LabelAward';
  /** Why it was awarded; null when none */
  citation: Maybe<Scalars['String']['output']>;
  /** The collectivity that received it */
  collectivity: Collectivity;
  /** The collectivity that received it */
  collectivityId: Scalars['ID']['output'];
  /** The edition where it was awarded; null when none */
  event: Maybe<Event>;
  /** The edition where it was awarded; null when none */
  eventId: Maybe<Scalars['ID']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The label */
  label: Label;
  /** The label */
  labelId: Scalars['ID']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** The year it was awarded for */
  year: Scalars['Int']['output'];
};

/** A new label, e.g. « Territoires unis et solidaires face aux crises » */
export type LabelInput = {
  /** What the label distinguishes; at most 20000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, required; unique */
  name: Scalars['String']['input'];
};

/** The association's letterhead, printed on dues letters and receipts */
export type Letterhead = {
  __typename?: 'Letterhead';
  /** Several lines */
  address: Scalars['String']['output'];
  /** The logo at the head of letters (null when there is none) */
  logo: Maybe<LetterheadImage>;
  /** The association's name, at the head of letters (empty when not set) */
  organisationName: Scalars['String']['output'];
  /** Who signs the letters, e.g. "La présidente, Nathalie Koenders" */
  signatory: Maybe<Scalars['String']['output']>;
  /** The signature image printed under the signatory (null when there is none) */
  signature: Maybe<LetterheadImage>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** An image of the letterhead (logo or signature) */
export type LetterheadImage = {
  __typename?: 'LetterheadImage';
  /** Its size in bytes */
  byteSize: Scalars['Int']['output'];
  /** image/png or image/jpeg */
  contentType: Scalars['String']['output'];
  /** The image as a data URL, to show it */
  dataUrl: Scalars['String']['output'];
};

/** How mail is sent from this server, and what a mailing may hold */
export type MailSettings = {
  __typename?: 'MailSettings';
  /** Whether mail can be sent (production without SMTP_URL cannot) */
  canSend: Scalars['Boolean']['output'];
  /** The embedded mail catcher's page, when mail goes there (no SMTP_URL) */
  catcherUrl: Maybe<Scalars['String']['output']>;
  /** The merge fields a subject or body may hold, e.g. contact.lastName, written {{contact.lastName}} */
  mergeFields: Array<Scalars['String']['output']>;
  /** How many messages of a mailing are sent per minute at most (MAILING_RATE_PER_MINUTE) */
  ratePerMinute: Scalars['Float']['output'];
};

/** An email to a part of the network, with merge fields and an audience; staff only */
export type Mailing = {
  __typename?: 'Mailing';
  /** Files sent with every message, oldest first (uploaded to POST /mailings/<id>/attachments) */
  attachments: Array<MailingAttachment>;
  /** Plain text, paragraphs separated by a blank line, with merge fields such as {{contact.lastName}} */
  body: Scalars['String']['output'];
  /** Audience: contacts with a current position in this collectivity */
  collectivityId: Maybe<Scalars['ID']['output']>;
  /** When the last recipient was dealt with */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Attach to each message the dues letter of the recipient's collectivity for duesYear (a call or a receipt); only people whose collectivity has such dues receive it */
  duesLetter: Maybe<DuesLetterKind>;
  /** The year of the dues letter attached */
  duesYear: Maybe<Scalars['Int']['output']>;
  /** The edition the {{edition.…}} merge fields describe (default: eventId) */
  editionId: Maybe<Scalars['ID']['output']>;
  /** Audience: people registered to this edition */
  eventId: Maybe<Scalars['ID']['output']>;
  /** Failed or bounced */
  failedCount: Scalars['Int']['output'];
  /** Audience: contacts with a current position in a current member of this group */
  groupId: Maybe<Scalars['ID']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Audience: with a current position in a member collectivity */
  memberCollectivities: Scalars['Boolean']['output'];
  /** Audience: partners' contacts */
  partners: Scalars['Boolean']['output'];
  /** Audience: holding a current position of this kind */
  positionKind: Maybe<PositionKind>;
  /** People it was sent to */
  recipientCount: Scalars['Int']['output'];
  /** When it was sent (null for a draft) */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Who sent it */
  sentBy: Maybe<Scalars['String']['output']>;
  /** Messages accepted by the SMTP server */
  sentCount: Scalars['Int']['output'];
  /** Draft, being sent, or sent */
  status: MailingStatus;
  /** The subject line, which may hold merge fields */
  subject: Scalars['String']['output'];
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** Messages still to go (queued, or being sent) */
  waitingCount: Scalars['Int']['output'];
};

/** A file attached to every message of a mailing; its content is read at /mailings/attachments/<id> */
export type MailingAttachment = {
  __typename?: 'MailingAttachment';
  /** Its media type, as uploaded (e.g. application/pdf) */
  contentType: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** The file name the recipients see */
  fileName: Scalars['String']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The mailing */
  mailingId: Scalars['ID']['output'];
  /** Its size in bytes */
  sizeBytes: Scalars['Int']['output'];
};

/** Who receives a mailing: the criteria of the contacts list a mailing keeps */
export type MailingAudienceInput = {
  /** Contacts with a current position in this collectivity */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** People registered to this edition (cancelled registrations aside) */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Contacts with a current position in a current member of this group */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Contacts with a current position in a current member collectivity */
  memberCollectivities?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contacts with a current position at a partner */
  partners?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contacts holding a current position of this kind (with memberCollectivities: that position in a member) */
  positionKind?: InputMaybe<PositionKind>;
};

/** Which mailings to list */
export type MailingFilter = {
  /** Only mailings in one of these states (all when absent or empty) */
  statuses?: InputMaybe<Array<MailingStatus>>;
};

/** A page of mailing rows: the same shape for every list query */
export type MailingPage = {
  __typename?: 'MailingPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Mailing>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** What a mailing would send: how many people, and the message one of them would get */
export type MailingPreview = {
  __typename?: 'MailingPreview';
  /** The sample recipient (null when there is nobody) */
  contactId: Maybe<Scalars['ID']['output']>;
  /** The sample recipient's address (null when there is nobody, or no address) */
  email: Maybe<Scalars['String']['output']>;
  /** The HTML version of the message, in the mail layout */
  html: Scalars['String']['output'];
  /** How many people the mailing would reach if sent now */
  recipientCount: Scalars['Float']['output'];
  /** The subject, merge fields filled in for the sample recipient */
  subject: Scalars['String']['output'];
  /** The plain-text version of the message */
  text: Scalars['String']['output'];
};

/** One person a sent mailing goes to, and where their message stands */
export type MailingRecipient = {
  __typename?: 'MailingRecipient';
  /** Sending attempts so far */
  attempts: Scalars['Int']['output'];
  /** The contact it goes to */
  contact: Maybe<Contact>;
  /** The contact it goes to */
  contactId: Scalars['ID']['output'];
  /** The address it was sent to (lower-cased), as it was when the mailing was sent */
  email: Scalars['String']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** The SMTP server's last answer (or the error met) */
  lastResponse: Maybe<Scalars['String']['output']>;
  /** The mailing */
  mailingId: Scalars['ID']['output'];
  /** The Message-ID of the email sent (null until it is sent) */
  messageId: Maybe<Scalars['String']['output']>;
  /** When the SMTP server accepted it (null until then) */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Where this message stands */
  status: RecipientStatus;
  /** When the person unsubscribed through this message */
  unsubscribedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
};

/** Which of a mailing's recipients to list */
export type MailingRecipientFilter = {
  /** Only recipients in one of these states (all when absent or empty) */
  statuses?: InputMaybe<Array<RecipientStatus>>;
};

/** A page of mailing recipient rows: the same shape for every list query */
export type MailingRecipientPage = {
  __typename?: 'MailingRecipientPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<MailingRecipient>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** Where a mailing stands */
export type MailingStatus =
  /** Being written: it can still be changed or deleted */
  | 'DRAFT'
  /** Sent: its recipients are fixed and their messages are going out */
  | 'SENDING'
  /** Every recipient has been dealt with */
  | 'SENT';

/** What marking an edition's absentees did */
export type MarkAbsenteesResult = {
  __typename?: 'MarkAbsenteesResult';
  /** The edition */
  eventId: Scalars['ID']['output'];
  /** Registrations that were still waiting and are now NO_SHOW */
  markedAbsent: Scalars['Int']['output'];
};

/** Several dues paid on one day, recorded at once (all or none) */
export type MarkFeesPaidInput = {
  /** The dues paid (MembershipFee ids, at most 1000) */
  ids: Array<Scalars['ID']['input']>;
  /** When they were paid (YYYY-MM-DD) */
  paidOn: Scalars['Date']['input'];
  /** Transfer or cheque reference */
  paymentReference?: InputMaybe<Scalars['String']['input']>;
};

/** One change of a collectivity's membership status; joining is decided by its council, whose deliberation is recorded */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  /** The collectivity whose status changed */
  collectivityId: Scalars['ID']['output'];
  /** Date of the council's deliberation */
  deliberationDate: Maybe<Scalars['Date']['output']>;
  /** Reference of the council's deliberation */
  deliberationReference: Maybe<Scalars['String']['output']>;
  /** When the change takes effect: the new memberSince when joining, memberUntil when leaving, else the day it was recorded */
  effectiveOn: Scalars['Date']['output'];
  /** Status before the change */
  fromStatus: MembershipStatus;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When the change was recorded */
  recordedAt: Scalars['DateTime']['output'];
  /** Status after the change */
  toStatus: MembershipStatus;
};

/** A member collectivity's dues for one year (cotisation), computed from the year's fee scale */
export type MembershipFee = {
  __typename?: 'MembershipFee';
  /** In euro cents */
  amountCents: Scalars['Int']['output'];
  /** The member collectivity */
  collectivity: Collectivity;
  /** The member collectivity */
  collectivityId: Scalars['ID']['output'];
  /** How the amount was computed */
  computation: Scalars['String']['output'];
  /** When they are due: unpaid after this date, they are LATE */
  dueOn: Scalars['Date']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When they were invoiced */
  invoicedOn: Scalars['Date']['output'];
  /** When they were paid; null while unpaid */
  paidOn: Maybe<Scalars['Date']['output']>;
  /** Transfer or cheque reference; null when none */
  paymentReference: Maybe<Scalars['String']['output']>;
  /** LATE once the due date has passed unpaid */
  status: FeeStatus;
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** Why they were waived; null unless WAIVED */
  waiverReason: Maybe<Scalars['String']['output']>;
  /** The year the dues are for */
  year: Scalars['Int']['output'];
};

/** Which dues: every criterion given must match */
export type MembershipFeeFilter = {
  /** Only this collectivity's dues */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** On the collectivity's name */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only dues with one of these statuses (LATE: invoiced, past due, unpaid) */
  statuses?: InputMaybe<Array<FeeStatus>>;
  /** Only the dues of this year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of membership fee rows: the same shape for every list query */
export type MembershipFeePage = {
  __typename?: 'MembershipFeePage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<MembershipFee>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

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

/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds several collectivities at once, all or none
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  addGroupMembers: Array<GroupMember>;
  /**
   * Gives a contact an office in a group; refused when presidency terms overlap and the group allows no co-presidency
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  assignGroupOfficer: GroupOffice;
  /**
   * Awards a label to a collectivity for a year; DUPLICATE when the collectivity already received the label that year
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  awardLabel: LabelAward;
  /**
   * Changes the signed-in user's password and ends their other sessions; true when done
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; not API tokens.
   */
  changeMyPassword: Scalars['Boolean']['output'];
  /**
   * Records the arrival; a second check-in changes nothing and says so
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  checkInParticipation: CheckInResult;
  /**
   * Imports a registration list, all or nothing: BAD_USER_INPUT (extensions.rows: [{line, message}]) while a line has an error or an unresolved choice; importing the same file again changes nothing but the statuses it changes
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  commitParticipationImport: ImportResult;
  /**
   * Creates an API token for an integration: its secret is in the answer, shown this once
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  createApiToken: CreatedApiToken;
  /**
   * Creates a collectivity entered by hand (typically a foreign local government: French ones come from the referential)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createCollectivity: Collectivity;
  /**
   * Refused with DUPLICATE and the candidates when the person may already exist, unless confirmNotDuplicate
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createContact: Contact;
  /**
   * Records a French collectivity's cooperation with a foreign local government
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createCooperation: Cooperation;
  /**
   * Creates a country group
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createCountryGroup: CountryGroup;
  /**
   * Creates an edition of a series
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createEvent: Event;
  /**
   * Creates an event series
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createEventSeries: EventSeries;
  /**
   * Adds a session to an edition's programme
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createEventSession: EventSession;
  /**
   * Creates a label
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createLabel: Label;
  /**
   * Creates a draft mailing: subject, body with merge fields, audience
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createMailing: Mailing;
  /**
   * Registers a person and/or an organisation to an edition; DUPLICATE (extensions.existingId) when the person is already registered
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createParticipation: Participation;
  /**
   * Records a partner institution
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createPartner: Partner;
  /**
   * Records a partner's commitment for a year
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createPartnership: Partnership;
  /**
   * Records a position (mandate or job) of a contact in a collectivity or a partner
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createPosition: Position;
  /**
   * Creates a thematic group
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  createThematicGroup: Group;
  /**
   * Creates a console user
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  createUser: User;
  /**
   * Registers an endpoint. ADMIN only. Errors: BAD_USER_INPUT with field url (WEBHOOK_URL_INVALID, WEBHOOK_URL_SCHEME, WEBHOOK_URL_TOO_LONG, WEBHOOK_URL_PRIVATE, WEBHOOK_URL_UNRESOLVED) or eventTypes (WEBHOOK_EVENT_TYPE_UNKNOWN).
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /**
   * Deletes a collectivity entered by hand; refused for a referential row (set its membership status instead) and while other records refer to it
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteCollectivity: Collectivity;
  /**
   * Deletes a cooperation entered by mistake; to record that it ended, set endedOn instead
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteCooperation: Cooperation;
  /**
   * Deletes an edition; refused when it has participants
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteEvent: Event;
  /**
   * Removes a session from the programme
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteEventSession: EventSession;
  /**
   * Deletes a group with its memberships and offices
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteGroup: Group;
  /**
   * Deletes an award
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteLabelAward: LabelAward;
  /**
   * A draft only
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteMailing: Mailing;
  /**
   * Removes a file from a draft (CONFLICT, reason MAILING_NOT_DRAFT, once sent)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteMailingAttachment: MailingAttachment;
  /**
   * Deletes a registration
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteParticipation: Participation;
  /**
   * Deletes many registrations, all or none: NOT_FOUND (extensions.ids) deletes nothing
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deleteParticipations: DeleteParticipationsResult;
  /**
   * Deletes a partner; refused while other records (partnerships, positions, registrations…) refer to it
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deletePartner: Partner;
  /**
   * Deletes a partnership
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deletePartnership: Partnership;
  /**
   * For a position entered by mistake; to record that it ended, set endedOn instead
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  deletePosition: Position;
  /**
   * Deletes an endpoint and its deliveries. ADMIN only. Errors: NOT_FOUND.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  deleteWebhookEndpoint: WebhookEndpoint;
  /**
   * Ends an office (the record stays, with its dates)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  endGroupOffice: GroupOffice;
  /**
   * Anonymises the person for good, keeping the counts of their positions and offices (audited)
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  eraseContact: Contact;
  /**
   * Everything held on the person, as JSON (audited)
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  exportContactData: Scalars['String']['output'];
  /**
   * Invoices the year's dues to every current member; running it again creates nothing
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  generateDues: DuesGeneration;
  /**
   * After the day: registrations never checked in become NO_SHOW
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  markAbsentees: MarkAbsenteesResult;
  /**
   * Marks several dues paid at once (all or none)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  markFeesPaid: Array<MembershipFee>;
  /**
   * Moves everything of mergedId (positions, offices, history) to keptId, then removes mergedId
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mergeContacts: Contact;
  /**
   * Reads, maps and matches a registration list: changes nothing
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  previewParticipationImport: ImportPreview;
  /**
   * Someone at the door who did not register: registered (a new contact if need be) and checked in at once; DUPLICATE (extensions.existingId) when already registered
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  registerWalkIn: Participation;
  /**
   * Ends a membership (the record stays, with its dates)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  removeGroupMember: GroupMember;
  /**
   * Sends a delivery again now. ADMIN only. Errors: NOT_FOUND.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  replayWebhookDelivery: WebhookDelivery;
  /**
   * Revokes an API token at once, in every server process: it is refused from the next request on
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  revokeApiToken: ApiToken;
  /**
   * Fixes the recipients and queues the sending (BAD_USER_INPUT MAILING_NO_RECIPIENT on audience when nobody matches)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  sendMailing: Mailing;
  /**
   * Sends the message as its first recipient would get it to the caller's own address; returns that address
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  sendTestMailing: Scalars['String']['output'];
  /**
   * Sets the year’s scale: brackets from 0 inhabitants, contiguous, the last one open-ended
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  setFeeScale: FeeScale;
  /**
   * One status for many registrations (present, absent, cancelled…), all or none: NOT_FOUND (extensions.ids) changes nothing
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  setParticipationsStatus: BulkParticipationsResult;
  /**
   * Opens a session: the answer sets an httpOnly cookie
   *
   * Access: anyone, signed in or not.
   */
  signIn: User;
  /**
   * Closes the current session and clears its cookie; true even without a session
   *
   * Access: anyone, signed in or not.
   */
  signOut: Scalars['Boolean']['output'];
  /**
   * Undoes a check-in made by mistake: back to REGISTERED
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  undoCheckIn: Participation;
  /**
   * Undoes an import as a whole; CONFLICT with extensions.reason ALREADY_UNDONE, or CHANGED_SINCE (extensions.participations) while one of its participations was changed since
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  undoParticipationImport: UndoImportResult;
  /**
   * Changes a collectivity. Fields owned by the official referential (name, codes, population) cannot be changed on a referential row; a change of membership status is recorded in membershipHistory
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateCollectivity: Collectivity;
  /**
   * Changes a contact's details; refused on an erased contact
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateContact: Contact;
  /**
   * Changes a cooperation; to record that it ended, set endedOn
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateCooperation: Cooperation;
  /**
   * Changes an edition
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateEvent: Event;
  /**
   * Changes an event series
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateEventSeries: EventSeries;
  /**
   * Changes a session
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateEventSession: EventSession;
  /**
   * Changes a group
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateGroup: Group;
  /**
   * Changes an award
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateLabelAward: LabelAward;
  /**
   * Changes the fields given; images are checked (type, content, size)
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  updateLetterhead: Letterhead;
  /**
   * A draft only (CONFLICT, reason MAILING_NOT_DRAFT, once sent)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateMailing: Mailing;
  /**
   * Changes a registration
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updateParticipation: Participation;
  /**
   * Changes a partner
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updatePartner: Partner;
  /**
   * Changes a partnership
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updatePartnership: Partnership;
  /**
   * Edit or end a position (set endedOn): the history stays
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  updatePosition: Position;
  /**
   * Edit a user; set active: false to take their access away (users are never deleted: their history stays)
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  updateUser: User;
  /**
   * Changes an endpoint (enabled: true turns a disabled one back on). ADMIN only. Errors: as createWebhookEndpoint, NOT_FOUND, CONFLICT.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  updateWebhookEndpoint: WebhookEndpoint;
  /**
   * Waives dues (status WAIVED), with the reason
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  waiveFee: MembershipFee;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationAddGroupMembersArgs = {
  collectivityIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  joinedOn: InputMaybe<Scalars['Date']['input']>;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationAssignGroupOfficerArgs = {
  input: AssignOfficerInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationAwardLabelArgs = {
  input: AwardLabelInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCheckInParticipationArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCommitParticipationImportArgs = {
  input: ParticipationImportInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateCollectivityArgs = {
  input: CreateCollectivityInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateCooperationArgs = {
  input: CreateCooperationInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateCountryGroupArgs = {
  input: CreateCountryGroupInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateEventSeriesArgs = {
  input: EventSeriesInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateEventSessionArgs = {
  input: CreateEventSessionInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateLabelArgs = {
  input: LabelInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateMailingArgs = {
  input: CreateMailingInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateParticipationArgs = {
  input: CreateParticipationInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateThematicGroupArgs = {
  input: CreateThematicGroupInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteCollectivityArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteCooperationArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteEventSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteLabelAwardArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteMailingArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteMailingAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteParticipationArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteParticipationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeletePartnerArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeletePartnershipArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeletePositionArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationEndGroupOfficeArgs = {
  endedOn: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationEraseContactArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationExportContactDataArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationGenerateDuesArgs = {
  invoicedOn: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationMarkAbsenteesArgs = {
  eventId: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationMarkFeesPaidArgs = {
  input: MarkFeesPaidInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationMergeContactsArgs = {
  keptId: Scalars['ID']['input'];
  mergedId: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationPreviewParticipationImportArgs = {
  input: ParticipationImportInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationRegisterWalkInArgs = {
  input: WalkInInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationRemoveGroupMemberArgs = {
  collectivityId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  leftOn: InputMaybe<Scalars['Date']['input']>;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationSendMailingArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationSendTestMailingArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationSetFeeScaleArgs = {
  input: SetFeeScaleInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationSetParticipationsStatusArgs = {
  ids: Array<Scalars['ID']['input']>;
  status: ParticipationStatus;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUndoCheckInArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUndoParticipationImportArgs = {
  id: Scalars['ID']['input'];
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateCollectivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCollectivityInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateCooperationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCooperationInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateEventSeriesArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventSeriesInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateEventSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventSessionInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateLabelAwardArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLabelAwardInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateLetterheadArgs = {
  input: UpdateLetterheadInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateMailingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMailingInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateParticipationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateParticipationInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdatePartnershipArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnershipInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


/** Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query. */
export type MutationWaiveFeeArgs = {
  input: WaiveFeeInput;
};

/** An office in a group. Whoever holds a current PRESIDENT or CO_PRESIDENT office presides the group */
export type OfficerRole =
  /** Co-président(e): presides with another, and sees the group as a group president */
  | 'CO_PRESIDENT'
  /** Président(e): presides the group, and sees it as a group president */
  | 'PRESIDENT'
  /** Secrétaire */
  | 'SECRETARY'
  /** Vice-président(e) */
  | 'VICE_PRESIDENT';

/** Which rows of a list: the same for every list query */
export type PageInput = {
  /** Incremental sync: the endCursor of the previous page (or of the last run). The list is then ordered by each row's last change, and only changes already settled are served: none is missed, none is sent twice. Refused with reason INVALID_CURSOR when altered, CURSOR_OF_ANOTHER_LIST when given by another list. */
  after?: InputMaybe<Scalars['String']['input']>;
  /** How many rows to return, at most 1000 */
  limit?: Scalars['Int']['input'];
  /** How many rows to skip from the start of the list */
  offset?: Scalars['Int']['input'];
  /** Incremental sync: only the rows changed at or after this instant, in the order of their last change (a first sync from a date; give 1970-01-01T00:00:00Z for everything). Refused with reason UPDATED_SINCE_IN_FUTURE when in the future. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A registration to an edition: a person and/or an organisation, in a role, with a status. Staff and API tokens with events:read see every one (the person only as they may see contacts); a group president those of his groups' members */
export type Participation = {
  __typename?: 'Participation';
  /** When the person was checked in at the desk; null until then */
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  /** The collectivity represented; null when none */
  collectivity: Maybe<Collectivity>;
  /** The collectivity represented; null when none */
  collectivityId: Maybe<Scalars['ID']['output']>;
  /** The person registered; null for an organisation alone, or when the caller may not see the person */
  contact: Maybe<Contact>;
  /** The person registered; null for an organisation alone */
  contactId: Maybe<Scalars['ID']['output']>;
  /** The country represented, ISO 3166-1 alpha-2 */
  countryCode: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** The person's name, else the organisation's */
  displayName: Scalars['String']['output'];
  /** The edition */
  event: Event;
  /** The edition */
  eventId: Scalars['ID']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Staff's notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** The collectivity, the partner, or the organisation named */
  organisationDisplayName: Maybe<Scalars['String']['output']>;
  /** An organisation not held as a collectivity or partner: "Municipalité de Bamako" */
  organisationName: Maybe<Scalars['String']['output']>;
  /** The partner represented; null when none or for a caller who may not see partners */
  partner: Maybe<Partner>;
  /** The partner represented; null when none */
  partnerId: Maybe<Scalars['ID']['output']>;
  /** When the registration was made */
  registeredAt: Scalars['DateTime']['output'];
  /** In what capacity */
  role: ParticipationRole;
  /** Where the registration stands */
  status: ParticipationStatus;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** Which registrations: every criterion given must match */
export type ParticipationFilter = {
  /** Only those checked in (true) or not checked in (false) */
  checkedIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those on behalf of this collectivity */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this person's */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those representing one of these countries (ISO 3166-1 alpha-2) */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only this edition's */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The participation of the current members of a country or thematic group */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only those on behalf of this partner */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these roles */
  roles?: InputMaybe<Array<ParticipationRole>>;
  /** Part of the person's or the organisation's name */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses */
  statuses?: InputMaybe<Array<ParticipationStatus>>;
};

/** A committed import of a registration list, kept so it can be undone */
export type ParticipationImport = {
  __typename?: 'ParticipationImport';
  /** Contacts it created */
  contactsCreated: Scalars['Int']['output'];
  /** The edition imported into */
  eventId: Scalars['ID']['output'];
  /** The file's name */
  fileName: Scalars['String']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When it was committed */
  importedAt: Scalars['DateTime']['output'];
  /** Who imported (the name of the account at the time) */
  importedBy: Scalars['String']['output'];
  /** Registrations it created */
  participationsCreated: Scalars['Int']['output'];
  /** Positions it created from job titles */
  positionsCreated: Scalars['Int']['output'];
  /** Data lines of the file */
  rows: Scalars['Int']['output'];
  /** Lines left out */
  skipped: Scalars['Int']['output'];
  /** Registrations whose status it changed */
  statusesUpdated: Scalars['Int']['output'];
  /** Lines already registered with the same status */
  unchanged: Scalars['Int']['output'];
  /** Set once the import was undone */
  undoneAt: Maybe<Scalars['DateTime']['output']>;
  /** Who undid it (the account's name at the time); null unless undone */
  undoneBy: Maybe<Scalars['String']['output']>;
};

/** A registration list (CSV) to preview or import into an edition, with the choices made so far */
export type ParticipationImportInput = {
  /** The raw bytes (UTF-8, UTF-8 with BOM or Windows-1252; , ; or tab); at most 5 MB */
  contentBase64: Scalars['String']['input'];
  /** The edition */
  eventId: Scalars['ID']['input'];
  /** The file's name, kept in the import's record */
  fileName: Scalars['String']['input'];
  /** One answer per question for its lines not resolved one by one */
  groupAnswers?: InputMaybe<Array<ImportGroupAnswerInput>>;
  /** Absent: the suggested mapping */
  mapping?: InputMaybe<Array<ColumnMappingInput>>;
  /** Choices for AMBIGUOUS rows (and rows to skip) */
  resolutions?: InputMaybe<Array<ImportResolutionInput>>;
  /** The status of values of the status column we do not know (or read otherwise) */
  statusValues?: InputMaybe<Array<ImportStatusValueInput>>;
};

/** A page of participation rows: the same shape for every list query */
export type ParticipationPage = {
  __typename?: 'ParticipationPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Participation>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
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

/** How to order a list: one field of the allowed ones and a direction */
export type ParticipationSort = {
  /** Ascending (the default) or descending */
  direction?: SortDirection;
  /** The field to order by */
  field: ParticipationSortField;
};

/** Fields a list of registrations can be ordered by */
export type ParticipationSortField =
  /** When they were checked in (not checked in last) */
  | 'CHECKED_IN_AT'
  /** Country represented */
  | 'COUNTRY'
  /** The person's name, else the organisation's */
  | 'NAME'
  /** When they registered */
  | 'REGISTERED_AT'
  /** Role */
  | 'ROLE'
  /** Status */
  | 'STATUS';

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

/** An institution working with the association: ministry (MEAE and its DAECT), agency (AFD), EU programme (PLATFORMA), network (CGLU), embassy, NGO… Staff only */
export type Partner = {
  __typename?: 'Partner';
  /** Short name: AFD, DAECT, CGLU… */
  acronym: Maybe<Scalars['String']['output']>;
  /** People holding a current position at the partner */
  contacts: Array<Contact>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** What kind of institution */
  kind: PartnerKind;
  /** Full name, e.g. "Agence française de développement" */
  name: Scalars['String']['output'];
  /** Staff's notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** The partner's partnerships, by year (newest first) */
  partnerships: Array<Partnership>;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** Website URL; null when unknown */
  website: Maybe<Scalars['String']['output']>;
};


/** An institution working with the association: ministry (MEAE and its DAECT), agency (AFD), EU programme (PLATFORMA), network (CGLU), embassy, NGO… Staff only */
export type PartnerPartnershipsArgs = {
  year: InputMaybe<Scalars['Int']['input']>;
};

/** Which partners: every criterion given must match */
export type PartnerFilter = {
  /** Only the records with these ids (at most 1000) */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds */
  kinds?: InputMaybe<Array<PartnerKind>>;
  /** Part of the name or acronym, ignoring accents and case */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of institution a partner is */
export type PartnerKind =
  /** A university or research body */
  | 'ACADEMIC'
  /** A public agency (AFD) */
  | 'AGENCY'
  /** A company */
  | 'COMPANY'
  /** An embassy in France */
  | 'EMBASSY'
  /** A European Union programme (PLATFORMA) */
  | 'EU_PROGRAMME'
  /** A foreign local government acting as a partner */
  | 'FOREIGN_LOCAL_GOVERNMENT'
  /** A ministry or its department (MEAE, DAECT) */
  | 'MINISTRY'
  /** A network of local governments (CGLU / UCLG) */
  | 'NETWORK'
  /** A non-governmental organisation or association */
  | 'NGO'
  /** Anything else */
  | 'OTHER';

/** A page of partner rows: the same shape for every list query */
export type PartnerPage = {
  __typename?: 'PartnerPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Partner>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** A partner's commitment for one year (convention de partenariat): money, help in kind, or institutional support. Staff only */
export type Partnership = {
  __typename?: 'Partnership';
  /** The agreement's reference (convention de partenariat) */
  agreementReference: Maybe<Scalars['String']['output']>;
  /** In euro cents (money and valued help in kind) */
  amountCents: Maybe<Scalars['Int']['output']>;
  /** The event edition it supports (Event id); null when not tied to an edition */
  eventId: Maybe<Scalars['ID']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Money, help in kind, or institutional support */
  kind: PartnershipKind;
  /** Staff's notes; null when none */
  notes: Maybe<Scalars['String']['output']>;
  /** The partner committed */
  partner: Partner;
  /** The partner committed */
  partnerId: Scalars['ID']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
  /** The year of the commitment */
  year: Scalars['Int']['output'];
};

/** Which partnerships: every criterion given must match */
export type PartnershipFilter = {
  /** Only these kinds */
  kinds?: InputMaybe<Array<PartnershipKind>>;
  /** Only this partner's */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this year's */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What a partner commits */
export type PartnershipKind =
  /** Money */
  | 'FINANCIAL'
  /** Institutional support (patronage), usually without an amount */
  | 'INSTITUTIONAL'
  /** Help in kind (venue, services), valued in amountCents when known */
  | 'IN_KIND';

/** A page of partnership rows: the same shape for every list query */
export type PartnershipPage = {
  __typename?: 'PartnershipPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Partnership>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** Partnerships of one year and kind, added up */
export type PartnershipTotal = {
  __typename?: 'PartnershipTotal';
  /** Number of partnerships */
  count: Scalars['Int']['output'];
  /** The kind */
  kind: PartnershipKind;
  /** In euro cents */
  totalCents: Scalars['Int']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};

/** A contact's mandate or job in one organisation (a collectivity or a partner, exactly one) over a term. When a mayor changes, the old mayor's position ends and nothing is lost */
export type Position = {
  __typename?: 'Position';
  /** The collectivity where the position is held; null when it is held at a partner */
  collectivity: Maybe<Collectivity>;
  /** The collectivity where it is held; null when held at a partner */
  collectivityId: Maybe<Scalars['ID']['output']>;
  /** The contact holding it */
  contactId: Scalars['ID']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Held today */
  current: Scalars['Boolean']['output'];
  /** When the term ended; null while it runs (it is current while endedOn is null or not past, in Paris time) */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Elected mandate, staff job or other */
  kind: PositionKind;
  /** The partner where the position is held; null when it is held at a collectivity */
  partner: Maybe<Partner>;
  /** The partner where it is held; null when held at a collectivity */
  partnerId: Maybe<Scalars['ID']['output']>;
  /** When the term started */
  startedOn: Scalars['Date']['output'];
  /** maire, vice-présidente aux relations internationales, chargé de mission AICT… */
  title: Scalars['String']['output'];
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** A position's fields, shared by create and update */
export type PositionFields = {
  /** The collectivity (or give partnerId) */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** When the term ended (YYYY-MM-DD, not before startedOn); null while it runs */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Elected mandate, staff job or other */
  kind: PositionKind;
  /** The partner (or give collectivityId) */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** When the term started (YYYY-MM-DD) */
  startedOn: Scalars['Date']['input'];
  /** Title as people write it, e.g. "Maire", "Vice-présidente aux relations internationales", "Chargé de mission AICT" */
  title: Scalars['String']['input'];
};

/** What kind of position */
export type PositionKind =
  /** An elected official's mandate (maire, adjointe, conseiller, président…) */
  | 'ELECTED'
  /** Anything else */
  | 'OTHER'
  /** A staff member's job (chargé de mission, directrice…) */
  | 'STAFF';

/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The scopes a token can be given
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  apiScopes: Array<Scalars['String']['output']>;
  /**
   * The integrations' API tokens, revoked and expired ones included, newest first
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  apiTokens: ApiTokenPage;
  /**
   * Every change, newest first
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  auditEntries: AuditEntryPage;
  /**
   * The check-in desk's search in an edition: names of people and organisations, typos tolerated, the closest first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  checkInSearch: Array<Participation>;
  /**
   * Collectivities: the official referential of French collectivities (about 36,000) and foreign ones entered by hand. A group president sees only their groups' members
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read.
   */
  collectivities: CollectivityPage;
  /**
   * One collectivity (NOT_FOUND when it does not exist or is outside the caller's groups)
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read.
   */
  collectivity: Collectivity;
  /**
   * One contact (NOT_FOUND when it does not exist or is not visible to the caller)
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope contacts:read or contacts:all.
   */
  contact: Contact;
  /**
   * Contacts (people). Default order: best match first with a search, else last name
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope contacts:read or contacts:all.
   */
  contacts: ContactPage;
  /**
   * A year's dues added up: invoiced, paid, waived, late
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  duesTotals: DuesTotals;
  /**
   * One edition
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope events:read.
   */
  event: Event;
  /**
   * Every event series, by name
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope events:read.
   */
  eventSeries: Array<EventSeries>;
  /**
   * The figures of an edition: registered, attended, French collectivities, countries, foreign delegations, embassies, speakers, partners…
   *
   * Access: users with the role ADMIN, STAFF; API tokens with the scope events:read.
   */
  eventStatistics: EventStatistics;
  /**
   * Every edition of a series (or of all), by edition number
   *
   * Access: users with the role ADMIN, STAFF; API tokens with the scope events:read.
   */
  eventTrend: Array<EventStatistics>;
  /**
   * Editions of the event series, newest first (the next one first with upcoming)
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope events:read.
   */
  events: EventPage;
  /**
   * The fee scale of a year; null when none was set
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  feeScale: Maybe<FeeScale>;
  /**
   * Every year's fee scale, newest first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  feeScales: Array<FeeScale>;
  /**
   * One group (NOT_FOUND for a group president when the group is not theirs)
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read.
   */
  group: Group;
  /**
   * Country and thematic groups, by kind then name. A group president gets the groups they preside ("Mes groupes")
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read.
   */
  groups: GroupPage;
  /**
   * A record's history, newest first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  history: AuditEntryPage;
  /**
   * Labels awarded to collectivities, newest first
   *
   * Access: users with the role ADMIN, STAFF; API tokens with the scope events:read.
   */
  labelAwards: Array<LabelAward>;
  /**
   * Every label, by name
   *
   * Access: users with the role ADMIN, STAFF; API tokens with the scope events:read.
   */
  labels: Array<Label>;
  /**
   * The association's letterhead printed on dues calls, receipts and badges
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  letterhead: Letterhead;
  /**
   * How mail leaves this server: whether it can send, at what rate, the merge fields, the mail catcher page
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mailSettings: MailSettings;
  /**
   * One mailing, draft or sent, with its audience and counts
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mailing: Mailing;
  /**
   * How many people it would reach, and the message one of them would get
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mailingPreview: MailingPreview;
  /**
   * A sent mailing's recipients and where each stands
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mailingRecipients: MailingRecipientPage;
  /**
   * Drafts and sent mailings, newest first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  mailings: MailingPage;
  /**
   * The signed-in user
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; not API tokens.
   */
  me: User;
  /**
   * Member collectivities per région, most members first
   *
   * Access: users with the role ADMIN, STAFF; API tokens with the scope collectivities:read.
   */
  memberCountsByRegion: Array<RegionMemberCount>;
  /**
   * Members with dues unpaid for at least minYears years (2 by default)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  membersInArrears: Array<Collectivity>;
  /**
   * Members' dues, newest year first, then by collectivity name
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  membershipFees: MembershipFeePage;
  /**
   * One registration
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope events:read.
   */
  participation: Participation;
  /**
   * An edition's committed imports, newest first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  participationImports: Array<ParticipationImport>;
  /**
   * Registrations to editions. A group president sees only those of their groups' members
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope events:read.
   */
  participations: ParticipationPage;
  /**
   * One partner
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  partner: Partner;
  /**
   * Partner institutions, by name
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  partners: PartnerPage;
  /**
   * One partnership
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  partnership: Partnership;
  /**
   * Totals by year and kind (one year, or every year)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  partnershipTotals: Array<PartnershipTotal>;
  /**
   * Partnerships, newest year first, largest amount first
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  partnerships: PartnershipPage;
  /**
   * People who may be the one about to be created (same email, or same name in the same collectivity)
   *
   * Access: users with the role ADMIN, STAFF; not API tokens.
   */
  possibleDuplicateContacts: Array<Contact>;
  /**
   * Rows deleted or erased, of the types the caller may read. With page.updatedSince (deleted since) or page.after, the feed of an incremental sync: the same cursor rules as every synced list.
   *
   * Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read or contacts:read or contacts:all or events:read.
   */
  tombstones: TombstonePage;
  /**
   * One console user
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  user: User;
  /**
   * Console users, by name
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  users: UserPage;
  /**
   * An endpoint's deliveries, newest first. ADMIN only.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  webhookDeliveries: WebhookDeliveryPage;
  /**
   * One webhook endpoint. ADMIN only. Errors: NOT_FOUND.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  webhookEndpoint: WebhookEndpoint;
  /**
   * The registered webhook endpoints, newest first. ADMIN only.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  webhookEndpoints: WebhookEndpointPage;
  /**
   * The event types an endpoint can ask for. ADMIN only.
   *
   * Access: users with the role ADMIN; not API tokens.
   */
  webhookEventTypes: Array<Scalars['String']['output']>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryApiTokensArgs = {
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryAuditEntriesArgs = {
  filter: InputMaybe<AuditFilterInput>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryCheckInSearchArgs = {
  eventId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryCollectivitiesArgs = {
  filter: InputMaybe<CollectivityFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<CollectivitySort>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryCollectivityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryContactsArgs = {
  filter: InputMaybe<ContactFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<ContactSort>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryDuesTotalsArgs = {
  year: Scalars['Int']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryEventStatisticsArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryEventTrendArgs = {
  seriesId: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryEventsArgs = {
  filter: InputMaybe<EventFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryFeeScaleArgs = {
  year: Scalars['Int']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryGroupsArgs = {
  filter: InputMaybe<GroupFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryHistoryArgs = {
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryLabelAwardsArgs = {
  collectivityId: InputMaybe<Scalars['ID']['input']>;
  eventId: InputMaybe<Scalars['ID']['input']>;
  labelId: InputMaybe<Scalars['ID']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMailingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMailingPreviewArgs = {
  contactId: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMailingRecipientsArgs = {
  filter: InputMaybe<MailingRecipientFilter>;
  mailingId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMailingsArgs = {
  filter: InputMaybe<MailingFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMembersInArrearsArgs = {
  minYears?: Scalars['Int']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryMembershipFeesArgs = {
  filter: InputMaybe<MembershipFeeFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryParticipationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryParticipationImportsArgs = {
  eventId: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryParticipationsArgs = {
  filter: InputMaybe<ParticipationFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<ParticipationSort>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPartnersArgs = {
  filter: InputMaybe<PartnerFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPartnershipTotalsArgs = {
  year: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPartnershipsArgs = {
  filter: InputMaybe<PartnershipFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryPossibleDuplicateContactsArgs = {
  collectivityId: InputMaybe<Scalars['ID']['input']>;
  email: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryTombstonesArgs = {
  filter: InputMaybe<TombstoneFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryUsersArgs = {
  filter: InputMaybe<UserFilter>;
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryWebhookDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read of the API. Lists share one convention: `filter` (every criterion given must match), `sort` (an enum of fields and a direction) and `page` (offset and limit, at most 1000 rows), answering a page with `nodes`, `totalCount` and `hasNextPage`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.
 *
 * Errors come back in `errors[].extensions`: `code` (below) and, depending on it, more keys. A refusal may carry `reason`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from `code`, `reason` and `fields[].code`, not from `message`.
 * - BAD_USER_INPUT: An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").
 * - NOT_FOUND: The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.
 * - DUPLICATE: The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.
 * - CONFLICT: The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.
 * - UNAUTHENTICATED: No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.
 * - FORBIDDEN: A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).
 * - CSRF_REFUSED: Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).
 * - TOO_MANY_REQUESTS: Too many attempts (sign-in): wait a minute and try again.
 * - PAYLOAD_TOO_LARGE: The request body is over the size limit (8 MiB).
 * - QUERY_TOO_COSTLY: Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).
 * - RESPONSE_TOO_LARGE: The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.
 * - INTERNAL_SERVER_ERROR: An unexpected failure; the details are logged with the request id (header x-request-id), never sent.
 * - GRAPHQL_VALIDATION_FAILED: The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.
 */
export type QueryWebhookEndpointsArgs = {
  page: InputMaybe<PageInput>;
};

/** Where one message of a mailing stands */
export type RecipientStatus =
  /** The server refused the address */
  | 'BOUNCED'
  /** Refused for good, out of attempts, or interrupted while sending (not retried, so as never to send twice) */
  | 'FAILED'
  /** Waiting to be sent, or to be retried after a temporary failure */
  | 'QUEUED'
  /** Claimed by a sender, going out */
  | 'SENDING'
  /** Accepted by the SMTP server */
  | 'SENT'
  /** Not sent: consent withdrawn or contact erased before its turn */
  | 'SKIPPED';

/** How many member collectivities a région has (those within it, the région itself included) */
export type RegionMemberCount = {
  __typename?: 'RegionMemberCount';
  /** Number of collectivities whose membership status is MEMBER */
  memberCount: Scalars['Int']['output'];
  /** INSEE code of the région */
  regionCode: Scalars['String']['output'];
  /** Name of the région */
  regionName: Scalars['String']['output'];
};

/** What a console user may do */
export type Role =
  /** Everything, users, API tokens and the journal included */
  | 'ADMIN'
  /** Read only, and only the groups they currently preside or co-preside (through their linked contact), with those groups' members */
  | 'GROUP_PRESIDENT'
  /** The association's staff: read and write all CRM data; no user or token management */
  | 'STAFF';

/** How many registrations (not cancelled) of one role an edition has */
export type RoleCount = {
  __typename?: 'RoleCount';
  /** Number of registrations, not cancelled, with that role */
  count: Scalars['Int']['output'];
  /** The role */
  role: ParticipationRole;
};

/** How many sessions of one kind an edition's programme has */
export type SessionKindCount = {
  __typename?: 'SessionKindCount';
  /** Number of sessions of that kind */
  count: Scalars['Int']['output'];
  /** The kind of session */
  kind: EventSessionKind;
};

/** A year's fee scale: brackets from 0 inhabitants, contiguous, the last one open-ended */
export type SetFeeScaleInput = {
  /** The brackets, covering every population exactly once */
  brackets: Array<FeeBracketInput>;
  /** Dues unpaid after this date are late */
  dueOn: Scalars['Date']['input'];
  /** The version read, required to replace the year's scale: a stale or missing one is refused (CONFLICT) */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** The year the scale applies to, 1975 to 2100 */
  year: Scalars['Int']['input'];
};

/** Order of a sort */
export type SortDirection =
  /** Ascending: A to Z, smallest first, oldest first */
  | 'ASC'
  /** Descending: Z to A, largest first, newest first */
  | 'DESC';

/** Members working on a theme */
export type ThematicGroup = Group & {
  __typename?: 'ThematicGroup';
  /** When false, presidency terms may not overlap */
  allowsCoPresidency: Scalars['Boolean']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** What the group does; null when none */
  description: Maybe<Scalars['String']['output']>;
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** Country group or thematic group */
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  /** The group's member collectivities, by name */
  members: GroupMemberPage;
  /** Name, e.g. "Groupe-pays Mali" or "Climat" */
  name: Scalars['String']['output'];
  /** The group's officers, most recent term first */
  officers: Array<GroupOffice>;
  /** The theme, e.g. climate, youth, education for global citizenship */
  theme: Scalars['String']['output'];
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};


/** Members working on a theme */
export type ThematicGroupMembersArgs = {
  filter: InputMaybe<GroupMemberFilter>;
  page: InputMaybe<PageInput>;
};


/** Members working on a theme */
export type ThematicGroupOfficersArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

/** A row that was deleted or erased: its id, type and when. Nothing else of it is kept, so a tombstone never tells more than that the row is gone. */
export type Tombstone = {
  __typename?: 'Tombstone';
  /** When it was deleted or erased */
  at: Scalars['DateTime']['output'];
  /** The id the row had */
  id: Scalars['ID']['output'];
  /** DELETED: the row is gone; ERASED: a contact erased for data protection */
  kind: TombstoneKind;
  /** The GraphQL type of the row: Collectivity, Contact, GroupMember… */
  type: Scalars['String']['output'];
};

/** Which tombstones: every criterion given must match */
export type TombstoneFilter = {
  /** Only the tombstones of these types (e.g. ["Collectivity", "Contact"]) */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Why a row left the lists */
export type TombstoneKind =
  /** The row was deleted */
  | 'DELETED'
  /** A person's personal data was erased on request: drop every copy of it */
  | 'ERASED';

/** A page of tombstone rows: the same shape for every list query */
export type TombstonePage = {
  __typename?: 'TombstonePage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<Tombstone>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** What undoing an import did */
export type UndoImportResult = {
  __typename?: 'UndoImportResult';
  /** Contacts the import had created, deleted with it */
  contactsDeleted: Scalars['Int']['output'];
  /** Contacts the import had created, kept: something else refers to them now, or they were edited */
  contactsKept: Scalars['Int']['output'];
  /** The import undone */
  importId: Scalars['ID']['output'];
  /** Registrations the import had created, deleted */
  participationsDeleted: Scalars['Int']['output'];
  /** Registrations whose status the import had changed, back to what it was */
  statusesRestored: Scalars['Int']['output'];
};

/** Changes to a collectivity: an absent field is left as it is, null clears an optional one. On a row of the official referential, the fields it owns cannot change */
export type UpdateCollectivityInput = {
  /** Postal address; at most 1000 characters, null clears it */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New country, ISO 3166-1 alpha-2; cannot be null */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** With a change of membership status: the council's deliberation date */
  deliberationDate?: InputMaybe<Scalars['Date']['input']>;
  /** With a change of membership status: the deliberation's reference */
  deliberationReference?: InputMaybe<Scalars['String']['input']>;
  /** INSEE code of its département (e.g. 21, 2A, 974); null clears it */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** INSEE code (e.g. 21231, 2A004, 21, 974); null clears it. Unique per kind */
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  /** New kind; cannot be null */
  kind?: InputMaybe<CollectivityKind>;
  /** Since when it is a member (YYYY-MM-DD); null clears it */
  memberSince?: InputMaybe<Scalars['Date']['input']>;
  /** When its membership ended (YYYY-MM-DD); null clears it */
  memberUntil?: InputMaybe<Scalars['Date']['input']>;
  /** New membership status, recorded in membershipHistory (with the deliberation's date and reference if given) */
  membershipStatus?: InputMaybe<MembershipStatus>;
  /** New name; cannot be null */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Staff's internal notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone number as written: digits, spaces, dots, dashes, brackets, a leading +; null clears it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Population, 0 to 100,000,000; null clears it */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** French postal codes, 5 digits each, at most 100; null clears them */
  postalCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** INSEE code of its région (e.g. 27); null clears it */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** SIREN, 9 digits; null clears it. Unique */
  siren?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a contact: an absent field is left as it is, null clears an optional one */
export type UpdateContactInput = {
  /** Civility; null clears it */
  civility?: InputMaybe<Civility>;
  /** How consent was given or withdrawn */
  consentSource?: InputMaybe<Scalars['String']['input']>;
  /** Consent to communications; its change is dated (consentAt) */
  consentStatus?: InputMaybe<ConsentStatus>;
  /** Email address; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New first name; cannot be null */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** New last name; cannot be null */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Staff's internal notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone number as written: digits, spaces, dots, dashes, brackets, a leading +; null clears it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a cooperation: an absent field is left as it is, null clears an optional one */
export type UpdateCooperationInput = {
  /** When it ended (YYYY-MM-DD); null reopens it */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New kind of agreement */
  kind?: InputMaybe<CooperationKind>;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Since when it runs (YYYY-MM-DD); null clears it */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** New themes, replacing the old ones */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to an edition: an absent field is left as it is, null clears an optional one */
export type UpdateEventInput = {
  /** City; at most 200 characters, null clears it */
  city?: InputMaybe<Scalars['String']['input']>;
  /** New edition number, unique per series */
  editionNumber?: InputMaybe<Scalars['Int']['input']>;
  /** New last day (YYYY-MM-DD) */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hashtag, e.g. #RencontresAICT2021; null clears it */
  hashtag?: InputMaybe<Scalars['String']['input']>;
  /** New first day (YYYY-MM-DD) */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The guiding theme (fil rouge); at most 2000 characters, null clears it */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Venue, e.g. "Cité des Sciences et de l'Industrie"; at most 300 characters, null clears it */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
  /** New year, 1900 to 2200; absent leaves it as it is */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a series: an absent field is left as it is, null clears an optional one */
export type UpdateEventSeriesInput = {
  /** Short name; at most 40 characters, null clears it */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** What the series is; at most 20000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name; cannot be null */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a session: an absent field is left as it is, null clears an optional one */
export type UpdateEventSessionInput = {
  /** What the session is about; at most 20000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Length in minutes (20 for a micro-workshop); null when unknown */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** New kind */
  kind?: InputMaybe<EventSessionKind>;
  /** Room; at most 200 characters, null clears it */
  room?: InputMaybe<Scalars['String']['input']>;
  /** The speakers (Contact ids), replacing the previous ones; at most 100 */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the session starts (an instant); null when not scheduled yet */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a group: an absent field is left as it is */
export type UpdateGroupInput = {
  /** When false, presidency terms may not overlap (false by default on create; absent leaves it as it is on update) */
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Country groups only */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the group does; at most 5000 characters, null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Thematic groups only */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to an award: an absent field is left as it is, null clears an optional one */
export type UpdateLabelAwardInput = {
  /** Why it was awarded; at most 20000 characters, null clears it */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The edition where it was awarded; null clears it */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  /** New year, 1900 to 2200; absent leaves it as it is */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to the letterhead: the fields given are changed, the others kept */
export type UpdateLetterheadInput = {
  /** The address, several lines, at most 500 characters */
  address?: InputMaybe<Scalars['String']['input']>;
  /** A PNG or JPEG image as a base64 data URL, at most 512 KiB (IMAGE_TOO_LARGE, IMAGE_TYPE_NOT_ALLOWED, IMAGE_CONTENT_MISMATCH, IMAGE_NOT_DATA_URL otherwise); null removes it */
  logo?: InputMaybe<Scalars['String']['input']>;
  /** The association's name, at most 200 characters */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** Free text; at most 200 characters, null clears it */
  signatory?: InputMaybe<Scalars['String']['input']>;
  /** A PNG or JPEG image as a base64 data URL, at most 512 KiB (IMAGE_TOO_LARGE, IMAGE_TYPE_NOT_ALLOWED, IMAGE_CONTENT_MISMATCH, IMAGE_NOT_DATA_URL otherwise); null removes it */
  signature?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a draft mailing: the fields given are changed, the others kept */
export type UpdateMailingInput = {
  /** Who receives it: contacts matching every criterion given, with consent and an email address */
  audience?: InputMaybe<MailingAudienceInput>;
  /** Plain text with merge fields, at most 1 MiB (MAILING_BODY_TOO_LARGE) */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Attach to each message the dues letter of the recipient's collectivity (needs duesYear); only people whose collectivity has such dues that year receive it */
  duesLetter?: InputMaybe<DuesLetterKind>;
  /** The year of the dues letter attached (REQUIRED with duesLetter) */
  duesYear?: InputMaybe<Scalars['Int']['input']>;
  /** The edition the {{edition.…}} merge fields describe (default: audience.eventId) */
  editionId?: InputMaybe<Scalars['ID']['input']>;
  /** The subject line, at most 300 characters; may hold merge fields */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a registration: an absent field is left as it is, null clears an optional one */
export type UpdateParticipationInput = {
  /** The collectivity represented (Collectivity id); null clears it. At most one of collectivityId, partnerId, organisationName */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** The country represented, ISO 3166-1 alpha-2; null clears it */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** The partner represented (Partner id); null clears it */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** New role */
  role?: InputMaybe<ParticipationRole>;
  /** New status; ATTENDED also records the check-in time */
  status?: InputMaybe<ParticipationStatus>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a partner: an absent field is left as it is, null clears an optional one */
export type UpdatePartnerInput = {
  /** Short name, e.g. AFD; at most 40 characters, null clears it */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2; null clears it */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** New kind */
  kind?: InputMaybe<PartnerKind>;
  /** New name; cannot be null */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  /** Website, a URL starting with http:// or https://; null clears it */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a partnership: an absent field is left as it is, null clears an optional one */
export type UpdatePartnershipInput = {
  /** The agreement's reference (convention de partenariat); at most 100 characters, null clears it */
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** In euro cents */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  /** The event edition it supports (Event id); null clears it */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** New kind */
  kind?: InputMaybe<PartnershipKind>;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  /** New year, 1975 to 2100; absent leaves it as it is */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a position: an absent field is left as it is; to end it, set endedOn */
export type UpdatePositionInput = {
  /** Ends the mandate or job (null reopens it) */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New kind */
  kind?: InputMaybe<PositionKind>;
  /** New start date (YYYY-MM-DD) */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a user: an absent field is left as it is. A change of role, email, linked contact or deactivation takes effect at the user's next request */
export type UpdateUserInput = {
  /** false deactivates the user (their sessions end at once), true reactivates them */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New email address; unique */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The contact a GROUP_PRESIDENT is; null unlinks */
  linkedContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Sets a new password (ADMIN resetting it) */
  password?: InputMaybe<Scalars['String']['input']>;
  /** New role */
  role?: InputMaybe<Role>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** Changes to a webhook endpoint: only the fields given change */
export type UpdateWebhookEndpointInput = {
  /** What it is for (at most 500 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** false stops the deliveries; true turns a disabled endpoint back on */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Among collectivity.created, collectivity.updated, collectivity.deleted, membership.changed, contact.created, contact.updated, contact.deleted, contact.erased, participation.created, participation.updated, participation.deleted, dues.paid */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Among collectivities:read, contacts:read, contacts:all, events:read */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** http(s), at most 2,000 characters, a public address */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

/** A person who signs in to the console, with a role */
export type User = {
  __typename?: 'User';
  /** false when deactivated: they can no longer sign in */
  active: Scalars['Boolean']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** Name shown in the console and in the journal */
  displayName: Scalars['String']['output'];
  /** Email address, used to sign in */
  email: Scalars['String']['output'];
  /** Unique identifier (a UUID), stable for the life of the record */
  id: Scalars['ID']['output'];
  /** When they last signed in; null if never */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** For a GROUP_PRESIDENT, the contact they are (Contact id); null otherwise */
  linkedContactId: Maybe<Scalars['ID']['output']>;
  /** What the user may do */
  role: Role;
  /** When the record was last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since */
  version: Scalars['Int']['output'];
};

/** Which users: every criterion given must match */
export type UserFilter = {
  /** Only active (true) or deactivated (false) users */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users with one of these roles */
  roles?: InputMaybe<Array<Role>>;
  /** Part of the name or email */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of user rows: the same shape for every list query */
export type UserPage = {
  __typename?: 'UserPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<User>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** Dues the association waives, with the reason */
export type WaiveFeeInput = {
  /** The dues waived (MembershipFee id) */
  id: Scalars['ID']['input'];
  /** Why they are waived (e.g. a council's decision, a natural disaster) */
  reason: Scalars['String']['input'];
};

/** Someone arriving at the desk without a registration: registered and checked in at once */
export type WalkInInput = {
  /** Civility of a new contact */
  civility?: InputMaybe<Civility>;
  /** The collectivity represented (Collectivity id); null clears it. At most one of collectivityId, partnerId, organisationName */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** A known person; else the names below make a new contact */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The country represented, ISO 3166-1 alpha-2; null clears it */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address; null clears it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The edition */
  eventId: Scalars['ID']['input'];
  /** First name of a new contact (with lastName, when contactId is absent) */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name of a new contact (with firstName, when contactId is absent) */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Staff's notes; at most 20000 characters, null clears it */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** The partner represented (Partner id); null clears it */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** In what capacity (ATTENDEE by default) */
  role?: ParticipationRole;
};

/** One event sent to one endpoint: its id is the webhook-id header */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far */
  attempts: Scalars['Int']['output'];
  /** When it succeeded or was given up */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the change happened */
  createdAt: Scalars['DateTime']['output'];
  /** The endpoint it is sent to */
  endpointId: Scalars['ID']['output'];
  /** The id of the record the event is about */
  entityId: Scalars['ID']['output'];
  /** The type of the record the event is about */
  entityType: Scalars['String']['output'];
  /** The event, e.g. collectivity.updated */
  eventType: Scalars['String']['output'];
  /** Also the webhook-id header of every attempt */
  id: Scalars['ID']['output'];
  /** When it was last tried */
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed: TIMEOUT, REDIRECT, HTTP_<status>, PRIVATE_ADDRESS, CONNECTION, ENDPOINT_DISABLED */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt's answer */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When it is tried next (while PENDING) */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** PENDING (waiting for an attempt), SUCCEEDED or FAILED */
  status: Scalars['String']['output'];
};

/** A page of webhook delivery rows: the same shape for every list query */
export type WebhookDeliveryPage = {
  __typename?: 'WebhookDeliveryPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<WebhookDelivery>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};

/** Where changes are pushed, signed (Standard Webhooks). ADMIN only. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was registered */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for, for the administrators */
  description: Maybe<Scalars['String']['output']>;
  /** Why it was disabled: GONE (it answered 410) or MANUAL */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** A disabled endpoint is sent nothing */
  enabled: Scalars['Boolean']['output'];
  /** The events sent, among collectivity.created, collectivity.updated, collectivity.deleted, membership.changed, contact.created, contact.updated, contact.deleted, contact.erased, participation.created, participation.updated, participation.deleted, dues.paid */
  eventTypes: Array<Scalars['String']['output']>;
  /** The endpoint's id */
  id: Scalars['ID']['output'];
  /** What a payload may show, as an API token with these scopes could read it (among collectivities:read, contacts:read, contacts:all, events:read) */
  scopes: Array<Scalars['String']['output']>;
  /** Where deliveries are POSTed */
  url: Scalars['String']['output'];
  /** Send it back with updateWebhookEndpoint: a stale save is refused (CONFLICT) */
  version: Scalars['Int']['output'];
};

/** A page of webhook endpoint rows: the same shape for every list query */
export type WebhookEndpointPage = {
  __typename?: 'WebhookEndpointPage';
  /** On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page (read with the next offset) */
  hasNextPage: Scalars['Boolean']['output'];
  /** The rows of this page, in the order asked for */
  nodes: Array<WebhookEndpoint>;
  /** How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything */
  totalCount: Scalars['Int']['output'];
};
