// `vigil admin`: the operator's commands for organisations and their first members. On the embedded
// database they need the server stopped (PGlite serves one process); on PostgreSQL they run anytime.
import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { ORGANISATION_KINDS, ROLES, type OrganisationKind } from '../../core/auth/permissions.ts';
import { systemContext } from '../../core/auth/principal.ts';
import { CliExit, EXIT_FAILURE, type CliIo } from '../cli-context.ts';
import { withContainer } from '../with-container.ts';
import { readAll } from '../read-stdin.ts';

export function adminCommand(io: CliIo, stdin: NodeJS.ReadableStream = process.stdin): Command {
  const admin = new Command('admin').description('Create organisations and members (the operator of this Vigil).');

  admin
    .command('create-org')
    .description('Create an organisation.')
    .requiredOption('--name <name>', 'organisation name')
    .addOption(new Option('--kind <kind>', 'organisation kind').choices(ORGANISATION_KINDS).makeOptionMandatory())
    .option('--competent-authority', 'a competent authority under the TCO Regulation (may issue removal orders)')
    .option('--country <code>', 'ISO 3166 country code')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .option('--json', 'print the organisation as JSON')
    .action(async (o: { name: string; kind: OrganisationKind; competentAuthority?: boolean; country?: string; dataDir?: string; json?: boolean }) => {
      const org = await withContainer(io, o.dataDir, (c) =>
        c.organisations.createOrganisation(systemContext('cli'), { name: o.name, kind: o.kind, competentAuthority: o.competentAuthority ?? false, country: o.country ?? null }),
      );
      io.stdout.write(o.json ? `${JSON.stringify({ id: org.id, name: org.name, kind: org.kind })}\n` : `Created organisation ${org.id} "${org.name}" (${org.kind}).\n`);
    });

  admin
    .command('create-user')
    .description('Create a member of an organisation. Without --password-stdin, a strong password is generated and printed once.')
    .requiredOption('--org <id-or-name>', 'organisation id or name')
    .requiredOption('--email <email>', 'sign-in email')
    .option('--name <display-name>', 'display name (default: the email)')
    .requiredOption('--roles <roles>', `comma-separated roles: ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (o: { org: string; email: string; name?: string; roles: string; passwordStdin?: boolean; dataDir?: string }) => {
      const password = o.passwordStdin ? (await readAll(stdin)).replace(/\r?\n$/, '') : randomBytes(18).toString('base64url');
      const member = await withContainer(io, o.dataDir, async (c) => {
        const org = await c.organisations.findOrganisation(o.org);
        if (!org) throw new CliExit(`No organisation "${o.org}".`, EXIT_FAILURE);
        return c.organisations.createMember(systemContext('cli'), org.id, { email: o.email, displayName: o.name ?? o.email, roles: o.roles.split(',').map((r) => r.trim()), password });
      });
      io.stdout.write(`Created member ${member.id} ${member.email} with roles ${member.roles.join(', ')}.\n`);
      if (!o.passwordStdin) io.stdout.write(`Initial password (shown once; change it after signing in): ${password}\n`);
    });

  admin
    .command('list-orgs')
    .description('List organisations.')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (o: { dataDir?: string }) => {
      const orgs = await withContainer(io, o.dataDir, (c) => c.organisations.listOrganisations());
      for (const org of orgs) io.stdout.write(`${org.id}\t${org.kind}\t${org.competentAuthority ? 'competent' : '-'}\t${org.name}\n`);
    });

  return admin;
}
