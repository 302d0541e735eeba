import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures, EDITION_12, RENCONTRES_SERIES } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_SERIES = 'mutation($input: EventSeriesInput!) { createEventSeries(input: $input) { id name } }';
const CREATE_EVENT =
  'mutation($input: CreateEventInput!) { createEvent(input: $input) { id editionNumber year title startsOn endsOn } }';
const CREATE_SESSION =
  'mutation($input: CreateEventSessionInput!) { createEventSession(input: $input) { id title kind version speakers { id lastName } } }';
const CREATE_PARTICIPATION =
  'mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id status role countryCode checkedInAt displayName organisationDisplayName } }';
const CHECK_IN =
  'mutation($id: ID!) { checkInParticipation(id: $id) { alreadyCheckedIn participation { id status checkedInAt version } } }';

describe('events: editions, programme, participation and check-in', () => {
  let api: TestApp;
  let seriesId: string;
  let eventId: string;
  let dijon: string;
  let paris: string;
  let rebsamen: string;
  let hidalgo: string;
  const count = async (table: string) => Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    const fixtures = crmFixtures(api);
    dijon = await fixtures.communeId('21231');
    paris = await fixtures.communeId('75056');
    rebsamen = await fixtures.contact('François', 'Rebsamen', dijon);
    hidalgo = await fixtures.contact('Anne', 'Hidalgo', paris);
    seriesId = (
      await api.graphql(CREATE_SERIES, {
        input: RENCONTRES_SERIES,
      })
    ).data!.createEventSeries.id;
    const created = await api.graphql(CREATE_EVENT, {
      input: { seriesId, ...EDITION_12 },
    });
    expect(created.errors).toBeUndefined();
    eventId = created.data!.createEvent.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses an edition that ends before it starts, or a second edition with the same number', async () => {
    const before = await count('events');
    const backwards = await api.graphql(CREATE_EVENT, {
      input: { seriesId, editionNumber: 13, year: 2022, title: 'x', startsOn: '2022-06-30', endsOn: '2022-06-29' },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const twelfth = await api.graphql(CREATE_EVENT, {
      input: { seriesId, editionNumber: 12, year: 2021, title: 'bis', startsOn: '2021-06-29', endsOn: '2021-06-29' },
    });
    expect(twelfth.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'editionNumber' });
    const [{ version }] = await api.dataSource.query('SELECT version FROM events WHERE id = $1', [eventId]);
    const moved = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, input: { endsOn: "2021-06-01", version: $v }) { id } }',
      { id: eventId, v: version },
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(await count('events')).toBe(before);
  });

  it('holds the programme: sessions by time with their speakers', async () => {
    const plenary = await api.graphql(CREATE_SESSION, {
      input: {
        eventId,
        title: "L'AICT et le climat : une dynamique en construction",
        kind: 'PLENARY',
        startsAt: '2021-06-29T08:00:00Z',
        durationMinutes: 90,
        speakerIds: [rebsamen, hidalgo],
      },
    });
    expect(plenary.errors).toBeUndefined();
    expect(plenary.data!.createEventSession.speakers.map((speaker: { lastName: string }) => speaker.lastName)).toEqual([
      'Hidalgo',
      'Rebsamen',
    ]);
    await api.graphql(CREATE_SESSION, {
      input: {
        eventId,
        title: "L'ODD 17, sens, décryptages, déclinaisons",
        kind: 'WORKSHOP',
        startsAt: '2021-06-29T10:00:00Z',
        durationMinutes: 75,
      },
    });
    const badSpeaker = await api.graphql(CREATE_SESSION, {
      input: { eventId, title: 'Quiz', kind: 'QUIZ', speakerIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(badSpeaker.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'speakerIds' });
    const zero = await api.graphql(CREATE_SESSION, {
      input: { eventId, title: 'Micro', kind: 'MICRO_WORKSHOP', durationMinutes: 0 },
    });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
    const programme = await api.graphql(
      'query($id: ID!) { event(id: $id) { series { acronym } sessions { kind speakers { lastName } } } }',
      { id: eventId },
    );
    expect(programme.data!.event.series.acronym).toBe('RAICT');
    expect(programme.data!.event.sessions.map((session: { kind: string }) => session.kind)).toEqual(['PLENARY', 'WORKSHOP']);
    const sessionId = plenary.data!.createEventSession.id;
    const changed = await api.graphql(
      'mutation($id: ID!, $ids: [ID!], $v: Int!) { updateEventSession(id: $id, input: { speakerIds: $ids, version: $v }) { id } }',
      {
        id: sessionId,
        ids: [rebsamen],
        v: plenary.data!.createEventSession.version,
      },
    );
    expect(changed.errors).toBeUndefined();
    const after = await api.graphql('query($id: ID!) { event(id: $id) { sessions { title speakers { lastName } } } }', {
      id: eventId,
    });
    expect(after.data!.event.sessions[0].speakers).toEqual([{ lastName: 'Rebsamen' }]);
  });

  it('registers a person once per edition, with the country of the organisation they represent', async () => {
    const first = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, contactId: rebsamen, collectivityId: dijon, role: 'SPEAKER' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createParticipation).toMatchObject({
      status: 'REGISTERED',
      countryCode: 'FR',
      checkedInAt: null,
      displayName: 'François Rebsamen',
      organisationDisplayName: 'Dijon',
    });
    const before = await count('participations');
    const second = await api.graphql(CREATE_PARTICIPATION, { input: { eventId, contactId: rebsamen } });
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'DUPLICATE',
      field: 'contactId',
      existingId: first.data!.createParticipation.id,
    });
    const nobody = await api.graphql(CREATE_PARTICIPATION, { input: { eventId } });
    expect(nobody.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
    const both = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, collectivityId: paris, partnerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
    const country = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, organisationName: 'Ambassade du Wakanda', countryCode: 'WK' },
    });
    expect(country.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    expect(await count('participations')).toBe(before);
    const embassy = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, organisationName: 'Ambassade du Sénégal en France', countryCode: 'sn', role: 'EMBASSY' },
    });
    expect(embassy.data!.createParticipation).toMatchObject({ countryCode: 'SN', displayName: 'Ambassade du Sénégal en France' });
  });

  it('checks a person in once, safely when two desks click together, and never a cancelled registration', async () => {
    const created = await api.graphql(CREATE_PARTICIPATION, { input: { eventId, contactId: hidalgo, collectivityId: paris } });
    const id = created.data!.createParticipation.id;
    // Two desks at once: one records the arrival, the other is told it was already done.
    const [a, b] = await Promise.all([api.graphql(CHECK_IN, { id }), api.graphql(CHECK_IN, { id })]);
    const results = [a.data!.checkInParticipation, b.data!.checkInParticipation];
    expect(results.map((result) => result.alreadyCheckedIn).sort()).toEqual([false, true]);
    expect(results[0].participation.checkedInAt).toBe(results[1].participation.checkedInAt);
    expect(results.every((result) => result.participation.status === 'ATTENDED' && result.participation.version === 2)).toBe(
      true,
    );
    const audited = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Participation' AND entity_id = $1`,
      [id],
    );
    expect(audited[0].n).toBe(2); // the creation and one arrival

    const undone = await api.graphql('mutation($id: ID!) { undoCheckIn(id: $id) { status checkedInAt } }', { id });
    expect(undone.data!.undoCheckIn).toEqual({ status: 'REGISTERED', checkedInAt: null });

    const cancelled = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, organisationName: 'Ville de Bamako', countryCode: 'ML', role: 'FOREIGN_DELEGATION', status: 'CANCELLED' },
    });
    const refused = await api.graphql(CHECK_IN, { id: cancelled.data!.createParticipation.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'CANCELLED' });
    const still = await api.graphql('query($id: ID!) { participation(id: $id) { status checkedInAt } }', {
      id: cancelled.data!.createParticipation.id,
    });
    expect(still.data!.participation).toEqual({ status: 'CANCELLED', checkedInAt: null });
  });

  it('finds participants by part of a name, accents and case aside, and filters by status', async () => {
    const search = async (text: string) =>
      (
        await api.graphql('query($f: ParticipationFilter) { participations(filter: $f) { totalCount nodes { displayName } } }', {
          f: { eventId, search: text },
        })
      ).data!.participations;
    expect((await search('rebsa')).nodes).toEqual([{ displayName: 'François Rebsamen' }]);
    expect((await search('FRANCOIS')).nodes).toEqual([{ displayName: 'François Rebsamen' }]);
    expect((await search('senegal')).nodes).toEqual([{ displayName: 'Ambassade du Sénégal en France' }]);
    expect((await search('dijon')).nodes).toEqual([{ displayName: 'François Rebsamen' }]);
    const cancelled = await api.graphql('query($f: ParticipationFilter) { participations(filter: $f) { totalCount } }', {
      f: { eventId, statuses: ['CANCELLED'] },
    });
    expect(cancelled.data!.participations.totalCount).toBe(1);
    const byName = await api.graphql(
      'query($f: ParticipationFilter) { participations(filter: $f, sort: { field: NAME }) { nodes { displayName } } }',
      { f: { eventId } },
    );
    expect(byName.data!.participations.nodes.map((node: { displayName: string }) => node.displayName)).toEqual([
      'Ambassade du Sénégal en France',
      'Anne Hidalgo',
      'François Rebsamen',
      'Ville de Bamako',
    ]);
  });

  it("shows a collectivity's and a contact's participation across editions", async () => {
    const collectivity = await api.graphql(
      'query($id: ID!) { collectivity(id: $id) { participations { role event { year } } } }',
      { id: dijon },
    );
    expect(collectivity.data!.collectivity.participations).toEqual([{ role: 'SPEAKER', event: { year: 2021 } }]);
    const contact = await api.graphql('query($id: ID!) { contact(id: $id) { participations { event { editionNumber } } } }', {
      id: hidalgo,
    });
    expect(contact.data!.contact.participations).toEqual([{ event: { editionNumber: 12 } }]);
  });

  it('awards the label to a collectivity once a year, with its citation', async () => {
    const label = await api.graphql(
      'mutation { createLabel(input: { name: "Territoires unis et solidaires face aux crises" }) { id } }',
    );
    const labelId = label.data!.createLabel.id;
    const award =
      'mutation($input: AwardLabelInput!) { awardLabel(input: $input) { id year citation collectivity { name } event { year } label { name } } }';
    const input = {
      labelId,
      collectivityId: dijon,
      year: 2021,
      eventId,
      citation: 'Pour sa solidarité avec les collectivités libanaises après l’explosion du port de Beyrouth',
    };
    const first = await api.graphql(award, { input });
    expect(first.data!.awardLabel).toMatchObject({
      collectivity: { name: 'Dijon' },
      event: { year: 2021 },
      label: { name: 'Territoires unis et solidaires face aux crises' },
    });
    const again = await api.graphql(award, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'collectivityId' });
    const listed = await api.graphql(
      'query($id: ID!) { event(id: $id) { awards { collectivity { name } } } collectivity(id: "' +
        dijon +
        '") { labelAwards { year } } }',
      { id: eventId },
    );
    expect(listed.data!.event.awards).toEqual([{ collectivity: { name: 'Dijon' } }]);
    expect(listed.data!.collectivity.labelAwards).toEqual([{ year: 2021 }]);
  });

  it('shows integrations the people behind participations only as far as their contact scopes and consent allow', async () => {
    await api.dataSource.query(`UPDATE contacts SET consent_status = 'GIVEN' WHERE id = $1`, [hidalgo]);
    const query =
      'query($f: ParticipationFilter) { participations(filter: $f, sort: { field: NAME }) { nodes { displayName organisationDisplayName contact { lastName } } } }';
    const read = async (scopes: Parameters<TestApp['apiToken']>[0]) =>
      (
        await api.graphql(query, { f: { eventId, collectivityId: undefined } }, { token: (await api.apiToken(scopes)).token })
      ).data!.participations.nodes.filter((node: { organisationDisplayName: string | null }) =>
        ['Dijon', 'Paris'].includes(node.organisationDisplayName ?? ''),
      );
    expect(await read(['events:read'])).toEqual([
      { displayName: 'Paris', organisationDisplayName: 'Paris', contact: null },
      { displayName: 'Dijon', organisationDisplayName: 'Dijon', contact: null },
    ]);
    expect(await read(['events:read', 'contacts:read'])).toEqual([
      { displayName: 'Anne Hidalgo', organisationDisplayName: 'Paris', contact: { lastName: 'Hidalgo' } },
      { displayName: 'Dijon', organisationDisplayName: 'Dijon', contact: null },
    ]);
    expect((await read(['events:read', 'contacts:all'])).map((node: { displayName: string }) => node.displayName)).toEqual([
      'Anne Hidalgo',
      'François Rebsamen',
    ]);
  });

  it('refuses to delete an edition that has participants', async () => {
    const refused = await api.graphql('mutation($id: ID!) { deleteEvent(id: $id) { id } }', { id: eventId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await count('events')).toBe(1);
  });

  it('lets a group president see his members’ participation and nothing more', async () => {
    const fixtures = crmFixtures(api);
    const group = await fixtures.countryGroup('Groupe-pays Liban', ['LB']);
    await fixtures.addMembers(group, [dijon]);
    await fixtures.officer(group, rebsamen, 'PRESIDENT');
    const president = await api.userWithRole('GROUP_PRESIDENT', rebsamen);
    const seen = await api.graphql(
      'query($f: ParticipationFilter) { participations(filter: $f) { nodes { displayName } } }',
      { f: { eventId } },
      { cookie: president.cookie },
    );
    expect(seen.data!.participations.nodes).toEqual([{ displayName: 'François Rebsamen' }]);
    // staff see the same through the group filter
    const byGroup = await api.graphql('query($f: ParticipationFilter) { participations(filter: $f) { nodes { displayName } } }', {
      f: { eventId, groupId: group },
    });
    expect(byGroup.data!.participations.nodes).toEqual([{ displayName: 'François Rebsamen' }]);
    // several records by id in one request, within what the caller may read
    const byIds = `query($people: [ID!], $groups: [ID!], $events: [ID!]) {
      contacts(filter: { ids: $people }) { nodes { lastName } }
      groups(filter: { ids: $groups }) { nodes { name } }
      events(filter: { ids: $events }) { nodes { editionNumber } }
    }`;
    const ids = { people: [rebsamen, hidalgo], groups: [group], events: [eventId] };
    const asStaff = await api.graphql(byIds, ids);
    expect(asStaff.data!.contacts.nodes.map((node: { lastName: string }) => node.lastName).sort()).toEqual([
      'Hidalgo',
      'Rebsamen',
    ]);
    expect(asStaff.data!.groups.nodes).toEqual([{ name: 'Groupe-pays Liban' }]);
    expect(asStaff.data!.events.nodes).toEqual([{ editionNumber: 12 }]);
    const asPresident = await api.graphql(byIds, ids, { cookie: president.cookie });
    expect(asPresident.data!.contacts.nodes).toEqual([{ lastName: 'Rebsamen' }]);
    const statistics = await api.graphql(
      'query($id: ID!) { eventStatistics(eventId: $id) { registered } }',
      { id: eventId },
      { cookie: president.cookie },
    );
    expect(statistics.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page of 100 participations with people, organisations and editions in a fixed number of queries', async () => {
    const contacts = await api.dataSource.query(
      `INSERT INTO contacts (first_name, last_name) SELECT 'Participant', 'Numéro ' || n FROM generate_series(1, 120) n RETURNING id`,
    );
    const communes = await api.dataSource.query(
      `SELECT id FROM collectivities WHERE kind = 'COMMUNE' ORDER BY population DESC NULLS LAST LIMIT 120`,
    );
    await api.dataSource.query(
      `INSERT INTO participations (event_id, contact_id, collectivity_id, country_code) SELECT $1, c, k, 'FR' FROM unnest($2::uuid[], $3::uuid[]) AS t(c, k)`,
      [eventId, contacts.map((row: { id: string }) => row.id), communes.map((row: { id: string }) => row.id)],
    );
    const page = (limit: number) =>
      `query($f: ParticipationFilter) { participations(filter: $f, page: { limit: ${limit} }, sort: { field: NAME }) { totalCount nodes { displayName organisationDisplayName status event { title } contact { email } collectivity { name department { name } } } } }`;
    api.queryCounter.reset();
    const small = await api.graphql(page(5), { f: { eventId } });
    const smallQueries = api.queryCounter.queries.length;
    api.queryCounter.reset();
    const large = await api.graphql(page(100), { f: { eventId } });
    expect(large.errors).toBeUndefined();
    expect(small.data!.participations.nodes).toHaveLength(5);
    expect(large.data!.participations.nodes).toHaveLength(100);
    expect(api.queryCounter.queries.length).toBe(smallQueries);
    expect(api.queryCounter.queries.length).toBeLessThanOrEqual(10);
  });

  it('merges two records of one person without losing their registration, arrival or talk', async () => {
    const fixtures = crmFixtures(api);
    const kept = await fixtures.contact('Jeanne', 'Doublon', dijon, { email: 'jeanne.doublon@dijon.fr' });
    const duplicate = await fixtures.contact('Jeanne', 'Doublon', dijon);
    await api.graphql(CREATE_PARTICIPATION, { input: { eventId, contactId: kept, collectivityId: dijon } });
    const arrived = (await api.graphql(CREATE_PARTICIPATION, { input: { eventId, contactId: duplicate, collectivityId: dijon } }))
      .data!.createParticipation.id;
    await api.graphql(CHECK_IN, { id: arrived });
    await api.graphql(CREATE_SESSION, {
      input: { eventId, title: 'Micro-atelier : jumelage et climat', kind: 'MICRO_WORKSHOP', speakerIds: [duplicate] },
    });

    const merged = await api.graphql('mutation($k: ID!, $m: ID!) { mergeContacts(keptId: $k, mergedId: $m) { id } }', {
      k: kept,
      m: duplicate,
    });
    expect(merged.errors).toBeUndefined();
    const after = await api.graphql(
      'query($id: ID!) { contact(id: $id) { participations { status checkedInAt event { year } } } }',
      { id: kept },
    );
    expect(after.data!.contact.participations).toEqual([
      { status: 'ATTENDED', checkedInAt: expect.any(String), event: { year: 2021 } },
    ]);
    const speakers = await api.graphql('query($id: ID!) { event(id: $id) { sessions { title speakers { id } } } }', {
      id: eventId,
    });
    expect(
      speakers.data!.event.sessions.find((session: { title: string }) => session.title.startsWith('Micro-atelier')).speakers,
    ).toEqual([{ id: kept }]);
    const exported = JSON.parse(
      (await api.graphql('mutation($id: ID!) { exportContactData(id: $id) }', { id: kept })).data!.exportContactData,
    );
    expect(exported.participations).toEqual([expect.objectContaining({ year: 2021, status: 'ATTENDED', organisation: 'Dijon' })]);
    expect(exported.sessionsSpokenIn).toEqual([expect.objectContaining({ session: 'Micro-atelier : jumelage et climat' })]);
  });

  it('answers every other query and mutation of the module, refusing stale or inconsistent changes', async () => {
    // series and editions
    const series = await api.graphql('{ eventSeries { id name acronym version } }');
    expect(series.data!.eventSeries).toEqual([expect.objectContaining({ id: seriesId, acronym: 'RAICT', version: 1 })]);
    const renamed = await api.graphql(
      'mutation($id: ID!) { updateEventSeries(id: $id, input: { version: 1, description: "La journée annuelle" }) { version description } }',
      { id: seriesId },
    );
    expect(renamed.data!.updateEventSeries).toEqual({ version: 2, description: 'La journée annuelle' });
    const stale = await api.graphql(
      'mutation($id: ID!) { updateEventSeries(id: $id, input: { version: 1, acronym: "X" }) { id } }',
      { id: seriesId },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const found = await api.graphql(
      '{ byTheme: events(filter: { search: "enjeux globaux" }) { totalCount } byYear: events(filter: { year: 2020 }) { totalCount } }',
    );
    expect(found.data).toEqual({ byTheme: { totalCount: 1 }, byYear: { totalCount: 0 } });

    // a registration changed: cancelled clears the arrival, attended sets it; a stale version is refused
    const created = await api.graphql(CREATE_PARTICIPATION, {
      input: { eventId, organisationName: 'Ville de Québec', countryCode: 'CA', role: 'FOREIGN_DELEGATION' },
    });
    const id = created.data!.createParticipation.id;
    const picked = await api.graphql('query($ids: [ID!]) { participations(filter: { ids: $ids }) { nodes { displayName } } }', {
      ids: [id],
    });
    expect(picked.data!.participations.nodes).toEqual([{ displayName: 'Ville de Québec' }]);
    const update =
      'mutation($id: ID!, $input: UpdateParticipationInput!) { updateParticipation(id: $id, input: $input) { status checkedInAt version role } }';
    const attended = await api.graphql(update, { id, input: { version: 1, status: 'ATTENDED' } });
    expect(attended.data!.updateParticipation).toMatchObject({ status: 'ATTENDED', checkedInAt: expect.any(String), version: 2 });
    const cancelled = await api.graphql(update, { id, input: { version: 2, status: 'CANCELLED' } });
    expect(cancelled.data!.updateParticipation).toMatchObject({ status: 'CANCELLED', checkedInAt: null, version: 3 });
    expect((await api.graphql(update, { id, input: { version: 2, role: 'PRESS' } })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    const both = await api.graphql(update, {
      id,
      input: { version: 3, collectivityId: dijon, partnerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
    const deleted = await api.graphql('mutation($id: ID!) { deleteParticipation(id: $id) { id } }', { id });
    expect(deleted.data!.deleteParticipation).toEqual({ id });
    expect((await api.graphql('query($id: ID!) { participation(id: $id) { id } }', { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    // a session removed from the programme
    const session = await api.graphql(CREATE_SESSION, { input: { eventId, title: 'Session annulée', kind: 'OTHER' } });
    const sessionId = session.data!.createEventSession.id;
    await api.graphql('mutation($id: ID!) { deleteEventSession(id: $id) { id } }', { id: sessionId });
    const programme = await api.graphql('query($id: ID!) { event(id: $id) { sessions { id } } }', { id: eventId });
    expect(programme.data!.event.sessions.map((row: { id: string }) => row.id)).not.toContain(sessionId);

    // labels: listed, an award's citation corrected, then withdrawn
    const labels = await api.graphql('{ labels { id name awards { year collectivity { name } } } }');
    const label = labels.data!.labels[0];
    expect(label.awards).toEqual([{ year: 2021, collectivity: { name: 'Dijon' } }]);
    const awards = await api.graphql('query($c: ID) { labelAwards(collectivityId: $c, year: 2021) { id version citation } }', {
      c: dijon,
    });
    const award = awards.data!.labelAwards[0];
    const corrected = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateLabelAward(id: $id, input: { version: $v, citation: "Solidarité avec Beyrouth" }) { citation version } }',
      { id: award.id, v: award.version },
    );
    expect(corrected.data!.updateLabelAward).toEqual({ citation: 'Solidarité avec Beyrouth', version: award.version + 1 });
    await api.graphql('mutation($id: ID!) { deleteLabelAward(id: $id) { id } }', { id: award.id });
    expect(
      (await api.graphql('query($c: ID) { labelAwards(collectivityId: $c) { id } }', { c: dijon })).data!.labelAwards,
    ).toEqual([]);
  });

  it('marks the registrations never checked in absent once the edition has started, and only then', async () => {
    const count = async (status: string) =>
      Number(
        (
          await api.dataSource.query(`SELECT count(*) AS n FROM participations WHERE event_id = $1 AND status = $2`, [
            eventId,
            status,
          ])
        )[0].n,
      );
    const waiting = await count('REGISTERED');
    const absentBefore = await count('NO_SHOW');
    const attended = await count('ATTENDED');
    expect(waiting).toBeGreaterThan(0);
    const marked = await api.graphql('mutation($id: ID!) { markAbsentees(eventId: $id) { eventId markedAbsent } }', {
      id: eventId,
    });
    expect(marked.data!.markAbsentees).toEqual({ eventId, markedAbsent: waiting });
    expect([await count('REGISTERED'), await count('NO_SHOW'), await count('ATTENDED')]).toEqual([
      0,
      absentBefore + waiting,
      attended,
    ]);
    const traced = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Participation' AND changes->'status' = '["REGISTERED", "NO_SHOW"]'::jsonb`,
    );
    expect(traced[0].n).toBe(waiting);
    // a late arrival is still welcome
    const [late] = await api.dataSource.query(
      `SELECT id FROM participations WHERE event_id = $1 AND status = 'NO_SHOW' LIMIT 1`,
      [eventId],
    );
    expect((await api.graphql(CHECK_IN, { id: late.id })).data!.checkInParticipation.participation.status).toBe('ATTENDED');

    const next = await api.graphql(CREATE_EVENT, {
      input: { seriesId, editionNumber: 30, year: 2040, title: '30e Rencontres', startsOn: '2040-06-29', endsOn: '2040-06-29' },
    });
    const early = await api.graphql('mutation($id: ID!) { markAbsentees(eventId: $id) { markedAbsent } }', {
      id: next.data!.createEvent.id,
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
  });
});
