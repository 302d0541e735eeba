import { EDITION_12, RENCONTRES_SERIES } from './crm-fixtures.js';
import type { FixtureValues } from './visibility-schema.js';
import type { TestApp } from './test-app.js';

/**
 * A small federation where every kind of link exists and where people who never consented, and
 * collectivities out of a group president's scope, sit at the end of nested paths.
 */
export interface VisibilityFixtures extends FixtureValues {
  /** The contact presiding group A, to link the GROUP_PRESIDENT user to. */
  presidentContactId: string;
}

export const FIXTURE_YEAR = 2021;

export async function createVisibilityFixtures(api: TestApp): Promise<VisibilityFixtures> {
  const call = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.graphql<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data!;
  };
  const ids: Record<string, string[]> = {};
  const names: Record<string, string> = {};
  const keep = (type: string, id: string, name: string) => {
    (ids[type] ??= []).push(id);
    names[id] = name;
    return id;
  };
  const referential = async (kind: string, inseeCode: string, name: string) => {
    const rows = await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = $1 AND insee_code = $2`, [
      kind,
      inseeCode,
    ]);
    if (!rows[0]) throw new Error(`${kind} ${inseeCode} is missing from the referential`);
    return keep('Collectivity', rows[0].id, name);
  };
  const update = async (id: string, input: Record<string, unknown>) => {
    const [{ version }] = await api.dataSource.query('SELECT version FROM collectivities WHERE id = $1', [id]);
    return call('mutation($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id } }', {
      id,
      input: { ...input, version },
    });
  };

  // Collectivities: three members, the département and région of Dijon, two foreign local governments.
  const dijon = await referential('COMMUNE', '21231', 'Dijon');
  const paris = await referential('COMMUNE', '75056', 'Paris');
  const lyon = await referential('COMMUNE', '69123', 'Lyon');
  const coteDor = await referential('DEPARTMENT', '21', "Côte-d'Or");
  const bourgogne = await referential('REGION', '27', 'Bourgogne-Franche-Comté');
  for (const [id, slug] of [
    [dijon, 'dijon'],
    [paris, 'paris'],
    [lyon, 'lyon'],
  ] as const) {
    await update(id, {
      membershipStatus: 'MEMBER',
      memberSince: '2019-01-01',
      deliberationDate: '2018-12-10',
      deliberationReference: `DEL-${slug}`,
      email: `international@${slug}.fr`,
      phone: '+33 3 80 74 51 51',
      notes: `Notes internes sur ${slug}`,
    });
  }
  for (const id of [coteDor, bourgogne])
    await update(id, { email: 'contact@territoire.fr', phone: '+33 3 80 63 30 00', notes: 'Notes internes' });
  const foreign = async (name: string, countryCode: string) => {
    const data = await call<{ createCollectivity: { id: string } }>(
      'mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }',
      {
        input: {
          name,
          kind: 'FOREIGN_LOCAL_GOVERNMENT',
          countryCode,
          email: 'mairie@example.org',
          phone: '+223 20 22 00 00',
          notes: 'Partenaire historique',
        },
      },
    );
    return keep('Collectivity', data.createCollectivity.id, name);
  };
  const bamako = await foreign('District de Bamako', 'ML');
  const yokohama = await foreign('Ville de Yokohama', 'JP');

  // Partners.
  const partner = async (name: string, acronym: string, kind: string) => {
    const data = await call<{ createPartner: { id: string } }>(
      'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      {
        input: { name, acronym, kind, countryCode: 'FR', website: 'https://example.org', notes: `Notes internes sur ${acronym}` },
      },
    );
    return keep('Partner', data.createPartner.id, acronym);
  };
  const afd = await partner('Agence française de développement', 'AFD', 'AGENCY');
  const platforma = await partner('PLATFORMA', 'PLATFORMA', 'EU_PROGRAMME');

  // People: consenting or not, with positions in and out of group A's members.
  const contact = async (firstName: string, lastName: string, consentStatus: string, position: Record<string, unknown>) => {
    const data = await call<{ createContact: { id: string } }>(
      'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
      {
        input: {
          firstName,
          lastName,
          consentStatus,
          consentSource: 'formulaire',
          civility: 'MS',
          email: `${lastName.toLowerCase()}@example.fr`,
          phone: '+33 6 00 00 00 00',
          notes: `Notes internes sur ${firstName} ${lastName}`,
          confirmNotDuplicate: true,
          position: { startedOn: '2020-07-04', ...position },
        },
      },
    );
    return keep('Contact', data.createContact.id, `${firstName} ${lastName} (${consentStatus})`);
  };
  const position = (contactId: string, input: Record<string, unknown>) =>
    call('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: { contactId, startedOn: '2020-07-04', ...input },
    });
  const president = await contact('François', 'Rebsamen', 'GIVEN', { collectivityId: dijon, title: 'Maire', kind: 'ELECTED' });
  await position(president, {
    collectivityId: lyon,
    title: 'Conseiller',
    kind: 'ELECTED',
    startedOn: '2014-04-01',
    endedOn: '2019-12-31',
  });
  // Never consented; holds positions in Dijon (A), Lyon (B) and at a partner, each of another kind.
  const withdrawn = await contact('Nathalie', 'Koenders', 'WITHDRAWN', {
    collectivityId: dijon,
    title: 'Première adjointe',
    kind: 'ELECTED',
  });
  await position(withdrawn, { collectivityId: lyon, title: 'Chargée de mission AICT', kind: 'STAFF' });
  await position(withdrawn, { partnerId: afd, title: 'Experte associée', kind: 'OTHER' });
  const parisian = await contact('Anne', 'Hidalgo', 'GIVEN', { collectivityId: paris, title: 'Maire', kind: 'ELECTED' });
  const unknown = await contact('Grégory', 'Doucet', 'UNKNOWN', { collectivityId: lyon, title: 'Maire', kind: 'ELECTED' });
  const partnerStaff = await contact('Rémy', 'Rioux', 'GIVEN', { partnerId: afd, title: 'Directeur général', kind: 'STAFF' });

  // Groups: A (Dijon, Paris) presided by the president, B (Lyon), a thematic group (Dijon, Lyon).
  const group = async (mutation: string, input: Record<string, unknown>, name: string) => {
    const data = await call<Record<string, { id: string }>>(
      `mutation($input: ${mutation}) { created: ${mutation === 'CreateCountryGroupInput!' ? 'createCountryGroup' : 'createThematicGroup'}(input: $input) { id } }`,
      { input },
    );
    return keep('Group', data.created.id, name);
  };
  const groupA = await group(
    'CreateCountryGroupInput!',
    { name: 'Groupe-pays Mali', countries: ['ML'], description: 'Coopérations avec le Mali' },
    'group A (Mali)',
  );
  const groupB = await group(
    'CreateCountryGroupInput!',
    { name: 'Groupe-pays Japon', countries: ['JP'], description: 'Coopérations avec le Japon' },
    'group B (Japon)',
  );
  const climate = await group(
    'CreateThematicGroupInput!',
    { name: 'Groupe thématique Climat', theme: 'Climat', description: 'Climat' },
    'thematic group (Climat)',
  );
  const members = (groupId: string, collectivityIds: string[]) =>
    call('mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c, joinedOn: "2019-01-01") { id } }', {
      g: groupId,
      c: collectivityIds,
    });
  await members(groupA, [dijon, paris]);
  await members(groupB, [lyon]);
  await members(climate, [dijon, lyon]);
  const officer = (groupId: string, contactId: string, role: string) =>
    call('mutation($input: AssignOfficerInput!) { assignGroupOfficer(input: $input) { id } }', {
      input: { groupId, contactId, role, startedOn: '2021-01-01' },
    });
  await officer(groupA, president, 'PRESIDENT');
  await officer(groupA, withdrawn, 'SECRETARY');
  await officer(groupB, withdrawn, 'VICE_PRESIDENT');
  await officer(groupB, unknown, 'PRESIDENT');
  await officer(climate, unknown, 'PRESIDENT');

  // Cooperations of Dijon and Lyon.
  const cooperation = (frenchCollectivityId: string, foreignCollectivityId: string, kind: string) =>
    call('mutation($input: CreateCooperationInput!) { createCooperation(input: $input) { id } }', {
      input: { frenchCollectivityId, foreignCollectivityId, kind, since: '1999-05-01', themes: ['eau'], notes: 'Notes internes' },
    });
  await cooperation(dijon, bamako, 'DECENTRALISED_COOPERATION');
  await cooperation(lyon, yokohama, 'TWINNING');

  // The edition, its programme with speakers, and its participants.
  const series = await call<{ createEventSeries: { id: string } }>(
    'mutation($input: EventSeriesInput!) { createEventSeries(input: $input) { id } }',
    {
      input: RENCONTRES_SERIES,
    },
  );
  keep('EventSeries', series.createEventSeries.id, 'RAICT');
  const edition = await call<{ createEvent: { id: string } }>(
    'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    {
      input: { seriesId: series.createEventSeries.id, ...EDITION_12, year: FIXTURE_YEAR },
    },
  );
  const eventId = keep('Event', edition.createEvent.id, 'edition 12');
  const session = (title: string, kind: string, speakerIds: string[]) =>
    call('mutation($input: CreateEventSessionInput!) { createEventSession(input: $input) { id } }', {
      input: { eventId, title, kind, speakerIds, startsAt: '2021-06-29T08:00:00Z', durationMinutes: 90, room: 'Amphithéâtre' },
    });
  await session('Plénière : les collectivités face aux crises', 'PLENARY', [president, withdrawn, unknown]);
  await session("L'ODD 17", 'WORKSHOP', [parisian]);
  const participation = async (input: Record<string, unknown>, name: string) => {
    const data = await call<{ createParticipation: { id: string } }>(
      'mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id } }',
      { input: { eventId, notes: 'Notes internes', ...input } },
    );
    return keep('Participation', data.createParticipation.id, name);
  };
  await participation({ contactId: president, collectivityId: dijon, role: 'SPEAKER' }, 'participation of Rebsamen for Dijon');
  await participation({ contactId: withdrawn, collectivityId: lyon, role: 'SPEAKER' }, 'participation of Koenders for Lyon');
  await participation({ contactId: unknown, role: 'ATTENDEE' }, 'participation of Doucet');
  await participation({ contactId: parisian, collectivityId: paris, role: 'ATTENDEE' }, 'participation of Hidalgo for Paris');
  await participation({ collectivityId: dijon, role: 'ATTENDEE' }, 'participation of Dijon');
  await participation({ collectivityId: lyon, role: 'ATTENDEE' }, 'participation of Lyon');
  await participation({ collectivityId: coteDor, role: 'ATTENDEE' }, "participation of Côte-d'Or");
  await participation({ contactId: partnerStaff, partnerId: afd, role: 'PARTNER' }, 'participation of AFD');
  await participation(
    { organisationName: 'Ambassade du Sénégal en France', countryCode: 'SN', role: 'EMBASSY' },
    'participation of an embassy',
  );

  // Partnerships, one tied to the edition.
  const partnership = async (input: Record<string, unknown>, name: string) => {
    const data = await call<{ createPartnership: { id: string } }>(
      'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      {
        input: { year: FIXTURE_YEAR, notes: 'Notes internes', ...input },
      },
    );
    return keep('Partnership', data.createPartnership.id, name);
  };
  await partnership(
    { partnerId: afd, kind: 'FINANCIAL', amountCents: 15_000_000, eventId, agreementReference: 'AFD-2021' },
    'AFD 2021 (edition)',
  );
  await partnership({ partnerId: platforma, kind: 'INSTITUTIONAL' }, 'PLATFORMA 2021');

  // Dues for two years, unpaid: the members are in arrears.
  for (const year of [FIXTURE_YEAR - 1, FIXTURE_YEAR]) {
    await call('mutation($input: SetFeeScaleInput!) { setFeeScale(input: $input) { year } }', {
      input: {
        year,
        dueOn: `${year}-03-31`,
        brackets: [
          { minPopulation: 0, maxPopulation: 99_999, amountCents: 150_000 },
          { minPopulation: 100_000, maxPopulation: null, amountCents: 450_000 },
        ],
      },
    });
    await call('mutation($year: Int!, $on: Date!) { generateDues(year: $year, invoicedOn: $on) { created } }', {
      year,
      on: `${year}-01-15`,
    });
  }

  // A label awarded to Dijon and Lyon at the edition.
  const label = await call<{ createLabel: { id: string } }>(
    'mutation { createLabel(input: { name: "Territoires unis et solidaires face aux crises" }) { id } }',
  );
  keep('Label', label.createLabel.id, 'label');
  for (const collectivityId of [dijon, lyon]) {
    await call('mutation($input: AwardLabelInput!) { awardLabel(input: $input) { id } }', {
      input: { labelId: label.createLabel.id, collectivityId, year: FIXTURE_YEAR, eventId, citation: 'Solidarité' },
    });
  }

  // A mailing to the group's members, sent: its recipients point at contacts.
  const mailing = await call<{ createMailing: { id: string; version: number } }>(
    'mutation($input: CreateMailingInput!) { createMailing(input: $input) { id version } }',
    { input: { subject: 'Invitation', body: 'Bonjour {{contact.firstName}}', audience: { collectivityId: dijon } } },
  );
  await call('mutation($id: ID!, $v: Int!) { sendMailing(id: $id, version: $v) { id } }', {
    id: mailing.createMailing.id,
    v: mailing.createMailing.version,
  });
  keep('Mailing', mailing.createMailing.id, 'mailing');

  // A webhook endpoint (ADMIN only): registered last, so that the fixtures' writes send it nothing.
  const endpoint = await call<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['collectivity.updated'], scopes: [] } },
  );
  keep('WebhookEndpoint', endpoint.createWebhookEndpoint.endpoint.id, 'webhook endpoint');

  return {
    ids,
    names,
    args: {
      year: FIXTURE_YEAR,
      firstName: 'Nathalie',
      lastName: 'Koenders',
      entityType: 'Collectivity',
      entityId: dijon,
      '*String': 'Koenders',
      '*Int': FIXTURE_YEAR,
      '*Boolean': true,
      '*Date': '2021-06-29',
    },
    presidentContactId: president,
  };
}
