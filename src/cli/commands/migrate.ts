// `vigil migrate`: applies pending migrations and exits; for release steps when serve does not.
import { Command } from 'commander';
import { migrate } from '../../core/db/index.ts';
import { configFrom, databaseFrom, type CliIo } from '../cli-context.ts';

export function migrateCommand(io: CliIo): Command {
  return new Command('migrate')
    .description('Apply pending database migrations (PGlite data folder, or DATABASE_URL) and exit.')
    .option('--data-dir <path>', 'data folder for the embedded database (VIGIL_DATA_DIR)')
    .action(async (opts: { dataDir?: string }) => {
      const config = configFrom(io, opts.dataDir ? { dataDir: opts.dataDir } : {});
      const db = await databaseFrom(config);
      try {
        const result = await migrate(db);
        io.stdout.write(
          result.applied.length === 0
            ? `Database is up to date (${result.alreadyApplied} migrations applied earlier).\n`
            : `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}\n`,
        );
      } finally {
        await db.close();
      }
    });
}
