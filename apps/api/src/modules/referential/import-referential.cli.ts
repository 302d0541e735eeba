import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../../database/data-source-options.js';
import { connectDatabase } from '../../database/database-connection.js';
import { withStartupLock } from '../../database/startup-lock.js';
import { ReferentialImportService } from './referential-import.service.js';

// npm run referential:import — loads or refreshes the official referential (migrating first).
const config = loadAppConfig();
const database = await connectDatabase(config, console.log);
const dataSource = new DataSource(buildDataSourceOptions(database.url));
try {
  await dataSource.initialize();
  // Under the lock the servers take at start: a server starting meanwhile waits.
  await withStartupLock(
    dataSource,
    async () => {
      await dataSource.runMigrations({ transaction: 'each' });
      // The service logs its figures.
      await new ReferentialImportService(dataSource).importReferential();
    },
    console.log,
  );
} finally {
  await dataSource.destroy();
  await database.close();
}
