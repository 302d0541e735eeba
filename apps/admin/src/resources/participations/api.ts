import { defineResource, trimTexts } from '../../providers/resourceDefinition';

/** A participation in lists, exports and the check-in desk: names, never bare ids. */
const PARTICIPATION_FIELDS = `
  id
  eventId
  contactId
  collectivityId
  partnerId
  organisationName
  displayName
  organisationDisplayName
  role
  status
  countryCode
  registeredAt
  checkedInAt
  notes
  version
  createdAt
  updatedAt
  event { id title year editionNumber }
`;

const IMPORT_CANDIDATE_FIELDS =
  'id kind name collectivityKind departmentCode departmentName countryCode population acronym email positionTitle positionOrganisation';

/** What previewParticipationImport answers: the file as read, the mapping, and each row's outcome. */
const IMPORT_PREVIEW_FIELDS = `
  encoding
  delimiter
  columns { index header field sample }
  counts { rows ready alreadyRegistered ambiguous errors duplicates statusChanges }
  questions { question count lines singleCandidate }
  statuses { value count status mapped }
  rows {
    line outcome civility firstName lastName email organisation jobTitle countryCode role status currentStatus statusChange
    contactMatch contactId contactCandidates { ${IMPORT_CANDIDATE_FIELDS} }
    organisationMatch collectivityId partnerId organisationCandidates { ${IMPORT_CANDIDATE_FIELDS} }
    existingParticipationId duplicateOfLine questions
    errors { field code value message }
    notices { field code value message }
  }
`;

/** An edition's committed imports, as the import page lists them. */
const PARTICIPATION_IMPORT_FIELDS = `
  id fileName importedAt importedBy rows participationsCreated contactsCreated positionsCreated statusesUpdated unchanged skipped undoneAt undoneBy
`;

export const participationsApi = defineResource({
  typeName: 'Participation',
  plural: 'participations',
  fields: PARTICIPATION_FIELDS,
  sortFields: { displayName: 'NAME', countryCode: 'COUNTRY' },
  defaultSortField: 'NAME',
  filters: {
    eventId: { field: 'eventId' },
    contactId: { field: 'contactId' },
    collectivityId: { field: 'collectivityId' },
    partnerId: { field: 'partnerId' },
    groupId: { field: 'groupId' },
    status: { field: 'statuses', list: true },
    statuses: { field: 'statuses', list: true },
    role: { field: 'roles', list: true },
    roles: { field: 'roles', list: true },
    countryCode: { field: 'countryCodes', list: true },
    countryCodes: { field: 'countryCodes', list: true },
    checkedIn: { field: 'checkedIn', boolean: true },
  },
  // The person and the edition are chosen once; the organisation, role, status, country and notes change.
  inputFields: ['collectivityId', 'partnerId', 'organisationName', 'role', 'status', 'countryCode', 'notes'],
  createInputFields: [
    'eventId',
    'contactId',
    'collectivityId',
    'partnerId',
    'organisationName',
    'role',
    'status',
    'countryCode',
    'notes',
  ],
  versionField: 'version',
  normalizeInput: (input) => {
    const output = trimTexts(input, ['organisationName', 'notes']);
    if (typeof output.countryCode === 'string') output.countryCode = output.countryCode.trim().toUpperCase() || null;
    return output;
  },
  actions: {
    // at the door: answers whether another desk had already done it (not an error)
    checkIn: { field: 'checkInParticipation', selection: 'participation { ...ParticipationFields } alreadyCheckedIn' },
    undoCheckIn: 'undoCheckIn',
    // after the day: whoever never arrived is marked absent
    markAbsentees: {
      field: 'markAbsentees',
      idArgument: null,
      arguments: { eventId: 'ID!' },
      selection: 'eventId markedAbsent',
    },
    // a registration list: read and matched (nothing written), then imported all or nothing
    previewImport: {
      field: 'previewParticipationImport',
      idArgument: null,
      arguments: { input: 'ParticipationImportInput!' },
      selection: IMPORT_PREVIEW_FIELDS,
    },
    commitImport: {
      field: 'commitParticipationImport',
      idArgument: null,
      arguments: { input: 'ParticipationImportInput!' },
      selection: 'importId participationsCreated contactsCreated positionsCreated statusesUpdated unchanged skipped',
    },
    // an edition's imports, and the undoing of one as a whole
    imports: {
      operation: 'query',
      field: 'participationImports',
      idArgument: null,
      arguments: { eventId: 'ID!' },
      selection: PARTICIPATION_IMPORT_FIELDS,
    },
    undoImport: {
      field: 'undoParticipationImport',
      selection: 'importId participationsDeleted statusesRestored contactsDeleted contactsKept',
    },
    // the list's bulk actions: all or nothing
    setStatus: {
      field: 'setParticipationsStatus',
      idArgument: null,
      arguments: { ids: '[ID!]!', status: 'ParticipationStatus!' },
      selection: 'changed participations { ...ParticipationFields }',
    },
    deleteMany: { field: 'deleteParticipations', idArgument: null, arguments: { ids: '[ID!]!' }, selection: 'deleted ids' },
    // the desk: a search tolerant of typos, and someone who did not register
    deskSearch: {
      operation: 'query',
      field: 'checkInSearch',
      idArgument: null,
      arguments: { eventId: 'ID!', search: 'String!', limit: 'Int' },
    },
    walkIn: { field: 'registerWalkIn', idArgument: null, arguments: { input: 'WalkInInput!' } },
  },
});

/**
 * Someone's participations as a collectivity's or a contact's page lists them: names as strings
 * (a group president may read neither partners nor every contact), the edition named.
 */
const PARTICIPATION_SUMMARY_FIELDS = `
  id eventId event { id editionNumber year title }
  contactId collectivityId partnerId displayName organisationDisplayName
  role status registeredAt checkedInAt
`;

/** Someone's participations on a collectivity's or a contact's page, read whole with the record. */
export const participationHistoryApi = defineResource({
  typeName: 'Participation',
  plural: 'participations',
  parent: { query: 'collectivity', argument: 'id', filter: 'collectivityId', type: 'ID!', whole: true },
  alsoIn: [{ query: 'contact', argument: 'id', filter: 'contactId', type: 'ID!', whole: true }],
  fields: PARTICIPATION_SUMMARY_FIELDS,
  // read only: participations are written as the participations resource
  operations: { one: null, create: null, update: null, delete: null },
});
