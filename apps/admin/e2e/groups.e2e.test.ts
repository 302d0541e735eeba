import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApiSession,
  baseUrl,
  createContact,
  deleteGroupsNamed,
  findCollectivity,
  findGroups,
  type CollectivityRow,
  type ContactRow,
  createEdition,
} from './api';
import { eventually, openBrowser, signInThroughPage, type Browser } from './browser';

const GROUP_NAME = 'Groupe-pays Mali';

/**
 * Groups and their presidents in a real browser. A STAFF user (made by the first administrator
 * through the API) creates "Groupe-pays Mali" (Mali), adds Dijon and Paris as members with the
 * server-side collectivity picker, and makes an elected official of Dijon (made through the API)
 * its president. Then a GROUP_PRESIDENT user linked to that official signs in: "Mes groupes"
 * shows exactly that group and its two members, the collectivities list its two members, and
 * none of the administration.
 */
describe('country groups and their president in a real browser', () => {
  let browser: Browser;
  let admin: ApiSession;
  let dijon: CollectivityRow;
  let official: ContactRow;
  let edition: { id: string; title: string };
  // unique per run: the test can run again on a reused database (DATABASE_URL_TEST)
  const run = Date.now().toString(36);
  const staff = { email: `staff-groups-${run}@e2e.test`, password: `staff-password-${run}`, displayName: `Sam Staff ${run}` };
  const president = {
    email: `president-${run}@e2e.test`,
    password: `president-password-${run}`,
    displayName: `Aïssata Présidente ${run}`,
  };
  const lastName = `Traoré-${run}`;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await ApiSession.asAdmin();
    await admin.createUser({ ...staff, role: 'STAFF' });
    dijon = await findCollectivity(admin, '21231');
    // the group's second member comes from the referential too
    expect((await findCollectivity(admin, '75056')).name).toBe('Paris');
    // group names are unique: a run on a reused database starts without the previous run's group
    await deleteGroupsNamed(admin, GROUP_NAME);
    official = await createContact(admin, {
      firstName: 'Aïssata',
      lastName,
      position: {
        collectivityId: dijon.id,
        title: 'Adjointe aux relations internationales',
        kind: 'ELECTED',
        startedOn: '2020-07-03',
      },
    });
    // an edition of the Rencontres: the official spoke for Dijon; Lyon, not a member of the group, came too
    const title = `Rencontres ${run}`;
    edition = { id: await createEdition(admin, { name: `Rencontres des groupes ${run}` }, { editionNumber: 1, title }), title };
    const register = 'mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id } }';
    await admin.graphql(register, {
      input: { eventId: edition.id, contactId: official.id, collectivityId: dijon.id, role: 'SPEAKER' },
    });
    const lyon = await findCollectivity(admin, '69123');
    await admin.graphql(register, { input: { eventId: edition.id, collectivityId: lyon.id } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets STAFF create the country group, add Dijon and Paris, and appoint its president', () =>
    browser.withDiagnostics('groups-staff', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/login`);
      await signInThroughPage(page, staff.email, staff.password);
      await page.getByRole('menuitem', { name: 'Groupes-pays' }).click();
      await page.waitForURL(/#\/countryGroups/);
      await page.locator('a[href="#/countryGroups/create"]').click();
      await page.waitForURL(/#\/countryGroups\/create$/);

      await page.getByRole('textbox', { name: 'Nom' }).fill(GROUP_NAME);
      const countries = page.getByRole('combobox', { name: 'Pays' });
      await countries.fill('Mali');
      await page.getByRole('option', { name: 'Mali', exact: true }).click();
      await browser.screenshot('groups-1-create');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Groupe-pays créé').waitFor();
      await page.waitForURL(/#\/countryGroups\/[^/]+\/show$/);
      await page.getByText(`Groupe-pays : ${GROUP_NAME}`).first().waitFor();

      // members: two collectivities picked among ~36,000, searched on the server
      await page.getByRole('button', { name: 'Ajouter des membres' }).click();
      const dialog = page.getByRole('dialog');
      const picker = dialog.getByRole('combobox', { name: 'Collectivités' });
      await picker.fill('Dijon');
      await page.getByRole('option', { name: 'Dijon (21231)' }).click();
      await picker.fill('Paris');
      await page.getByRole('option', { name: 'Paris (75056)' }).click();
      await browser.screenshot('groups-2-add-members');
      await dialog.getByRole('button', { name: 'Ajouter' }).click();
      await page.getByText('2 membres ajoutés').waitFor();
      const members = page.getByTestId('group-members');
      await members.getByRole('cell', { name: 'Dijon', exact: true }).waitFor();
      await members.getByRole('cell', { name: 'Paris', exact: true }).waitFor();
      expect(await members.locator('tbody tr').count()).toBe(2);
      await browser.screenshot('groups-3-members');

      // the office: the elected official of Dijon becomes president
      await page.getByRole('tab', { name: 'Bureau' }).click();
      await page.waitForURL(/\/show\/bureau$/);
      await page.getByText('Personne ne siège au bureau de ce groupe.').waitFor();
      await page.getByRole('button', { name: 'Nommer au bureau' }).click();
      const appoint = page.getByRole('dialog');
      await appoint.getByRole('combobox', { name: 'Personne' }).fill(lastName);
      await page
        .getByRole('option', { name: new RegExp(`Aïssata ${lastName} — Adjointe aux relations internationales, Dijon`) })
        .click();
      // the role offered first is Président(e)
      await eventually(async () => (await appoint.getByRole('combobox', { name: 'Rôle' }).innerText()).trim(), 'Président(e)');
      // a start in the past: "current" on the server whatever its time zone
      await appoint.getByLabel('Début du mandat').fill('2025-01-01');
      await browser.screenshot('groups-4-appoint');
      await appoint.getByRole('button', { name: 'Nommer' }).click();
      await page.getByText('Membre du bureau nommé').waitFor();
      const office = page.getByTestId('current-officers');
      await office.getByRole('link', { name: `Aïssata ${lastName}` }).waitFor();
      await office.getByText('Président(e)').waitFor();
      await browser.screenshot('groups-5-president');

      // the API agrees
      const [group] = (await findGroups(admin, GROUP_NAME)).filter((candidate) => candidate.name === GROUP_NAME);
      expect(group?.memberCount).toBe(2);
      expect(group?.officers).toEqual([{ role: 'PRESIDENT', current: true, contactId: official.id }]);
      expect(browser.errors).toEqual([]);

      await page.getByRole('button', { name: 'Mon compte' }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.waitForURL(/#\/login/);
    }));

  it('shows the group president "Mes groupes": that group, its two members, and nothing else', () =>
    browser.withDiagnostics('groups-president', async () => {
      const { page } = browser;
      await admin.createUser({ ...president, role: 'GROUP_PRESIDENT', linkedContactId: official.id });
      await signInThroughPage(page, president.email, president.password);

      // home: "Mes groupes"
      await page.waitForURL((url) => url.hash === '#/' || url.hash === '');
      await page.getByRole('heading', { name: 'Mes groupes', level: 1 }).waitFor();
      const cards = page.getByTestId('my-group');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(1);
      await cards.getByRole('heading', { name: GROUP_NAME }).waitFor();
      const shown = cards.getByTestId('my-group-member');
      await eventually(async () => shown.count(), 2);
      expect((await shown.allInnerTexts()).map((name) => name.trim()).sort()).toEqual(['Dijon', 'Paris']);
      await browser.screenshot('groups-6-my-groups');

      // the menu: their groups, collectivities and contacts; none of the administration
      await page.getByRole('menuitem', { name: 'Mes groupes' }).waitFor();
      await page.getByRole('menuitem', { name: 'Collectivités' }).waitFor();
      await page.getByRole('menuitem', { name: 'Contacts' }).waitFor();
      for (const name of ['Utilisateurs', "Jetons d'API", 'Journal']) {
        expect(await page.getByRole('menuitem', { name }).count()).toBe(0);
      }

      // the group's page: its two members, read-only
      await cards.getByRole('link', { name: 'Ouvrir le groupe' }).click();
      await page.waitForURL(/#\/countryGroups\/[^/]+\/show$/);
      const members = page.getByTestId('group-members');
      await members.getByRole('cell', { name: 'Dijon', exact: true }).waitFor();
      await eventually(async () => members.locator('tbody tr').count(), 2);
      expect(await page.getByRole('button', { name: 'Ajouter des membres' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
      await browser.screenshot('groups-7-president-group');

      // the group's members at the Rencontres: Dijon, with its one speaker (Lyon is no member)
      await page.getByRole('tab', { name: 'Rencontres' }).click();
      // (other suites may register Dijon at editions of their own: read this edition's row only)
      const editionRow = page.getByTestId('group-participation').locator('tbody tr').filter({ hasText: edition.title });
      await editionRow.waitFor();
      expect((await editionRow.innerText()).replace(/\s+/g, ' ')).toMatch(new RegExp(`2021 — ${edition.title} 1 1 0`));

      // the collectivities they may read: the group's two members, no more
      await page.getByRole('menuitem', { name: 'Collectivités' }).click();
      await page.waitForURL(/#\/collectivities/);
      const names = page.locator('table tbody tr td.column-name');
      await eventually(async () => names.count(), 2);
      expect((await names.allInnerTexts()).map((name) => name.trim()).sort()).toEqual(['Dijon', 'Paris']);
      expect(await page.locator('a[href="#/collectivities/create"]').count()).toBe(0);
      await browser.screenshot('groups-8-president-collectivities');

      // a member's page tells its participation in the Rencontres; the labels are the staff's
      await page.goto(`${baseUrl}/#/collectivities/${dijon.id}/show`);
      const history = page.getByTestId('participation-history');
      await history.getByText(edition.title).first().waitFor();
      expect(await history.innerText()).toContain('Intervenant(e)');
      expect(await page.getByTestId('collectivity-label-awards').count()).toBe(0);
      // the edition's participants: those of the group's members only (Lyon is not one)
      await page.goto(`${baseUrl}/#/participations?filter=${encodeURIComponent(JSON.stringify({ eventId: edition.id }))}`);
      const rows = page.locator('table tbody tr');
      await eventually(async () => rows.count(), 1);
      expect(await rows.first().innerText()).toContain(`Aïssata ${lastName}`);
      expect(await page.getByRole('button', { name: /exporter/i }).count()).toBe(0);
      await browser.screenshot('groups-8b-president-participation');

      // and the contacts of those members: the president herself, no export
      await page.getByRole('menuitem', { name: 'Contacts' }).click();
      await page.waitForURL(/#\/contacts/);
      await page.getByRole('cell', { name: new RegExp(`Aïssata ${lastName}`) }).waitFor();
      expect(await page.getByRole('button', { name: /exporter/i }).count()).toBe(0);
      expect(await page.locator('a[href="#/contacts/create"]').count()).toBe(0);
      await browser.screenshot('groups-9-president-contacts');
      expect(browser.errors).toEqual([]);
    }));
});
