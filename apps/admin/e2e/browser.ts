import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl } from './api';

/** Where the tests leave their screenshots (git-ignored). */
export const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
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

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
  /** On failure: a screenshot of the page and the end of the API's log, next to the error. */
  withDiagnostics(name: string, body: () => Promise<void>): Promise<void>;
  screenshot(name: string): Promise<void>;
}

/** Headless Chromium in French, Paris time, with a fresh profile (no cookie). */
export async function openBrowser(): Promise<Browser> {
  if (!baseUrl) throw new Error('E2E_BASE_URL is not set: run with jest.e2e.config.js (its globalSetup starts the product)');
  if (!existsSync(executablePath)) {
    // Never skip silently: without a browser this test fails, on CI and locally alike.
    throw new Error(
      `Chromium not found at ${executablePath}${process.env.CI === 'true' ? ' (CI=true: the browser test is required)' : ''}. ` +
        'Install chromium or set CHROMIUM_PATH.',
    );
  }
  await mkdir(screenshots, { recursive: true });
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'territoria-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Every wait is on state: a long ceiling costs nothing when the machine is quick, and holds when it is loaded.
  page.setDefaultTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const screenshot = async (name: string) => {
    // let notifications and dialogs finish their entrance
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  };
  return {
    context,
    page,
    errors,
    screenshot,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
    async withDiagnostics(name, body) {
      try {
        await body();
      } catch (error) {
        const shot = path.join(screenshots, `failure-${name}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        const apiLog = process.env.E2E_API_LOG
          ? (await readFile(process.env.E2E_API_LOG, 'utf8').catch(() => '')).split('\n').slice(-30).join('\n')
          : '';
        // playwright's errors come from another realm than jest's: no instanceof Error
        if (error && typeof error === 'object' && typeof (error as Error).message === 'string') {
          (error as Error).message +=
            `\n\nPage: ${page.url()}\nScreenshot: ${shot}\nBrowser errors: ${JSON.stringify(errors)}\nAPI log (end):\n${apiLog}`;
        }
        throw error;
      }
    },
  };
}

/** Signs in through the console's sign-in page (French labels), and waits for the dashboard. */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  if (!/#\/login/.test(page.url())) {
    await page.goto(`${baseUrl}/#/login`);
  }
  await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Polls until `read` returns the expected value (lists refresh after a debounce). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
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
