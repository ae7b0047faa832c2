// `vigil serve`: runs the roles named in config (default: all of them in this one process) until
// SIGINT or SIGTERM, then drains: the HTTP server stops taking requests and running jobs finish.
import { Command } from 'commander';
import { migrate } from '../../core/db/index.ts';
import { createLogger } from '../../core/logging/logger.ts';
import { createContainer, createJobScheduler, createJobWorker } from '../../container.ts';
import { buildApp } from '../../http/app.ts';
import { configFrom, databaseFrom, definedOnly, type CliIo } from '../cli-context.ts';

export interface ServeHandle {
  url: string | undefined;
  stop(): Promise<void>;
}

interface ServeFlags {
  port?: string;
  host?: string;
  roles?: string;
  dataDir?: string;
}

export function serveCommand(io: CliIo, onStarted?: (handle: ServeHandle) => void): Command {
  return new Command('serve')
    .description('Run Vigil: the HTTP API and the job worker, in one process unless --roles says otherwise.')
    .option('-p, --port <port>', 'TCP port (VIGIL_PORT, default 8080)')
    .option('--host <host>', 'address to bind (VIGIL_HOST, default localhost)')
    .option('--roles <roles>', 'comma-separated roles to run: api, worker, matcher (VIGIL_ROLES, default all)')
    .option('--data-dir <path>', 'data folder for the embedded database (VIGIL_DATA_DIR)')
    .action(async (flags: ServeFlags) => {
      const config = configFrom(io, definedOnly({ port: flags.port, host: flags.host, roles: flags.roles, dataDir: flags.dataDir }));
      const logger = createLogger(config.logLevel, io.stdout);
      const db = await databaseFrom(config);
      if (config.migrateOnStart || db.engine === 'pglite') {
        const result = await migrate(db).catch(async (error: unknown) => {
          await db.close();
          throw error;
        });
        if (result.applied.length > 0) logger.info({ applied: result.applied }, 'applied migrations');
      }
      const container = createContainer({ config, db, logger });
      const stops: Array<() => Promise<void>> = [];
      let url: string | undefined;

      if (config.roles.includes('worker')) {
        const worker = createJobWorker(container);
        const scheduler = createJobScheduler(container);
        await scheduler.register();
        worker.start();
        scheduler.start(Math.max(1000, config.jobsPollIntervalMs));
        stops.push(async () => {
          scheduler.stop();
          await worker.stop();
        });
        logger.info({ workerId: worker.id, concurrency: config.jobsConcurrency }, 'job worker started');
      }
      if (config.roles.includes('matcher')) {
        await container.matcher.start();
        stops.push(async () => container.matcher.stop());
        logger.info({ signals: container.matcher.size, seq: container.matcher.lastSeq }, 'matcher loaded the bank indexes');
      }
      if (config.roles.includes('api') || config.roles.includes('matcher')) {
        const app = await buildApp(container);
        const address = await app.listen({ port: config.port, host: config.host });
        const port = app.server.address();
        url = typeof port === 'object' && port ? `http://${config.host}:${port.port}` : address;
        stops.unshift(() => app.close());
        logger.info({ url, docs: `${url}/docs` }, `Vigil is listening on ${url}`);
        const setupToken = await container.setup.issueTokenIfNeeded();
        if (setupToken) {
          logger.warn(
            { setup: `${url}/setup` },
            `No organisation exists yet. Create the first organisation and admin with POST ${url}/setup and this one-time token (valid 24 h): ${setupToken} — or stop Vigil and run \`vigil admin create-org\` and \`vigil admin create-user\`.`,
          );
        }
      }
      logger.info({ roles: config.roles, engine: db.engine }, 'Vigil started');

      let stopping: Promise<void> | undefined;
      const stop = () =>
        (stopping ??= (async () => {
          logger.info('shutting down');
          for (const s of stops) await s();
          await db.close();
          logger.info('stopped');
        })());
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          void stop().then(resolve);
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        onStarted?.({
          url,
          stop: async () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            await stop();
            resolve();
          },
        });
      });
    });
}
