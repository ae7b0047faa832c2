// Bulk intake: a CSV file or JSON lines, one item per row. Rows are parsed as a stream (csv-parse
// for CSV), each row is validated and submitted on its own, so a bad row is reported with its line
// number and the good rows are kept. Submissions go through ItemService.submit like any other.
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { RequestContext } from '../../core/auth/principal.ts';
import { isAppError } from '../../core/errors/app-error.ts';
import { ITEM_TIERS, PAGE_TEXT_MAX_LENGTH } from './item.model.ts';
import type { ItemInput, ItemService } from './item.service.ts';

export type BulkFormat = 'csv' | 'jsonl';

export interface BulkProgress {
  rows: number;
  created: number;
  duplicates: number;
  rejected: number;
}

export interface BulkReport extends BulkProgress {
  /** `field`: the column (CSV) or property (JSON) at fault, when one is. */
  errors: Array<{ line: number; field: string | null; code: string; message: string }>;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** One row, in CSV column names (snake_case) or JSON names (camelCase). */
const rowSchema = z
  .object({
    url: z.string().min(1).max(4096),
    language: optional(z.string().min(2).max(16)),
    group: optional(z.string().max(200)),
    groupName: optional(z.string().max(200)),
    category: optional(z.string().max(100)),
    tier: optional(z.enum(ITEM_TIERS)),
    legal_basis: optional(z.string().max(2000)),
    legalBasis: optional(z.string().max(2000)),
    text: optional(z.string().max(100_000)),
    page_text: optional(z.string().max(PAGE_TEXT_MAX_LENGTH)),
    pageText: optional(z.string().max(PAGE_TEXT_MAX_LENGTH)),
    notes: optional(z.string().max(10_000)),
    captured_at: optional(z.iso.datetime({ offset: true })),
    capturedAt: optional(z.iso.datetime({ offset: true })),
  })
  .strip();

const MAX_REPORTED_ERRORS = 10_000;

export async function bulkSubmit(
  items: ItemService,
  ctx: RequestContext,
  input: { format: BulkFormat; body: Readable | string; operationId: number | null },
  onProgress?: (p: BulkProgress) => void,
): Promise<BulkReport> {
  const report: BulkReport = { rows: 0, created: 0, duplicates: 0, rejected: 0, errors: [] };
  const reject = (line: number, field: string | null, code: string, message: string) => {
    report.rejected++;
    if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push({ line, field, code, message });
  };
  for await (const { line, value, error } of rows(input.format, typeof input.body === 'string' ? Readable.from([input.body]) : input.body)) {
    report.rows++;
    if (error) {
      reject(line, null, 'VALIDATION_FAILED', error);
      continue;
    }
    const parsed = rowSchema.safeParse(value);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || null;
      reject(line, field, 'VALIDATION_FAILED', parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; '));
      continue;
    }
    const r = parsed.data;
    const submission: ItemInput = {
      url: r.url,
      operationId: input.operationId,
      language: r.language ?? null,
      groupName: r.groupName ?? r.group ?? null,
      category: r.category ?? null,
      tier: r.tier ?? null,
      legalBasis: r.legalBasis ?? r.legal_basis ?? null,
      text: r.text ?? null,
      pageText: r.pageText ?? r.page_text ?? null,
      notes: r.notes ?? '',
      capturedAt: r.capturedAt ?? r.captured_at ? new Date((r.capturedAt ?? r.captured_at)!) : null,
    };
    try {
      const result = await items.submit(ctx, submission);
      if (result.created) report.created++;
      else report.duplicates++;
    } catch (e) {
      if (isAppError(e) && e.code === 'ITEM_ALREADY_SUBMITTED') report.duplicates++;
      else if (isAppError(e) && e.status < 500) reject(line, e.code === 'URL_INVALID' ? 'url' : null, e.code, e.message);
      else throw e;
    }
    if (report.rows % 100 === 0) onProgress?.(progressOf(report));
  }
  onProgress?.(progressOf(report));
  return report;
}

function progressOf(r: BulkReport): BulkProgress {
  return { rows: r.rows, created: r.created, duplicates: r.duplicates, rejected: r.rejected };
}

async function* rows(format: BulkFormat, body: Readable): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  if (format === 'jsonl') {
    let line = 0;
    for await (const text of createInterface({ input: body, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { line, error: 'each line must be a JSON object' };
        else yield { line, value };
      } catch {
        yield { line, error: 'not valid JSON' };
      }
    }
    return;
  }
  // Header row names the columns; relax_column_count keeps going past a short or long row so that
  // row can be reported instead of stopping the file.
  const parser = body.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, max_record_size: 400_000, info: true }));
  try {
    for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: record.info.lines, value: record.record };
    }
  } catch (error) {
    yield { line: (error as { lines?: number }).lines ?? 0, error: `unreadable CSV: ${(error as Error).message}` };
  }
}
