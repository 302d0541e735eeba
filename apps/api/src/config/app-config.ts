import { MAX_REQUEST_BODY_BYTES } from '@territoria/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repositoryRoot = path.resolve(apiRoot, '../..');

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

/** Every setting comes from the environment and is checked once, at boot: a bad value stops the app. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = 'localhost';

  /** Without it, an embedded PostgreSQL is started with its data under EMBEDDED_POSTGRES_DIR. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_POSTGRES_DIR = path.join(repositoryRoot, '.data', 'postgres');

  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsString()
  ADMIN_DIST_DIR = path.join(repositoryRoot, 'apps', 'admin', 'dist');

  /** Import the official referential at start when the database holds none of it yet. */
  @Transform(toBoolean)
  @IsBoolean()
  IMPORT_REFERENTIAL_ON_START = true;

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Behind a reverse proxy, whose X-Forwarded-For to believe for the client's address (the
   * sign-in rate limit counts per address): `false` (the default), `true` (any: only when nothing
   * but the proxy reaches the app), or the proxies' addresses / CIDR ranges separated by commas
   * (`loopback`, `uniquelocal` for the private ranges).
   */
  @Matches(/^(false|true|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, { message: 'TRUST_PROXY must be false, true or a list of addresses' })
  TRUST_PROXY = 'false';

  /** Where npm run backup writes its files. */
  @IsString()
  BACKUP_DIR = path.join(repositoryRoot, 'backups');

  /** npm run backup keeps this many of the newest backups in BACKUP_DIR and deletes older ones; 0 keeps all. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  BACKUP_KEEP = 0;

  /** Largest accepted request body, in bytes. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = MAX_REQUEST_BODY_BYTES;

  /** Largest GraphQL answer, in bytes: a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1024)
  RESPONSE_LIMIT_BYTES = 10 * 1024 * 1024;

  /** How long an authentication is remembered (0: never); a sign-out or revocation forgets it at once. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(300)
  AUTH_CACHE_SECONDS = 30;

  /** How often a job queue worker looks for due jobs (pg-boss polling), in seconds. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @Min(0.5)
  @Max(60)
  JOBS_POLLING_SECONDS = 1;

  /**
   * Webhook URLs may point to private, loopback or link-local addresses (a receiver on this
   * machine or network). Off by default in production, where it would open the door to
   * server-side request forgery; on by default in development and tests.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOKS_ALLOW_PRIVATE_URLS?: boolean;

  /** First retry delay of a failed webhook delivery, in seconds; it doubles at each attempt (with jitter). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @Min(0.1)
  @Max(3600)
  WEBHOOKS_RETRY_BASE_SECONDS = 30;

  /** How long a failing delivery is retried before it is marked failed, in hours. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @Min(0.001)
  @Max(168)
  WEBHOOKS_RETRY_HOURS = 24;

  /** How long a receiver has to answer a delivery, in milliseconds. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOKS_TIMEOUT_MS = 10_000;

  /** The first administrator, created on the first start. */
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  /** Without it the first administrator gets a random password, printed once. */
  @IsOptional()
  @IsString()
  @MinLength(12)
  ADMIN_PASSWORD?: string;

  /**
   * Where the console is served (comma-separated when several): a request signed in by the
   * session cookie must come from one of these origins. Defaults to the local address, and the
   * Vite dev server in development.
   */
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value,
  )
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true })
  PUBLIC_URL?: string[];

  /**
   * Where mail goes (smtp:// or smtps://, user and password in the URL). Without it, an embedded
   * mail catcher keeps the messages and shows them at /mail-catcher; in production, nothing is sent.
   */
  @IsOptional()
  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_protocol: true, require_tld: false },
    { message: 'SMTP_URL must be an smtp:// or smtps:// URL' },
  )
  SMTP_URL?: string;

  /** The sender of mailings, e.g. `Cités Unies France <contact@example.org>`. */
  @IsString()
  MAIL_FROM = 'Territoria <no-reply@localhost>';

  /** How many messages of a mailing go out per minute at most. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100_000)
  MAILING_RATE_PER_MINUTE = 120;

  /** A message the SMTP server could not take (down, 4xx) is retried after this, doubled at each attempt. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  MAILING_RETRY_SECONDS = 60;

  /** TRUST_PROXY as Fastify's trustProxy option takes it. */
  get trustProxy(): boolean | string {
    if (this.TRUST_PROXY === 'false' || this.TRUST_PROXY === 'true') return this.TRUST_PROXY === 'true';
    return this.TRUST_PROXY;
  }

  /** Whether webhook URLs may point to private addresses: as configured, else everywhere but in production. */
  get webhooksAllowPrivateUrls(): boolean {
    return this.WEBHOOKS_ALLOW_PRIVATE_URLS ?? !this.isProduction;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The origins (scheme, host and port) a browser may send the console's requests from. */
  get allowedOrigins(): string[] {
    const urls = this.PUBLIC_URL?.length
      ? this.PUBLIC_URL
      : [
          `http://localhost:${this.PORT}`,
          `http://127.0.0.1:${this.PORT}`,
          ...(this.NODE_ENV === 'development' ? ['http://localhost:5173'] : []),
        ];
    return [...new Set(urls.map((url) => new URL(url).origin))];
  }
}

/** The validated configuration, for the providers that need it. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export function loadAppConfig(environment: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  // Demo data is for a first look on a laptop, never for a production database unless asked.
  if (defined.SEED_DEMO_DATA === undefined && config.isProduction) config.SEED_DEMO_DATA = false;
  const errors = validateSync(config, { skipMissingProperties: false });
  if (config.isProduction && !config.DATABASE_URL) {
    throw new Error(
      'Invalid configuration: DATABASE_URL is required when NODE_ENV=production (the embedded PostgreSQL is for development).',
    );
  }
  if (errors.length > 0) {
    const details = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`).join('; ');
    throw new Error(`Invalid configuration: ${details}`);
  }
  return config;
}
