import type {
  EventRecord,
  EventSession,
  EventStatistics,
  LabelAward,
  ParticipationSummary,
} from '../src/resources/events/fields';

/** The 12th edition, as the press release tells it (29 June 2021, Cité des Sciences, Paris). */
export const edition12: EventRecord = {
  id: 'e12',
  seriesId: 's1',
  series: { id: 's1', name: "Rencontres de l'action internationale des collectivités territoriales", acronym: 'RAICT' },
  editionNumber: 12,
  year: 2021,
  title: "Rencontres de l'action internationale des collectivités territoriales",
  startsOn: '2021-06-29',
  endsOn: '2021-06-29',
  venue: "Cité des Sciences et de l'Industrie",
  city: 'Paris',
  theme: "L'AICT au coeur des enjeux globaux - engagements et solutions pour le climat",
  website: 'http://raict.org',
  hashtag: '#RencontresAICT2021',
  version: 1,
  createdAt: '2021-01-10T10:00:00.000Z',
  updatedAt: '2021-07-09T10:00:00.000Z',
};

export const statistics12: EventStatistics = {
  eventId: 'e12',
  editionNumber: 12,
  year: 2021,
  registered: 512,
  attended: 498,
  cancelled: 21,
  noShow: 14,
  frenchCollectivities: 130,
  countries: 31,
  foreignCountries: 30,
  foreignDelegations: 15,
  embassies: 18,
  speakers: 42,
  partners: 4,
  sessionsByKind: [
    { kind: 'WORKSHOP', count: 9 },
    { kind: 'PLENARY', count: 1 },
    { kind: 'QUIZ', count: 1 },
  ],
  participantsByRole: [
    { role: 'ATTENDEE', count: 420 },
    { role: 'FOREIGN_DELEGATION', count: 40 },
    { role: 'EMBASSY', count: 18 },
  ],
  participantsByCountry: [
    { countryCode: 'FR', count: 430 },
    { countryCode: 'SN', count: 12 },
    { countryCode: 'ML', count: 9 },
  ],
};

export const trend: EventStatistics[] = [
  { ...statistics12, eventId: 'e11', editionNumber: 11, year: 2019, registered: 620, attended: 580 },
  statistics12,
];

export const sessions: EventSession[] = [
  {
    id: 'ss2',
    eventId: 'e12',
    title: "L'ODD 17, Sens, décryptages, Déclinaisons",
    kind: 'WORKSHOP',
    startsAt: '2021-06-29T12:00:00.000Z',
    durationMinutes: 90,
    room: 'Salle Louis Armand',
    description: null,
    version: 1,
    speakers: [],
  },
  {
    id: 'ss1',
    eventId: 'e12',
    title: "L'AICT et le climat : une dynamique en construction",
    kind: 'PLENARY',
    startsAt: '2021-06-29T07:30:00.000Z',
    durationMinutes: 120,
    room: 'Auditorium',
    description: null,
    version: 1,
    speakers: [{ id: 'p1', civility: 'MR', firstName: 'François', lastName: 'Rebsamen' }],
  },
];

export const award: LabelAward = {
  id: 'a1',
  labelId: 'l1',
  label: { id: 'l1', name: 'Territoires unis et solidaires face aux crises' },
  collectivityId: 'c1',
  collectivity: { id: 'c1', name: 'Dijon', kind: 'COMMUNE', inseeCode: '21231', countryCode: 'FR' },
  year: 2021,
  eventId: 'e12',
  event: { id: 'e12', editionNumber: 12, year: 2021, title: edition12.title },
  citation: 'Pour sa solidarité avec les collectivités libanaises',
  version: 1,
};

export const participation: ParticipationSummary = {
  id: 'pa1',
  eventId: 'e12',
  event: { id: 'e12', editionNumber: 12, year: 2021, title: edition12.title },
  contactId: 'p1',
  collectivityId: 'c1',
  partnerId: null,
  displayName: 'M. François Rebsamen',
  organisationDisplayName: 'Dijon',
  role: 'SPEAKER',
  status: 'ATTENDED',
  registeredAt: '2021-05-02T08:00:00.000Z',
  checkedInAt: '2021-06-29T07:05:00.000Z',
};
