import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REGISTRATION_PARTNERS, registrationFile, UNREAD_STATUS, type RegistrationFile } from './support/registration-file.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The registration file as an event platform exports it (530 lines): statuses kept, every
 * organisation found by its official code or its name, the namesakes settled in one answer, the
 * edition's figures equal to the file's; re-imported with other statuses; undone.
 */

const PREVIEW = `mutation($input: ParticipationImportInput!) { previewParticipationImport(input: $input) {
  counts { rows ready alreadyRegistered ambiguous errors duplicates statusChanges }
  questions { question count lines singleCandidate }
  statuses { value count status mapped }
  rows { line outcome organisation status currentStatus statusChange organisationMatch collectivityId partnerId contactMatch questions
         organisationCandidates { id name } errors { field code value message } notices { field code value message } } } }`;
const COMMIT = `mutation($input: ParticipationImportInput!) { commitParticipationImport(input: $input) {
  importId participationsCreated contactsCreated positionsCreated statusesUpdated unchanged skipped } }`;
const UNDO =
  'mutation($id: ID!) { undoParticipationImport(id: $id) { importId participationsDeleted statusesRestored contactsDeleted contactsKept } }';
const STATISTICS = `query($id: ID!) { eventStatistics(eventId: $id) {
  registered attended cancelled noShow frenchCollectivities countries foreignDelegations embassies speakers } }`;

interface Row {
  line: number;
  outcome: string;
  organisation: string | null;
  status: string | null;
  currentStatus: string | null;
  statusChange: boolean;
  organisationMatch: string;
  collectivityId: string | null;
  partnerId: string | null;
  contactMatch: string;
  questions: string[];
  organisationCandidates: { id: string; name: string }[];
  errors: { field: string; code: string; value: string | null; message: string }[];
  notices: { field: string; code: string; value: string | null; message: string }[];
}
interface Preview {
  counts: Record<string, number>;
  questions: { question: string; count: number; lines: number[]; singleCandidate: number }[];
  statuses: { value: string; count: number; status: string | null; mapped: boolean }[];
  rows: Row[];
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const ZERO = {
  registered: 0,
  attended: 0,
  cancelled: 0,
  noShow: 0,
  frenchCollectivities: 0,
  countries: 0,
  foreignDelegations: 0,
  embassies: 0,
  speakers: 0,
};

describe('the registration file as it comes', () => {
  let api: TestApp;
  let file: RegistrationFile;
  let eventId: string;
  const partners: Record<string, string> = {};
  const statusValues = [UNREAD_STATUS];
  const input = (extra: Record<string, unknown> = {}, csv = file.csv) => ({
    eventId,
    fileName: file.fileName,
    contentBase64: base64(csv),
    ...extra,
  });
  const preview = async (extra: Record<string, unknown> = {}, csv?: string) => {
    const response = await api.graphql<{ previewParticipationImport: Preview }>(PREVIEW, { input: input(extra, csv) });
    expect(response.errors).toBeUndefined();
    return response.data!.previewParticipationImport;
  };
  const commit = (extra: Record<string, unknown> = {}, csv?: string) =>
    api.graphql<{ commitParticipationImport: Record<string, number | string> }>(COMMIT, { input: input(extra, csv) });
  const figures = async () =>
    (await api.graphql<{ eventStatistics: typeof ZERO }>(STATISTICS, { id: eventId })).data!.eventStatistics;
  const count = async (table: string) => Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    contacts: await count('contacts'),
    participations: await count('participations'),
    audit: await count('audit_entries'),
    imports: await count('participation_imports'),
  });
  const collectivity = async (kind: string, inseeCode: string) =>
    (await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = $1 AND insee_code = $2`, [kind, inseeCode]))[0]
      .id as string;

  beforeAll(async () => {
    api = await startTestApp();
    file = registrationFile();
    for (const partner of REGISTRATION_PARTNERS) {
      const created = await api.graphql<{ createPartner: { id: string } }>(
        'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
        {
          input: { name: partner.name, acronym: partner.acronym, kind: partner.kind },
        },
      );
      expect(created.errors).toBeUndefined();
      partners[partner.written] = created.data!.createPartner.id;
    }
    await api.dataSource.query(
      `INSERT INTO contacts (first_name, last_name, email) SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[])`,
      [
        file.namesakes.map((contact) => contact.firstName),
        file.namesakes.map((contact) => contact.lastName),
        file.namesakes.map((contact) => contact.email),
      ],
    );
    const [series] = await api.dataSource.query(
      `INSERT INTO event_series (name, acronym) VALUES ('Rencontres AICT', 'RAICT') RETURNING id`,
    );
    const [event] = await api.dataSource.query(
      `INSERT INTO events (series_id, edition_number, year, title, starts_on, ends_on) VALUES ($1, 12, 2021, '12es Rencontres', '2021-06-29', '2021-06-29') RETURNING id`,
      [series.id],
    );
    eventId = event.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('reads the file: statuses, every kind of official code, partners by acronym, namesakes grouped', async () => {
    const result = await preview();
    expect(result.counts).toMatchObject({
      rows: file.dataLines,
      duplicates: file.duplicates,
      ambiguous: 98,
      errors: file.unreadStatusLines,
    });
    expect(result.counts.ready).toBe(file.dataLines - file.duplicates - 98 - file.unreadStatusLines);
    // one question, 98 lines, each with one namesake
    expect(result.questions).toEqual([
      { question: 'SAME_NAME_OTHER_EMAIL', count: 98, lines: expect.any(Array), singleCandidate: 98 },
    ]);
    // the status column: every value read but one, which is listed to be mapped
    const statuses = Object.fromEntries(result.statuses.map((value) => [value.value, value.status]));
    expect(statuses).toMatchObject({
      Présent: 'ATTENDED',
      Attended: 'ATTENDED',
      Absent: 'NO_SHOW',
      'No-show': 'NO_SHOW',
      Annulé: 'CANCELLED',
      Cancelled: 'CANCELLED',
      Inscrit: 'REGISTERED',
      Registered: 'REGISTERED',
    });
    expect(result.statuses.find((value) => value.value === UNREAD_STATUS.value)).toEqual({
      value: UNREAD_STATUS.value,
      count: file.unreadStatusLines,
      status: null,
      mapped: false,
    });
    const unread = result.rows.filter((row) => row.outcome === 'ERROR');
    expect(unread.map((row) => row.errors.map((error) => error.code))).toEqual(
      Array(file.unreadStatusLines).fill(['UNKNOWN_STATUS']),
    );
    expect(unread[0]!.errors[0]!.message).toContain('Excusé(e)');
    expect(unread.map((row) => row.status)).toEqual(Array(file.unreadStatusLines).fill(null));

    const byOrganisation = (name: string) => result.rows.find((row) => row.organisation === name)!;
    // départements, régions (84 is both: the type tells), overseas collectivities: found by code
    expect(byOrganisation('Conseil départemental de Vaucluse')).toMatchObject({
      organisationMatch: 'CODE',
      collectivityId: await collectivity('DEPARTMENT', '84'),
    });
    expect(byOrganisation('Région Auvergne-Rhône-Alpes')).toMatchObject({
      organisationMatch: 'CODE',
      collectivityId: await collectivity('REGION', '84'),
    });
    expect(byOrganisation("Conseil départemental d'Indre-et-Loire")).toMatchObject({
      collectivityId: await collectivity('DEPARTMENT', '37'),
    });
    expect(byOrganisation('Collectivité de Corse – Corse-du-Sud')).toMatchObject({
      collectivityId: await collectivity('DEPARTMENT', '2A'),
    });
    expect(byOrganisation('Département de La Réunion')).toMatchObject({
      collectivityId: await collectivity('DEPARTMENT', '974'),
    });
    for (const [code, name] of [
      ['975', 'Collectivité territoriale de Saint-Pierre-et-Miquelon'],
      ['977', 'Collectivité de Saint-Barthélemy'],
      ['978', 'Collectivité de Saint-Martin'],
      ['986', 'Wallis-et-Futuna'],
      ['987', 'Polynésie française'],
      ['988', 'Nouvelle-Calédonie'],
    ] as const) {
      expect(byOrganisation(name)).toMatchObject({
        outcome: expect.stringMatching(/NEW|AMBIGUOUS/),
        organisationMatch: 'CODE',
        collectivityId: await collectivity('OVERSEAS_COLLECTIVITY', code),
      });
    }
    // a code matching nothing: the name finds the commune, and the line says so
    const dijon = byOrganisation('Ville de Dijon');
    expect(dijon).toMatchObject({ organisationMatch: 'NAME', collectivityId: await collectivity('COMMUNE', '21231') });
    expect(dijon.notices).toEqual([
      expect.objectContaining({ field: 'ORGANISATION_CODE', code: 'UNKNOWN_CODE', value: '99999' }),
    ]);
    // partners written with their acronym
    for (const partner of REGISTRATION_PARTNERS)
      expect(byOrganisation(partner.written)).toMatchObject({ partnerId: partners[partner.written], collectivityId: null });
    // present lines become attended, cancelled ones cancelled
    expect(result.rows.filter((row) => row.outcome === 'NEW').map((row) => row.status)).toEqual(
      expect.arrayContaining(['ATTENDED', 'NO_SHOW', 'CANCELLED', 'REGISTERED']),
    );
  });

  it('refuses, changing nothing: a status nobody reads, a group answer naming no contact, a file whose every line is in error', async () => {
    const before = await counts();
    const unread = await commit({ groupAnswers: [{ question: 'SAME_NAME_OTHER_EMAIL', answer: 'NEW_CONTACT' }] });
    expect(unread.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rows',
      fields: [{ field: 'rows', code: 'UNRESOLVED_ROWS' }],
    });
    expect((unread.errors![0]!.extensions.rows as { line: number; message: string }[])[0]!.message).toContain('STATUS');

    const nobody = await commit({
      statusValues,
      groupAnswers: [
        { question: 'SAME_NAME_OTHER_EMAIL', answer: 'KNOWN_CONTACT', contactId: '5b0d7a2e-8c1f-4f53-9a6e-2f4b8c9d1e07' },
      ],
    });
    expect(nobody.data).toBeNull();
    expect(nobody.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'groupAnswers.0.contactId',
      fields: [{ code: 'UNKNOWN_CONTACT' }],
    });
    const wrongAnswer = await commit({
      statusValues,
      groupAnswers: [{ question: 'SAME_NAME_OTHER_EMAIL', answer: 'KEEP_NAME' }],
    });
    expect(wrongAnswer.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'groupAnswers.0',
      fields: [{ code: 'ANSWER' }],
    });

    const allWrong = 'Prénom;Nom;E-mail;Pays\nAnne;Dupont;anne@example.org;Atlantide\nJean;Durand;jean@example.org;Utopie\n';
    const every = await commit({}, allWrong);
    expect(every.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rows',
      fields: [{ code: 'EVERY_ROW_IN_ERROR' }],
    });
    expect(await counts()).toEqual(before);
  });

  let firstImport: string;
  it("imports it with one answer for the 98 namesakes and the unread status mapped: the edition's figures are the file's", async () => {
    const answered = await preview({
      statusValues,
      groupAnswers: [{ question: 'SAME_NAME_OTHER_EMAIL', answer: 'NEW_CONTACT' }],
    });
    expect(answered.counts).toMatchObject({ ambiguous: 0, errors: 0, ready: file.dataLines - file.duplicates });
    // the group is still shown, to change the answer
    expect(answered.questions[0]).toMatchObject({ question: 'SAME_NAME_OTHER_EMAIL', count: 98 });

    const done = await commit({ statusValues, groupAnswers: [{ question: 'SAME_NAME_OTHER_EMAIL', answer: 'NEW_CONTACT' }] });
    expect(done.errors).toBeUndefined();
    const lines = file.dataLines - file.duplicates;
    expect(done.data!.commitParticipationImport).toMatchObject({
      participationsCreated: lines,
      contactsCreated: lines,
      statusesUpdated: 0,
      unchanged: 0,
      skipped: file.duplicates,
    });
    firstImport = done.data!.commitParticipationImport.importId as string;
    expect(await figures()).toEqual(file.expected);
    expect(file.expected).toMatchObject({ foreignDelegations: 15, embassies: 18 });
    expect(file.expected.frenchCollectivities).toBeGreaterThan(120);

    // present: checked in on the edition's day (noon in Paris, the time not being known)
    const arrivals = await api.dataSource.query(
      `SELECT DISTINCT checked_in_at FROM participations WHERE event_id = $1 AND status = 'ATTENDED'`,
      [eventId],
    );
    expect(arrivals.map((row: { checked_in_at: Date }) => row.checked_in_at.toISOString())).toEqual(['2021-06-29T10:00:00.000Z']);
    expect(
      Number(
        (
          await api.dataSource.query(
            `SELECT count(*) AS n FROM participations WHERE event_id = $1 AND status <> 'ATTENDED' AND checked_in_at IS NOT NULL`,
            [eventId],
          )
        )[0].n,
      ),
    ).toBe(0);

    // recorded: who, when, which file, what it did
    const listed = await api.graphql<{ participationImports: Record<string, unknown>[] }>(
      'query($id: ID!) { participationImports(eventId: $id) { id fileName importedBy importedAt rows participationsCreated contactsCreated statusesUpdated skipped undoneAt } }',
      { id: eventId },
    );
    expect(listed.data!.participationImports).toEqual([
      expect.objectContaining({
        id: firstImport,
        fileName: file.fileName,
        importedBy: expect.any(String),
        rows: file.dataLines,
        participationsCreated: lines,
        statusesUpdated: 0,
        undoneAt: null,
      }),
    ]);
  });

  let secondImport: string;
  it('imported again with other statuses: updates them, says how many, creates nothing', async () => {
    const before = await counts();
    const changed = file.csv.replace(/;Absent\r\n/g, ';Présent\r\n').replace(/;Inscrit\r\n/g, ';Annulé\r\n');
    // the lines the platform exported twice change nothing more
    const lines = file.csv.split('\r\n').slice(1, -(file.duplicates + 1));
    const absent = lines.filter((line) => line.endsWith(';Absent')).length;
    const registered = lines.filter((line) => line.endsWith(';Inscrit')).length;
    const shown = await preview({ statusValues }, changed);
    expect(shown.counts).toMatchObject({ ready: 0, ambiguous: 0, statusChanges: absent + registered });
    expect(shown.rows.find((row) => row.statusChange)).toMatchObject({
      outcome: 'ALREADY_REGISTERED',
      currentStatus: expect.stringMatching(/NO_SHOW|REGISTERED/),
    });

    const done = await commit({ statusValues }, changed);
    expect(done.data!.commitParticipationImport).toMatchObject({
      participationsCreated: 0,
      contactsCreated: 0,
      statusesUpdated: absent + registered,
    });
    secondImport = done.data!.commitParticipationImport.importId as string;
    const after = await counts();
    expect(after).toMatchObject({ contacts: before.contacts, participations: before.participations });
    expect(await figures()).toEqual({
      ...file.expected,
      attended: file.expected.attended + absent,
      noShow: file.expected.noShow - absent,
      cancelled: file.expected.cancelled + registered,
      registered: file.expected.registered - registered,
      // the people who cancelled were all at organisations others came from, or the figures say otherwise
      frenchCollectivities: expect.any(Number),
      countries: expect.any(Number),
      foreignDelegations: expect.any(Number),
      embassies: expect.any(Number),
      speakers: expect.any(Number),
    });
    // the same file once more: nothing to change
    expect((await commit({ statusValues }, changed)).data!.commitParticipationImport).toMatchObject({
      statusesUpdated: 0,
      participationsCreated: 0,
    });
  });

  it('undoes the second import (the statuses go back), then the first (nothing left); twice is refused', async () => {
    const undoneSecond = await api.graphql<{ undoParticipationImport: Record<string, number> }>(UNDO, { id: secondImport });
    expect(undoneSecond.errors).toBeUndefined();
    expect(undoneSecond.data!.undoParticipationImport).toMatchObject({ participationsDeleted: 0, contactsDeleted: 0 });
    expect(undoneSecond.data!.undoParticipationImport.statusesRestored).toBeGreaterThan(0);
    expect(await figures()).toEqual(file.expected);

    const contactsBefore = await count('contacts');
    const undoneFirst = await api.graphql<{ undoParticipationImport: Record<string, number> }>(UNDO, { id: firstImport });
    expect(undoneFirst.errors).toBeUndefined();
    const lines = file.dataLines - file.duplicates;
    expect(undoneFirst.data!.undoParticipationImport).toEqual({
      importId: firstImport,
      participationsDeleted: lines,
      statusesRestored: 0,
      contactsDeleted: lines,
      contactsKept: 0,
    });
    expect(await count('contacts')).toBe(contactsBefore - lines);
    expect(await figures()).toEqual(ZERO);
    const traced = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE entity_type = 'Participation' AND action = 'DELETE'`,
    );
    expect(traced[0].n).toBe(lines);

    const before = await counts();
    const twice = await api.graphql(UNDO, { id: firstImport });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_UNDONE' });
    expect(twice.errors![0]!.message).toMatch(/already undone/);
    expect(await counts()).toEqual(before);
  });

  it('refuses to undo an import whose participations changed since, naming them; nothing changes', async () => {
    const done = await commit({ statusValues, groupAnswers: [{ question: 'SAME_NAME_OTHER_EMAIL', answer: 'KNOWN_CONTACT' }] });
    expect(done.errors).toBeUndefined();
    // the known contacts were taken: only the others are new
    expect(done.data!.commitParticipationImport).toMatchObject({ contactsCreated: file.dataLines - file.duplicates - 98 });
    const [changed] = await api.dataSource.query(
      `SELECT p.id, c.first_name || ' ' || c.last_name AS name FROM participations p JOIN contacts c ON c.id = p.contact_id
       WHERE p.event_id = $1 AND p.status = 'REGISTERED' ORDER BY c.last_name LIMIT 1`,
      [eventId],
    );
    const checkedIn = await api.graphql('mutation($id: ID!) { checkInParticipation(id: $id) { alreadyCheckedIn } }', {
      id: changed.id,
    });
    expect(checkedIn.errors).toBeUndefined();
    const before = await counts();
    const refused = await api.graphql(UNDO, { id: done.data!.commitParticipationImport.importId });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHANGED_SINCE',
      changedCount: 1,
      participations: [{ id: changed.id, name: changed.name, deleted: false }],
    });
    expect(refused.errors![0]!.message).toContain(changed.name);
    expect(await counts()).toEqual(before);
  });
});
