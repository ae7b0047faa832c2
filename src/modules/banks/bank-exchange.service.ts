// Imports and exports of bank contents in the field's formats. Imports stream: rows are parsed one
// at a time, good ones are written in batches, bad ones are reported by line and skipped. Paged
// sources (TCAP) record their checkpoint after every page, so an interrupted import resumes where
// it stopped instead of starting over.
import { requirePermission, type RequestContext } from '../../core/auth/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { defaultRegistry, isSignalError } from '../../signals/index.ts';
import type { BankContent } from './bank.model.ts';
import type { BankRepository } from './bank.repository.ts';
import type { BankService, NewContent } from './bank.service.ts';
import { EXCHANGE_FORMATS, type ExchangeRecord, type LineExchangeFormat, type ParsedRow, type SerializeOptions, type SignalValidator } from './exchange/index.ts';
import type { Clock } from '../../core/clock/clock.ts';

export type ExchangeFormatName = keyof typeof EXCHANGE_FORMATS;

export interface ImportProgress {
  imported: number;
  rejected: number;
  tombstones: number;
  lines: number;
}

export interface ImportReport extends ImportProgress {
  errors: Array<{ line: number; code: string; message: string }>;
  importId?: number;
  checkpoint?: string | null;
}

/** Validates with the real signal registry, as rows arrive. */
export const registryValidator: SignalValidator = (signalType, value) => {
  try {
    return { ok: true, normalised: defaultRegistry.validate(signalType, value) };
  } catch (error) {
    if (isSignalError(error) && (error.code === 'SIGNAL_INVALID' || error.code === 'SIGNAL_TYPE_UNKNOWN')) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
};

const MAX_REPORTED_ERRORS = 10_000;

export class BankExchangeService {
  constructor(private readonly deps: { banks: BankService; repository: BankRepository; clock: Clock }) {}

  formatOf(name: string) {
    const format = (EXCHANGE_FORMATS as Record<string, (typeof EXCHANGE_FORMATS)[ExchangeFormatName]>)[name];
    if (!format) throw new AppError('EXCHANGE_FORMAT_UNKNOWN', `Unknown format ${JSON.stringify(name)}; use one of ${Object.keys(EXCHANGE_FORMATS).join(', ')}.`);
    return format;
  }

  /**
   * Checks, before any file is read, that the caller may import into this bank in this format: the
   * format is a line format, the bank is visible (else NOT_FOUND) and not shared read-only.
   */
  async assertCanImport(ctx: RequestContext, bank: string, formatName: string): Promise<LineExchangeFormat> {
    requirePermission(ctx.actor, 'banks:manage');
    const format = this.formatOf(formatName);
    if (format.kind !== 'lines') throw new AppError('VALIDATION_FAILED', `${format.name} is a paged API; import it with --url.`);
    const target = await this.deps.banks.get(ctx, { name: bank });
    if (target.access === 'read') throw new AppError('FORBIDDEN', 'This bank is shared with your organisation to read only.');
    return format;
  }

  /** Checks, before anything is written, that the caller may export this bank in this format. */
  async assertCanExport(ctx: RequestContext, bank: string, formatName: string): Promise<LineExchangeFormat> {
    const format = this.formatOf(formatName);
    if (format.kind !== 'lines') throw new AppError('VALIDATION_FAILED', `${format.name} cannot be written as a file.`);
    await this.deps.banks.get(ctx, { name: bank });
    return format;
  }

  /** Imports a file in a line format. */
  async importFile(ctx: RequestContext, bank: string, formatName: string, chunks: AsyncIterable<string | Uint8Array>, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    const format = await this.assertCanImport(ctx, bank, formatName);
    const report = emptyReport();
    await this.#importRows(ctx, bank, formatName, format.parse(chunks, { validator: registryValidator, maxLineBytes: 4 * 1024 * 1024 }), report, onProgress);
    return report;
  }

  /**
   * Imports from a paged TCAP source. With `resume`, continues the last interrupted import of this
   * bank and URL from its checkpoint.
   */
  async importTcap(ctx: RequestContext, bank: string, options: { url: string; resume?: boolean; fetch?: typeof fetch; headers?: Record<string, string>; signal?: AbortSignal }, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    const target = await this.deps.banks.get(ctx, { name: bank });
    const { repository, clock } = this.deps;
    const organisationId = target.organisationId;
    const previous = options.resume ? await repository.lastImport(target.id, options.url) : null;
    const importId = previous && previous.status !== 'completed' ? previous.id : await repository.startImport({ bankId: target.id, organisationId, format: 'tcap-v2', sourceUrl: options.url }, clock.now());
    const after = previous && previous.status !== 'completed' ? previous.checkpoint : null;
    const report: ImportReport = { ...emptyReport(), importId, checkpoint: after };
    try {
      for await (const page of EXCHANGE_FORMATS['tcap-v2'].fetchPages({ url: options.url, after, validator: registryValidator, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.headers ? { headers: options.headers } : {}), ...(options.signal ? { signal: options.signal } : {}) })) {
        await this.#importRows(ctx, bank, 'tcap', toAsync(page.rows), report, onProgress);
        report.checkpoint = page.checkpoint;
        await repository.updateImport(importId, { checkpoint: page.checkpoint, status: 'running', imported: report.imported, rejected: report.rejected, tombstones: report.tombstones }, clock.now());
      }
      await repository.updateImport(importId, { status: 'completed', imported: report.imported, rejected: report.rejected, tombstones: report.tombstones }, clock.now());
      return report;
    } catch (error) {
      await repository.updateImport(importId, { status: 'interrupted', lastError: (error as Error).message }, clock.now());
      if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('EXCHANGE_')) {
        throw new AppError(error.code as 'EXCHANGE_FETCH_FAILED', `${error.message} (resume with --resume; checkpoint ${report.checkpoint ?? 'none'})`, { importId, checkpoint: report.checkpoint });
      }
      throw error;
    }
  }

  /** Streams a bank's entries in a line format. */
  async *export(ctx: RequestContext, bank: string, formatName: string, options: SerializeOptions = {}): AsyncGenerator<string> {
    const format = await this.assertCanExport(ctx, bank, formatName);
    const banks = this.deps.banks;
    async function* records(): AsyncGenerator<ExchangeRecord> {
      let after = 0;
      for (;;) {
        const { contents } = await banks.listContents(ctx, { name: bank }, after, 1000);
        for (const c of contents) yield* toRecords(c);
        if (contents.length < 1000) return;
        after = contents[contents.length - 1]!.id;
      }
    }
    yield* format.serialize(records(), options);
  }

  async #importRows(ctx: RequestContext, bank: string, source: string, rows: AsyncIterable<ParsedRow>, report: ImportReport, onProgress?: (p: ImportProgress) => void): Promise<void> {
    let batch: NewContent[] = [];
    let tombstones: string[] = [];
    const flush = async () => {
      if (batch.length > 0) await this.deps.banks.addContents(ctx, { name: bank }, batch);
      if (tombstones.length > 0) await this.deps.banks.removeBySource(ctx, { name: bank }, source, tombstones);
      report.imported += batch.length;
      report.tombstones += tombstones.length;
      batch = [];
      tombstones = [];
      onProgress?.(progressOf(report));
    };
    for await (const row of rows) {
      report.lines = Math.max(report.lines, row.line);
      if ('error' in row) {
        report.rejected++;
        if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ line: row.line, ...row.error });
        continue;
      }
      const r = row.record;
      if (r.deleted) {
        if (r.sourceId) tombstones.push(r.sourceId);
      } else {
        batch.push({
          signals: [{ signalType: r.signalType, value: r.signal }],
          category: r.category,
          tags: r.tags,
          metadata: { ...r.metadata, ...(r.collab ? { collab: r.collab } : {}) },
          ...(r.sourceId ? { source, sourceId: r.sourceId } : {}),
        });
      }
      if (batch.length + tombstones.length >= 500) await flush();
    }
    await flush();
  }
}

function emptyReport(): ImportReport {
  return { imported: 0, rejected: 0, tombstones: 0, lines: 0, errors: [] };
}

function progressOf(r: ImportReport): ImportProgress {
  return { imported: r.imported, rejected: r.rejected, tombstones: r.tombstones, lines: r.lines };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

function toRecords(c: BankContent): ExchangeRecord[] {
  return c.signals.map((s) => ({
    signalType: s.signalType,
    signal: s.value,
    category: c.category,
    tags: c.tags,
    collab: typeof c.metadata.collab === 'string' ? c.metadata.collab : null,
    sourceId: c.sourceId,
    deleted: false,
    metadata: c.metadata,
  }));
}
