// Renders docs/configuration.md from the settings table, so the docs cannot drift from the code.
import { settings } from './schema.ts';

export function renderConfigurationDoc(): string {
  const rows = Object.values(settings).map((s) => {
    const parsed = s.schema.safeParse(undefined);
    const defaultText =
      'defaultText' in s && s.defaultText
        ? s.defaultText
        : parsed.success
          ? parsed.data === undefined
            ? '_unset_'
            : `\`${Array.isArray(parsed.data) ? parsed.data.join(',') : String(parsed.data)}\``
          : '_required_';
    return `| \`${s.env}\` | ${defaultText} | ${s.description} |`;
  });
  return `# Configuration

<!-- Generated from src/core/config/schema.ts by \`npm run docs:generate\`; do not edit by hand. -->

Vigil reads its settings from environment variables once, at start. Every value is validated; when
any is wrong, Vigil prints every problem at once and exits with status 78 before doing anything else.
Empty values count as unset. Settings that operators change while Vigil runs (thresholds, bank
enablement, platform channels) live in the database, not here.

| variable | default | meaning |
|---|---|---|
${rows.join('\n')}
`;
}
