import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  REGISTRATION_PARTNERS,
  registrationFile,
  UNREAD_STATUS,
  type RegistrationFigures,
} from '../../api/test/support/registration-file';
import { ApiSession, baseUrl, createEdition } from './api';
import { eventually, openBrowser, signInThroughPage, type Browser } from './browser';

/**
 * Acceptance of "the registration file as it comes", in a real browser at 1280 pixels: a STAFF
 * user imports the event platform's export (530 lines), maps the one status nobody reads, answers
 * the 98 namesakes with one action, imports, and the edition's figures are the file's; then undoes
 * the import, and the figures are zero again.
 */

const FIGURES: (keyof RegistrationFigures)[] = [
  'registered',
  'attended',
  'cancelled',
  'noShow',
  'frenchCollectivities',
  'countries',
  'foreignDelegations',
  'embassies',
  'speakers',
];

/**
 * The edition's figures as its statistics panel shows them, until they are the ones expected: a
 * panel seen before shows its figures from the cache first, then the fresh ones.
 */
async function expectFigures(page: Browser['page'], eventId: string, expected: Record<string, string>): Promise<void> {
  await page.goto(`${baseUrl}/#/events/${eventId}/show/statistiques`);
  const figure = (name: string) => page.getByTestId(`statistic-${name}`).locator('p').last();
  await figure('registered').waitFor();
  const read = async () => {
    const figures: Record<string, string> = {};
    for (const name of FIGURES) figures[name] = (await figure(name).innerText()).replace(/\s/g, '');
    return JSON.stringify(figures);
  };
  await eventually(read, JSON.stringify(Object.fromEntries(FIGURES.map((name) => [name, expected[name]]))));
}

/** Nothing wider than the window: no horizontal scrolling. */
const pageWidth = (page: Browser['page']) => page.evaluate(() => document.scrollingElement!.scrollWidth);

describe('the registration file as it comes, in a real browser', () => {
  let browser: Browser;
  let eventId: string;
  const run = Date.now().toString(36);
  const file = registrationFile(`e2e-${run}`);
  const staff = {
    email: `file-staff-${run}@e2e.test`,
    password: `file-staff-password-${run}`,
    displayName: `Fanny Fichier ${run}`,
  };
  /** The partners this test created, removed at the end: the other tests find the partners they expect. */
  const createdPartners: string[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    const admin = await ApiSession.asAdmin();
    await admin.createUser({ ...staff, role: 'STAFF' });
    eventId = await createEdition(
      admin,
      { name: `Rencontres de l'AICT, fichier ${run}`, acronym: 'RAICT' },
      { editionNumber: 12, title: `12es Rencontres ${run}` },
    );
    // the partners the file names by acronym, once per database
    for (const partner of REGISTRATION_PARTNERS) {
      const found = await admin.graphql<{ partners: { nodes: { name: string }[] } }>(
        'query ($filter: PartnerFilter) { partners(filter: $filter, page: { offset: 0, limit: 50 }) { nodes { name } } }',
        { filter: { search: partner.name } },
      );
      if (found.partners.nodes.some((node) => node.name === partner.name)) continue;
      const created = await admin.graphql<{ createPartner: { id: string } }>(
        'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
        {
          input: { name: partner.name, acronym: partner.acronym, kind: partner.kind },
        },
      );
      createdPartners.push(created.createPartner.id);
    }
    // 98 people the CRM already knows by name, with another email
    for (const namesake of file.namesakes) {
      await admin.graphql('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
        input: { ...namesake, confirmNotDuplicate: true },
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    const admin = await ApiSession.asAdmin();
    for (const id of createdPartners) {
      // still referred to when a test failed before the undoing: left for the next run to find
      await admin.graphql('mutation ($id: ID!) { deletePartner(id: $id) { id } }', { id }).catch(() => undefined);
    }
  });

  it("imports the 530 lines at 1280 pixels: the unread status mapped, the namesakes answered at once, the edition's figures are the file's", () =>
    browser.withDiagnostics('registration-file-import', async () => {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 900 });
      await signInThroughPage(page, staff.email, staff.password);
      await page.goto(`${baseUrl}/#/events/${eventId}/import`);
      await page.getByTestId('import-event').filter({ hasText: run }).waitFor();
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: file.fileName, mimeType: 'text/csv', buffer: Buffer.from(file.csv, 'utf8') });

      await page.getByTestId('import-rows').waitFor();
      expect(await page.getByTestId('import-format').innerText()).toContain('UTF-8 (BOM)');
      expect(await page.getByTestId('import-count-ambiguous').innerText()).toBe('À trancher : 98');
      expect(await page.getByTestId('import-count-errors').innerText()).toBe(`En erreur : ${file.unreadStatusLines}`);
      expect(await page.getByTestId('import-count-duplicates').innerText()).toBe(`Doublons : ${file.duplicates}`);
      expect(await page.getByTestId('import-row').count()).toBe(25);
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);

      // the lines in error, their texts in full: the status nobody reads
      await page.getByTestId('import-count-errors').click();
      await eventually(() => page.getByTestId('import-row').count(), file.unreadStatusLines);
      expect(await page.getByTestId('import-row-problems').first().innerText()).toContain(
        `Statut inconnu : « ${UNREAD_STATUS.value} »`,
      );
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
      await browser.screenshot('registration-file-1-errors');

      // mapped once for all its lines: the file is read again, nothing in error
      await page.getByRole('combobox', { name: `Statut pour « ${UNREAD_STATUS.value} »` }).click();
      await page.getByRole('option', { name: 'Annulé(e)' }).click();
      await eventually(() => page.getByTestId('import-count-errors').innerText(), 'En erreur : 0');

      // 98 namesakes, one answer
      const namesakes = page.locator('[data-testid="import-question"][data-question="SAME_NAME_OTHER_EMAIL"]');
      expect(await namesakes.innerText()).toContain('Même nom, autre adresse e-mail : 98 lignes');
      await namesakes.getByRole('button', { name: 'Nouveaux contacts pour les 98 lignes' }).click();
      await eventually(() => page.getByTestId('import-count-ambiguous').innerText(), 'À trancher : 0');
      const lines = file.dataLines - file.duplicates;
      expect(await page.getByTestId('import-count-ready').innerText()).toBe(`Prêtes : ${lines}`);
      await page.getByTestId('import-filter-ALL').click();
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
      await browser.screenshot('registration-file-2-settled');

      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const result = page.getByTestId('import-result');
      await result.waitFor({ timeout: 60_000 });
      expect(await result.innerText()).toContain(`${lines} participations créées`);
      expect(await result.innerText()).toContain(`${lines} contacts créés`);
      await browser.screenshot('registration-file-3-imported');

      await expectFigures(page, eventId, Object.fromEntries(FIGURES.map((name) => [name, String(file.expected[name])])));
      await browser.screenshot('registration-file-4-figures');
    }));

  it('undoes the import as a whole: the figures are zero again; twice is not offered', () =>
    browser.withDiagnostics('registration-file-undo', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/events/${eventId}/import`);
      const history = page.getByTestId('import-history');
      await history.waitFor();
      const imported = history.getByTestId('import-history-row').filter({ hasText: file.fileName });
      expect(await imported.count()).toBe(1);
      await imported.getByTestId('import-undo').click();
      await page.getByRole('button', { name: "Annuler l'import" }).click();
      const message = page.getByTestId('import-history-message');
      await message.waitFor({ timeout: 60_000 });
      expect(await message.innerText()).toContain(
        `Import annulé : ${file.dataLines - file.duplicates} participations supprimées`,
      );
      await imported.getByText(/^Annulé le /).waitFor();
      expect(await imported.getByTestId('import-undo').count()).toBe(0);
      await browser.screenshot('registration-file-5-undone');

      await expectFigures(page, eventId, Object.fromEntries(FIGURES.map((name) => [name, '0'])));
    }));
});
