// What every command shares: output streams (injected in tests), and the start-up steps that turn
// configuration and database problems into one clear message and an exit code instead of a stack.
import { ConfigError, loadConfig, type Config, type Environment } from '../core/config/index.ts';
import { DatabaseUnavailableError, MigrationError, openDatabase, type Database } from '../core/db/index.ts';
import { isAppError } from '../core/errors/app-error.ts';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Environment;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** sysexits.h EX_CONFIG: a configuration error. */
export const EXIT_CONFIG = 78;

/** An error that ends the command with a message for the operator and an exit code. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliExit';
  }
}

export function configFrom(io: CliIo, overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  try {
    return loadConfig(io.env, overrides);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliExit(error.message, EXIT_CONFIG);
    throw error;
  }
}

export async function databaseFrom(config: Config): Promise<Database> {
  try {
    return await openDatabase(config);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw new CliExit(`Database unavailable: ${error.message}`, EXIT_FAILURE);
    throw error;
  }
}

export function explainStartupError(error: unknown): CliExit | undefined {
  if (error instanceof CliExit) return error;
  if (error instanceof MigrationError) return new CliExit(`Migration failed: ${error.message}`, EXIT_FAILURE);
  if (error instanceof DatabaseUnavailableError) return new CliExit(`Database unavailable: ${error.message}`, EXIT_FAILURE);
  if (isAppError(error)) return new CliExit(`Error ${error.code}: ${error.message}`, EXIT_FAILURE);
  return undefined;
}

/** Removes undefined entries so that unset CLI flags fall through to the environment. */
export function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
