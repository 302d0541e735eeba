import { type DynamicModule, Module } from '@nestjs/common';
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
import { HealthModule } from './modules/health/health.module.js';
import { ReferentialModule } from './modules/referential/referential.module.js';
import { DemoDataModule } from './database/seeds/demo-data.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  databaseLogger?: TypeOrmLogger;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, databaseLogger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: loadAppConfig }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (request, response) => {
              const id = (request.headers['x-request-id'] as string | undefined) ?? randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(databaseUrl, databaseLogger ? { logger: databaseLogger, logging: ['query'] } : {}),
        ),
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          ...graphqlOptions(config.isProduction),
        }),
        HealthModule,
        CollectivitiesModule,
        ReferentialModule,
        DemoDataModule,
      ],
      providers: [
        DateScalar,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
