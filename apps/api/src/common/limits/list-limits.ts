import { DEFAULT_PAGE_SIZE, EventSessionKind, ImportField, MAX_PAGE_SIZE, ParticipationRole } from '@territoria/domain';

/**
 * The most rows each list of objects in the schema can return: the query cost counts with these
 * numbers, and the read path enforces them (LIMIT). Paged fields return at most `page.limit` rows
 * (DEFAULT_PAGE_SIZE when not given, at most MAX_PAGE_SIZE); every other list has a fixed cap,
 * chosen from what the association's data can hold. A list of objects missing here counts as a
 * page of MAX_PAGE_SIZE (a test checks the schema against this table).
 *
 * Kept free of NestJS and database imports: the console's tests load it to check its documents.
 */
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Fields taking `page: PageInput` and answering a page: its `nodes` hold at most `page.limit` rows. */
export const PAGED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: [
    'apiTokens',
    'auditEntries',
    'collectivities',
    'contacts',
    'events',
    'groups',
    'history',
    'mailingRecipients',
    'mailings',
    'membershipFees',
    'participations',
    'partners',
    'partnerships',
    'tombstones',
    'users',
    'webhookDeliveries',
    'webhookEndpoints',
  ],
  Group: ['members'],
  CountryGroup: ['members'],
  ThematicGroup: ['members'],
};

/** The page types: their `nodes` are bounded by the page asked for. */
export const PAGE_TYPES: readonly string[] = [
  'ApiTokenPage',
  'AuditEntryPage',
  'CollectivityPage',
  'ContactPage',
  'EventPage',
  'GroupMemberPage',
  'GroupPage',
  'MailingPage',
  'MailingRecipientPage',
  'MembershipFeePage',
  'ParticipationPage',
  'PartnerPage',
  'PartnershipPage',
  'TombstonePage',
  'UserPage',
  'WebhookDeliveryPage',
  'WebhookEndpointPage',
];

/** Each ImportField can fail once per line. */
const IMPORT_FIELDS = Object.keys(ImportField).length;
/** apps/api/src/modules/events/import/csv-reading.ts MAX_IMPORT_ROWS (a test keeps them equal). */
const IMPORT_ROWS = 20_000;

/** The cap of every list of objects that is not a page. */
export const MAX_ROWS_PER_LIST: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  Query: {
    /** A handful of series (the Rencontres…). */
    eventSeries: 100,
    /** One per edition: a yearly event for a century. */
    eventTrend: 200,
    /** One scale per year. */
    feeScales: 100,
    /** Unpaged, grows every year: should take a page. */
    labelAwards: 1000,
    labels: 100,
    /** 18 régions, and the members without one. */
    memberCountsByRegion: 30,
    /** Unpaged, up to every member: should take a page. */
    membersInArrears: 1000,
    /** One per year and kind of partnership. */
    partnershipTotals: 300,
    /** The duplicate check answers its 10 closest matches. */
    possibleDuplicateContacts: 10,
    /** The check-in desk's closest matches (its limit argument is held to 100). */
    checkInSearch: 100,
    /** An edition's imports (the resolver's IMPORTS_LISTED). */
    participationImports: 200,
  },
  Mutation: {
    /** As many as the collectivities sent (the input should be held to as many). */
    addGroupMembers: 1000,
    /** MarkFeesPaidInput.ids holds at most 1000. */
    markFeesPaid: 1000,
  },
  /** A bulk action takes at most BULK_MAX_IDS registrations. */
  BulkParticipationsResult: { participations: 1000 },
  /** The fields of one record. */
  AuditEntry: { changes: 100 },
  /** MAILING_ATTACHMENTS_MAX_COUNT files. */
  Mailing: { attachments: 20 },
  Collectivity: {
    /** Even a capital city has a few dozen. */
    cooperations: 200,
    /** One due per year of membership (since 1975). */
    fees: 100,
    /** Groups it currently belongs to. */
    groups: 100,
    labelAwards: 100,
    membershipHistory: 100,
    /** Every person it sent to every edition: grows every year, should take a page. */
    participations: 500,
  },
  Contact: {
    /** Current groups of the collectivities where the person holds a position. */
    groups: 50,
    /** Offices in groups over a lifetime. */
    offices: 50,
    /** The editions one person took part in. */
    participations: 100,
    /** Mandates and jobs over a career. */
    positions: 50,
  },
  Group: { officers: 100 },
  CountryGroup: {
    officers: 100,
    /** The members' cooperations with the group's countries: grows with the group, should take a page. */
    cooperations: 1000,
  },
  ThematicGroup: { officers: 100 },
  Event: {
    /** Labels awarded at one edition. */
    awards: 200,
    /** Partners supporting one edition. */
    partnerships: 100,
    /** The programme of one edition (the 12th had about 15 parts). */
    sessions: 200,
  },
  /** CreateEventSessionInput.speakerIds holds at most 100. */
  EventSession: { speakers: 100 },
  EventStatistics: {
    /** Every country of ISO 3166-1. */
    participantsByCountry: 250,
    participantsByRole: Object.keys(ParticipationRole).length,
    sessionsByKind: Object.keys(EventSessionKind).length,
  },
  /** SetFeeScaleInput.brackets holds at most 30. */
  FeeScale: { brackets: 30 },
  ImportPreview: {
    /** The columns of a registration list. */
    columns: 200,
    /** The lines of one file (MAX_IMPORT_ROWS). */
    rows: IMPORT_ROWS,
    /** One group per kind of question (ImportQuestion). */
    questions: 10,
    /** The distinct values of the status column (the preview lists the first 100). */
    statuses: 100,
  },
  ImportRow: {
    /** The people or organisations a line may be: a pick list, not a search (row-matching.ts MAX_CANDIDATES). */
    contactCandidates: 10,
    organisationCandidates: 10,
    errors: IMPORT_FIELDS,
    /** The organisation's code that matched nothing, the name deciding instead: one at most. */
    notices: 1,
  },
  /** Every award of a label, every year: grows every year, should take a page. */
  Label: { awards: 1000 },
  Partner: {
    /** People holding a current position at the partner. */
    contacts: 200,
    /** Yearly commitments. */
    partnerships: 200,
  },
};

export function isPagedField(typeName: string, fieldName: string): boolean {
  return PAGED_FIELDS[typeName]?.includes(fieldName) ?? false;
}

/**
 * The most rows `typeName.fieldName` can return, or undefined when it is not a list of objects
 * this table knows. A page's nodes (and a paged field) can return MAX_PAGE_SIZE rows; the query
 * cost counts the `page.limit` asked for instead.
 */
export function listLimit(typeName: string, fieldName: string): number | undefined {
  if (isPagedField(typeName, fieldName)) return MAX_PAGE_SIZE;
  if (fieldName === 'nodes' && PAGE_TYPES.includes(typeName)) return MAX_PAGE_SIZE;
  return MAX_ROWS_PER_LIST[typeName]?.[fieldName];
}
