import { defineResource, localDateTimeToIso, trimTexts } from '../../providers/resourceDefinition';

/** Rencontres (events module): an edition as listed, shown and edited. */
export const EVENT_FIELDS = `
  id
  seriesId
  series { id name acronym }
  editionNumber
  year
  title
  startsOn
  endsOn
  venue
  city
  theme
  website
  hashtag
  version
  createdAt
  updatedAt
`;

/** A part of an edition's programme, with its speakers (contacts). */
export const EVENT_SESSION_FIELDS = `
  id
  eventId
  title
  kind
  startsAt
  durationMinutes
  room
  description
  version
  speakers { id civility firstName lastName }
`;

/** A label awarded to a collectivity (the label and the edition named, never bare ids). */
export const LABEL_AWARD_FIELDS = `
  id
  labelId
  label { id name }
  collectivityId
  collectivity { id name kind inseeCode countryCode }
  year
  eventId
  event { id editionNumber year title }
  citation
  version
`;

export const eventsApi = defineResource({
  typeName: 'Event',
  plural: 'events',
  fields: EVENT_FIELDS,
  filters: {
    year: { field: 'year' },
    seriesId: { field: 'seriesId' },
    upcoming: { field: 'upcoming', boolean: true },
  },
  inputFields: ['editionNumber', 'year', 'title', 'startsOn', 'endsOn', 'venue', 'city', 'theme', 'website', 'hashtag'],
  // an edition stays in its series
  createInputFields: [
    'seriesId',
    'editionNumber',
    'year',
    'title',
    'startsOn',
    'endsOn',
    'venue',
    'city',
    'theme',
    'website',
    'hashtag',
  ],
  versionField: 'version',
  normalizeInput: (input) => {
    const output = trimTexts(input, ['title', 'venue', 'city', 'theme', 'website', 'hashtag']);
    for (const field of ['editionNumber', 'year'] as const) {
      if (typeof output[field] === 'string') output[field] = output[field] === '' ? null : Number(output[field]);
    }
    return output;
  },
});
/** The list of an edition's, read whole with it: event(id) { <list> }. */
const IN_EVENT = { query: 'event', argument: 'id', filter: 'eventId', type: 'ID!', whole: true };

/** An edition's sessions: read with the edition (event.sessions), written here. */
export const eventSessionsApi = defineResource({
  typeName: 'EventSession',
  plural: 'sessions',
  parent: IN_EVENT,
  fields: EVENT_SESSION_FIELDS,
  inputFields: ['title', 'kind', 'startsAt', 'durationMinutes', 'room', 'description', 'speakerIds'],
  createInputFields: ['eventId', 'title', 'kind', 'startsAt', 'durationMinutes', 'room', 'description', 'speakerIds'],
  versionField: 'version',
  normalizeInput: (input) => {
    const output = trimTexts(input, ['title', 'room', 'description']);
    if ('startsAt' in output) output.startsAt = localDateTimeToIso(output.startsAt);
    if (Array.isArray(output.speakerIds)) output.speakerIds = output.speakerIds.map(String);
    return output;
  },
});
/** Labels awarded to collectivities: read with the edition (event.awards) or the collectivity, written here. */
export const labelAwardsApi = defineResource({
  typeName: 'LabelAward',
  plural: 'awards',
  parent: IN_EVENT,
  alsoIn: [{ query: 'collectivity', argument: 'id', filter: 'collectivityId', type: 'ID!', field: 'labelAwards', whole: true }],
  fields: LABEL_AWARD_FIELDS,
  operations: { create: 'awardLabel' },
  inputFields: ['year', 'eventId', 'citation'],
  createInputFields: ['labelId', 'collectivityId', 'year', 'eventId', 'citation'],
  versionField: 'version',
  normalizeInput: (input) => trimTexts(input, ['citation']),
});

/**
 * People: elected officials and staff of the collectivities. Never deleted: merged into a
 * duplicate, or erased (anonymised) on request by an ADMIN.
 */
