import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROW_FIELDS = `line outcome civility firstName lastName email organisation countryCode role contactMatch contactId
  contactCandidates { id kind name collectivityKind departmentCode departmentName countryCode population acronym email positionTitle positionOrganisation } organisationMatch collectivityId partnerId
  organisationCandidates { id kind name collectivityKind departmentCode departmentName countryCode population acronym email positionTitle positionOrganisation } existingParticipationId duplicateOfLine errors { field code value message }`;
const PREVIEW = `mutation($input: ParticipationImportInput!) { previewParticipationImport(input: $input) {
  encoding delimiter columns { index header field sample }
  counts { rows ready alreadyRegistered ambiguous errors duplicates }
  rows { ${ROW_FIELDS} } } }`;
const COMMIT = `mutation($input: ParticipationImportInput!) { commitParticipationImport(input: $input) {
  participationsCreated contactsCreated unchanged skipped } }`;

interface Candidate {
  id: string;
  kind: string;
  name: string;
  collectivityKind: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  population: number | null;
  positionTitle: string | null;
}
interface Row {
  line: number;
  outcome: string;
  civility: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  organisation: string | null;
  countryCode: string | null;
  role: string | null;
  contactMatch: string;
  contactId: string | null;
  contactCandidates: Candidate[];
  organisationMatch: string;
  collectivityId: string | null;
  partnerId: string | null;
  organisationCandidates: Candidate[];
  existingParticipationId: string | null;
  duplicateOfLine: number | null;
  errors: { field: string; code: string; value: string | null; message: string }[];
}
interface Preview {
  encoding: string;
  delimiter: string;
  columns: { index: number; header: string; field: string | null; sample: string | null }[];
  counts: Record<string, number>;
  rows: Row[];
}

const base64 = (content: string | Buffer) =>
  (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
const BOM = '\uFEFF';

/** A registration list as the event platform exports it: UTF-8 with BOM, semicolons, a blank line, a line break in a cell. */
const PLATFORM_EXPORT = [
  "Civilité;Prénom;Nom;E-mail;Organisation;Type d'organisation;Pays;Rôle;Date d'inscription",
  'Mme;Nathalie;Koenders;N.Koenders@Dijon.test;Ville de Dijon;Collectivité;France;Intervenante;14/06/2021 09:30',
  'M.;Paul;Nouveau;paul.nouveau@example.org;Saint-Denis;Collectivité;;Participant;2021-06-15',
  '',
  'M.;Jean;Martin;;Lyon;;;;',
  'Mme;Awa;Traoré;awa.traore@bamako.test;"Municipalité de Bamako',
  '(district)";Délégation étrangère;Mali;;',
  'M;Paul;Nouveau;PAUL.NOUVEAU@example.org;Saint-Denis;;;;',
  ';;;;Ambassade du Japon;Ambassade;Japon;;',
  '',
].join('\r\n');

describe('import of a registration list', () => {
  let api: TestApp;
  let eventId: string;
  let dijon: string;
  let besancon: string;
  let koenders: string;
  let martinBesancon: string;
  const count = async (table: string) => Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    contacts: await count('contacts'),
    participations: await count('participations'),
    audit: await count('audit_entries'),
  });
  const preview = async (input: Record<string, unknown>) => {
    const response = await api.graphql<{ previewParticipationImport: Preview }>(PREVIEW, {
      input: { eventId, fileName: 'inscrits.csv', ...input },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.previewParticipationImport;
  };
  const commit = (input: Record<string, unknown>) =>
    api.graphql<{ commitParticipationImport: Record<string, number> }>(COMMIT, {
      input: { eventId, fileName: 'inscrits.csv', ...input },
    });
  const newEvent = async (editionNumber: number) => {
    const [series] = await api.dataSource.query(
      `INSERT INTO event_series (name, acronym) VALUES ('Rencontres AICT', 'RAICT') ON CONFLICT (name) DO UPDATE SET acronym = 'RAICT' RETURNING id`,
    );
    const [event] = await api.dataSource.query(
      `INSERT INTO events (series_id, edition_number, year, title, starts_on, ends_on) VALUES ($1, $2, 2009 + $2, 'Rencontres', '2021-06-29', '2021-06-29') RETURNING id`,
      [series.id, editionNumber],
    );
    return event.id as string;
  };

  beforeAll(async () => {
    api = await startTestApp();
    const fixtures = crmFixtures(api);
    dijon = await fixtures.communeId('21231');
    besancon = await fixtures.communeId('25056');
    koenders = await fixtures.contact('Nathalie', 'Koenders', dijon, { email: 'n.koenders@dijon.test' });
    martinBesancon = await fixtures.contact('Jean', 'Martin', besancon);
    await fixtures.contact('Jean', 'Martin', dijon);
    eventId = await newEvent(12);
  });
  afterAll(async () => {
    await api.close();
  });

  it('previews a UTF-8 file with BOM, semicolons, blank lines and a quoted line break, matching what it can', async () => {
    const before = await counts();
    const result = await preview({ contentBase64: base64(BOM + PLATFORM_EXPORT) });
    expect(await counts()).toEqual(before);
    expect(result.encoding).toBe('UTF-8 (BOM)');
    expect(result.delimiter).toBe(';');
    expect(result.columns.map((column) => column.field)).toEqual([
      'CIVILITY',
      'FIRST_NAME',
      'LAST_NAME',
      'EMAIL',
      'ORGANISATION',
      'ORGANISATION_TYPE',
      'COUNTRY',
      'ROLE',
      'REGISTERED_AT',
    ]);
    expect(result.columns[0]).toMatchObject({ index: 0, header: 'Civilité', sample: 'Mme' });
    const byLine = new Map(result.rows.map((row) => [row.line, row]));
    expect([...byLine.keys()]).toEqual([2, 3, 5, 6, 8, 9]);
    // An email matches an existing contact; "Ville de Dijon" is the commune of Dijon.
    expect(byLine.get(2)).toMatchObject({
      outcome: 'NEW',
      civility: 'MS',
      email: 'n.koenders@dijon.test',
      contactMatch: 'EMAIL',
      contactId: koenders,
      organisationMatch: 'NAME',
      collectivityId: dijon,
      countryCode: 'FR',
      role: 'SPEAKER',
      errors: [],
    });
    // Two communes are called Saint-Denis: the line waits for a choice.
    const saintDenis = byLine.get(3)!;
    expect(saintDenis).toMatchObject({
      outcome: 'AMBIGUOUS',
      contactMatch: 'NEW',
      organisationMatch: 'NONE',
      collectivityId: null,
    });
    expect(saintDenis.organisationCandidates.length).toBeGreaterThanOrEqual(2);
    // Kinds and numbers, which the console words: no display text from the API.
    expect(saintDenis.organisationCandidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          collectivityKind: 'COMMUNE',
          departmentCode: '93',
          departmentName: 'Seine-Saint-Denis',
          population: expect.any(Number),
        }),
        expect.objectContaining({ departmentCode: '974' }),
      ]),
    );
    // Two Jean Martin, neither at Lyon: the person chooses one or a new contact.
    expect(byLine.get(5)).toMatchObject({ outcome: 'AMBIGUOUS', contactMatch: 'NONE', contactId: null });
    expect(byLine.get(5)!.contactCandidates).toHaveLength(2);
    expect(byLine.get(5)!.contactCandidates[0]).toMatchObject({
      kind: 'CONTACT',
      name: 'Jean Martin',
      positionTitle: 'Maire',
    });
    // The quoted line break stays in the cell; a foreign delegation keeps its name.
    expect(byLine.get(6)).toMatchObject({
      outcome: 'NEW',
      firstName: 'Awa',
      lastName: 'Traoré',
      organisation: 'Municipalité de Bamako\n(district)',
      organisationMatch: 'NONE',
      countryCode: 'ML',
      role: 'FOREIGN_DELEGATION',
      contactMatch: 'NEW',
    });
    expect(byLine.get(8)).toMatchObject({ outcome: 'DUPLICATE', duplicateOfLine: 3 });
    expect(byLine.get(9)).toMatchObject({
      outcome: 'NEW',
      contactMatch: 'NONE',
      organisation: 'Ambassade du Japon',
      role: 'EMBASSY',
      countryCode: 'JP',
    });
    expect(result.counts).toEqual({ rows: 6, ready: 3, alreadyRegistered: 0, ambiguous: 2, errors: 0, duplicates: 1 });
  });

  it('commits nothing while a line is ambiguous, then everything once resolved; the same file again changes nothing', async () => {
    const contentBase64 = base64(BOM + PLATFORM_EXPORT);
    const before = await counts();
    const refused = await commit({ contentBase64 });
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    expect((refused.errors![0]!.extensions.rows as { line: number }[]).map((row) => row.line)).toEqual([3, 5]);
    expect(await counts()).toEqual(before);

    const first = await preview({ contentBase64 });
    const saintDenis93 = first.rows
      .find((row) => row.line === 3)!
      .organisationCandidates.find((candidate) => candidate.departmentCode === '93')!;
    const resolutions = [
      { line: 3, collectivityId: saintDenis93.id },
      { line: 5, contactId: martinBesancon },
    ];
    const resolved = await preview({ contentBase64, resolutions });
    expect(resolved.rows.find((row) => row.line === 3)).toMatchObject({
      outcome: 'NEW',
      organisationMatch: 'CHOSEN',
      collectivityId: saintDenis93.id,
      countryCode: 'FR',
    });
    expect(resolved.rows.find((row) => row.line === 5)).toMatchObject({
      outcome: 'NEW',
      contactMatch: 'CHOSEN',
      contactId: martinBesancon,
    });

    const done = await commit({ contentBase64, resolutions });
    expect(done.errors).toBeUndefined();
    expect(done.data!.commitParticipationImport).toEqual({
      participationsCreated: 5,
      contactsCreated: 2,
      unchanged: 0,
      skipped: 1,
    });
    const after = await counts();
    expect(after.contacts).toBe(before.contacts + 2);
    expect(after.participations).toBe(before.participations + 5);
    expect(after.audit).toBe(before.audit + 7);
    const rows = await api.dataSource.query(
      `SELECT c.email, c.first_name, c.consent_status, p.role, p.status, p.country_code, p.collectivity_id, p.organisation_name, p.registered_at
       FROM participations p LEFT JOIN contacts c ON c.id = p.contact_id WHERE p.event_id = $1 ORDER BY p.registered_at`,
      [eventId],
    );
    const koendersRow = rows.find((row: { email: string }) => row.email === 'n.koenders@dijon.test');
    expect(koendersRow).toMatchObject({ role: 'SPEAKER', status: 'REGISTERED', country_code: 'FR', collectivity_id: dijon });
    expect(new Date(koendersRow.registered_at).getDate()).toBe(14);
    expect(rows.find((row: { email: string }) => row.email === 'paul.nouveau@example.org')).toMatchObject({
      collectivity_id: saintDenis93.id,
      consent_status: 'UNKNOWN',
    });
    expect(rows.find((row: { organisation_name: string }) => row.organisation_name === 'Ambassade du Japon')).toMatchObject({
      role: 'EMBASSY',
      country_code: 'JP',
    });

    const again = await preview({ contentBase64, resolutions });
    expect(again.counts).toMatchObject({ ready: 0, alreadyRegistered: 5, ambiguous: 0, duplicates: 1 });
    expect(again.rows.find((row) => row.line === 9)!.existingParticipationId).toEqual(expect.any(String));
    const repeated = await commit({ contentBase64, resolutions });
    expect(repeated.data!.commitParticipationImport).toEqual({
      participationsCreated: 0,
      contactsCreated: 0,
      unchanged: 5,
      skipped: 1,
    });
    expect(await counts()).toEqual(after);
  });

  it('creates a new contact when the person says so, and recognises him on the next import of the file', async () => {
    const otherEvent = await newEvent(13);
    const contentBase64 = base64('Prénom;Nom;Organisation\nJean;Martin;Lyon\n');
    const input = { eventId: otherEvent, fileName: 'x.csv', contentBase64, resolutions: [{ line: 2, newContact: true }] };
    const first = await api.graphql<{ commitParticipationImport: Record<string, number> }>(COMMIT, { input });
    expect(first.data!.commitParticipationImport).toEqual({
      participationsCreated: 1,
      contactsCreated: 1,
      unchanged: 0,
      skipped: 0,
    });
    const after = await counts();
    const again = await api.graphql<{ previewParticipationImport: Preview }>(PREVIEW, { input });
    expect(again.data!.previewParticipationImport.rows[0]).toMatchObject({ outcome: 'ALREADY_REGISTERED', contactMatch: 'NAME' });
    const second = await api.graphql<{ commitParticipationImport: Record<string, number> }>(COMMIT, { input });
    expect(second.data!.commitParticipationImport).toEqual({
      participationsCreated: 0,
      contactsCreated: 0,
      unchanged: 1,
      skipped: 0,
    });
    expect(await counts()).toEqual(after);
  });

  it("records a new contact's job title as their position in the collectivity they came for, once", async () => {
    const otherEvent = await newEvent(14);
    const text = [
      'Prénom;Nom;E-mail;Fonction;Organisation;Code INSEE',
      'Claire;Vasseur;claire.vasseur@besancon.test;Adjointe au maire chargée des relations internationales;Besançon;25056',
      'Hugo;Perrin;hugo.perrin@besancon.test;Chargé de mission AICT;Mairie de Besançon;25056',
      // known already: her positions are the staff's to keep
      'Nathalie;Koenders;n.koenders@dijon.test;Maire adjointe;Dijon;21231',
      // no organisation of the CRM, or no title: nothing to record
      'Léa;Roux;lea.roux@asso.test;Présidente;Association Terre Solidaire;',
      'Marc;Blanc;marc.blanc@besancon.test;;Besançon;25056',
    ].join('\n');
    const input = { eventId: otherEvent, fileName: 'inscrits.csv', contentBase64: base64(text) };
    const commitWithPositions = () =>
      api.graphql<{ commitParticipationImport: Record<string, number> }>(
        'mutation($input: ParticipationImportInput!) { commitParticipationImport(input: $input) { participationsCreated contactsCreated positionsCreated } }',
        { input },
      );
    const koendersPositions = async () =>
      Number((await api.dataSource.query('SELECT count(*) AS n FROM positions WHERE contact_id = $1', [koenders]))[0].n);
    const koendersBefore = await koendersPositions();
    const shown = await api.graphql<{ previewParticipationImport: { rows: { line: number; jobTitle: string | null }[] } }>(
      'mutation($input: ParticipationImportInput!) { previewParticipationImport(input: $input) { rows { line jobTitle } } }',
      { input },
    );
    expect(shown.data!.previewParticipationImport.rows.map((row) => row.jobTitle)).toEqual([
      'Adjointe au maire chargée des relations internationales',
      'Chargé de mission AICT',
      'Maire adjointe',
      'Présidente',
      null,
    ]);

    const first = await commitWithPositions();
    expect(first.errors).toBeUndefined();
    expect(first.data!.commitParticipationImport).toEqual({ participationsCreated: 5, contactsCreated: 4, positionsCreated: 2 });

    // Besançon's people now include them, with what they do there
    const listed = await api.graphql<{
      contacts: {
        nodes: { lastName: string; positions: { title: string; kind: string; collectivityId: string; current: boolean }[] }[];
      };
    }>(
      'query($c: ID) { contacts(filter: { collectivityId: $c }, page: { offset: 0, limit: 100 }) { nodes { lastName positions { title kind collectivityId current } } } }',
      { c: besancon },
    );
    const byName = Object.fromEntries(listed.data!.contacts.nodes.map((contact) => [contact.lastName, contact.positions]));
    // (Jean Martin was there before; Marc Blanc gave no title, so Besançon does not list him)
    expect(byName).toEqual({
      Martin: expect.any(Array),
      Vasseur: [
        {
          title: 'Adjointe au maire chargée des relations internationales',
          kind: 'ELECTED',
          collectivityId: besancon,
          current: true,
        },
      ],
      Perrin: [{ title: 'Chargé de mission AICT', kind: 'STAFF', collectivityId: besancon, current: true }],
    });
    expect(await koendersPositions()).toBe(koendersBefore);
    const traced = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries a JOIN positions p ON p.id = a.entity_id WHERE a.entity_type = 'Position' AND a.action = 'CREATE' AND p.title = 'Chargé de mission AICT'`,
    );
    expect(traced[0].n).toBe(1);

    // the same file again: everyone is known, nothing is added
    const positionsAfter = await count('positions');
    const again = await commitWithPositions();
    expect(again.data!.commitParticipationImport).toEqual({ participationsCreated: 0, contactsCreated: 0, positionsCreated: 0 });
    expect(await count('positions')).toBe(positionsAfter);
  });

  it('reads a Windows-1252 file with commas and its accents right', async () => {
    const text =
      'Prénom,Nom,Courriel,Collectivité,Code INSEE\r\nÉlodie,Lefèvre,elodie.lefevre@besancon.test,Besançon,\r\nFrançois,Hébert,,Mairie de Besançon,25056\r\n';
    const result = await preview({ contentBase64: base64(iconv.encode(text, 'win1252')) });
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(',');
    expect(result.columns.map((column) => column.header)).toEqual(['Prénom', 'Nom', 'Courriel', 'Collectivité', 'Code INSEE']);
    expect(result.rows[0]).toMatchObject({
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      organisation: 'Besançon',
      organisationMatch: 'NAME',
      collectivityId: besancon,
    });
    expect(result.rows[1]).toMatchObject({
      firstName: 'François',
      lastName: 'Hébert',
      organisationMatch: 'CODE',
      collectivityId: besancon,
      outcome: 'NEW',
    });
  });

  it('gives each bad line its errors and refuses to commit any of them, unless the person skips them', async () => {
    const text = [
      'Prénom\tNom\tEmail\tOrganisation\tPays\tRôle',
      'Shuri\tUdaku\tshuri@wakanda.test\tBirnin Zana\tWakanda\tParticipante',
      'Bad\tRole\tbad.role@example.org\tDijon\tFrance\tFigurant',
      'Bad\tEmail\tnot-an-email\tDijon\tFrance\t',
      'Good\tLine\tgood.line@example.org\tDijon\tFR\tpresse',
    ].join('\n');
    const result = await preview({ contentBase64: base64(text) });
    expect(result.delimiter).toBe('\t');
    expect(result.rows.map((row) => row.outcome)).toEqual(['ERROR', 'ERROR', 'ERROR', 'NEW']);
    expect(result.rows[0]!.errors).toEqual([
      { field: 'COUNTRY', code: 'UNKNOWN_COUNTRY', value: 'Wakanda', message: 'Unknown country: "Wakanda".' },
    ]);
    expect(result.rows[1]!.errors).toEqual([
      { field: 'ROLE', code: 'UNKNOWN_ROLE', value: 'Figurant', message: expect.stringContaining('Unknown role: "Figurant"') },
    ]);
    expect(result.rows[2]!.errors).toEqual([
      {
        field: 'EMAIL',
        code: 'INVALID_EMAIL',
        value: expect.stringContaining('not-an-email'),
        message: expect.stringContaining('not-an-email'),
      },
    ]);
    expect(result.rows[3]).toMatchObject({ role: 'PRESS', countryCode: 'FR', collectivityId: dijon });
    expect(result.counts).toMatchObject({ rows: 4, ready: 1, errors: 3 });

    const before = await counts();
    const refused = await commit({ contentBase64: base64(text) });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    expect(refused.errors![0]!.extensions.rows).toEqual([
      // the codes say what is wrong to a client in any language; the message is English for API users
      { line: 2, outcome: 'ERROR', codes: ['UNKNOWN_COUNTRY'], message: 'COUNTRY: Unknown country: "Wakanda".' },
      { line: 3, outcome: 'ERROR', codes: ['UNKNOWN_ROLE'], message: expect.stringContaining('ROLE') },
      { line: 4, outcome: 'ERROR', codes: ['INVALID_EMAIL'], message: expect.stringContaining('EMAIL') },
    ]);
    expect(await counts()).toEqual(before);

    const skipped = await commit({ contentBase64: base64(text), resolutions: [2, 3, 4].map((line) => ({ line, skip: true })) });
    expect(skipped.data!.commitParticipationImport).toEqual({
      participationsCreated: 1,
      contactsCreated: 1,
      unchanged: 0,
      skipped: 3,
    });
  });

  it('keeps a formula-looking cell as text, verbatim', async () => {
    const formula = '=HYPERLINK("http://evil.test","Cliquez")';
    const text = `Prénom;Nom;Organisation;Email\nFormula;"${formula.replace(/"/g, '""')}";"=1+2";formula@example.org\n`;
    const result = await preview({ contentBase64: base64(text) });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      firstName: 'Formula',
      lastName: formula,
      organisation: '=1+2',
      email: 'formula@example.org',
      outcome: 'NEW',
    });
    expect((await commit({ contentBase64: base64(text) })).data!.commitParticipationImport.participationsCreated).toBe(1);
    const [stored] = await api.dataSource.query(
      `SELECT c.last_name, p.organisation_name FROM contacts c JOIN participations p ON p.contact_id = c.id WHERE c.email = 'formula@example.org'`,
    );
    expect(stored).toEqual({ last_name: formula, organisation_name: '=1+2' });
  });

  it('validates the mapping and the resolutions', async () => {
    const text = 'Prénom;Nom;Organisation;Fonction\nJean;Martin;Lyon;Maire\n';
    const noIdentity = await api.graphql(PREVIEW, {
      input: {
        eventId,
        fileName: 'x.csv',
        contentBase64: base64(text),
        mapping: [
          { column: 1, field: null },
          { column: 2, field: null },
        ],
      },
    });
    expect(noIdentity.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping' });
    const twice = await api.graphql(PREVIEW, {
      input: {
        eventId,
        fileName: 'x.csv',
        contentBase64: base64(text),
        mapping: [
          { column: 3, field: 'LAST_NAME' },
          { column: 1, field: 'LAST_NAME' },
        ],
      },
    });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping' });
    const remapped = await preview({
      contentBase64: base64(text),
      mapping: [
        { column: 3, field: 'LAST_NAME' },
        { column: 1, field: null },
      ],
    });
    expect(remapped.columns.map((column) => column.field)).toEqual(['FIRST_NAME', null, 'ORGANISATION', 'LAST_NAME']);
    expect(remapped.rows[0]).toMatchObject({ lastName: 'Maire' });

    const unknownLine = await api.graphql(PREVIEW, {
      input: { eventId, fileName: 'x.csv', contentBase64: base64(text), resolutions: [{ line: 7, skip: true }] },
    });
    expect(unknownLine.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolutions' });
    const notACandidate = await api.graphql(PREVIEW, {
      input: { eventId, fileName: 'x.csv', contentBase64: base64(text), resolutions: [{ line: 2, contactId: koenders }] },
    });
    expect(notACandidate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolutions' });
  });

  it('refuses empty files, files without rows, unknown events, a 5.5 MB file and a body over 8 MiB with clear typed errors', async () => {
    const before = await counts();
    const refusal = async (input: Record<string, unknown>) =>
      (await api.graphql(PREVIEW, { input: { eventId, fileName: 'x.csv', ...input } })).errors![0]!;
    expect((await refusal({ contentBase64: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect((await refusal({ contentBase64: base64('\n\n  \n') })).message).toMatch(/empty/);
    expect((await refusal({ contentBase64: base64('Nom;Prénom\n') })).message).toMatch(/no registration/);
    expect((await refusal({ contentBase64: '%%%' })).message).toMatch(/base64/);
    expect(
      (await refusal({ eventId: '6f1c8f3e-2d7b-4a57-9a43-0d7c5a1b2c3d', contentBase64: base64('Nom\nX\n') })).extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    const line = 'M.;Jean;Dupont;jean.dupont@example.org;Dijon;France\n';
    const big = 'Civilité;Prénom;Nom;Email;Organisation;Pays\n' + line.repeat(Math.ceil((5.5 * 1024 * 1024) / line.length));
    const tooLarge = await refusal({ contentBase64: base64(big) });
    expect(tooLarge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(tooLarge.message).toMatch(/larger than 5 MB/);
    const hugeBody = await commit({ contentBase64: base64(line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))) });
    expect(hugeBody.status).toBe(413);
    expect(hugeBody.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await counts()).toEqual(before);
  });

  it('previews 200 lines with no more queries than 20 (timings: npm run bench)', async () => {
    const file = (size: number) =>
      'Prénom;Nom;Email;Organisation;SIREN;Pays\n' +
      Array.from({ length: size }, (_, index) =>
        [
          `Prénom${index}`,
          `Nom${index}`,
          index % 2 ? `p${index}@example.org` : '',
          index % 3 ? 'Dijon' : 'Saint-Denis',
          index % 5 ? '' : '212102313',
          'France',
        ].join(';'),
      ).join('\n');
    await preview({ contentBase64: base64(file(5)) });
    api.queryCounter.reset();
    await preview({ contentBase64: base64(file(20)) });
    const small = api.queryCounter.queries.length;
    api.queryCounter.reset();
    await preview({ contentBase64: base64(file(200)) });
    expect(api.queryCounter.queries.length).toBeLessThanOrEqual(small);
  });

  it('is for staff: a group president and API tokens are refused', async () => {
    const input = { eventId, fileName: 'x.csv', contentBase64: base64('Nom\nX\n') };
    const staff = await api.userWithRole('STAFF');
    expect((await api.graphql(PREVIEW, { input }, { cookie: staff.cookie })).errors).toBeUndefined();
    const president = await api.userWithRole('GROUP_PRESIDENT');
    expect((await api.graphql(PREVIEW, { input }, { cookie: president.cookie })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const token = await api.apiToken(['events:read', 'contacts:read']);
    expect((await api.graphql(COMMIT, { input }, { token: token.token })).errors![0]!.extensions.code).toBe('FORBIDDEN');
  });
});
