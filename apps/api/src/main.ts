import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApp, prepareDatabase } from './bootstrap.js';
import { loadAppConfig } from './config/app-config.js';
import { connectDatabase } from './database/database-connection.js';
import { UsersService } from './modules/users/users.service.js';
import { startupBanner } from './startup-banner.js';

const config = loadAppConfig();
const database = await connectDatabase(config, (message) => console.log(message));
const app = await createApp({ config, databaseUrl: database.url });
const logger = app.get(Logger);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.log(`${signal} received: stopping`);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  await prepareDatabase(app, config);
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  logger.error(error);
  await app.close();
  await database.close();
  process.exit(1);
}
const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
console.log(startupBanner(base, app.get(UsersService).generatedFirstAdmin));
