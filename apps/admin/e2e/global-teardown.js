// Stops what global-setup.js started: the API first, then PostgreSQL.
import { rm } from 'node:fs/promises';
import path from 'node:path';

const log = (message) => process.stdout.write(`[e2e] ${message}\n`);

function stopProcess(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function globalTeardown() {
  const state = globalThis.__TERRITORIA_E2E__;
  if (!state) return;
  await stopProcess(state.api);
  state.logStream?.end();
  await state.database.stop();
  if (process.env.E2E_KEEP_API_LOG !== '1') await rm(path.dirname(state.logFile), { recursive: true, force: true });
  log('API and database stopped');
}
