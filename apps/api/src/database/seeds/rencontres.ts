import type { EntityManager } from 'typeorm';
import { DEMO_PARTNERS } from './demo-groups.js';
import { FIRST_NAMES, LAST_NAMES, OTHER_ORGANISATIONS, PRESS } from './participant-names.js';

/**
 * The yearly Rencontres as the 2021 press release tells them, and a generator of participant
 * lists shaped like an edition's (used by the demo data, the statistics test and the benchmark).
 */
export const RAICT_SERIES = {
  name: "Rencontres de l'action internationale des collectivités territoriales",
  acronym: 'RAICT',
  description: 'La journée annuelle de Cités Unies France : collectivités françaises et étrangères, partenaires, ambassades.',
};

export const EDITION_2021 = {
  editionNumber: 12,
  year: 2021,
  title: "12e Rencontres de l'action internationale des collectivités territoriales",
  startsOn: '2021-06-29',
  endsOn: '2021-06-29',
  venue: "Cité des Sciences et de l'Industrie",
  city: 'Paris',
  theme: "L'AICT au coeur des enjeux globaux - engagements et solutions pour le climat",
  website: 'http://raict.org',
  hashtag: '#RencontresAICT2021',
};

export const SESSIONS_2021: Array<{ title: string; kind: string; time: string; minutes: number; room?: string }> = [
  {
    title: "Ouverture : priorités et perspectives de l'action internationale des collectivités",
    kind: 'PLENARY',
    time: '09:00',
    minutes: 60,
    room: 'Auditorium',
  },
  {
    title: "L'AICT et le climat : une dynamique en construction",
    kind: 'PLENARY',
    time: '10:00',
    minutes: 90,
    room: 'Auditorium',
  },
  { title: "L'ODD 17, Sens, décryptages, Déclinaisons", kind: 'WORKSHOP', time: '11:45', minutes: 75, room: 'Salle 1' },
  {
    title: "Découvrir son jumeau climatique, quelles perspectives pour l'AICT ?",
    kind: 'WORKSHOP',
    time: '11:45',
    minutes: 75,
    room: 'Salle 2',
  },
  {
    title: 'Pour la coopération décentralisée, quels financements pour le climat et la transition écologique ?',
    kind: 'WORKSHOP',
    time: '11:45',
    minutes: 75,
    room: 'Salle 3',
  },
  {
    title: 'Les ODD - Objectifs de développement durable et coopération décentralisée : regards croisés européens',
    kind: 'WORKSHOP',
    time: '14:00',
    minutes: 75,
    room: 'Salle 1',
  },
  {
    title:
      'Les changements climatiques responsables de nouvelles crises ? Réhabilitation et prévention pour les collectivités territoriales ?',
    kind: 'WORKSHOP',
    time: '14:00',
    minutes: 75,
    room: 'Salle 2',
  },
  { title: 'Le changement climatique a-t-il des effets genrés ?', kind: 'WORKSHOP', time: '14:00', minutes: 75, room: 'Salle 3' },
  {
    title: "Quelle mobilisation de la jeunesse sur les enjeux Climat, en lien avec l'AICT ?",
    kind: 'WORKSHOP',
    time: '15:30',
    minutes: 75,
    room: 'Salle 1',
  },
  {
    title: 'Comment mesurer l’empreinte carbone dans les projets de coopération ?',
    kind: 'WORKSHOP',
    time: '15:30',
    minutes: 75,
    room: 'Salle 2',
  },
  {
    title: "Mobiliser et coordonner les acteurs de son territoire via et pour l'AICT",
    kind: 'WORKSHOP',
    time: '15:30',
    minutes: 75,
    room: 'Salle 3',
  },
  {
    title: 'Micro-atelier : un jumelage solidaire face à la crise sanitaire',
    kind: 'MICRO_WORKSHOP',
    time: '13:00',
    minutes: 20,
    room: 'Agora',
  },
  {
    title: 'Micro-atelier : mesurer les retombées locales de la coopération',
    kind: 'MICRO_WORKSHOP',
    time: '13:20',
    minutes: 20,
    room: 'Agora',
  },
  {
    title: 'Micro-atelier : volontariat international et jeunesse',
    kind: 'MICRO_WORKSHOP',
    time: '13:40',
    minutes: 20,
    room: 'Agora',
  },
  { title: 'Quizz AICT (2e édition)', kind: 'QUIZ', time: '17:00', minutes: 30, room: 'Agora' },
  {
    title:
      'Cérémonie : les présidentes et présidents des groupes-pays et thématiques à l’honneur, remise du label « Territoires unis et solidaires face aux crises »',
    kind: 'CEREMONY',
    time: '17:30',
    minutes: 60,
    room: 'Auditorium',
  },
];

/** The partners the press release thanks (the demo partners hold the same names). */
export const PARTNER_NAMES_2021 = DEMO_PARTNERS.map((partner) => partner.name);

export const LABEL_NAME = 'Territoires unis et solidaires face aux crises';

/** What an edition's participant list looks like (counted participants, then cancellations on top). */
export interface EditionShape {
  /** Distinct French collectivities, the most populous first; 1 to 3 people each. */
  frenchCollectivities: number;
  /** Foreign delegations (3 people each), from as many countries. */
  delegationCountries: string[];
  /** Foreign embassies in France (1 or 2 people each). */
  embassyCountries: string[];
  /** People of each partner taking part. */
  peoplePerPartner: number;
  organisers: number;
  press: number;
  /** Associations, universities, consultancies… (France). */
  others: number;
  /** Cancelled registrations, which the figures must leave out. */
  cancelled: number;
  /** Everyone arrived (a past edition) or nobody yet (an edition to come). */
  past: boolean;
  /** People numbers start here, so editions share some of their participants. */
  firstPerson: number;
}

export const SHAPE_2021: EditionShape = {
  frenchCollectivities: 130,
  delegationCountries: ['SN', 'ML', 'BF', 'MA', 'TN', 'LB', 'PS', 'VN', 'JP', 'CA', 'BR', 'MG', 'BJ', 'CM', 'AM'],
  embassyCountries: ['SN', 'ML', 'DE', 'IT', 'ES', 'PT', 'BE', 'CH', 'PL', 'RO', 'UA', 'GE', 'CO', 'MX', 'CL', 'AR', 'IN', 'CN'],
  peoplePerPartner: 2,
  organisers: 12,
  press: 6,
  others: 155,
  cancelled: 14,
  past: true,
  firstPerson: 0,
};

interface Row {
  person: number | null;
  collectivityId: string | null;
  partnerId: string | null;
  organisationName: string | null;
  role: string;
  countryCode: string | null;
  cancelled?: boolean;
}

function personName(n: number): { firstName: string; lastName: string; email: string } {
  // Co-prime strides: neighbours in a list share neither first nor last name.
  const firstName = FIRST_NAMES[(n * 7) % FIRST_NAMES.length]!;
  const lastName = LAST_NAMES[(n * 13 + Math.floor(n / LAST_NAMES.length)) % LAST_NAMES.length]!;
  return { firstName, lastName, email: `participant.${n}@rencontres.example` };
}

/**
 * Inserts an edition's participants in bulk (people as contacts, shared across editions through
 * their addresses). Returns the number of participations written.
 */
export async function seedEditionParticipants(
  manager: EntityManager,
  eventId: string,
  startsOn: string,
  shape: EditionShape,
): Promise<number> {
  const collectivities: Array<{ id: string }> = await manager.query(
    `SELECT id FROM collectivities WHERE country_code = 'FR' AND kind IN ('COMMUNE', 'DEPARTMENT', 'REGION', 'METROPOLIS')
     ORDER BY membership_status = 'MEMBER' DESC, population DESC NULLS LAST, insee_code LIMIT $1`,
    [shape.frenchCollectivities + 1],
  );
  const partners: Array<{ id: string }> = await manager.query(`SELECT id FROM partners WHERE name = ANY($1) ORDER BY name`, [
    PARTNER_NAMES_2021,
  ]);
  let person = shape.firstPerson;
  const rows: Row[] = [];
  const add = (count: number, row: Omit<Row, 'person'>) => {
    for (let i = 0; i < count; i++) rows.push({ ...row, person: person++ });
  };
  collectivities.slice(0, shape.frenchCollectivities).forEach((collectivity, index) =>
    add(1 + (index % 3), {
      collectivityId: collectivity.id,
      partnerId: null,
      organisationName: null,
      role: 'ATTENDEE',
      countryCode: 'FR',
    }),
  );
  shape.delegationCountries.forEach((country) =>
    add(3, {
      collectivityId: null,
      partnerId: null,
      organisationName: `Délégation (${country})`,
      role: 'FOREIGN_DELEGATION',
      countryCode: country,
    }),
  );
  shape.embassyCountries.forEach((country, index) =>
    add(1 + (index % 2), {
      collectivityId: null,
      partnerId: null,
      organisationName: `Ambassade en France (${country})`,
      role: 'EMBASSY',
      countryCode: country,
    }),
  );
  partners.forEach((partner) =>
    add(shape.peoplePerPartner, {
      collectivityId: null,
      partnerId: partner.id,
      organisationName: null,
      role: 'PARTNER',
      countryCode: 'FR',
    }),
  );
  add(shape.organisers, {
    collectivityId: null,
    partnerId: null,
    organisationName: 'Cités Unies France',
    role: 'ORGANISER',
    countryCode: 'FR',
  });
  for (let i = 0; i < shape.press; i++) {
    add(1, {
      collectivityId: null,
      partnerId: null,
      organisationName: PRESS[i % PRESS.length]!,
      role: 'PRESS',
      countryCode: 'FR',
    });
  }
  for (let i = 0; i < shape.others; i++) {
    add(1, {
      collectivityId: null,
      partnerId: null,
      organisationName: OTHER_ORGANISATIONS[i % OTHER_ORGANISATIONS.length]!,
      role: 'ATTENDEE',
      countryCode: 'FR',
    });
  }
  // Cancellations that would change every figure if they were counted: one more French
  // collectivity, a delegation and an embassy from countries not otherwise represented.
  const extra = collectivities[shape.frenchCollectivities];
  const cancellations: Array<Omit<Row, 'person'>> = [
    {
      collectivityId: extra?.id ?? null,
      partnerId: null,
      organisationName: extra ? null : 'Collectivité',
      role: 'ATTENDEE',
      countryCode: 'FR',
    },
    { collectivityId: null, partnerId: null, organisationName: 'Délégation (NZ)', role: 'FOREIGN_DELEGATION', countryCode: 'NZ' },
    { collectivityId: null, partnerId: null, organisationName: 'Ambassade en France (US)', role: 'EMBASSY', countryCode: 'US' },
  ];
  for (let i = 0; i < shape.cancelled; i++) add(1, { ...cancellations[i % cancellations.length]!, cancelled: true });

  const people = rows.map((row) => personName(row.person!));
  await manager.query(
    `INSERT INTO contacts (first_name, last_name, email, consent_source)
     SELECT f, l, e, 'Inscription aux Rencontres' FROM unnest($1::text[], $2::text[], $3::text[]) AS t(f, l, e)
     ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
    [people.map((p) => p.firstName), people.map((p) => p.lastName), people.map((p) => p.email)],
  );
  const registeredAt = new Date(`${startsOn}T09:00:00Z`).getTime();
  const statuses = rows.map((row, index) =>
    row.cancelled ? 'CANCELLED' : !shape.past ? 'REGISTERED' : index % 25 === 24 ? 'NO_SHOW' : 'ATTENDED',
  );
  await manager.query(
    `INSERT INTO participations (event_id, contact_id, collectivity_id, partner_id, organisation_name, role, status, country_code, registered_at, checked_in_at)
     SELECT $1, contact.id, t.collectivity_id, t.partner_id, t.organisation_name, t.role, t.status, t.country_code,
            to_timestamp($9::double precision / 1000) - (t.ordinality || ' minutes')::interval * 60,
            CASE WHEN t.status = 'ATTENDED' THEN to_timestamp($9::double precision / 1000) - interval '1 hour' + (t.ordinality % 120 || ' seconds')::interval * 30 END
     FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
          AS t(email, collectivity_id, partner_id, organisation_name, role, status, country_code, ordinality)
     JOIN contacts contact ON contact.email = t.email
     ON CONFLICT (event_id, contact_id) WHERE contact_id IS NOT NULL DO NOTHING`,
    [
      eventId,
      people.map((p) => p.email),
      rows.map((row) => row.collectivityId),
      rows.map((row) => row.partnerId),
      rows.map((row) => row.organisationName),
      rows.map((row) => row.role),
      statuses,
      rows.map((row) => row.countryCode),
      registeredAt,
    ],
  );
  // The people already known at those collectivities (their elected officials and staff) come too.
  await manager.query(
    `INSERT INTO participations (event_id, contact_id, collectivity_id, role, status, country_code, registered_at, checked_in_at)
     SELECT DISTINCT ON (p.contact_id) $1::uuid, p.contact_id, p.collectivity_id, 'ATTENDEE', $3::varchar, 'FR', to_timestamp($4::double precision / 1000) - interval '10 days',
            CASE WHEN $3::varchar = 'ATTENDED' THEN to_timestamp($4::double precision / 1000) END
     FROM positions p
     WHERE p.collectivity_id = ANY($2::uuid[]) AND p.started_on <= $5::date AND (p.ended_on IS NULL OR p.ended_on >= $5::date)
     ORDER BY p.contact_id, p.started_on
     ON CONFLICT (event_id, contact_id) WHERE contact_id IS NOT NULL DO NOTHING`,
    [
      eventId,
      collectivities.slice(0, shape.frenchCollectivities).map((row) => row.id),
      shape.past ? 'ATTENDED' : 'REGISTERED',
      registeredAt,
      startsOn,
    ],
  );
  return rows.length;
}

/** Creates (or finds) the series, then one edition with its programme; returns the edition's id. */
export async function seedEdition(
  manager: EntityManager,
  edition: typeof EDITION_2021,
  sessions: typeof SESSIONS_2021 = [],
): Promise<string> {
  const [series] = await manager.query(
    `INSERT INTO event_series (name, acronym, description) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET acronym = EXCLUDED.acronym RETURNING id`,
    [RAICT_SERIES.name, RAICT_SERIES.acronym, RAICT_SERIES.description],
  );
  const [event] = await manager.query(
    `INSERT INTO events (series_id, edition_number, year, title, starts_on, ends_on, venue, city, theme, website, hashtag)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      series.id,
      edition.editionNumber,
      edition.year,
      edition.title,
      edition.startsOn,
      edition.endsOn,
      edition.venue,
      edition.city,
      edition.theme,
      edition.website,
      edition.hashtag,
    ],
  );
  for (const session of sessions) {
    await manager.query(
      `INSERT INTO event_sessions (event_id, title, kind, starts_at, duration_minutes, room) VALUES ($1, $2, $3, ($4 || 'T' || $5 || ':00+02:00')::timestamptz, $6, $7)`,
      [event.id, session.title, session.kind, edition.startsOn, session.time, session.minutes, session.room ?? null],
    );
  }
  return event.id;
}

/**
 * The 12th edition as the press release tells it: programme, partners (their 2021 partnerships
 * tied to the edition), participants, workshop speakers, and the label's first award.
 */
export async function seedEdition2021(manager: EntityManager): Promise<string> {
  for (const partner of DEMO_PARTNERS) {
    await manager.query(`INSERT INTO partners (name, acronym, kind) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`, [
      partner.name,
      partner.acronym ?? null,
      partner.kind,
    ]);
  }
  const eventId = await seedEdition(manager, EDITION_2021, SESSIONS_2021);
  await manager.query(
    `UPDATE partnerships SET event_id = $1 WHERE year = 2021 AND partner_id IN (SELECT id FROM partners WHERE name = ANY($2))`,
    [eventId, PARTNER_NAMES_2021],
  );
  await seedEditionParticipants(manager, eventId, EDITION_2021.startsOn, SHAPE_2021);
  // Two speakers per workshop and for the plenary conference, from the partners' and the collectivities' people (the opening has its own).
  await manager.query(
    `WITH workshop AS (SELECT id, row_number() OVER (ORDER BY starts_at, title) AS n FROM event_sessions WHERE event_id = $1 AND (kind = 'WORKSHOP' OR (kind = 'PLENARY' AND title NOT LIKE 'Ouverture%'))),
          speaker AS (SELECT contact_id, row_number() OVER (ORDER BY role DESC, registered_at) AS n FROM participations
                      WHERE event_id = $1 AND status = 'ATTENDED' AND role IN ('PARTNER', 'ATTENDEE') AND contact_id IS NOT NULL)
     INSERT INTO event_session_speakers (session_id, contact_id)
     SELECT workshop.id, speaker.contact_id FROM workshop JOIN speaker ON speaker.n IN (workshop.n * 2 - 1, workshop.n * 2)`,
    [eventId],
  );
  await seedOpeningSpeakers(manager, eventId);
  const [label] = await manager.query(
    `INSERT INTO labels (name, description) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description RETURNING id`,
    [
      LABEL_NAME,
      'Distingue les collectivités qui consacrent une partie de leur action internationale à la solidarité envers des collectivités en crise.',
    ],
  );
  await manager.query(
    `INSERT INTO label_awards (label_id, collectivity_id, year, event_id, citation)
     SELECT $1, id, 2021, $2, 'Solidarité avec des collectivités partenaires frappées par une crise' FROM collectivities
     WHERE kind = 'COMMUNE' AND insee_code IN ('21231', '35238', '38185') ON CONFLICT DO NOTHING`,
    [label.id, eventId],
  );
  return eventId;
}

/**
 * The opening as the press release tells it: the association's president (mayor of Dijon), the
 * mayor of Paris, AFD's director general, two group presidents, then the Secretary of State.
 */
const OPENING_SPEAKERS = [
  { firstName: 'François', lastName: 'Rebsamen' },
  { firstName: 'Anne', lastName: 'Hidalgo' },
  { firstName: 'Rémy', lastName: 'Rioux', partner: 'Agence française de développement', title: 'Directeur général' },
  { firstName: 'Adda', lastName: 'Bekkouche' },
  { firstName: 'Claire', lastName: 'Guichard' },
  {
    firstName: 'Jean-Baptiste',
    lastName: 'Lemoyne',
    partner: "Ministère de l'Europe et des Affaires étrangères",
    title: "Secrétaire d'État auprès du ministre de l'Europe et des Affaires étrangères",
  },
];

async function seedOpeningSpeakers(manager: EntityManager, eventId: string): Promise<void> {
  const [opening] = await manager.query(`SELECT id FROM event_sessions WHERE event_id = $1 ORDER BY starts_at LIMIT 1`, [
    eventId,
  ]);
  for (const speaker of OPENING_SPEAKERS) {
    let [contact] = await manager.query(
      `SELECT id FROM contacts WHERE search_text = search_normalize($1 || ' ' || $2) ORDER BY created_at LIMIT 1`,
      [speaker.firstName, speaker.lastName],
    );
    // People of the partners are not among the demo contacts: they are added with their position.
    if (!contact && speaker.partner) {
      [contact] = await manager.query(`INSERT INTO contacts (first_name, last_name) VALUES ($1, $2) RETURNING id`, [
        speaker.firstName,
        speaker.lastName,
      ]);
      await manager.query(
        `INSERT INTO positions (contact_id, partner_id, title, kind, started_on) SELECT $1, id, $3, 'OTHER', '2020-01-01' FROM partners WHERE name = $2`,
        [contact.id, speaker.partner, speaker.title],
      );
    }
    if (!contact) continue;
    await manager.query(`INSERT INTO event_session_speakers (session_id, contact_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      opening.id,
      contact.id,
    ]);
    await manager.query(
      `INSERT INTO participations (event_id, contact_id, partner_id, role, status, country_code, registered_at, checked_in_at)
       VALUES ($1, $2, (SELECT id FROM partners WHERE name = $3), 'SPEAKER', 'ATTENDED', 'FR', '2021-06-01T09:00:00Z', '2021-06-29T08:30:00Z')
       ON CONFLICT (event_id, contact_id) WHERE contact_id IS NOT NULL DO UPDATE SET role = 'SPEAKER'`,
      [eventId, contact.id, speaker.partner ?? null],
    );
  }
}
