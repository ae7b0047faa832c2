// Renders docs/roles.md from the permissions table.
import { PERMISSIONS, ROLE_DEFINITIONS, ROLES, type Permission } from './permissions.ts';

export function renderRolesDoc(): string {
  const header = `| permission | meaning | ${ROLES.join(' | ')} |\n|---|---|${ROLES.map(() => '---').join('|')}|`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map(
    (p) => `| \`${p}\` | ${PERMISSIONS[p]} | ${ROLES.map((r) => (ROLE_DEFINITIONS[r].permissions.includes(p) ? '✓' : '')).join(' | ')} |`,
  );
  const roles = ROLES.map((r) => `| ${r} | ${ROLE_DEFINITIONS[r].kinds.join(', ')} | ${ROLE_DEFINITIONS[r].description} |`);
  return `# Roles and permissions

<!-- Generated from src/core/auth/permissions.ts by \`npm run docs:generate\`; do not edit by hand. -->

A member belongs to one organisation and holds one or more roles. Each role grants permissions;
what a member may do is the union of its roles' permissions. \`removal_orders:issue\` is withheld
from members of organisations that are not competent authorities, whatever their roles.

| role | organisation kinds | does |
|---|---|---|
${roles.join('\n')}

${header}
${rows.join('\n')}

## API keys

Admins create API keys for machines. A key acts for its organisation with the permissions of its
scopes: \`read\` (every \`*:read\` permission), \`write\` (every permission the organisation's kind
allows, except administering members and keys), or individual permission names (for example
\`hashes:lookup\` for an upload pipeline). A key never exceeds what its organisation's kind allows.
`;
}
