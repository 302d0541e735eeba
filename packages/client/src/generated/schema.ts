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

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  createdById: Maybe<Scalars['ID']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Among collectivities:read, contacts:read, contacts:all, events:read */
  scopes: Array<Scalars['String']['output']>;
};

export type ApiTokenPage = {
  __typename?: 'ApiTokenPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<ApiToken>;
  totalCount: Scalars['Int']['output'];
};

export type AssignOfficerInput = {
  contactId: Scalars['ID']['input'];
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  groupId: Scalars['ID']['input'];
  role: OfficerRole;
  startedOn: Scalars['Date']['input'];
};

export type AuditChange = {
  __typename?: 'AuditChange';
  /** The value after, as JSON */
  after: Maybe<Scalars['String']['output']>;
  /** The value before, as JSON */
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** CREATE, UPDATE or DELETE */
  action: Scalars['String']['output'];
  actorId: Maybe<Scalars['ID']['output']>;
  actorLabel: Scalars['String']['output'];
  /** USER, API_TOKEN or SYSTEM */
  actorType: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<AuditChange>;
  entityId: Scalars['ID']['output'];
  /** Collectivity, User, ApiToken… */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<AuditEntry>;
  totalCount: Scalars['Int']['output'];
};

export type AuditFilterInput = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
};

export type AwardLabelInput = {
  citation?: InputMaybe<Scalars['String']['input']>;
  collectivityId: Scalars['ID']['input'];
  eventId?: InputMaybe<Scalars['ID']['input']>;
  labelId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type BulkParticipationsResult = {
  __typename?: 'BulkParticipationsResult';
  /** Registrations whose status changed (the others had it already) */
  changed: Scalars['Int']['output'];
  /** Every registration named, as it is now */
  participations: Array<Participation>;
};

export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** Someone had already checked this person in: nothing changed */
  alreadyCheckedIn: Scalars['Boolean']['output'];
  participation: Participation;
};

export type Civility =
  | 'MR'
  | 'MS';

/** A local government: French (commune, département, région, intercommunality…) or foreign */
export type Collectivity = {
  __typename?: 'Collectivity';
  address: Maybe<Scalars['String']['output']>;
  /** People holding a current position there */
  contactCount: Scalars['Int']['output'];
  /** A French collectivity's cooperations with foreign local governments */
  cooperations: Array<Cooperation>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The département this collectivity belongs to */
  department: Maybe<Collectivity>;
  departmentCode: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  /** Dues, newest year first */
  fees: Array<MembershipFee>;
  /** True when the row comes from the official referential (names and populations are refreshed by each import) */
  fromReferential: Scalars['Boolean']['output'];
  /** Groups the collectivity is a current member of */
  groups: Array<Group>;
  id: Scalars['ID']['output'];
  inseeCode: Maybe<Scalars['String']['output']>;
  kind: CollectivityKind;
  /** Labels it received, newest first */
  labelAwards: Array<LabelAward>;
  memberSince: Maybe<Scalars['Date']['output']>;
  memberUntil: Maybe<Scalars['Date']['output']>;
  /** Changes of membership status, newest first */
  membershipHistory: Array<MembershipChange>;
  membershipStatus: MembershipStatus;
  name: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Its participation in events, newest edition first */
  participations: Array<Participation>;
  phone: Maybe<Scalars['String']['output']>;
  population: Maybe<Scalars['Int']['output']>;
  postalCodes: Array<Scalars['String']['output']>;
  /** The région this collectivity belongs to */
  region: Maybe<Collectivity>;
  regionCode: Maybe<Scalars['String']['output']>;
  siren: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented by every change; send it back with an update to refuse a stale save */
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};

export type CollectivityFilter = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<CollectivityKind>>;
  membershipStatuses?: InputMaybe<Array<MembershipStatus>>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Accent-, case- and typo-tolerant search on name, INSEE code, SIREN and postal code */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type CollectivityKind =
  | 'AGGLOMERATION_COMMUNITY'
  | 'COMMUNE'
  | 'COMMUNITY_OF_COMMUNES'
  | 'DEPARTMENT'
  | 'FOREIGN_LOCAL_GOVERNMENT'
  | 'METROPOLIS'
  | 'OVERSEAS_COLLECTIVITY'
  | 'REGION'
  | 'SPECIAL_STATUS'
  | 'TERRITORIAL_PUBLIC_ESTABLISHMENT'
  | 'URBAN_COMMUNITY';

export type CollectivityPage = {
  __typename?: 'CollectivityPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Collectivity>;
  totalCount: Scalars['Int']['output'];
};

export type CollectivitySort = {
  direction?: SortDirection;
  field: CollectivitySortField;
};

export type CollectivitySortField =
  | 'DEPARTMENT_CODE'
  | 'INSEE_CODE'
  | 'KIND'
  | 'MEMBERSHIP_STATUS'
  | 'NAME'
  | 'POPULATION'
  /** Best match first when searching, then by name */
  | 'RELEVANCE'
  | 'UPDATED_AT';

export type ColumnMappingInput = {
  column: Scalars['Int']['input'];
  /** null: the column is ignored */
  field?: InputMaybe<ImportField>;
};

export type ConsentStatus =
  | 'GIVEN'
  | 'UNKNOWN'
  | 'WITHDRAWN';

export type Contact = {
  __typename?: 'Contact';
  civility: Maybe<Civility>;
  /** When consent was given or withdrawn */
  consentAt: Maybe<Scalars['DateTime']['output']>;
  /** How consent was given or withdrawn (form, email, event registration…) */
  consentSource: Maybe<Scalars['String']['output']>;
  /** Consent to communications */
  consentStatus: ConsentStatus;
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['String']['output']>;
  erasedAt: Maybe<Scalars['DateTime']['output']>;
  firstName: Scalars['String']['output'];
  /** Current groups of the collectivities where the contact holds a current position */
  groups: Array<Group>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Offices held in groups, past and present */
  offices: Array<GroupOffice>;
  /** The editions this person took part in, newest first */
  participations: Array<Participation>;
  phone: Maybe<Scalars['String']['output']>;
  positions: Array<Position>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ContactOfficesArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};


export type ContactPositionsArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

export type ContactFilter = {
  /** Contacts with a current position in this collectivity */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  consentStatuses?: InputMaybe<Array<ConsentStatus>>;
  /** Contacts with a current position in a current member of this group */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Contacts holding a current position of this kind */
  positionKind?: InputMaybe<PositionKind>;
  /** Accent- and typo-tolerant, on name and email */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ContactPage = {
  __typename?: 'ContactPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Contact>;
  totalCount: Scalars['Int']['output'];
};

export type ContactSort = {
  direction?: SortDirection;
  field: ContactSortField;
};

export type ContactSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type Cooperation = {
  __typename?: 'Cooperation';
  /** ISO 3166-1 alpha-2 of the foreign local government */
  countryCode: Scalars['String']['output'];
  endedOn: Maybe<Scalars['Date']['output']>;
  foreignCollectivity: Collectivity;
  foreignCollectivityId: Scalars['ID']['output'];
  frenchCollectivity: Collectivity;
  frenchCollectivityId: Scalars['ID']['output'];
  fundingPartnerId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: CooperationKind;
  notes: Maybe<Scalars['String']['output']>;
  since: Maybe<Scalars['Date']['output']>;
  themes: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type CooperationKind =
  | 'DECENTRALISED_COOPERATION'
  | 'FRIENDSHIP_PACT'
  | 'MEMORANDUM_OF_UNDERSTANDING'
  | 'OTHER'
  | 'TWINNING';

export type CountryCount = {
  __typename?: 'CountryCount';
  count: Scalars['Int']['output'];
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
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  members: GroupMemberPage;
  name: Scalars['String']['output'];
  officers: Array<GroupOffice>;
  updatedAt: Scalars['DateTime']['output'];
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

export type CreateApiTokenInput = {
  expiresAt: Scalars['DateTime']['input'];
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type CreateCollectivityInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  countryCode?: Scalars['String']['input'];
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  kind: CollectivityKind;
  memberSince?: InputMaybe<Scalars['Date']['input']>;
  memberUntil?: InputMaybe<Scalars['Date']['input']>;
  membershipStatus?: MembershipStatus;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<Scalars['Int']['input']>;
  postalCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  siren?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactInput = {
  civility?: InputMaybe<Civility>;
  /** Create even though a possible duplicate exists */
  confirmNotDuplicate?: Scalars['Boolean']['input'];
  /** How consent was given or withdrawn */
  consentSource?: InputMaybe<Scalars['String']['input']>;
  consentStatus?: InputMaybe<ConsentStatus>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A first position, created with the contact */
  position?: InputMaybe<PositionFields>;
};

export type CreateCooperationInput = {
  /** The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT) */
  foreignCollectivityId: Scalars['ID']['input'];
  /** The French collectivity */
  frenchCollectivityId: Scalars['ID']['input'];
  kind: CooperationKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateCountryGroupInput = {
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  countries: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateEventInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  editionNumber: Scalars['Int']['input'];
  endsOn: Scalars['Date']['input'];
  hashtag?: InputMaybe<Scalars['String']['input']>;
  seriesId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
  theme?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  venue?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type CreateEventSessionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  eventId: Scalars['ID']['input'];
  kind: EventSessionKind;
  room?: InputMaybe<Scalars['String']['input']>;
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
};

export type CreateParticipationInput = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Now when absent */
  registeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  role?: ParticipationRole;
  status?: ParticipationStatus;
};

export type CreatePartnerInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  kind: PartnerKind;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnershipInput = {
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** In euro cents */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind: PartnershipKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type CreatePositionInput = {
  /** The collectivity (or give partnerId) */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  contactId: Scalars['ID']['input'];
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: PositionKind;
  /** The partner (or give collectivityId) */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  startedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type CreateThematicGroupInput = {
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  theme: Scalars['String']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  linkedContactId?: InputMaybe<Scalars['ID']['input']>;
  /** At least 12 characters */
  password: Scalars['String']['input'];
  role: Role;
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send it as "Authorization: Bearer <secret>". It is shown this once and never again. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

export type DeleteParticipationsResult = {
  __typename?: 'DeleteParticipationsResult';
  deleted: Scalars['Int']['output'];
  ids: Array<Scalars['ID']['output']>;
};

export type DuesGeneration = {
  __typename?: 'DuesGeneration';
  /** Dues created by this run (0 when the year was generated already) */
  created: Scalars['Int']['output'];
  /** Members who already had dues for the year */
  existing: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type DuesTotals = {
  __typename?: 'DuesTotals';
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
  year: Scalars['Int']['output'];
};

export type Event = {
  __typename?: 'Event';
  /** Labels awarded at this edition */
  awards: Array<LabelAward>;
  city: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 12 for the 12th edition */
  editionNumber: Scalars['Int']['output'];
  endsOn: Scalars['Date']['output'];
  /** #RencontresAICT2021 */
  hashtag: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Partnerships supporting this edition */
  partnerships: Array<Partnership>;
  series: EventSeries;
  seriesId: Scalars['ID']['output'];
  /** The programme, by start time */
  sessions: Array<EventSession>;
  startsOn: Scalars['Date']['output'];
  statistics: EventStatistics;
  /** The guiding theme (fil rouge) */
  theme: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Cité des Sciences et de l'Industrie */
  venue: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type EventFilter = {
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  search?: InputMaybe<Scalars['String']['input']>;
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  /** Editions ending today or later */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type EventPage = {
  __typename?: 'EventPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Event>;
  totalCount: Scalars['Int']['output'];
};

export type EventSeries = {
  __typename?: 'EventSeries';
  /** RAICT… */
  acronym: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type EventSeriesInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type EventSession = {
  __typename?: 'EventSession';
  description: Maybe<Scalars['String']['output']>;
  durationMinutes: Maybe<Scalars['Int']['output']>;
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: EventSessionKind;
  room: Maybe<Scalars['String']['output']>;
  speakers: Array<Contact>;
  startsAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type EventSessionKind =
  | 'CEREMONY'
  | 'MICRO_WORKSHOP'
  | 'OTHER'
  | 'PLENARY'
  | 'QUIZ'
  | 'WORKSHOP';

export type EventStatistics = {
  __typename?: 'EventStatistics';
  attended: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  /** Distinct countries represented, France included */
  countries: Scalars['Int']['output'];
  editionNumber: Scalars['Int']['output'];
  /** Distinct organisations taking part as an embassy */
  embassies: Scalars['Int']['output'];
  eventId: Scalars['ID']['output'];
  /** Distinct countries represented other than France */
  foreignCountries: Scalars['Int']['output'];
  /** Distinct organisations taking part as a foreign delegation */
  foreignDelegations: Scalars['Int']['output'];
  /** Distinct French collectivities taking part */
  frenchCollectivities: Scalars['Int']['output'];
  noShow: Scalars['Int']['output'];
  /** Most represented first */
  participantsByCountry: Array<CountryCount>;
  participantsByRole: Array<RoleCount>;
  /** Distinct partners taking part or supporting the edition through a partnership */
  partners: Scalars['Int']['output'];
  /** Registrations not cancelled (registered, attended, no-show) */
  registered: Scalars['Int']['output'];
  sessionsByKind: Array<SessionKindCount>;
  /** Distinct people speaking in a session or registered as speakers */
  speakers: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type FeeBracket = {
  __typename?: 'FeeBracket';
  /** In euro cents */
  amountCents: Scalars['Int']['output'];
  /** Inclusive; null: no upper bound */
  maxPopulation: Maybe<Scalars['Int']['output']>;
  minPopulation: Scalars['Int']['output'];
};

export type FeeBracketInput = {
  /** In euro cents */
  amountCents: Scalars['Int']['input'];
  /** Inclusive; null for the last bracket */
  maxPopulation?: InputMaybe<Scalars['Int']['input']>;
  minPopulation: Scalars['Int']['input'];
};

export type FeeScale = {
  __typename?: 'FeeScale';
  brackets: Array<FeeBracket>;
  /** Dues unpaid after this date are late */
  dueOn: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type FeeStatus =
  | 'INVOICED'
  | 'LATE'
  | 'PAID'
  | 'WAIVED';

export type Group = {
  /** When false, presidency terms may not overlap */
  allowsCoPresidency: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  members: GroupMemberPage;
  name: Scalars['String']['output'];
  officers: Array<GroupOffice>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type GroupMembersArgs = {
  filter: InputMaybe<GroupMemberFilter>;
  page: InputMaybe<PageInput>;
};


export type GroupOfficersArgs = {
  current: InputMaybe<Scalars['Boolean']['input']>;
};

export type GroupFilter = {
  /** Country groups covering this country */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<GroupKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type GroupKind =
  | 'COUNTRY'
  | 'THEMATIC';

export type GroupMember = {
  __typename?: 'GroupMember';
  collectivity: Collectivity;
  collectivityId: Scalars['ID']['output'];
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  joinedOn: Scalars['Date']['output'];
  leftOn: Maybe<Scalars['Date']['output']>;
};

export type GroupMemberFilter = {
  /** Only current members (false: former members too) */
  currentOnly?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type GroupMemberPage = {
  __typename?: 'GroupMemberPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<GroupMember>;
  totalCount: Scalars['Int']['output'];
};

export type GroupOffice = {
  __typename?: 'GroupOffice';
  contact: Contact;
  contactId: Scalars['ID']['output'];
  /** Held today */
  current: Scalars['Boolean']['output'];
  endedOn: Maybe<Scalars['Date']['output']>;
  /** Null for a group president when the group is not theirs */
  group: Maybe<Group>;
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  role: OfficerRole;
  startedOn: Scalars['Date']['output'];
};

export type GroupPage = {
  __typename?: 'GroupPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Group>;
  totalCount: Scalars['Int']['output'];
};

export type ImportAnswer =
  /** The organisation kept as typed, linked to no record */
  | 'KEEP_NAME'
  /** The contact named, or each line's only namesake (lines with several stay to settle) */
  | 'KNOWN_CONTACT'
  /** A new contact for each line */
  | 'NEW_CONTACT'
  /** The lines are left out */
  | 'SKIP';

export type ImportCandidate = {
  __typename?: 'ImportCandidate';
  /** "Commune · Seine-Saint-Denis (93) · 113 000 hab.", an email… */
  detail: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** CONTACT | COLLECTIVITY | PARTNER */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ImportColumn = {
  __typename?: 'ImportColumn';
  field: Maybe<ImportField>;
  header: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  sample: Maybe<Scalars['String']['output']>;
};

export type ImportCounts = {
  __typename?: 'ImportCounts';
  alreadyRegistered: Scalars['Int']['output'];
  /** Lines waiting for a choice (not skipped) */
  ambiguous: Scalars['Int']['output'];
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

export type ImportField =
  | 'CIVILITY'
  | 'COUNTRY'
  | 'EMAIL'
  | 'FIRST_NAME'
  | 'JOB_TITLE'
  | 'LAST_NAME'
  | 'ORGANISATION'
  | 'ORGANISATION_CODE'
  | 'ORGANISATION_TYPE'
  | 'PHONE'
  | 'REGISTERED_AT'
  | 'ROLE'
  | 'STATUS';

export type ImportGroupAnswerInput = {
  answer: ImportAnswer;
  /** KNOWN_CONTACT: this contact for every line it is proposed for */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  question: ImportQuestion;
};

export type ImportMatch =
  | 'CHOSEN'
  | 'CODE'
  | 'EMAIL'
  | 'NAME'
  | 'NEW'
  | 'NONE';

export type ImportPreview = {
  __typename?: 'ImportPreview';
  columns: Array<ImportColumn>;
  counts: ImportCounts;
  /** ",", ";" or a tab */
  delimiter: Scalars['String']['output'];
  /** "UTF-8", "UTF-8 (BOM)" or "windows-1252" */
  encoding: Scalars['String']['output'];
  /** The ambiguous lines by question, before any group answer */
  questions: Array<ImportQuestionGroup>;
  rows: Array<ImportRow>;
  /** The values of the status column (empty without one) */
  statuses: Array<ImportStatusValue>;
};

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
  count: Scalars['Int']['output'];
  lines: Array<Scalars['Int']['output']>;
  question: ImportQuestion;
  /** Lines with one candidate contact: the ones KNOWN_CONTACT settles without naming a contact */
  singleCandidate: Scalars['Int']['output'];
};

export type ImportResolutionInput = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  line: Scalars['Int']['input'];
  newContact?: InputMaybe<Scalars['Boolean']['input']>;
  noOrganisation?: InputMaybe<Scalars['Boolean']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  skip?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  contactsCreated: Scalars['Int']['output'];
  /** The record of this import (participationImports), to undo it */
  importId: Maybe<Scalars['ID']['output']>;
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

export type ImportRow = {
  __typename?: 'ImportRow';
  civility: Maybe<Scalars['String']['output']>;
  collectivityId: Maybe<Scalars['ID']['output']>;
  contactCandidates: Array<ImportCandidate>;
  contactId: Maybe<Scalars['ID']['output']>;
  contactMatch: ImportMatch;
  countryCode: Maybe<Scalars['String']['output']>;
  /** ALREADY_REGISTERED: the status stored now */
  currentStatus: Maybe<ParticipationStatus>;
  duplicateOfLine: Maybe<Scalars['Int']['output']>;
  email: Maybe<Scalars['String']['output']>;
  errors: Array<ImportRowError>;
  existingParticipationId: Maybe<Scalars['ID']['output']>;
  firstName: Maybe<Scalars['String']['output']>;
  /** The job title: a new contact's position in the organisation once imported */
  jobTitle: Maybe<Scalars['String']['output']>;
  lastName: Maybe<Scalars['String']['output']>;
  /** Line number in the file (header = 1) */
  line: Scalars['Int']['output'];
  /** What did not block the line: a code that matched nothing, the name deciding instead */
  notices: Array<ImportRowError>;
  organisation: Maybe<Scalars['String']['output']>;
  organisationCandidates: Array<ImportCandidate>;
  organisationMatch: ImportMatch;
  outcome: ImportRowOutcome;
  partnerId: Maybe<Scalars['ID']['output']>;
  /** AMBIGUOUS: what the line asks (see ImportPreview.questions) */
  questions: Array<ImportQuestion>;
  role: Maybe<ParticipationRole>;
  /** The status the line gives (REGISTERED when a new line says none; null when an existing registration keeps its own) */
  status: Maybe<ParticipationStatus>;
  /** ALREADY_REGISTERED: the file's status will replace the stored one */
  statusChange: Scalars['Boolean']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Stable code: TOO_LONG, INVALID_EMAIL, UNKNOWN_COUNTRY, UNKNOWN_ROLE, UNKNOWN_STATUS, INVALID_CODE, UNKNOWN_CODE, NOBODY, NAMES_REQUIRED */
  code: Scalars['String']['output'];
  /** The ImportField at fault (EMAIL, COUNTRY, ROLE…) */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The cell as the file has it */
  value: Maybe<Scalars['String']['output']>;
};

export type ImportRowOutcome =
  | 'ALREADY_REGISTERED'
  | 'AMBIGUOUS'
  /** Same person as an earlier line of the file (skipped) */
  | 'DUPLICATE'
  | 'ERROR'
  | 'NEW';

/** A value of the status column, as read */
export type ImportStatusValue = {
  __typename?: 'ImportStatusValue';
  count: Scalars['Int']['output'];
  /** Mapped by the input rather than recognised */
  mapped: Scalars['Boolean']['output'];
  /** null: no status we know, to map in statusValues */
  status: Maybe<ParticipationStatus>;
  /** As first written in the file */
  value: Scalars['String']['output'];
};

export type ImportStatusValueInput = {
  status: ParticipationStatus;
  /** A value of the status column, as written (case, accents and punctuation aside) */
  value: Scalars['String']['input'];
};

export type Label = {
  __typename?: 'Label';
  awards: Array<LabelAward>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type LabelAward = {
  __typename?: 'LabelAward';
  citation: Maybe<Scalars['String']['output']>;
  collectivity: Collectivity;
  collectivityId: Scalars['ID']['output'];
  event: Maybe<Event>;
  eventId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  label: Label;
  labelId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type LabelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** The association's letterhead, printed on dues letters and receipts */
export type Letterhead = {
  __typename?: 'Letterhead';
  /** Several lines */
  address: Scalars['String']['output'];
  logo: Maybe<LetterheadImage>;
  organisationName: Scalars['String']['output'];
  /** Who signs the letters, e.g. "La présidente, Nathalie Koenders" */
  signatory: Maybe<Scalars['String']['output']>;
  signature: Maybe<LetterheadImage>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type LetterheadImage = {
  __typename?: 'LetterheadImage';
  byteSize: Scalars['Int']['output'];
  /** image/png or image/jpeg */
  contentType: Scalars['String']['output'];
  /** The image as a data URL, to show it */
  dataUrl: Scalars['String']['output'];
};

export type MarkAbsenteesResult = {
  __typename?: 'MarkAbsenteesResult';
  eventId: Scalars['ID']['output'];
  /** Registrations that were still waiting and are now NO_SHOW */
  markedAbsent: Scalars['Int']['output'];
};

export type MarkFeesPaidInput = {
  ids: Array<Scalars['ID']['input']>;
  paidOn: Scalars['Date']['input'];
  /** Transfer or cheque reference */
  paymentReference?: InputMaybe<Scalars['String']['input']>;
};

export type MembershipChange = {
  __typename?: 'MembershipChange';
  collectivityId: Scalars['ID']['output'];
  /** Date of the council's deliberation */
  deliberationDate: Maybe<Scalars['Date']['output']>;
  /** Reference of the council's deliberation */
  deliberationReference: Maybe<Scalars['String']['output']>;
  effectiveOn: Scalars['Date']['output'];
  fromStatus: MembershipStatus;
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  toStatus: MembershipStatus;
};

export type MembershipFee = {
  __typename?: 'MembershipFee';
  /** In euro cents */
  amountCents: Scalars['Int']['output'];
  collectivity: Collectivity;
  collectivityId: Scalars['ID']['output'];
  /** How the amount was computed */
  computation: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  invoicedOn: Scalars['Date']['output'];
  paidOn: Maybe<Scalars['Date']['output']>;
  paymentReference: Maybe<Scalars['String']['output']>;
  /** LATE once the due date has passed unpaid */
  status: FeeStatus;
  version: Scalars['Int']['output'];
  waiverReason: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type MembershipFeeFilter = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** On the collectivity's name */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<FeeStatus>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type MembershipFeePage = {
  __typename?: 'MembershipFeePage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<MembershipFee>;
  totalCount: Scalars['Int']['output'];
};

export type MembershipStatus =
  | 'FORMER_MEMBER'
  | 'MEMBER'
  | 'NONE'
  | 'PROSPECT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds several collectivities at once, all or none */
  addGroupMembers: Array<GroupMember>;
  assignGroupOfficer: GroupOffice;
  /** DUPLICATE when the collectivity already received the label that year */
  awardLabel: LabelAward;
  changeMyPassword: Scalars['Boolean']['output'];
  /** Records the arrival; a second check-in changes nothing and says so */
  checkInParticipation: CheckInResult;
  /** Imports a registration list, all or nothing: BAD_USER_INPUT (extensions.rows: [{line, message}]) while a line has an error or an unresolved choice; importing the same file again changes nothing but the statuses it changes */
  commitParticipationImport: ImportResult;
  createApiToken: CreatedApiToken;
  createCollectivity: Collectivity;
  /** Refused with DUPLICATE and the candidates when the person may already exist, unless confirmNotDuplicate */
  createContact: Contact;
  createCooperation: Cooperation;
  createCountryGroup: CountryGroup;
  createEvent: Event;
  createEventSeries: EventSeries;
  createEventSession: EventSession;
  createLabel: Label;
  /** DUPLICATE (extensions.existingId) when the person is already registered */
  createParticipation: Participation;
  createPartner: Partner;
  createPartnership: Partnership;
  createPosition: Position;
  createThematicGroup: Group;
  createUser: User;
  deleteCollectivity: Collectivity;
  deleteCooperation: Cooperation;
  /** Refused when the edition has participants */
  deleteEvent: Event;
  deleteEventSession: EventSession;
  deleteGroup: Group;
  deleteLabelAward: LabelAward;
  deleteParticipation: Participation;
  /** Deletes many registrations, all or none: NOT_FOUND (extensions.ids) deletes nothing */
  deleteParticipations: DeleteParticipationsResult;
  deletePartner: Partner;
  deletePartnership: Partnership;
  /** For a position entered by mistake; to record that it ended, set endedOn instead */
  deletePosition: Position;
  endGroupOffice: GroupOffice;
  /** Anonymises the person for good, keeping the counts of their positions and offices (audited) */
  eraseContact: Contact;
  /** Everything held on the person, as JSON (audited) */
  exportContactData: Scalars['String']['output'];
  /** Invoices the year's dues to every current member; running it again creates nothing */
  generateDues: DuesGeneration;
  /** After the day: registrations never checked in become NO_SHOW */
  markAbsentees: MarkAbsenteesResult;
  /** Marks several dues paid at once (all or none) */
  markFeesPaid: Array<MembershipFee>;
  /** Moves everything of mergedId (positions, offices, history) to keptId, then removes mergedId */
  mergeContacts: Contact;
  /** Reads, maps and matches a registration list: changes nothing */
  previewParticipationImport: ImportPreview;
  /** Someone at the door who did not register: registered (a new contact if need be) and checked in at once; DUPLICATE (extensions.existingId) when already registered */
  registerWalkIn: Participation;
  /** Ends a membership (the record stays, with its dates) */
  removeGroupMember: GroupMember;
  revokeApiToken: ApiToken;
  /** Sets the year’s scale: brackets from 0 inhabitants, contiguous, the last one open-ended */
  setFeeScale: FeeScale;
  /** One status for many registrations (present, absent, cancelled…), all or none: NOT_FOUND (extensions.ids) changes nothing */
  setParticipationsStatus: BulkParticipationsResult;
  /** Opens a session: the answer sets an httpOnly cookie */
  signIn: User;
  signOut: Scalars['Boolean']['output'];
  undoCheckIn: Participation;
  /** Undoes an import as a whole; CONFLICT with extensions.reason ALREADY_UNDONE, or CHANGED_SINCE (extensions.participations) while one of its participations was changed since */
  undoParticipationImport: UndoImportResult;
  updateCollectivity: Collectivity;
  updateContact: Contact;
  updateCooperation: Cooperation;
  updateEvent: Event;
  updateEventSeries: EventSeries;
  updateEventSession: EventSession;
  updateGroup: Group;
  updateLabelAward: LabelAward;
  /** Changes the fields given; images are checked (type, content, size) */
  updateLetterhead: Letterhead;
  updateParticipation: Participation;
  updatePartner: Partner;
  updatePartnership: Partnership;
  /** Edit or end a position (set endedOn): the history stays */
  updatePosition: Position;
  /** Edit a user; set active: false to take their access away (users are never deleted: their history stays) */
  updateUser: User;
  waiveFee: MembershipFee;
};


export type MutationAddGroupMembersArgs = {
  collectivityIds: Array<Scalars['ID']['input']>;
  groupId: Scalars['ID']['input'];
  joinedOn: InputMaybe<Scalars['Date']['input']>;
};


export type MutationAssignGroupOfficerArgs = {
  input: AssignOfficerInput;
};


export type MutationAwardLabelArgs = {
  input: AwardLabelInput;
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCheckInParticipationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommitParticipationImportArgs = {
  input: ParticipationImportInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCollectivityArgs = {
  input: CreateCollectivityInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateCooperationArgs = {
  input: CreateCooperationInput;
};


export type MutationCreateCountryGroupArgs = {
  input: CreateCountryGroupInput;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateEventSeriesArgs = {
  input: EventSeriesInput;
};


export type MutationCreateEventSessionArgs = {
  input: CreateEventSessionInput;
};


export type MutationCreateLabelArgs = {
  input: LabelInput;
};


export type MutationCreateParticipationArgs = {
  input: CreateParticipationInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateThematicGroupArgs = {
  input: CreateThematicGroupInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteCollectivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCooperationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEventSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLabelAwardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteParticipationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteParticipationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeletePartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePositionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndGroupOfficeArgs = {
  endedOn: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationEraseContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExportContactDataArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateDuesArgs = {
  invoicedOn: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationMarkAbsenteesArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationMarkFeesPaidArgs = {
  input: MarkFeesPaidInput;
};


export type MutationMergeContactsArgs = {
  keptId: Scalars['ID']['input'];
  mergedId: Scalars['ID']['input'];
};


export type MutationPreviewParticipationImportArgs = {
  input: ParticipationImportInput;
};


export type MutationRegisterWalkInArgs = {
  input: WalkInInput;
};


export type MutationRemoveGroupMemberArgs = {
  collectivityId: Scalars['ID']['input'];
  groupId: Scalars['ID']['input'];
  leftOn: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetFeeScaleArgs = {
  input: SetFeeScaleInput;
};


export type MutationSetParticipationsStatusArgs = {
  ids: Array<Scalars['ID']['input']>;
  status: ParticipationStatus;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUndoCheckInArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUndoParticipationImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCollectivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCollectivityInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCooperationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCooperationInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


export type MutationUpdateEventSeriesArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventSeriesInput;
};


export type MutationUpdateEventSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventSessionInput;
};


export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
};


export type MutationUpdateLabelAwardArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLabelAwardInput;
};


export type MutationUpdateLetterheadArgs = {
  input: UpdateLetterheadInput;
};


export type MutationUpdateParticipationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateParticipationInput;
};


export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
};


export type MutationUpdatePartnershipArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnershipInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationWaiveFeeArgs = {
  input: WaiveFeeInput;
};

export type OfficerRole =
  | 'CO_PRESIDENT'
  | 'PRESIDENT'
  | 'SECRETARY'
  | 'VICE_PRESIDENT';

export type PageInput = {
  /** At most 1000 */
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type Participation = {
  __typename?: 'Participation';
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  collectivity: Maybe<Collectivity>;
  collectivityId: Maybe<Scalars['ID']['output']>;
  contact: Maybe<Contact>;
  contactId: Maybe<Scalars['ID']['output']>;
  /** The country represented, ISO 3166-1 alpha-2 */
  countryCode: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The person's name, else the organisation's */
  displayName: Scalars['String']['output'];
  event: Event;
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** The collectivity, the partner, or the organisation named */
  organisationDisplayName: Maybe<Scalars['String']['output']>;
  /** An organisation not held as a collectivity or partner: "Municipalité de Bamako" */
  organisationName: Maybe<Scalars['String']['output']>;
  partner: Maybe<Partner>;
  partnerId: Maybe<Scalars['ID']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  role: ParticipationRole;
  status: ParticipationStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ParticipationFilter = {
  checkedIn?: InputMaybe<Scalars['Boolean']['input']>;
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The participation of the current members of a country or thematic group */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
  /** Part of the person's or the organisation's name */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ParticipationStatus>>;
};

export type ParticipationImport = {
  __typename?: 'ParticipationImport';
  contactsCreated: Scalars['Int']['output'];
  eventId: Scalars['ID']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  importedAt: Scalars['DateTime']['output'];
  /** Who imported (the name of the account at the time) */
  importedBy: Scalars['String']['output'];
  participationsCreated: Scalars['Int']['output'];
  positionsCreated: Scalars['Int']['output'];
  /** Data lines of the file */
  rows: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  statusesUpdated: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  /** Set once the import was undone */
  undoneAt: Maybe<Scalars['DateTime']['output']>;
  undoneBy: Maybe<Scalars['String']['output']>;
};

export type ParticipationImportInput = {
  /** The raw bytes (UTF-8, UTF-8 with BOM or Windows-1252; , ; or tab); at most 5 MB */
  contentBase64: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
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

export type ParticipationPage = {
  __typename?: 'ParticipationPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Participation>;
  totalCount: Scalars['Int']['output'];
};

export type ParticipationRole =
  | 'ATTENDEE'
  | 'EMBASSY'
  | 'FOREIGN_DELEGATION'
  | 'ORGANISER'
  | 'PARTNER'
  | 'PRESS'
  | 'SPEAKER';

export type ParticipationSort = {
  direction?: SortDirection;
  field: ParticipationSortField;
};

export type ParticipationSortField =
  | 'CHECKED_IN_AT'
  | 'COUNTRY'
  | 'NAME'
  | 'REGISTERED_AT'
  | 'ROLE'
  | 'STATUS';

export type ParticipationStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'REGISTERED';

export type Partner = {
  __typename?: 'Partner';
  /** Short name: AFD, DAECT, CGLU… */
  acronym: Maybe<Scalars['String']['output']>;
  /** People holding a current position at the partner */
  contacts: Array<Contact>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  name: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** The partner's partnerships, by year (newest first) */
  partnerships: Array<Partnership>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};


export type PartnerPartnershipsArgs = {
  year: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerFilter = {
  /** Only these records */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<PartnerKind>>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PartnerKind =
  | 'ACADEMIC'
  | 'AGENCY'
  | 'COMPANY'
  | 'EMBASSY'
  | 'EU_PROGRAMME'
  | 'FOREIGN_LOCAL_GOVERNMENT'
  | 'MINISTRY'
  | 'NETWORK'
  | 'NGO'
  | 'OTHER';

export type PartnerPage = {
  __typename?: 'PartnerPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Partner>;
  totalCount: Scalars['Int']['output'];
};

export type Partnership = {
  __typename?: 'Partnership';
  /** The agreement's reference (convention de partenariat) */
  agreementReference: Maybe<Scalars['String']['output']>;
  /** In euro cents (money and valued help in kind) */
  amountCents: Maybe<Scalars['Int']['output']>;
  eventId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: PartnershipKind;
  notes: Maybe<Scalars['String']['output']>;
  partner: Partner;
  partnerId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PartnershipFilter = {
  kinds?: InputMaybe<Array<PartnershipKind>>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnershipKind =
  | 'FINANCIAL'
  | 'INSTITUTIONAL'
  | 'IN_KIND';

export type PartnershipPage = {
  __typename?: 'PartnershipPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Partnership>;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipTotal = {
  __typename?: 'PartnershipTotal';
  count: Scalars['Int']['output'];
  kind: PartnershipKind;
  /** In euro cents */
  totalCents: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Position = {
  __typename?: 'Position';
  collectivity: Maybe<Collectivity>;
  collectivityId: Maybe<Scalars['ID']['output']>;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Held today */
  current: Scalars['Boolean']['output'];
  endedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: PositionKind;
  partner: Maybe<Partner>;
  partnerId: Maybe<Scalars['ID']['output']>;
  startedOn: Scalars['Date']['output'];
  /** maire, vice-présidente aux relations internationales, chargé de mission AICT… */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PositionFields = {
  /** The collectivity (or give partnerId) */
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: PositionKind;
  /** The partner (or give collectivityId) */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  startedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type PositionKind =
  | 'ELECTED'
  | 'OTHER'
  | 'STAFF';

export type Query = {
  __typename?: 'Query';
  /** The scopes a token can be given */
  apiScopes: Array<Scalars['String']['output']>;
  apiTokens: ApiTokenPage;
  /** Every change, newest first */
  auditEntries: AuditEntryPage;
  /** The check-in desk's search in an edition: names of people and organisations, typos tolerated, the closest first */
  checkInSearch: Array<Participation>;
  collectivities: CollectivityPage;
  collectivity: Collectivity;
  contact: Contact;
  contacts: ContactPage;
  duesTotals: DuesTotals;
  event: Event;
  eventSeries: Array<EventSeries>;
  eventStatistics: EventStatistics;
  /** Every edition of a series (or of all), by edition number */
  eventTrend: Array<EventStatistics>;
  /** Newest first (the next one first with upcoming) */
  events: EventPage;
  feeScale: Maybe<FeeScale>;
  feeScales: Array<FeeScale>;
  group: Group;
  /** A group president gets the groups they preside ("Mes groupes") */
  groups: GroupPage;
  /** A record's history, newest first */
  history: AuditEntryPage;
  /** Newest first */
  labelAwards: Array<LabelAward>;
  labels: Array<Label>;
  letterhead: Letterhead;
  /** The signed-in user */
  me: User;
  /** Member collectivities per région, most members first */
  memberCountsByRegion: Array<RegionMemberCount>;
  /** Members with dues unpaid for at least minYears years (2 by default) */
  membersInArrears: Array<Collectivity>;
  membershipFees: MembershipFeePage;
  participation: Participation;
  /** An edition's committed imports, newest first */
  participationImports: Array<ParticipationImport>;
  /** A group president sees his groups' members' participation only */
  participations: ParticipationPage;
  partner: Partner;
  partners: PartnerPage;
  partnership: Partnership;
  /** Totals by year and kind (one year, or every year) */
  partnershipTotals: Array<PartnershipTotal>;
  partnerships: PartnershipPage;
  /** People who may be the one about to be created (same email, or same name in the same collectivity) */
  possibleDuplicateContacts: Array<Contact>;
  user: User;
  users: UserPage;
};


export type QueryApiTokensArgs = {
  page: InputMaybe<PageInput>;
};


export type QueryAuditEntriesArgs = {
  filter: InputMaybe<AuditFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryCheckInSearchArgs = {
  eventId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


export type QueryCollectivitiesArgs = {
  filter: InputMaybe<CollectivityFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<CollectivitySort>;
};


export type QueryCollectivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  filter: InputMaybe<ContactFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<ContactSort>;
};


export type QueryDuesTotalsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventStatisticsArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEventTrendArgs = {
  seriesId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEventsArgs = {
  filter: InputMaybe<EventFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryFeeScaleArgs = {
  year: Scalars['Int']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupsArgs = {
  filter: InputMaybe<GroupFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryHistoryArgs = {
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  page: InputMaybe<PageInput>;
};


export type QueryLabelAwardsArgs = {
  collectivityId: InputMaybe<Scalars['ID']['input']>;
  eventId: InputMaybe<Scalars['ID']['input']>;
  labelId: InputMaybe<Scalars['ID']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersInArrearsArgs = {
  minYears?: Scalars['Int']['input'];
};


export type QueryMembershipFeesArgs = {
  filter: InputMaybe<MembershipFeeFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryParticipationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipationImportsArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryParticipationsArgs = {
  filter: InputMaybe<ParticipationFilter>;
  page: InputMaybe<PageInput>;
  sort: InputMaybe<ParticipationSort>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  filter: InputMaybe<PartnerFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipTotalsArgs = {
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnershipsArgs = {
  filter: InputMaybe<PartnershipFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryPossibleDuplicateContactsArgs = {
  collectivityId: InputMaybe<Scalars['ID']['input']>;
  email: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter: InputMaybe<UserFilter>;
  page: InputMaybe<PageInput>;
};

export type RegionMemberCount = {
  __typename?: 'RegionMemberCount';
  memberCount: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  | 'GROUP_PRESIDENT'
  | 'STAFF';

export type RoleCount = {
  __typename?: 'RoleCount';
  count: Scalars['Int']['output'];
  role: ParticipationRole;
};

export type SessionKindCount = {
  __typename?: 'SessionKindCount';
  count: Scalars['Int']['output'];
  kind: EventSessionKind;
};

export type SetFeeScaleInput = {
  brackets: Array<FeeBracketInput>;
  /** Dues unpaid after this date are late */
  dueOn: Scalars['Date']['input'];
  /** The version read, required to replace the year's scale: a stale or missing one is refused (CONFLICT) */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Members working on a theme */
export type ThematicGroup = Group & {
  __typename?: 'ThematicGroup';
  /** When false, presidency terms may not overlap */
  allowsCoPresidency: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GroupKind;
  /** Current members */
  memberCount: Scalars['Int']['output'];
  members: GroupMemberPage;
  name: Scalars['String']['output'];
  officers: Array<GroupOffice>;
  theme: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
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

export type UndoImportResult = {
  __typename?: 'UndoImportResult';
  /** Contacts the import had created, deleted with it */
  contactsDeleted: Scalars['Int']['output'];
  /** Contacts the import had created, kept: something else refers to them now, or they were edited */
  contactsKept: Scalars['Int']['output'];
  importId: Scalars['ID']['output'];
  participationsDeleted: Scalars['Int']['output'];
  /** Registrations whose status the import had changed, back to what it was */
  statusesRestored: Scalars['Int']['output'];
};

export type UpdateCollectivityInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** With a change of membership status: the council's deliberation date */
  deliberationDate?: InputMaybe<Scalars['Date']['input']>;
  /** With a change of membership status: the deliberation's reference */
  deliberationReference?: InputMaybe<Scalars['String']['input']>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CollectivityKind>;
  memberSince?: InputMaybe<Scalars['Date']['input']>;
  memberUntil?: InputMaybe<Scalars['Date']['input']>;
  membershipStatus?: InputMaybe<MembershipStatus>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<Scalars['Int']['input']>;
  postalCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  siren?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactInput = {
  civility?: InputMaybe<Civility>;
  /** How consent was given or withdrawn */
  consentSource?: InputMaybe<Scalars['String']['input']>;
  consentStatus?: InputMaybe<ConsentStatus>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateCooperationInput = {
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<CooperationKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateEventInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  editionNumber?: InputMaybe<Scalars['Int']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  hashtag?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateEventSeriesInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateEventSessionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EventSessionKind>;
  room?: InputMaybe<Scalars['String']['input']>;
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateGroupInput = {
  allowsCoPresidency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Country groups only */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Thematic groups only */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateLabelAwardInput = {
  citation?: InputMaybe<Scalars['String']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateLetterheadInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** A PNG or JPEG image as a base64 data URL, at most 512 KiB (IMAGE_TOO_LARGE, IMAGE_TYPE_NOT_ALLOWED, IMAGE_CONTENT_MISMATCH, IMAGE_NOT_DATA_URL otherwise); null removes it */
  logo?: InputMaybe<Scalars['String']['input']>;
  organisationName?: InputMaybe<Scalars['String']['input']>;
  signatory?: InputMaybe<Scalars['String']['input']>;
  /** A PNG or JPEG image as a base64 data URL, at most 512 KiB (IMAGE_TOO_LARGE, IMAGE_TYPE_NOT_ALLOWED, IMAGE_CONTENT_MISMATCH, IMAGE_NOT_DATA_URL otherwise); null removes it */
  signature?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateParticipationInput = {
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ParticipationRole>;
  status?: InputMaybe<ParticipationStatus>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdatePartnerInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PartnerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnershipInput = {
  agreementReference?: InputMaybe<Scalars['String']['input']>;
  /** In euro cents */
  amountCents?: InputMaybe<Scalars['Int']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PartnershipKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePositionInput = {
  /** Ends the mandate or job (null reopens it) */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<PositionKind>;
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  linkedContactId?: InputMaybe<Scalars['ID']['input']>;
  /** Sets a new password (ADMIN resetting it) */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** The version read: a stale one is refused (CONFLICT) */
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  linkedContactId: Maybe<Scalars['ID']['output']>;
  role: Role;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<Role>>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UserPage = {
  __typename?: 'UserPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<User>;
  totalCount: Scalars['Int']['output'];
};

export type WaiveFeeInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type WalkInInput = {
  civility?: InputMaybe<Civility>;
  collectivityId?: InputMaybe<Scalars['ID']['input']>;
  /** A known person; else the names below make a new contact */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An organisation held neither as a collectivity nor as a partner */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: ParticipationRole;
};
