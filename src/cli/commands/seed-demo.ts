// `vigil seed-demo`: fills an empty Vigil with a synthetic referral action day (organisations and
// members of every role, a platform registry, one operation with about 2,000 items and their
// referrals over the last 24 hours, re-upload clusters and a shared hash bank), so that a new user
// sees a working system after one command. The container runs on a manual clock that the seeder
// moves along the day and leaves at the real now.
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { ManualClock } from '../../core/clock/clock.ts';
import { seedDemo, demoOrganisationNames, type SeedDemoSummary, type SeedProgress } from '../../modules/demo/demo-seeder.ts';
import { CliExit, EXIT_FAILURE, type CliIo } from '../cli-context.ts';
import { readAll } from '../read-stdin.ts';
import { withContainer } from '../with-container.ts';

const integer = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
  return n;
};

interface Options {
  seed: number;
  items: number;
  platforms: number;
  dataDir?: string;
  closed?: boolean;
  passwordStdin?: boolean;
  force?: boolean;
}

export function seedDemoCommand(io: CliIo, stdin: NodeJS.ReadableStream = process.stdin): Command {
  return new Command('seed-demo')
    .description('Fill an empty Vigil with a synthetic action day (organisations, members, 52 platforms, ~2,000 items, clusters, a bank). All data is fictional.')
    .option('--seed <n>', 'seed of the generator: the same seed gives the same demo', integer(0, 2 ** 31 - 1), 1)
    .option('--items <n>', 'number of items in the operation', integer(1, 50_000), 2000)
    .option('--platforms <n>', 'number of platforms in the registry', integer(2, 500), 52)
    .option('--closed', 'close the operation afterwards (a finished action day instead of a live one)')
    .option('--password-stdin', 'read the password of every demo member from standard input instead of generating one')
    .option('--force', 'seed even though the instance already has organisations')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (o: Options) => {
      const password = o.passwordStdin ? (await readAll(stdin)).replace(/\r?\n$/, '') : randomBytes(18).toString('base64url');
      const started = Date.now();
      const bar = io.stderr.isTTY ? new SingleBar({ format: '{phase} [{bar}] {value}/{total}', stream: io.stderr as NodeJS.WriteStream }) : undefined;
      let phase = '';
      const onProgress = (p: SeedProgress) => {
        if (!bar) return;
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.done, { phase: p.phase.padEnd(13) });
        } else bar.update(p.done);
      };
      let summary: SeedDemoSummary;
      const clock = new ManualClock(new Date());
      try {
        summary = await withContainer(io, o.dataDir, async (c) => {
          const existing = await c.organisations.listOrganisations();
          if (existing.length > 0 && !o.force) {
            throw new CliExit(`This Vigil already has ${existing.length} organisation(s); seed-demo fills only an empty instance. Use a fresh --data-dir (or database), or --force to add the demo next to the existing data.`, EXIT_FAILURE);
          }
          const names = new Set(existing.map((org) => org.name.toLowerCase()));
          const clash = demoOrganisationNames(o.seed, o.platforms).filter((n) => names.has(n.toLowerCase()));
          if (clash.length > 0) throw new CliExit(`The demo is already here (${clash[0]} exists); seed it into a fresh --data-dir instead.`, EXIT_FAILURE);
          return seedDemo({ ...c, clock }, { seed: o.seed, items: o.items, platforms: o.platforms, password, closed: o.closed ?? false, onProgress, now: () => new Date() });
        }, { clock });
      } finally {
        bar?.stop();
      }
      report(io, summary, { seconds: (Date.now() - started) / 1000, seed: o.seed, password: o.passwordStdin ? null : password, dataDir: o.dataDir });
    });
}

function report(io: CliIo, s: SeedDemoSummary, run: { seconds: number; seed: number; password: string | null; dataDir: string | undefined }): void {
  const out = (line = '') => io.stdout.write(`${line}\n`);
  const platformOrgs = s.organisations.filter((o) => o.kind === 'platform').length;
  out(`Seeded the demo (seed ${run.seed}) in ${run.seconds.toFixed(1)} s:`);
  out(`  ${s.organisations.length - platformOrgs} referring organisations and ${platformOrgs} platform organisation${platformOrgs === 1 ? '' : 's'}, ${s.members.length} members`);
  out(`  ${s.platforms} platforms and ${s.providers} infrastructure providers in the registry`);
  out(`  operation ${s.operation.id} "${s.operation.name}" (${s.operation.status}): ${s.items.created} items, ${s.items.withImage} with images from ${s.baseImages} base images, ${s.items.textOnly} text-only`);
  out(`  ${s.figures.clusters} clusters, ${s.figures.platforms} platforms, ${s.figures.languages} languages, ${s.figures.newDomains} unregistered domains (${s.items.unregisteredDomain} items)`);
  out(`  bank ${s.bank.name}: ${s.bank.entries} entries, shared read-only with ${s.bank.sharedWith.join(', ') || 'nobody'}`);
  const r = s.referrals;
  out(`  ${r.referred} referrals sent after four-eyes approval (${r.removalOrders} removal orders): ${r.removed} removed, ${r.geoBlocked} geo-blocked, ${r.rejected} rejected, ${r.open} still open; ${r.awaitingApproval} awaiting approval`);
  out(`  timeline ${s.window.start.toISOString()} to ${s.window.end.toISOString()}; median time to removal ${duration(s.figures.medianSecondsToRemoval)}; re-checks of the fictional URLs stopped (${s.checksStopped})`);
  out();
  out('Members:');
  const width = Math.max(...s.members.map((m) => m.email.length));
  for (const m of s.members) out(`  ${m.email.padEnd(width)}  ${m.roles.join(',').padEnd(17)}  ${m.organisation}`);
  out();
  if (run.password) out(`Password of every demo member (shown once; change it after signing in): ${run.password}`);
  else out('Every demo member has the password read from standard input.');
  out(`Next: ${run.dataDir ? `npx vigil serve --data-dir ${run.dataDir}` : 'npm start (or npx vigil serve)'}, then sign in at http://localhost:8080/app/`);
}

function duration(seconds: number | null): string {
  if (seconds === null) return 'none yet';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
