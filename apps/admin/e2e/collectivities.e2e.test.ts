import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, baseUrl, findCommune, updateCollectivity } from './api';
import { eventually, openBrowser, signInThroughPage, type Browser } from './browser';

const SEARCH_PLACEHOLDER = 'Nom, INSEE, SIREN ou code postal';

describe('console in a real browser against the real API', () => {
  let browser: Browser;
  let admin: ApiSession;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await ApiSession.asAdmin();
    // Makes the test repeatable on a reused database (DATABASE_URL_TEST): Saint-Étienne starts as a non-member.
    const saintEtienne = await findCommune(admin, '42218');
    if (saintEtienne.membershipStatus !== 'NONE') {
      await updateCollectivity(admin, saintEtienne.id, { membershipStatus: 'NONE', version: saintEtienne.version });
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, finds Saint-Étienne, makes it a member and keeps it after a reload', () =>
    browser.withDiagnostics('saint-etienne', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/collectivities`);
      // signed out: the sign-in page first, then back to the list asked for
      await page.waitForURL(/#\/login/);
      await signInThroughPage(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.waitForURL(/#\/collectivities/);

      const search = page.getByPlaceholder(SEARCH_PLACEHOLDER);
      await search.waitFor();
      // French console: French column headers
      await page.getByRole('columnheader', { name: 'Nom' }).waitFor();

      await search.fill('saint etienne');
      const firstName = page.locator('table tbody tr').first().locator('td.column-name');
      await eventually(async () => (await firstName.innerText()).trim(), 'Saint-Étienne');
      await browser.screenshot('1-search-saint-etienne');

      // open it (show page), then edit
      await firstName.click();
      await page.getByTestId('collectivity-name').filter({ hasText: 'Saint-Étienne' }).waitFor();
      await page.getByRole('link', { name: 'Éditer' }).click();
      await page.waitForURL(/#\/collectivities\/[^/]+$/);
      await page.getByText('Collectivité : Saint-Étienne').first().waitFor();

      const status = page.getByRole('combobox', { name: 'Adhésion' });
      await status.waitFor();
      await status.click();
      await page.getByRole('option', { name: 'Adhérent', exact: true }).click();
      await eventually(async () => (await status.innerText()).trim(), 'Adhérent');
      await browser.screenshot('2-edit-membership');

      await page.getByRole('button', { name: 'Enregistrer' }).click();
      // pessimistic save: back on the show page once the API has answered
      await page.getByText('Collectivité enregistrée').waitFor();
      await page.waitForURL(/#\/collectivities\/[^/]+\/show$/);

      // the session survives a reload (httpOnly cookie)
      await page.reload();
      const shownStatus = page.getByTestId('membership-status');
      await eventually(async () => (await shownStatus.innerText()).trim(), 'Adhérent');
      await browser.screenshot('3-after-reload');

      // the API agrees
      expect((await findCommune(admin, '42218')).membershipStatus).toBe('MEMBER');
      expect(browser.errors).toEqual([]);
    }));
});
