import { ASSOCIATION_TIME_ZONE } from '@territoria/domain';
import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export function buildDataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    // The schema only ever changes through migrations, in tests too.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+; extensions come from migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: 10,
      // Typo tolerance of search (the <% operator): 0.5 finds "sant etiene" for "saint etienne"; the default 0.6 does not.
      // CURRENT_DATE is the association's date (see calendarDate), whatever the server's zone.
      options: `-c pg_trgm.word_similarity_threshold=0.5 -c timezone=${ASSOCIATION_TIME_ZONE}`,
    },
    ...overrides,
  } as DataSourceOptions;
}
