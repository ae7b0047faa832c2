// Vigil's own exchange format: JSON lines, one ExchangeRecord per line with the same field names.
// Unlike the python-threatexchange formats it keeps everything (source ids, tombstones and
// metadata), so a bank exported and imported again is unchanged. Unknown keys are ignored, so
// files written by a newer Vigil still import; `__proto__` keys are dropped while parsing.

import { z } from 'zod';
import { errorRow, type ParsedRow, type ParseOptions, type RecordSource } from './exchange-record.ts';
import { readLines, type ChunkSource } from './line-reader.ts';
import { buildRow } from './record-builder.ts';
import { parseJsonSafely } from './safe-json.ts';
import { basicSignalValidator } from './signal-validator.ts';

export const vigilJsonlRecordSchema = z.object({
  signalType: z.string().min(1).max(64),
  signal: z.string().min(1),
  category: z.string().nullable().default(null),
  tags: z.array(z.string()).default([]),
  collab: z.string().nullable().default(null),
  sourceId: z.string().nullable().default(null),
  deleted: z.boolean().default(false),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

export type VigilJsonlRecord = z.infer<typeof vigilJsonlRecordSchema>;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the record does not match the schema';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

export async function* parseVigilJsonl(source: ChunkSource, options: ParseOptions = {}): AsyncGenerator<ParsedRow> {
  const validator = options.validator ?? basicSignalValidator;
  for await (const item of readLines(source, { maxLineBytes: options.maxLineBytes })) {
    if ('error' in item) {
      yield item;
      continue;
    }
    if (item.text.trim() === '') continue;
    let json: unknown;
    try {
      json = parseJsonSafely(item.text);
    } catch {
      yield errorRow(item.line, 'VALIDATION_FAILED', 'the line is not valid JSON');
      continue;
    }
    const parsed = vigilJsonlRecordSchema.safeParse(json);
    if (!parsed.success) {
      yield errorRow(item.line, 'VALIDATION_FAILED', describeIssue(parsed.error));
      continue;
    }
    yield buildRow(item.line, parsed.data, validator);
  }
}

export async function* toVigilJsonl(records: RecordSource): AsyncGenerator<string> {
  for await (const r of records) {
    const line: VigilJsonlRecord = {
      signalType: r.signalType,
      signal: r.signal,
      category: r.category,
      tags: r.tags,
      collab: r.collab,
      sourceId: r.sourceId,
      deleted: r.deleted,
      metadata: r.metadata,
    };
    yield `${JSON.stringify(line)}\n`;
  }
}
