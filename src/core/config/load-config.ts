// Parses the environment once, reports every problem at once, and returns a frozen Config that is
// passed to whoever needs it. Nothing else in Vigil reads process.env.
import { ROLES, settings, type Config } from './schema.ts';

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Environment, overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(settings)) {
    const hasOverride = Object.hasOwn(overrides, key);
    const raw = hasOverride ? overrides[key as keyof Config] : emptyToUndefined(env[def.env]);
    const parsed = def.schema.safeParse(raw);
    if (parsed.success) {
      out[key] = parsed.data;
    } else {
      const shown = 'secret' in def && def.secret ? '(hidden)' : JSON.stringify(raw);
      const messages = parsed.error.issues.map((i) => i.message).join('; ');
      problems.push(`${def.env}: ${messages} (got ${shown})`);
    }
  }
  if (problems.length === 0) crossCheck(out as Config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as Config;
}

function crossCheck(config: Config, problems: string[]): void {
  const allRoles = ROLES.every((r) => config.roles.includes(r));
  if (!config.databaseUrl && !allRoles) {
    problems.push('VIGIL_ROLES: the embedded PGlite database serves one process only; run every role together or set DATABASE_URL');
  }
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
