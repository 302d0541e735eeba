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
import { CollectivitiesModule } from './modules/collectivities/collectivities.module.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ReadModule } from './common/read/read.service.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AuthService } from './modules/auth/auth.service.js';
import { UsersModule } from './modules/users/users.module.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { CooperationsModule } from './modules/cooperations/cooperations.module.js';
import { GroupsModule } from './modules/groups/groups.module.js';
import { MembershipsModule } from './modules/memberships/memberships.module.js';
import { PartnersModule } from './modules/partners/partners.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { ParticipationImportModule } from './modules/events/import/participation-import.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ReferentialModule } from './modules/referential/referential.module.js';
import { DemoDataModule } from './database/seeds/demo-data.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';

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
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(auth, config.isProduction),
        }),
        ReadModule,
        AuthModule,
        UsersModule,
        ApiTokensModule,
        AuditModule,
        ContactsModule,
        GroupsModule,
        CooperationsModule,
        PartnersModule,
        ParticipationImportModule,
        MembershipsModule,
        EventsModule,
        HealthModule,
        CollectivitiesModule,
        ReferentialModule,
        DemoDataModule,
        DocumentsModule,
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
