import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { UsersService } from '../src/modules/users/users.service.js';
import { startupBanner } from '../src/startup-banner.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the first administrator', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is created once, with a random password printed once when none is given', async () => {
    await api.dataSource.query('DELETE FROM users');
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((message: unknown) => void printed.push(String(message)));
    try {
      await api.app.get(UsersService).ensureFirstAdmin(undefined, undefined);
      await api.app.get(UsersService).ensureFirstAdmin(undefined, undefined);
    } finally {
      log.mockRestore();
    }
    expect(printed).toHaveLength(1);
    const password = /password: (\S+)/.exec(printed[0]!)?.[1];
    // Printed again last, after the addresses, so that the start's logs cannot push it off the screen.
    const banner = startupBanner('http://localhost:3000', api.app.get(UsersService).generatedFirstAdmin).trimEnd().split('\n');
    expect(banner[0 + 1]).toContain('Console:');
    expect(banner.at(-2)).toBe(`    password: ${password}`);
    expect(password?.length).toBeGreaterThanOrEqual(20);
    const users = await api.dataSource.query('SELECT email, role FROM users');
    expect(users).toEqual([{ email: 'admin@localhost', role: 'ADMIN' }]);
    expect(await api.signIn('admin@localhost', password!)).not.toBeNull();
    const second = await startTestApp();
    try {
      expect(await second.signIn('admin@localhost', 'correct horse battery staple')).toBeNull();
    } finally {
      await second.close();
    }
  });
});
