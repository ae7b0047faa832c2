export * from './database.ts';
export { openDatabase } from './open-database.ts';
export { openPglite } from './pglite-database.ts';
export { openPostgres, describeUrl } from './postgres-database.ts';
export { migrate, pendingMigrations, loadMigrations, MigrationError, type Migration } from './migrate.ts';
