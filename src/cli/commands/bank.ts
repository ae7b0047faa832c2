// `vigil bank`: create banks and move their contents in and out in the field's formats, with a
// progress bar on a terminal, bad rows reported by line number, and resumable paged imports.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { EXCHANGE_FORMATS } from '../../modules/banks/exchange/index.ts';
import type { ImportReport } from '../../modules/banks/bank-exchange.service.ts';
import { CliExit, type CliIo } from '../cli-context.ts';
import { actingFor, withContainer } from '../with-container.ts';

const FORMATS = Object.keys(EXCHANGE_FORMATS);

export function bankCommand(io: CliIo): Command {
  const bank = new Command('bank').description('Create hash banks and import or export their contents.');

  bank
    .command('create')
    .description('Create a bank owned by an organisation.')
    .requiredOption('--org <id-or-name>', 'owning organisation')
    .requiredOption('--name <NAME>', 'bank name, CAPS_AND_UNDERSCORES')
    .option('--negative', 'a negative bank: its matches suppress matches in other banks')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (o: { org: string; name: string; negative?: boolean; dataDir?: string }) => {
      const created = await withContainer(io, o.dataDir, async (c) => c.banks.create(await actingFor(c, o.org), { name: o.name, isNegative: o.negative ?? false }));
      io.stdout.write(`Created bank ${created.name} (${created.id}).\n`);
    });

  bank
    .command('import')
    .description('Import signals into a bank from a file (threatexchange-csv, local, vigil-jsonl) or a TCAP hash list URL.')
    .argument('[file]', 'file to import (omit with --url)')
    .requiredOption('--org <id-or-name>', 'organisation acting (owner of the bank or a contributor)')
    .requiredOption('--bank <NAME>', 'bank name')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS.filter((f) => f !== 'tcap-v2')).default('threatexchange-csv'))
    .option('--url <url>', 'TCAP hash list v2 endpoint to page through')
    .option('--resume', 'continue the last interrupted import of this URL from its checkpoint')
    .option('--errors <file>', 'write every rejected row to this file as JSON lines')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (file: string | undefined, o: { org: string; bank: string; format: string; url?: string; resume?: boolean; errors?: string; dataDir?: string }) => {
      if (!file === !o.url) throw new CliExit('Give either a file or --url.', 2);
      const bar = io.stderr.isTTY ? new SingleBar({ format: 'importing [{bar}] {value} rows | {imported} imported, {rejected} rejected', stream: io.stderr as NodeJS.WriteStream }) : undefined;
      bar?.start(0, 0, { imported: 0, rejected: 0 });
      const onProgress = (p: { lines: number; imported: number; rejected: number }) => {
        bar?.setTotal(Math.max(p.lines, 1));
        bar?.update(p.lines, { imported: p.imported, rejected: p.rejected });
      };
      let report: ImportReport;
      try {
        report = await withContainer(io, o.dataDir, async (c) => {
          const ctx = await actingFor(c, o.org);
          return o.url ? c.bankExchange.importTcap(ctx, o.bank, { url: o.url, resume: o.resume ?? false }, onProgress) : c.bankExchange.importFile(ctx, o.bank, o.format, createReadStream(file!), onProgress);
        });
      } finally {
        bar?.stop();
      }
      for (const e of report.errors.slice(0, 50)) io.stderr.write(`line ${e.line}: ${e.code} ${e.message}\n`);
      if (report.errors.length > 50) io.stderr.write(`… and ${report.rejected - 50} more rejected rows${o.errors ? ` (all in ${o.errors})` : ''}\n`);
      if (o.errors) {
        const out = createWriteStream(o.errors);
        for (const e of report.errors) out.write(`${JSON.stringify(e)}\n`);
        out.end();
        await once(out, 'finish');
      }
      io.stdout.write(`Imported ${report.imported} entries into ${o.bank}; rejected ${report.rejected} rows; removed ${report.tombstones} tombstoned entries.\n`);
    });

  bank
    .command('export')
    .description('Export a bank in a line format.')
    .requiredOption('--org <id-or-name>', 'organisation acting (the bank must be visible to it)')
    .requiredOption('--bank <NAME>', 'bank name')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS.filter((f) => f !== 'tcap-v2')).default('vigil-jsonl'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--data-dir <path>', 'data folder for the embedded database')
    .action(async (o: { org: string; bank: string; format: string; out?: string; dataDir?: string }) => {
      const out = o.out ? createWriteStream(o.out) : io.stdout;
      await withContainer(io, o.dataDir, async (c) => {
        for await (const chunk of c.bankExchange.export(await actingFor(c, o.org), o.bank, o.format)) {
          if (!out.write(chunk)) await once(out, 'drain');
        }
      });
      if (o.out) {
        (out as NodeJS.WritableStream).end();
        await once(out, 'finish');
      }
    });

  return bank;
}
