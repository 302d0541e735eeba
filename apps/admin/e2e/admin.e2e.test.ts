import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiSession, baseUrl, findCommune, updateCollectivity } from './api';
import { openBrowser, signInThroughPage, type Browser } from './browser';

/**
 * The administration, as the first ADMIN sees it: the four menus, a user created then
 * deactivated, an API token whose secret is shown once then revoked, and the journal.
 */
describe('administration in a real browser', () => {
  let browser: Browser;
  const run = Date.now().toString(36);
  const president = { email: `president-${run}@e2e.test`, displayName: `Paule Présidente ${run}` };
  const tokenName = `Site du réseau ${run}`;

  beforeAll(async () => {
    browser = await openBrowser();
    // a collectivity change for the journal to show (the API runs without demo data)
    const admin = await ApiSession.asAdmin();
    const beaune = await findCommune(admin, '21054');
    await updateCollectivity(admin, beaune.id, { notes: `Relancer la mairie (${run})`, version: beaune.version });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the four menus to an ADMIN', () =>
    browser.withDiagnostics('admin-menus', async () => {
      const { page } = browser;
      await page.goto(`${baseUrl}/#/login`);
      await signInThroughPage(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      for (const name of ['Collectivités', 'Utilisateurs', "Jetons d'API", 'Journal']) {
        await page.getByRole('menuitem', { name }).waitFor();
      }
      // The product starts without demo data: a collectivity change for the journal test to find,
      // made with this page's session (another sign-in would count against the API's rate limit).
      await page.evaluate(async (notes) => {
        const graphql = async (query: string, variables: Record<string, unknown> = {}) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables }),
            })
          ).json();
        const found = await graphql(
          'query { collectivities(filter: { search: "69123", kinds: [COMMUNE] }, page: { limit: 1 }) { nodes { id version } } }',
        );
        const lyon = found.data.collectivities.nodes[0];
        await graphql(
          'mutation ($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id } }',
          {
            id: lyon.id,
            input: { notes, version: lyon.version },
          },
        );
      }, `Journal e2e (${run})`);
    }));

  it('creates a group president, then deactivates them', () =>
    browser.withDiagnostics('admin-users', async () => {
      const { page } = browser;
      await page.getByRole('menuitem', { name: 'Utilisateurs' }).click();
      await page.waitForURL(/#\/users/);
      await page.getByRole('cell', { name: ADMIN_EMAIL }).waitFor();
      await page.locator('a[href="#/users/create"]').click();
      await page.getByRole('textbox', { name: 'Nom affiché' }).fill(president.displayName);
      await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(president.email);
      await page.getByRole('combobox', { name: 'Rôle' }).click();
      await page.getByRole('option', { name: 'Président de groupe' }).click();
      await page.getByRole('textbox', { name: 'Mot de passe' }).fill(`president-password-${run}`);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Utilisateur créé').waitFor();
      const row = page.getByRole('row').filter({ hasText: president.email });
      await row.getByText('Président de groupe').waitFor();
      await browser.screenshot('admin-1-users');

      await row.getByRole('cell', { name: president.email }).click();
      await page.getByText(`Utilisateur : ${president.displayName}`).first().waitFor();
      const active = page.getByRole('switch', { name: 'Compte actif' }).or(page.getByRole('checkbox', { name: 'Compte actif' }));
      expect(await active.isChecked()).toBe(true);
      await active.click();
      await browser.screenshot('admin-2-user-edit');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Utilisateur enregistré').waitFor();
      // no delete button anywhere: users are deactivated
      expect(await page.getByRole('button', { name: 'Supprimer' }).count()).toBe(0);

      await page.getByRole('combobox', { name: 'Compte actif' }).click();
      await page.getByRole('option', { name: 'Désactivés' }).click();
      // the filter applies after a debounce: wait for it (leaving before would bring the list back)
      await page.waitForURL(/active/);
      await page.getByRole('cell', { name: ADMIN_EMAIL }).waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: president.email }).waitFor();
    }));

  it('creates an API token, shows its secret once, then revokes it', () =>
    browser.withDiagnostics('admin-api-tokens', async () => {
      const { page } = browser;
      await page.getByRole('menuitem', { name: "Jetons d'API" }).click();
      await page.waitForURL(/#\/apiTokens/);
      // the link of this page (the previous page had one too)
      await page.locator('a[href="#/apiTokens/create"]').click();
      await page.waitForURL(/#\/apiTokens\/create$/);
      await page.getByRole('textbox', { name: 'Nom' }).fill(tokenName);
      await page.getByRole('checkbox', { name: 'Lire les événements' }).check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();

      const dialog = page.getByRole('dialog');
      await dialog.getByText(`Jeton « ${tokenName} » créé : copiez son secret`).waitFor();
      await dialog.getByText(/Ce secret ne sera plus jamais affiché/).waitFor();
      const secret = await dialog.getByTestId('api-token-secret').inputValue();
      expect(secret.length).toBeGreaterThan(20);
      await dialog.getByRole('button', { name: 'Copier' }).click();
      await browser.screenshot('admin-3-token-secret');
      await dialog.getByRole('button', { name: "J'ai copié le secret" }).click();
      await page.waitForURL(/#\/apiTokens$/);

      // the secret is a working credential, and it is no longer shown
      const answer = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ collectivities(page: { limit: 1 }) { totalCount } }' }),
      }).then((response) => response.json() as Promise<{ data?: { collectivities: { totalCount: number } } }>);
      expect(answer.data?.collectivities.totalCount).toBeGreaterThan(30000);
      expect(await page.getByText(secret).count()).toBe(0);

      const row = page.getByRole('row').filter({ hasText: tokenName });
      await row.getByText('Actif').waitFor();
      await row.getByText('Lire les collectivités').waitFor();
      await row.getByRole('button', { name: 'Révoquer' }).click();
      await page.getByRole('dialog').getByText(`Révoquer le jeton « ${tokenName} » ?`).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Révoquer' }).click();
      await page.getByText('Jeton révoqué', { exact: true }).waitFor();
      await row.getByText('Révoqué').waitFor();
      expect(await row.getByRole('button', { name: 'Révoquer' }).count()).toBe(0);
      await browser.screenshot('admin-4-token-revoked');
    }));

  it('shows the journal, newest first, filtered by entity type', () =>
    browser.withDiagnostics('admin-journal', async () => {
      const { page } = browser;
      await page.getByRole('menuitem', { name: 'Journal' }).click();
      await page.waitForURL(/#\/auditEntries/);
      const first = page.locator('table tbody tr').first();
      // the revocation is the latest change
      await first.getByText("Jeton d'API").waitFor();
      await first.getByText('Modification').waitFor();
      await first.getByText(ADMIN_EMAIL).waitFor();
      await first.getByText(/^Révoqué le : \(vide\) → /).waitFor();

      await page.getByRole('combobox', { name: 'Type de fiche' }).click();
      await page.getByRole('option', { name: 'Collectivité' }).click();
      await page.waitForURL(/entityType/);
      await first.getByText('Collectivité', { exact: true }).waitFor();
      await browser.screenshot('admin-5-journal');
      // a collectivity's row opens its page
      await first.click();
      await page.waitForURL(/#\/collectivities\/[^/]+\/show$/);
      await page.getByTestId('record-history').waitFor();
      expect(browser.errors).toEqual([]);
    }));
});
