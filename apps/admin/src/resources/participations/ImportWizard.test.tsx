import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider as fakeApi } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { withErrorMapping } from '../../providers/dataProvider';
import type { ImportPreview, ImportQuestionGroup, ImportRow } from './importRows';
import { answerGroup, countsWithChoices, filterRows, groupAnswerOf, orderRows, pageOf, toResolutions } from './importRows';
import { eachTestStartsAt } from '../../../test/participationFixtures';

const i18n = createI18nProvider('fr');

const row = (line: number, overrides: Partial<ImportRow> = {}): ImportRow => ({
  line,
  outcome: 'NEW',
  civility: 'MS',
  firstName: `Prénom${line}`,
  lastName: `Nom${line}`,
  email: `p${line}@example.fr`,
  organisation: 'Association des amis',
  jobTitle: null,
  countryCode: 'FR',
  role: 'ATTENDEE',
  contactMatch: 'NEW',
  contactId: null,
  contactCandidates: [],
  organisationMatch: 'NONE',
  collectivityId: null,
  partnerId: null,
  organisationCandidates: [],
  existingParticipationId: null,
  duplicateOfLine: null,
  errors: [],
  ...overrides,
});

const SAINT_DENIS = row(5, {
  outcome: 'AMBIGUOUS',
  organisation: 'Saint-Denis',
  jobTitle: 'Adjoint au maire',
  organisationMatch: 'NAME',
  organisationCandidates: [
    { id: 'sd93', kind: 'COLLECTIVITY', name: 'Saint-Denis', departmentName: 'Seine-Saint-Denis', departmentCode: '93' },
    { id: 'sd974', kind: 'COLLECTIVITY', name: 'Saint-Denis', departmentName: 'La Réunion', departmentCode: '974' },
  ],
});
const BAD_EMAIL = row(6, {
  outcome: 'ERROR',
  email: 'pas-une-adresse',
  errors: [
    { field: 'EMAIL', code: 'INVALID_EMAIL', value: 'pas-une-adresse', message: 'Not an email address: "pas-une-adresse".' },
  ],
});

const PREVIEW: ImportPreview = {
  encoding: 'UTF-8',
  delimiter: ';',
  columns: [
    { index: 0, header: 'Prénom', field: 'FIRST_NAME', sample: 'Marie' },
    { index: 1, header: 'Nom', field: 'LAST_NAME', sample: 'Martin' },
    { index: 2, header: 'Courriel perso', field: null, sample: 'marie@example.fr' },
    { index: 3, header: 'Organisation', field: 'ORGANISATION', sample: 'Saint-Denis' },
  ],
  counts: { rows: 4, ready: 2, alreadyRegistered: 0, ambiguous: 1, errors: 1, duplicates: 0 },
  rows: [row(2), row(3), SAINT_DENIS, BAD_EMAIL],
};

function fakeDataProvider(
  commit: (input: any) => unknown,
  preview: ImportPreview | ((input: any) => ImportPreview) = PREVIEW,
  undo: () => unknown = () => null,
) {
  const provider = fakeApi({ operations: { eventHeading: { id: 'e12', title: '12es Rencontres de l’AICT' } } });
  provider.runAction.mockImplementation(async (_resource: string, params: any) => {
    if (params.action === 'previewImport') return { data: typeof preview === 'function' ? preview(params.data.input) : preview };
    if (params.action === 'imports') return { data: [] };
    const answer = (
      params.action === 'commitImport' ? commit(params.data.input) : params.action === 'undoImport' ? undo() : null
    ) as any;
    if (params.action !== 'commitImport' && params.action !== 'undoImport') throw new Error(`unexpected action ${params.action}`);
    if (answer?.graphQLErrors) throw answer;
    return { data: answer };
  });
  render(
    <App
      dataProvider={withErrorMapping(provider, i18n)}
      authProvider={signedInAs('STAFF')}
      i18nProvider={createI18nProvider('fr')}
    />,
  );
  return { runAction: provider.runAction };
}

async function chooseFile(file: File) {
  const input = (await screen.findByTestId('import-file', {}, { timeout: 10000 })) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

const csvFile = () =>
  new File(['\uFEFFPrénom;Nom;Courriel perso;Organisation\r\nMarie;Martin;marie@example.fr;Saint-Denis\r\n'], 'inscrits.csv', {
    type: 'text/csv',
  });

describe('the registration import wizard', () => {
  eachTestStartsAt('#/events/e12/import');

  it('refuses a file over 5 MB in the browser, before sending anything', async () => {
    const { runAction } = fakeDataProvider(() => null);
    const big = csvFile();
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    await chooseFile(big);
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Ce fichier pèse 5 Mo : 5 Mo au maximum.');
    // nothing of the file was sent (the edition's past imports are listed)
    expect(runAction.mock.calls.filter(([, params]: any[]) => params.action !== 'imports')).toHaveLength(0);
  });

  it('lists the ambiguous rows first, then sends the choices made with the import', async () => {
    const { runAction } = fakeDataProvider(() => ({
      participationsCreated: 3,
      contactsCreated: 3,
      positionsCreated: 2,
      unchanged: 0,
      skipped: 1,
    }));
    await chooseFile(csvFile());

    // the file is read, then sent: wait for the request rather than assume it already left
    await waitFor(() => expect(runAction.mock.calls.some(([, params]: any[]) => params.action === 'previewImport')).toBe(true));
    const preview = runAction.mock.calls.find(([, params]: any[]) => params.action === 'previewImport')![1] as any;
    expect(preview.action).toBe('previewImport');
    expect(preview.data.input).toMatchObject({ eventId: 'e12', fileName: 'inscrits.csv' });
    expect(preview.data.input.mapping).toBeUndefined();
    // the bytes as they are, base64
    expect(Buffer.from(preview.data.input.contentBase64, 'base64').toString('utf8')).toContain('Marie;Martin');

    expect(await screen.findByTestId('import-format')).toHaveTextContent('Encodage : UTF-8 · Séparateur : point-virgule (;)');
    const counts = screen.getByTestId('import-counts');
    expect(within(counts).getByText('À trancher : 1')).toBeTruthy();
    expect(within(counts).getByText('En erreur : 1')).toBeTruthy();
    const lines = screen.getAllByTestId('import-row').map((element) => element.getAttribute('data-line'));
    expect(lines).toEqual(['5', '6', '2', '3']);
    expect(screen.getByText('Adresse électronique invalide : « pas-une-adresse »')).toBeTruthy();
    expect(screen.getByText('Mme Prénom2 Nom2')).toBeTruthy();
    // what the person does there, recorded as a new contact's position once imported
    expect(screen.getAllByTestId('import-row-job-title').map((element) => element.textContent)).toEqual(['Adjoint au maire']);
    expect(screen.getByTestId('import-to-settle')).toHaveTextContent('2 lignes restent à trancher ou à ignorer.');

    const [ambiguous, inError] = screen.getAllByTestId('import-row-decision') as HTMLElement[];
    await act(async () => {
      fireEvent.click(within(ambiguous!).getByRole('radio', { name: 'Saint-Denis — Seine-Saint-Denis (93)' }));
      fireEvent.click(within(inError!).getByRole('checkbox', { name: 'Ignorer cette ligne' }));
    });
    expect(screen.getByTestId('import-to-settle')).toHaveTextContent("Rien n'est importé avant d'avoir cliqué sur « Importer ».");
    expect(runAction.mock.calls.filter(([, params]: any[]) => params.action === 'commitImport')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    });
    await waitFor(() => expect(runAction.mock.calls.some(([, params]: any[]) => params.action === 'commitImport')).toBe(true));
    const commit = runAction.mock.calls.find(([, params]: any[]) => params.action === 'commitImport')![1] as any;
    expect(commit.data.input.resolutions).toEqual([
      { line: 5, collectivityId: 'sd93' },
      { line: 6, skip: true },
    ]);
    expect(commit.data.input.contentBase64).toBe(preview.data.input.contentBase64);
    expect(await screen.findByTestId('import-result')).toHaveTextContent(
      '3 participations créées, 3 contacts créés, 2 fonctions enregistrées, 0 inchangée, 1 ignorée',
    );
    expect(screen.getByRole('link', { name: 'Voir les participants' }).getAttribute('href')).toBe(
      `#/participations?filter=${encodeURIComponent('{"eventId":"e12"}')}`,
    );
  });

  it('re-reads the file when a column is mapped differently, and sends that mapping', async () => {
    const { runAction } = fakeDataProvider(() => ({
      participationsCreated: 0,
      contactsCreated: 0,
      positionsCreated: 0,
      unchanged: 2,
      skipped: 2,
    }));
    await chooseFile(csvFile());
    await screen.findByTestId('import-columns');
    await act(async () => {
      fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Courriel perso' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('option', { name: 'E-mail' }));
    });
    await waitFor(() =>
      expect(runAction.mock.calls.filter(([, params]: any[]) => params.action === 'previewImport')).toHaveLength(2),
    );
    const second = runAction.mock.calls.filter(([, params]: any[]) => params.action === 'previewImport')[1]![1] as any;
    expect(second.data.input.mapping).toEqual([
      { column: 0, field: 'FIRST_NAME' },
      { column: 1, field: 'LAST_NAME' },
      { column: 2, field: 'EMAIL' },
      { column: 3, field: 'ORGANISATION' },
    ]);
  });

  it('names the lines still to settle when the import is refused', async () => {
    fakeDataProvider(() => ({
      graphQLErrors: [
        {
          message: 'Some rows still need a decision.',
          extensions: {
            code: 'BAD_USER_INPUT',
            rows: [
              { line: 5, message: 'Ambiguous organisation' },
              { line: 6, message: 'Invalid email' },
            ],
          },
        },
      ],
    }));
    await chooseFile(csvFile());
    await screen.findByTestId('import-rows');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    });
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Ces lignes sont encore à régler : 5, 6.');
    expect(screen.queryByTestId('import-result')).toBeNull();
  });
});

describe('resolutions sent to the API', () => {
  it('says new contact, keep the organisation name, partner or skip as the API expects', () => {
    const partnerRow = row(9, {
      outcome: 'AMBIGUOUS',
      contactCandidates: [{ id: 'c1', kind: 'CONTACT', name: 'Marie Martin', email: 'marie@dijon.fr' }],
      organisationCandidates: [{ id: 'afd', kind: 'PARTNER', name: 'AFD' }],
    });
    expect(
      toResolutions([SAINT_DENIS, partnerRow, row(10), row(11, { outcome: 'AMBIGUOUS' })], {
        5: { organisation: 'NONE' },
        9: { contact: 'NEW', organisation: 'afd' },
        11: { skip: true, contact: 'c1' },
      }),
    ).toEqual([
      { line: 5, noOrganisation: true },
      { line: 9, newContact: true, partnerId: 'afd' },
      { line: 11, skip: true },
    ]);
  });
});

const namesake = (line: number, candidates = 1): ImportRow =>
  row(line, {
    outcome: 'AMBIGUOUS',
    questions: ['SAME_NAME_OTHER_EMAIL'],
    contactCandidates: Array.from({ length: candidates }, (_, index) => ({
      id: `c${line}-${index}`,
      kind: 'CONTACT',
      name: `Prénom${line} Nom${line}`,
      email: `ancien${index}@example.fr`,
    })),
  });
const NAMESAKES: ImportQuestionGroup = { question: 'SAME_NAME_OTHER_EMAIL', count: 3, lines: [7, 8, 9], singleCandidate: 2 };
const WITH_NAMESAKES: ImportPreview = {
  ...PREVIEW,
  counts: { rows: 5, ready: 2, alreadyRegistered: 0, ambiguous: 3, errors: 0, duplicates: 0 },
  questions: [NAMESAKES],
  rows: [row(2), row(3), namesake(7), namesake(8), namesake(9, 2)],
};

describe('the registration import wizard, with a list as it comes', () => {
  eachTestStartsAt('#/events/e12/import');

  it('answers the namesakes as a group in one click, a line still answerable alone', async () => {
    const { runAction } = fakeDataProvider(
      () => ({ participationsCreated: 5, contactsCreated: 3, positionsCreated: 0, unchanged: 0, skipped: 0 }),
      WITH_NAMESAKES,
    );
    await chooseFile(csvFile());
    const group = await screen.findByTestId('import-question');
    expect(group).toHaveTextContent('Même nom, autre adresse e-mail : 3 lignes');
    expect(screen.getByTestId('import-count-ambiguous')).toHaveTextContent('À trancher : 3');
    await act(async () => {
      fireEvent.click(within(group).getByRole('button', { name: 'Nouveaux contacts pour les 3 lignes' }));
    });
    expect(screen.getByTestId('import-count-ambiguous')).toHaveTextContent('À trancher : 0');
    expect(screen.getByTestId('import-count-ready')).toHaveTextContent('Prêtes : 5');
    expect(screen.getByTestId('import-to-settle')).toHaveTextContent("Rien n'est importé avant d'avoir cliqué sur « Importer ».");
    // line 8, alone: the known contact after all
    const decision = screen.getAllByTestId('import-row-decision').find((element) => element.getAttribute('data-line') === '8')!;
    await act(async () => {
      fireEvent.click(within(decision).getByRole('radio', { name: 'Prénom8 Nom8 — ancien0@example.fr' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    });
    await waitFor(() => expect(runAction.mock.calls.some(([, params]: any[]) => params.action === 'commitImport')).toBe(true));
    const commit = runAction.mock.calls.find(([, params]: any[]) => params.action === 'commitImport')![1] as any;
    expect(commit.data.input.resolutions).toEqual([
      { line: 7, newContact: true },
      { line: 8, contactId: 'c8-0' },
      { line: 9, newContact: true },
    ]);
  });

  it('lists the status values, and reads the file again once an unknown one is mapped', async () => {
    const statuses: ImportPreview = {
      ...PREVIEW,
      statuses: [
        { value: 'Présent', count: 3, status: 'ATTENDED', mapped: false },
        { value: 'Excusé', count: 1, status: null, mapped: false },
      ],
    };
    const { runAction } = fakeDataProvider(() => null, statuses);
    await chooseFile(csvFile());
    expect(await screen.findByTestId('import-statuses-unread')).toHaveTextContent(
      "Une valeur de la colonne des statuts n'est pas reconnue",
    );
    await act(async () => {
      fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Statut pour « Excusé »' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('option', { name: 'Annulé(e)' }));
    });
    await waitFor(() =>
      expect(runAction.mock.calls.filter(([, params]: any[]) => params.action === 'previewImport')).toHaveLength(2),
    );
    const second = runAction.mock.calls.filter(([, params]: any[]) => params.action === 'previewImport')[1]![1] as any;
    expect(second.data.input.statusValues).toEqual([{ value: 'Excusé', status: 'CANCELLED' }]);
  });

  it('filters the lines by outcome and pages through them, error texts in full', async () => {
    const many: ImportPreview = {
      ...PREVIEW,
      counts: { rows: 61, ready: 60, alreadyRegistered: 0, ambiguous: 0, errors: 1, duplicates: 0 },
      rows: [...Array.from({ length: 60 }, (_, index) => row(10 + index)), BAD_EMAIL],
    };
    fakeDataProvider(() => null, many);
    await chooseFile(csvFile());
    await screen.findByTestId('import-rows');
    expect(screen.getAllByTestId('import-row')).toHaveLength(25);
    expect(screen.getByTestId('import-pagination')).toHaveTextContent('1–25 sur 61');
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-count-errors'));
    });
    expect(screen.getAllByTestId('import-row').map((element) => element.getAttribute('data-line'))).toEqual(['6']);
    expect(screen.getByTestId('import-row-problems')).toHaveTextContent('Adresse électronique invalide : « pas-une-adresse »');
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-filter-ALL'));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    });
    expect(screen.getByTestId('import-pagination')).toHaveTextContent('26–50 sur 61');
  });

  it('undoes the import just made, and words a refusal in French, naming who changed', async () => {
    let refuse = false;
    fakeDataProvider(
      () => ({
        importId: 'i1',
        participationsCreated: 2,
        contactsCreated: 2,
        positionsCreated: 0,
        statusesUpdated: 0,
        unchanged: 0,
        skipped: 0,
      }),
      { ...PREVIEW, rows: [row(2), row(3)], counts: { ...PREVIEW.counts, ambiguous: 0, errors: 0 } },
      () =>
        refuse
          ? {
              graphQLErrors: [
                {
                  message: 'changed',
                  extensions: {
                    code: 'CONFLICT',
                    reason: 'CHANGED_SINCE',
                    changedCount: 1,
                    participations: [{ id: 'p1', name: 'Marie Martin', deleted: false }],
                  },
                },
              ],
            }
          : { importId: 'i1', participationsDeleted: 2, statusesRestored: 0, contactsDeleted: 2, contactsKept: 0 },
    );
    await chooseFile(csvFile());
    await screen.findByTestId('import-rows');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    });
    await screen.findByTestId('import-result');
    refuse = true;
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-undo'));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: "Annuler l'import" }));
    });
    expect(await screen.findByTestId('import-error')).toHaveTextContent(
      "Impossible d'annuler cet import : une de ses participations a été modifiée depuis (Marie Martin). Rien n'a été changé.",
    );
    refuse = false;
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-undo'));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: "Annuler l'import" }));
    });
    expect(await screen.findByTestId('import-undone')).toHaveTextContent(
      'Import annulé : 2 participations supprimées, 0 statut(s) rétabli(s), 2 contact(s) supprimé(s).',
    );
  });
});

describe('a long registration list', () => {
  it('filters by outcome and pages, the lines to settle first', () => {
    const ready = Array.from({ length: 900 }, (_, index) => row(100 + index));
    const ordered = orderRows([...ready, SAINT_DENIS, BAD_EMAIL]);
    expect(ordered.slice(0, 2).map((line) => line.line)).toEqual([SAINT_DENIS.line, BAD_EMAIL.line]);
    expect(filterRows(ordered, 'ERROR')).toEqual([BAD_EMAIL]);
    expect(filterRows(ordered, 'ALL')).toHaveLength(902);
    const second = pageOf(filterRows(ordered, 'NEW'), 1, 100);
    expect(second.rows.map((line) => line.line)).toEqual(Array.from({ length: 100 }, (_, index) => 200 + index));
    // a page past the end shows the last one
    expect(pageOf(filterRows(ordered, 'ERROR'), 3, 25)).toEqual({ rows: [BAD_EMAIL], page: 0 });
  });

  it('answers a group line by line, leaving those with several namesakes to the person, and counts what is left', () => {
    const rows = WITH_NAMESAKES.rows;
    const known = answerGroup(rows, NAMESAKES, 'KNOWN_CONTACT', {});
    expect(known).toEqual({ 7: { contact: 'c7-0' }, 8: { contact: 'c8-0' }, 9: {} });
    expect(groupAnswerOf(rows, NAMESAKES, known)).toBe('KNOWN_CONTACT');
    expect(countsWithChoices(rows, known)).toMatchObject({ ready: 4, ambiguous: 1 });
    const skipped = answerGroup(rows, NAMESAKES, 'SKIP', known);
    expect(countsWithChoices(rows, skipped)).toMatchObject({ ready: 2, ambiguous: 0, skipped: 3 });
    expect(answerGroup(rows, NAMESAKES, null, skipped)).toEqual({ 7: {}, 8: {}, 9: {} });
  });
});
