import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.join(here, 'screenshots');
const baseUrl = process.env.E2E_BASE_URL ?? '';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SEARCH_PLACEHOLDER = 'Nom, INSEE, SIREN ou code postal';

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Makes the test repeatable on a reused database (DATABASE_URL_TEST): Saint-Étienne starts as a non-member. */
async function resetSaintEtienne(): Promise<void> {
  const data = await graphql<{ collectivities: { nodes: { id: string; version: number; membershipStatus: string }[] } }>(
    `query ($filter: CollectivityFilter) {
       collectivities(filter: $filter, page: { offset: 0, limit: 5 }) { nodes { id version membershipStatus inseeCode } }
     }`,
    { filter: { search: '42218', kinds: ['COMMUNE'] } },
  );
  const saintEtienne = data.collectivities.nodes.find((node) => (node as { inseeCode?: string }).inseeCode === '42218');
  if (!saintEtienne) throw new Error('Saint-Étienne (INSEE 42218) is missing from the referential');
  if (saintEtienne.membershipStatus !== 'NONE') {
    await graphql(`mutation ($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id } }`, {
      id: saintEtienne.id,
      input: { membershipStatus: 'NONE', version: saintEtienne.version },
    });
  }
}

/** Polls until `read` returns the expected value (the list refreshes after a debounce). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (last === expected) return;
    } catch {
      // element not there yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}

describe('console in a real browser against the real API', () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    if (!baseUrl) throw new Error('E2E_BASE_URL is not set: run with jest.e2e.config.js (its globalSetup starts the product)');
    if (!existsSync(executablePath)) {
      // Never skip silently: without a browser this test fails, on CI and locally alike.
      throw new Error(
        `Chromium not found at ${executablePath}${process.env.CI === 'true' ? ' (CI=true: the browser test is required)' : ''}. ` +
          'Install chromium or set CHROMIUM_PATH.',
      );
    }
    await mkdir(screenshots, { recursive: true });
    userDataDir = await mkdtemp(path.join(tmpdir(), 'territoria-e2e-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    await resetSaintEtienne();
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  /** On failure: a screenshot of the page and the end of the API's log, next to the error. */
  async function withDiagnostics(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const shot = path.join(screenshots, `failure-${name}.png`);
      await page?.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      const apiLog = process.env.E2E_API_LOG
        ? (await readFile(process.env.E2E_API_LOG, 'utf8').catch(() => '')).split('\n').slice(-30).join('\n')
        : '';
      if (error instanceof Error) {
        error.message += `\n\nPage: ${page?.url()}\nScreenshot: ${shot}\nBrowser errors: ${JSON.stringify(browserErrors)}\nAPI log (end):\n${apiLog}`;
      }
      throw error;
    }
  }

  it('finds Saint-Étienne, makes it a member and keeps it after a reload', () =>
    withDiagnostics('saint-etienne', async () => {
      await page.goto(`${baseUrl}/#/collectivities`);
      const search = page.getByPlaceholder(SEARCH_PLACEHOLDER);
      await search.waitFor();
      // French console: French column headers
      await page.getByRole('columnheader', { name: 'Nom' }).waitFor();

      await search.fill('saint etienne');
      const firstName = page.locator('table tbody tr').first().locator('td.column-name');
      await eventually(async () => (await firstName.innerText()).trim(), 'Saint-Étienne');
      await page.screenshot({ path: path.join(screenshots, '1-search-saint-etienne.png'), fullPage: true });

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
      await page.screenshot({ path: path.join(screenshots, '2-edit-membership.png'), fullPage: true });

      await page.getByRole('button', { name: 'Enregistrer' }).click();
      // pessimistic save: back on the show page once the API has answered
      await page.getByText('Collectivité enregistrée').waitFor();
      await page.waitForURL(/#\/collectivities\/[^/]+\/show$/);

      await page.reload();
      const shownStatus = page.getByTestId('membership-status');
      await eventually(async () => (await shownStatus.innerText()).trim(), 'Adhérent');
      await page.screenshot({ path: path.join(screenshots, '3-after-reload.png'), fullPage: true });

      // the API agrees
      const data = await graphql<{ collectivities: { nodes: { inseeCode: string; membershipStatus: string }[] } }>(
        `query { collectivities(filter: { search: "42218", kinds: [COMMUNE] }) { nodes { inseeCode membershipStatus } } }`,
        {},
      );
      expect(data.collectivities.nodes.find((node) => node.inseeCode === '42218')?.membershipStatus).toBe('MEMBER');
      expect(browserErrors).toEqual([]);
    }));
});
