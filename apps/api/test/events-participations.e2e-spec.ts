import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The participants list's bulk actions, and the check-in desk: a search that tolerates typos, walk-ins. */

const CREATE = 'mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id } }';
const SET_STATUS = `mutation($ids: [ID!]!, $status: ParticipationStatus!) { setParticipationsStatus(ids: $ids, status: $status) {
  changed participations { id status checkedInAt version displayName } } }`;
const DELETE = 'mutation($ids: [ID!]!) { deleteParticipations(ids: $ids) { deleted ids } }';
const SEARCH =
  'query($eventId: ID!, $search: String!) { checkInSearch(eventId: $eventId, search: $search) { id displayName organisationDisplayName status } }';
const WALK_IN = `mutation($input: WalkInInput!) { registerWalkIn(input: $input) {
  id status checkedInAt registeredAt role countryCode displayName organisationDisplayName contact { id email } } }`;

describe('participants in bulk, and at the desk', () => {
  let api: TestApp;
  let eventId: string;
  let dijon: string;
  let koenders: string;
  const ids: string[] = [];
  const count = async (table: string, where = 'TRUE') =>
    Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`))[0].n);
  const statuses = async () =>
    (await api.dataSource.query(
      `SELECT status, count(*)::int AS n FROM participations WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [eventId],
    )) as {
      status: string;
      n: number;
    }[];

  beforeAll(async () => {
    api = await startTestApp();
    const fixtures = crmFixtures(api);
    dijon = await fixtures.communeId('21231');
    koenders = await fixtures.contact('Nathalie', 'Koenders', dijon, { email: 'n.koenders@dijon.test' });
    const others = [await fixtures.contact('Claire', 'Vasseur', dijon), await fixtures.contact('Hugo', 'Perrin', dijon)];
    const [series] = await api.dataSource.query(`INSERT INTO event_series (name) VALUES ('Rencontres') RETURNING id`);
    const [event] = await api.dataSource.query(
      `INSERT INTO events (series_id, edition_number, year, title, starts_on, ends_on) VALUES ($1, 12, 2021, 'Rencontres', '2021-06-29', '2021-06-29') RETURNING id`,
      [series.id],
    );
    eventId = event.id;
    for (const contactId of [koenders, ...others]) {
      ids.push(
        (
          await api.graphql<{ createParticipation: { id: string } }>(CREATE, {
            input: { eventId, contactId, collectivityId: dijon },
          })
        ).data!.createParticipation.id,
      );
    }
    ids.push(
      (
        await api.graphql<{ createParticipation: { id: string } }>(CREATE, {
          input: { eventId, organisationName: 'Ambassade du Japon', role: 'EMBASSY' },
        })
      ).data!.createParticipation.id,
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('marks many present, absent or cancelled at once, each change traced', async () => {
    const auditBefore = await count('audit_entries');
    const present = await api.graphql<{
      setParticipationsStatus: {
        changed: number;
        participations: { status: string; checkedInAt: string | null; displayName: string }[];
      };
    }>(SET_STATUS, { ids: ids.slice(0, 3), status: 'ATTENDED' });
    expect(present.errors).toBeUndefined();
    expect(present.data!.setParticipationsStatus.changed).toBe(3);
    expect(present.data!.setParticipationsStatus.participations.map((row) => [row.status, row.checkedInAt !== null])).toEqual(
      Array(3).fill(['ATTENDED', true]),
    );
    expect(present.data!.setParticipationsStatus.participations[0]!.displayName).toBe('Nathalie Koenders');
    expect(await count('audit_entries')).toBe(auditBefore + 3);
    // again: nothing changes, the arrival times stay
    const again = await api.graphql<{ setParticipationsStatus: { changed: number; participations: { checkedInAt: string }[] } }>(
      SET_STATUS,
      { ids: ids.slice(0, 3), status: 'ATTENDED' },
    );
    expect(again.data!.setParticipationsStatus.changed).toBe(0);
    expect(again.data!.setParticipationsStatus.participations.map((row) => row.checkedInAt)).toEqual(
      present.data!.setParticipationsStatus.participations.map((row) => row.checkedInAt),
    );

    const absent = await api.graphql<{
      setParticipationsStatus: { participations: { status: string; checkedInAt: string | null }[] };
    }>(SET_STATUS, { ids: [ids[1], ids[2]], status: 'NO_SHOW' });
    expect(absent.data!.setParticipationsStatus.participations).toEqual([
      expect.objectContaining({ status: 'NO_SHOW', checkedInAt: null }),
      expect.objectContaining({ status: 'NO_SHOW', checkedInAt: null }),
    ]);
    const cancelled = await api.graphql<{ setParticipationsStatus: { changed: number } }>(SET_STATUS, {
      ids: [ids[3]],
      status: 'CANCELLED',
    });
    expect(cancelled.data!.setParticipationsStatus.changed).toBe(1);
    expect(await statuses()).toEqual([
      { status: 'ATTENDED', n: 1 },
      { status: 'CANCELLED', n: 1 },
      { status: 'NO_SHOW', n: 2 },
    ]);
    const traced = await api.dataSource.query(
      `SELECT changes FROM audit_entries WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY at DESC LIMIT 1`,
      [ids[3]],
    );
    expect(traced[0].changes).toEqual({ status: ['REGISTERED', 'CANCELLED'] });
  });

  it('is all or nothing: an id that does not exist changes nothing, and says which', async () => {
    const before = await statuses();
    const auditBefore = await count('audit_entries');
    const missing = '6f1c8f3e-2d7b-4a57-9a43-0d7c5a1b2c3d';
    const refused = await api.graphql(SET_STATUS, { ids: [ids[1], missing], status: 'ATTENDED' });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: [missing] });
    const notDeleted = await api.graphql(DELETE, { ids: [ids[1], missing] });
    expect(notDeleted.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: [missing] });
    const notAnId = await api.graphql(DELETE, { ids: ['not-an-id'] });
    expect(notAnId.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const none = await api.graphql(DELETE, { ids: [] });
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(await statuses()).toEqual(before);
    expect(await count('audit_entries')).toBe(auditBefore);
  });

  it('deletes many at once, each deletion traced', async () => {
    const done = await api.graphql<{ deleteParticipations: { deleted: number; ids: string[] } }>(DELETE, {
      ids: [ids[2], ids[3]],
    });
    expect(done.data!.deleteParticipations).toEqual({ deleted: 2, ids: [ids[2], ids[3]] });
    expect(await count('participations', `event_id = '${eventId}'`)).toBe(2);
    expect(await count('audit_entries', `action = 'DELETE' AND entity_type = 'Participation'`)).toBe(2);
  });

  it('finds people at the desk despite a typo, the closest first', async () => {
    const search = async (text: string) =>
      (
        await api.graphql<{ checkInSearch: { displayName: string; organisationDisplayName: string | null }[] }>(SEARCH, {
          eventId,
          search: text,
        })
      ).data!.checkInSearch.map((row) => row.displayName);
    expect(await search('Koendres')).toEqual(['Nathalie Koenders']);
    expect(await search('natali koenders')).toEqual(['Nathalie Koenders']);
    expect(await search('n.koenders@dijon.test')).toEqual(['Nathalie Koenders']);
    expect(await search('Claire Vaseur')).toEqual(['Claire Vasseur']);
    expect(await search('Dijon')).toEqual(expect.arrayContaining(['Nathalie Koenders', 'Claire Vasseur']));
    expect(await search('zzzz')).toEqual([]);
  });

  it('registers and checks a walk-in in at once; a person already registered is pointed to', async () => {
    const contactsBefore = await count('contacts');
    const walkIn = await api.graphql<{ registerWalkIn: Record<string, unknown> }>(WALK_IN, {
      input: {
        eventId,
        firstName: 'Yannick',
        lastName: 'Bernard',
        email: 'Y.Bernard@example.org',
        collectivityId: dijon,
        role: 'ATTENDEE',
      },
    });
    expect(walkIn.errors).toBeUndefined();
    expect(walkIn.data!.registerWalkIn).toMatchObject({
      status: 'ATTENDED',
      checkedInAt: expect.any(String),
      displayName: 'Yannick Bernard',
      organisationDisplayName: 'Dijon',
      countryCode: 'FR',
      contact: { email: 'y.bernard@example.org' },
    });
    expect(await count('contacts')).toBe(contactsBefore + 1);
    // an organisation alone
    const embassy = await api.graphql<{ registerWalkIn: Record<string, unknown> }>(WALK_IN, {
      input: { eventId, organisationName: 'Ambassade du Sénégal', countryCode: 'SN', role: 'EMBASSY' },
    });
    expect(embassy.data!.registerWalkIn).toMatchObject({
      status: 'ATTENDED',
      displayName: 'Ambassade du Sénégal',
      role: 'EMBASSY',
    });

    // known by email: the same contact, already registered
    const again = await api.graphql(WALK_IN, {
      input: { eventId, firstName: 'Yannick', lastName: 'Bernard', email: 'y.bernard@example.org' },
    });
    expect(again.errors![0]!.extensions).toMatchObject({
      code: 'DUPLICATE',
      existingId: (walkIn.data!.registerWalkIn as { id: string }).id,
    });
    const registered = await api.graphql(WALK_IN, { input: { eventId, contactId: koenders } });
    expect(registered.errors![0]!.extensions).toMatchObject({ code: 'DUPLICATE', existingId: ids[0] });
    const nobody = await api.graphql(WALK_IN, { input: { eventId, firstName: 'Yannick' } });
    expect(nobody.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastName' });
    expect(await count('contacts')).toBe(contactsBefore + 1);
  });
});
