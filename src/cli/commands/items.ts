// `vigil items import`: bulk intake from a CSV or JSON-lines file, with a progress bar on a
// terminal and every rejected row reported by line number.
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { bulkSubmit, type BulkReport } from '../../modules/items/bulk-intake.ts';
import type { CliIo } from '../cli-context.ts';
import { actingFor, withContainer } from '../with-container.ts';

export function itemsCommand(io: CliIo): Command {
  const items = new Command('items').description('Bulk intake of items.');
  items
    .command('import')
    .description('Import items from a CSV file (header: url,language,group,category,tier,legal_basis,text,page_text,notes,captured_at) or JSON lines.')
    .argument('<file>', 'file to import')
    .requiredOption('--org <id-or-name>', 'submitting organisation')
    .option('--operation <id>', 'operation the items belong to')
    .addOption(new Option('--format <format>', 'file format (default: from the extension)').choices(['csv', 'jsonl']))
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (file: string, o: { org: string; operation?: string; format?: 'csv' | 'jsonl'; dataDir?: string }) => {
      const format = o.format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
      const bar = io.stderr.isTTY ? new SingleBar({ format: 'importing [{bar}] {value} rows | {created} new, {duplicates} duplicates, {rejected} rejected', stream: io.stderr as NodeJS.WriteStream }) : undefined;
      bar?.start(0, 0, { created: 0, duplicates: 0, rejected: 0 });
      let report: BulkReport;
      try {
        report = await withContainer(io, o.dataDir, async (c) => {
          const ctx = await actingFor(c, o.org);
          const operationId = o.operation ? Number(o.operation) : null;
          if (operationId !== null) await c.items.checkOperationOpen(ctx, operationId);
          return bulkSubmit(c.items, ctx, { format, body: createReadStream(file), operationId }, (p) => {
            bar?.setTotal(p.rows);
            bar?.update(p.rows, { created: p.created, duplicates: p.duplicates, rejected: p.rejected });
          });
        });
      } finally {
        bar?.stop();
      }
      for (const e of report.errors.slice(0, 100)) io.stderr.write(`line ${e.line}: ${e.code} ${e.message}\n`);
      io.stdout.write(`Read ${report.rows} rows: ${report.created} new items, ${report.duplicates} duplicates, ${report.rejected} rejected.\n`);
    });
  return items;
}
