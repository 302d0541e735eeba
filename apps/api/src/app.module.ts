import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { loadAppConfig, type AppConfig } from './config/app-config.js';
import { buildDataSourceOptions } from './database/data-source-options.js';
import { DateScalar } from './common/scalars/date.scalar.js';
import { AppErrorFilter } from './common/errors/graphql-error.filter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { graphqlOptions } from './graphql.config.js';
import { ReadModule, ReadService } from './common/read/read.service.js';
import { AccessModule } from './common/access/access.module.js';
import { apiModules } from './modules/index.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AuthService } from './modules/auth/auth.service.js';
import { DemoDataModule } from './database/seeds/demo-data.module.js';
import { JobsModule } from './common/jobs/job-queue.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  databaseLogger?: TypeOrmLogger;
  /** Global providers added by the caller (tests plug stand-ins for modules to come). */
  extraProviders?: Provider[];
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, databaseLogger, extraProviders = [] }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: loadAppConfig }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Fastify has already given the request its id (see bootstrap.ts).
            genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(databaseUrl, databaseLogger ? { logger: databaseLogger, logging: ['query'] } : {}),
        ),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule, ReadModule],
          inject: [AuthService, ReadService],
          useFactory: (auth: AuthService, read: ReadService) =>
            graphqlOptions(auth, read, config.isProduction, { maxBodyBytes: config.BODY_LIMIT_BYTES }),
        }),
        ReadModule,
        AccessModule,
        ...apiModules.map((module) => module.module),
        DemoDataModule,
        JobsModule,
      ],
      providers: [
        DateScalar,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        ...extraProviders,
      ],
      exports: extraProviders.map((provider) => ('provide' in provider ? provider.provide : provider)),
      global: true,
    };
  }
}
