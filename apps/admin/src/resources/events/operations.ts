import type { OperationDefinition } from '../../providers/operations';

/** An edition's figures (eventStatistics, eventTrend). */
const EVENT_STATISTICS_FIELDS = `
  eventId editionNumber year registered attended cancelled noShow
  frenchCollectivities countries foreignCountries foreignDelegations embassies speakers partners
  sessionsByKind { kind count }
  participantsByRole { role count }
  participantsByCountry { countryCode count }
`;

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const eventsOperations = {
  eventSeries: {
    kind: 'query',
    document: `query EventSeries { data: eventSeries { id name acronym description version } }`,
  },
  createEventSeries: {
    kind: 'mutation',
    document: `mutation CreateEventSeries($input: EventSeriesInput!) { data: createEventSeries(input: $input) { id name acronym description version } }`,
    formFields: ['name', 'acronym', 'description'],
  },
  eventStatistics: {
    kind: 'query',
    document: `query EventStatistics($eventId: ID!) { data: eventStatistics(eventId: $eventId) { ${EVENT_STATISTICS_FIELDS} } }`,
  },
  eventTrend: {
    kind: 'query',
    document: `query EventTrend($seriesId: ID) { data: eventTrend(seriesId: $seriesId) { ${EVENT_STATISTICS_FIELDS} } }`,
  },
  labels: {
    kind: 'query',
    document: `query Labels { data: labels { id name description version } }`,
  },
  createLabel: {
    kind: 'mutation',
    document: `mutation CreateLabel($input: LabelInput!) { data: createLabel(input: $input) { id name description version } }`,
    formFields: ['name', 'description'],
  },
  /** The editions a participation belongs to, newest first (one a year: a page holds them all). */
  eventChoices: {
    kind: 'query',
    document: `query EventChoices { data: events(page: { offset: 0, limit: 200 }) { nodes { id title year editionNumber } } }`,
  },
  /** The heading of the check-in desk and of the import wizard. */
  eventHeading: {
    kind: 'query',
    document: `query EventHeading($id: ID!) { data: event(id: $id) { id title year editionNumber startsOn endsOn } }`,
  },
  /** The counter of the check-in desk: who is there, out of who registered. */
  eventAttendance: {
    kind: 'query',
    document: `query EventAttendance($eventId: ID!) { data: eventStatistics(eventId: $eventId) { eventId registered attended cancelled noShow } }`,
  },
} as const satisfies Record<string, OperationDefinition>;
