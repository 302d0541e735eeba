import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiSession, baseUrl, createEdition } from './api';
import { eventually, openBrowser, signInThroughPage, type Browser } from './browser';
import { readExportedCsv } from './csv';

/**
 * Acceptance of the events issue, in a real browser: a STAFF user imports a CSV of 20
 * registrations for an edition (set up through the API), settles the one ambiguous line (two
 * communes are called Saint-Denis: 93 and 974), imports, checks two participants in at the door,
 * and the edition's figures count them: 20 registered, 2 present.
 */

const HEADER = "Civilité;Prénom;Nom;E-mail;Organisation;Type d'organisation;Pays;Rôle";
/** As a spreadsheet writes it: quoted, its quotes doubled. */
const FORMULA = '"=HYPERLINK(""http://evil.example"",""Cliquez"")"';

/** 20 registrations as an event platform exports them: UTF-8 with BOM, semicolons, French words. */
function registrations(run: string): string {
  const people: [string, string, string, string, string, string, string][] = [
    ['Mme', 'Nathalie', 'Koenders', 'Dijon', 'Collectivité', 'France', 'Intervenante'],
    ['M.', 'Paul', 'Nouveau', 'Saint-Denis', 'Collectivité', 'France', 'Participant'],
    ['Mme', 'Awa', 'Traoré', 'Municipalité de Bamako', 'Délégation étrangère', 'Mali', 'Délégation étrangère'],
    ['M.', 'Kenji', 'Sato', 'Ambassade du Japon en France', 'Ambassade', 'Japon', 'Ambassade'],
    ['Mme', 'Claire', 'Dubois', 'Association Terre Solidaire', 'Association', 'France', 'Participant'],
    ['M.', 'Ousmane', 'Diop', 'Ville de Saint-Louis du Sénégal', 'Délégation étrangère', 'Sénégal', 'Délégation étrangère'],
    ['Mme', 'Léa', 'Moreau', 'Journal des Territoires', 'Entreprise', 'France', 'Presse'],
    ['M.', 'Hugo', 'Lefèvre', 'Association Jumelages Sans Frontières', 'Association', 'France', 'Participant'],
    ['Mme', 'Inès', 'Garcia', 'Réseau Coopérer Ensemble', 'Réseau', 'France', 'Participant'],
    ['M.', 'Yannick', 'Bernard', 'Fondation Horizons Partagés', 'Fondation', 'France', 'Intervenant'],
    ['Mme', 'Sophie', 'Laurent', 'Association Eau Pour Tous', 'Association', 'France', 'Participant'],
    ['M.', 'Julien', 'Petit', 'Collectif Climat Local', 'Association', 'France', 'Participant'],
    ['Mme', 'Amélie', 'Roux', 'Institut Solidarités Internationales', 'Association', 'France', 'Participant'],
    ['M.', 'Thomas', 'Fournier', 'Université Populaire du Monde', 'Université', 'France', 'Participant'],
    ['Mme', 'Chloé', 'Girard', 'Association Jeunesse et Monde', 'Association', 'France', 'Participant'],
    ['M.', 'Nicolas', 'Bonnet', 'Maison des Coopérations', 'Association', 'France', 'Participant'],
    // a cell a spreadsheet would run: stored as typed, neutralised in the console's export
    ['Mme', 'Manon', 'Dupuis', FORMULA, 'Agence', 'France', 'Participant'],
    ['M.', 'Antoine', 'Lambert', 'Réseau Villes Partenaires', 'Réseau', 'France', 'Participant'],
    ['Mme', 'Camille', 'Fontaine', 'Association Santé Sans Distance', 'Association', 'France', 'Participant'],
    ['M.', 'Lucas', 'Rousseau', 'Collectif Éducation Mondiale', 'Association', 'France', 'Participant'],
  ];
  const lines = people.map(([civility, firstName, lastName, organisation, type, country, role]) =>
    [
      civility,
      firstName,
      `${lastName}`,
      `${firstName}.${lastName}.${run}@e2e.test`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      organisation,
      type,
      country,
      role,
    ].join(';'),
  );
  return `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;
}

describe('an edition of the Rencontres in a real browser', () => {
  let browser: Browser;
  let eventId: string;
  const run = Date.now().toString(36);
  const staff = {
    email: `events-staff-${run}@e2e.test`,
    password: `events-staff-password-${run}`,
    displayName: `Elsa Events ${run}`,
  };

  beforeAll(async () => {
    browser = await openBrowser();
    const admin = await ApiSession.asAdmin();
    await admin.createUser({ ...staff, role: 'STAFF' });
    eventId = await createEdition(
      admin,
      { name: `Rencontres de l'action internationale des collectivités territoriales ${run}`, acronym: 'RAICT' },
      {
        editionNumber: 12,
        title: `12es Rencontres de l'AICT ${run}`,
        venue: "Cité des Sciences et de l'Industrie",
        city: 'Paris',
        theme: "L'AICT au cœur des enjeux globaux - engagements et solutions pour le climat",
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets STAFF import 20 registrations, settling the ambiguous Saint-Denis', () =>
    browser.withDiagnostics('events-import', async () => {
      const { page } = browser;
      await signInThroughPage(page, staff.email, staff.password);
      await page.getByRole('menuitem', { name: 'Participants' }).waitFor();

      await page.goto(`${baseUrl}/#/events/${eventId}/import`);
      await page.getByTestId('import-event').filter({ hasText: run }).waitFor();
      await page.getByTestId('import-file').setInputFiles({
        name: 'inscrits-raict-2021.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(registrations(run), 'utf8'),
      });

      await page.getByTestId('import-rows').waitFor();
      expect(await page.getByTestId('import-format').innerText()).toContain('Séparateur : point-virgule (;)');
      expect(await page.getByTestId('import-count-ambiguous').innerText()).toBe('À trancher : 1');
      expect(await page.getByTestId('import-count-ready').innerText()).toBe('Prêtes : 19');
      // the ambiguous line comes first: Paul Nouveau, of Saint-Denis (line 3 of the file)
      const first = page.getByTestId('import-row').first();
      expect(await first.getAttribute('data-outcome')).toBe('AMBIGUOUS');
      expect(await first.getAttribute('data-line')).toBe('3');
      const decision = page.locator('[data-testid="import-row-decision"][data-line="3"]');
      await decision.getByRole('radio', { name: /Seine-Saint-Denis \(93\)/ }).check();
      await browser.screenshot('events-1-import-resolved');

      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      expect(await result.innerText()).toContain('20 participations créées');
      expect(await result.innerText()).toContain('20 contacts créés');
      await browser.screenshot('events-2-import-done');

      // the participants list of the edition, from the result
      await page.getByRole('link', { name: 'Voir les participants' }).click();
      await page.waitForURL(/#\/participations/);
      await page
        .getByText(/Paul Nouveau/)
        .first()
        .waitFor();
      await browser.screenshot('events-2b-participants');

      // the export: the formula typed in the file comes out as text
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter' }).click(),
      ]);
      const [, ...rows] = await readExportedCsv((await download.path())!);
      expect(rows).toHaveLength(20);
      const dupuis = rows.find((cells) => cells.some((cell) => cell.includes('Manon Dupuis')))!;
      expect(dupuis).toContain(`'=HYPERLINK("http://evil.example","Cliquez")`);
      expect(rows.flat().some((cell) => cell.startsWith('='))).toBe(false);
    }));

  it('lets STAFF check two participants in at the door', () =>
    browser.withDiagnostics('events-check-in', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/events/${eventId}/check-in`);
      const search = page.getByRole('textbox', { name: 'Nom, prénom ou organisation' });
      await search.waitFor();
      const counter = page.getByTestId('check-in-counter');
      await eventually(() => counter.innerText(), '0 présent(e)s sur 20 inscrit(e)s');

      // one click on the row
      await search.fill('koend');
      const koenders = page.getByTestId('check-in-row').filter({ hasText: 'Nathalie Koenders' });
      await koenders.waitFor();
      await eventually(() => page.getByTestId('check-in-row').count(), 1);
      await koenders.getByRole('button', { name: "Enregistrer l'arrivée" }).click();
      await koenders.getByText(/^Présent\(e\) · \d{2}:\d{2}$/).waitFor();

      // Enter checks the only result in
      await search.fill('Traoré');
      await eventually(
        () =>
          page
            .getByTestId('check-in-row')
            .first()
            .innerText()
            .then((text) => text.includes('Awa Traoré')),
        true,
      );
      await search.press('Enter');
      await page
        .getByTestId('check-in-row')
        .filter({ hasText: 'Awa Traoré' })
        .getByText(/^Présent\(e\) · \d{2}:\d{2}$/)
        .waitFor();

      await eventually(() => counter.innerText(), '2 présent(e)s sur 20 inscrit(e)s');
      await browser.screenshot('events-3-check-in');
    }));

  it('refuses to register by hand a person already registered, pointing to the registration', () =>
    browser.withDiagnostics('events-duplicate', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/participations/create`);
      const edition = page.getByRole('combobox', { name: 'Édition' });
      await edition.fill(`AICT ${run}`);
      await page.getByRole('option', { name: new RegExp(`AICT ${run}`) }).click();
      const person = page.getByRole('combobox', { name: 'Personne' });
      await person.fill('Koenders');
      await page
        .getByRole('option', { name: /Nathalie Koenders/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const notice = page.getByTestId('participation-duplicate');
      await notice.waitFor();
      expect(await notice.innerText()).toContain('Cette personne est déjà inscrite à cette édition');
      await notice.getByRole('link', { name: "Ouvrir l'inscription existante" }).click();
      await page.getByTestId('participation-name').getByText('Nathalie Koenders').waitFor();
      await browser.screenshot('events-4-duplicate');
    }));

  it("counts them in the edition's figures", () =>
    browser.withDiagnostics('events-statistics', async () => {
      const { page } = browser;
      const figures = await editionFigures(page, eventId);
      expect(figures).toEqual({ registered: '20', attended: '2' });
    }));
});

/** The edition's "registered" and "present" figures as the statistics panel of its page shows them. */
async function editionFigures(page: Browser['page'], eventId: string): Promise<{ registered: string; attended: string }> {
  await page.goto(`${baseUrl}/#/events/${eventId}/show/statistiques`);
  const figure = (name: string) => page.getByTestId(`statistic-${name}`).locator('p').last();
  await figure('attended').waitFor();
  return { registered: (await figure('registered').innerText()).trim(), attended: (await figure('attended').innerText()).trim() };
}
