import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiSession, baseUrl, findCommune, updateCollectivity, type CollectivityRow } from './api';
import { eventually, openBrowser, signInThroughPage, type Browser } from './browser';

const CONFLICT_MESSAGE =
  "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.";

/**
 * Sign-in and roles in a real browser: a signed-out visitor, a wrong password, a STAFF user (made
 * by the test through the API, as the first administrator) editing Dijon and finding the change in
 * its history, and a stale edit refused with the conflict message.
 */
describe('access control in a real browser', () => {
  let browser: Browser;
  let admin: ApiSession;
  let dijon: CollectivityRow;
  // unique per run: the test can run again on a reused database (DATABASE_URL_TEST)
  const run = Date.now().toString(36);
  const staff = { email: `staff-${run}@e2e.test`, password: `staff-password-${run}`, displayName: `Sam Staff ${run}` };
  const staffNote = `Rappeler le cabinet du maire (${run})`;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await ApiSession.asAdmin();
    await admin.createUser({ ...staff, role: 'STAFF' });
    dijon = await findCommune(admin, '21231');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends a signed-out visitor to the sign-in page', () =>
    browser.withDiagnostics('signed-out', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/collectivities`);
      await page.waitForURL(/#\/login/);
      await page.getByRole('textbox', { name: 'Adresse électronique' }).waitFor();
      await page.getByRole('textbox', { name: 'Mot de passe' }).waitFor();
      await page.getByRole('button', { name: 'Connexion' }).waitFor();
      // nothing of the console is shown
      expect(await page.getByRole('menuitem', { name: 'Collectivités' }).count()).toBe(0);
      await browser.screenshot('access-1-sign-in-page');
    }));

  it('refuses a wrong password in French', () =>
    browser.withDiagnostics('wrong-password', async () => {
      const { page } = browser;
      await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(staff.email);
      await page.getByRole('textbox', { name: 'Mot de passe' }).fill('not-the-password');
      await page.getByRole('button', { name: 'Connexion' }).click();
      await page.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
      expect(page.url()).toMatch(/#\/login/);
      await browser.screenshot('access-2-wrong-password');
    }));

  it('lets a STAFF user edit Dijon, and shows the change in its history', () =>
    browser.withDiagnostics('staff-edit-history', async () => {
      const { page } = browser;
      await signInThroughPage(page, staff.email, staff.password);
      // STAFF: the collectivities, none of the administration
      await page.getByRole('menuitem', { name: 'Collectivités' }).waitFor();
      expect(await page.getByRole('menuitem', { name: 'Utilisateurs' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: 'Journal' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Mon compte' }).click();
      await page.getByRole('menuitem', { name: 'Changer mon mot de passe' }).waitFor();
      await page.keyboard.press('Escape');

      await page.goto(`${baseUrl}/#/collectivities/${dijon.id}`);
      await page.getByText('Collectivité : Dijon').first().waitFor();
      const notes = page.getByRole('textbox', { name: 'Notes' });
      await notes.fill(staffNote);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Collectivité enregistrée').waitFor();
      await page.waitForURL(/#\/collectivities\/[^/]+\/show$/);

      const history = page.getByTestId('record-history');
      await history.getByText('Historique').waitFor();
      const latest = history.getByTestId('history-entry').first();
      await latest.getByText(`par ${staff.email}`).waitFor();
      await latest.getByText('Modification').waitFor();
      const change = latest.getByTestId('audit-change').filter({ hasText: /^Notes : / });
      await eventually(async () => (await change.innerText()).trim().endsWith(`→ ${staffNote}`), true);
      // dated in French
      expect(await latest.locator('time').innerText()).toMatch(/^\d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}$/);
      await browser.screenshot('access-3-history');

      const stored = await findCommune(admin, '21231');
      expect(stored.notes).toBe(staffNote);
    }));

  it('refuses a stale edit with the French conflict message and shows the current values', () =>
    browser.withDiagnostics('stale-edit', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/collectivities/${dijon.id}`);
      const notes = page.getByRole('textbox', { name: 'Notes' });
      await eventually(async () => notes.inputValue(), staffNote);

      // someone else saves Dijon meanwhile
      const current = await findCommune(admin, '21231');
      const adminNote = `Note de l'administrateur (${run})`;
      await updateCollectivity(admin, current.id, { notes: adminNote, version: current.version });

      await notes.fill(`Ma version, périmée (${run})`);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText(CONFLICT_MESSAGE).waitFor();
      // the form now shows what is stored
      await eventually(async () => notes.inputValue(), adminNote);
      expect(page.url()).toMatch(new RegExp(`#/collectivities/${dijon.id}$`));
      await browser.screenshot('access-4-conflict');

      expect((await findCommune(admin, '21231')).notes).toBe(adminNote);
      // react-admin logs every refused request in the console: the conflict, and nothing else
      expect(browser.errors.filter((error) => !error.includes(CONFLICT_MESSAGE))).toEqual([]);
    }));
});
