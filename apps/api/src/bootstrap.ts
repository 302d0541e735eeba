import 'reflect-metadata';
import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from './app.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { responseCeiling } from './common/limits/response-ceiling.js';
import { checkRequestOrigins } from './common/security/request-origin.js';
import { DemoDataService } from './database/seeds/demo-data.service.js';
import { withStartupLock } from './database/startup-lock.js';
import { UsersService } from './modules/users/users.service.js';
import { ReferentialImportService } from './modules/referential/referential-import.service.js';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Receives every SQL query (tests count them). */
  databaseLogger?: TypeOrmLogger;
  extraProviders?: Provider[];
}

/** The whole application, configured but not yet listening. */
export async function createApp({
  config,
  databaseUrl,
  databaseLogger,
  extraProviders,
}: CreateAppOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({
      config,
      databaseUrl,
      databaseLogger,
      extraProviders: [{ provide: APP_CONFIG, useValue: config }, ...(extraProviders ?? [])],
    }),
    new FastifyAdapter({
      bodyLimit: config.BODY_LIMIT_BYTES,
      // Behind a load balancer, request.ip is the client's address only through X-Forwarded-For.
      trustProxy: config.trustProxy,
      logger: false,
      // One id per request, taken from a proxy's x-request-id when there is one: logs and errors quote it.
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // The console's styles are inlined by its CSS-in-JS; GraphiQL (outside production) loads from a CDN.
    contentSecurityPolicy: config.isProduction
      ? { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } }
      : false,
  });
  const ceiling = responseCeiling(config.RESPONSE_LIMIT_BYTES);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    })
    .addHook('preSerialization', ceiling.preSerialization)
    .addHook('onSend', ceiling.onSend)
    // A binary upload (a mailing's attachment) reaches its route as a stream, which keeps its own size limit.
    .addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  checkRequestOrigins(app.getHttpAdapter().getInstance(), config.allowedOrigins);
  if (config.isProduction && !config.PUBLIC_URL) {
    app.get(Logger).warn(`PUBLIC_URL is not set: the console is accepted only from ${config.allowedOrigins.join(', ')}.`);
  }
  await serveConsole(app, config);
  return app;
}

/**
 * Runs pending migrations, then loads the referential and the demo data when the CRM is new; under
 * an advisory lock, so that of several instances starting together on one database one does it
 * and the others wait.
 */
export async function prepareDatabase(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const dataSource = app.get(DataSource);
  const logger = app.get(Logger);
  await withStartupLock(
    dataSource,
    async () => {
      await dataSource.runMigrations({ transaction: 'each' });
      if (config.IMPORT_REFERENTIAL_ON_START) {
        const referential = app.get(ReferentialImportService);
        if (!(await referential.hasReferential())) await referential.importReferential();
      }
      await app.get(UsersService).ensureFirstAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
      if (config.SEED_DEMO_DATA) await app.get(DemoDataService).seedIfEmpty();
    },
    (message) => logger.log(message),
  );
}

async function serveConsole(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = path.resolve(config.ADMIN_DIST_DIR);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get(Logger).warn(`No console build in ${root}: serving the API only (npm run build builds the console).`);
    return;
  }
  // Loaded only when there is a console to serve (the API alone, and its tests, do without it).
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.useGlobalFilters(new ConsolePageFallback());
}

/** The console routes in the browser: a page the server does not know is the console's to show. */
@Catch(NotFoundException)
class ConsolePageFallback implements ExceptionFilter {
  catch(exception: NotFoundException, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const wantsPage = request.method === 'GET' && (request.headers.accept?.includes('text/html') ?? false);
    if (wantsPage && !request.url.startsWith('/graphql') && !request.url.startsWith('/health')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(exception.getResponse());
  }
}
