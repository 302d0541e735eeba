import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../../config/app-config.js';
import { buildDataSourceOptions } from '../../database/data-source-options.js';
import { connectDatabase } from '../../database/database-connection.js';
import { ReferentialImportService } from './referential-import.service.js';

// npm run referential:import — loads or refreshes the official referential (migrating first).
const config = loadAppConfig();
const database = await connectDatabase(config, console.log);
const dataSource = new DataSource(buildDataSourceOptions(database.url));
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  // The service logs its figures.
  await new ReferentialImportService(dataSource).importReferential();
} finally {
  await dataSource.destroy();
  await database.close();
}
