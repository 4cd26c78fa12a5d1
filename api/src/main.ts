import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { checkAreaSettings, openDatabase } from './app';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  checkAreaSettings(config); // every setting is checked before the database is touched
  const log = createLogger(config.logLevel);
  // A promise that fails with nobody listening (a bug, or a library's) is logged; it must not take
  // every customer's panel down with it, as Node's default would.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  const orm = await openDatabase(config);
  const server = await startServer({ orm, config, log });
  log.info({ url: server.url, httpsUrl: server.httpsUrl, database: config.database.dialect }, 'Heliosphere is up');
  const https = server.httpsUrl ? `  Over HTTPS:        ${server.httpsUrl}\n` : '';
  process.stdout.write(`\n  Heliosphere panel: ${server.url}\n${https}  GraphQL API:       ${server.url}graphql\n\n`);
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await server.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
