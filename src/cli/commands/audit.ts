// `vigil audit verify`: walks the whole hash chain and names the first event that was modified,
// deleted or reordered. Exit status 0 when intact, 3 when broken.
import { Command } from 'commander';
import type { CliIo } from '../cli-context.ts';
import { withContainer } from '../with-container.ts';

export const EXIT_AUDIT_BROKEN = 3;

export function auditCommand(io: CliIo): Command {
  const audit = new Command('audit').description('Inspect the tamper-evident audit trail.');
  audit
    .command('verify')
    .description('Verify the hash chain of the audit trail; exit 3 and name the first broken event if it was tampered with.')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .option('--json', 'print the result as JSON')
    .action(async (o: { dataDir?: string; json?: boolean }, command: Command) => {
      const result = await withContainer(io, o.dataDir, (c) => c.auditTrail.verify());
      if (o.json) io.stdout.write(`${JSON.stringify(result)}\n`);
      else if (result.ok) io.stdout.write(`Audit trail intact: ${result.checked} events verified.\n`);
      else io.stdout.write(`Audit trail BROKEN at event ${result.firstBreak!.seq} (${result.firstBreak!.reason}): ${result.firstBreak!.detail}. ${result.checked} events before it verified.\n`);
      if (!result.ok) command.error('', { exitCode: EXIT_AUDIT_BROKEN, code: 'vigil.audit.broken' });
    });
  return audit;
}
