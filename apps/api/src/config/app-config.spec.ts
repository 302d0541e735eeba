import { describe, expect, it } from '@jest/globals';
import { loadAppConfig } from './app-config.js';

describe('loadAppConfig', () => {
  it('applies defaults', () => {
    const config = loadAppConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.IMPORT_REFERENTIAL_ON_START).toBe(true);
  });

  it('reads typed values', () => {
    const config = loadAppConfig({ PORT: '4000', SEED_DEMO_DATA: 'false', NODE_ENV: 'test' });
    expect(config.PORT).toBe(4000);
    expect(config.SEED_DEMO_DATA).toBe(false);
  });

  it('in production, needs a database server and seeds no demo data unless asked', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
    const config = loadAppConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://crm@db/crm' });
    expect(config.isProduction).toBe(true);
    expect(config.SEED_DEMO_DATA).toBe(false);
    expect(
      loadAppConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://crm@db/crm', SEED_DEMO_DATA: 'true' }).SEED_DEMO_DATA,
    ).toBe(true);
  });

  it('reads which proxies to trust for the client address', () => {
    expect(loadAppConfig({}).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: 'uniquelocal, 127.0.0.1' }).trustProxy).toBe('uniquelocal, 127.0.0.1');
    expect(() => loadAppConfig({ TRUST_PROXY: 'every one' })).toThrow(/TRUST_PROXY/);
  });

  it("accepts the console's requests from its local address, and the Vite dev server in development", () => {
    expect(loadAppConfig({ PORT: '4000' }).allowedOrigins).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
      'http://localhost:5173',
    ]);
    expect(loadAppConfig({ NODE_ENV: 'test' }).allowedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
    const configured = loadAppConfig({ PUBLIC_URL: 'https://crm.example.org/console/, http://localhost:8080' });
    expect(configured.allowedOrigins).toEqual(['https://crm.example.org', 'http://localhost:8080']);
  });

  it('refuses to start on a bad value, naming it', () => {
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
    expect(() => loadAppConfig({ PUBLIC_URL: 'crm.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadAppConfig({ PUBLIC_URL: 'https://crm.example.org, ftp://files.example.org' })).toThrow(/PUBLIC_URL/);
  });
});
