// python-threatexchange's CSV (`threatexchange dataset -P --csv`): Python's csv.DictWriter with a
// header row `signal_type,signal_str,collab,category,tags`, default dialect (comma, minimal
// double-quote quoting, \r\n), tags joined by single spaces, category the opinion category's
// name. Older releases put `collab` first, so the header decides the column order; a file without
// a header is read in the current order. Tags cannot hold whitespace in that format, so Vigil
// percent-encodes whitespace and "%" inside a tag, which keeps ordinary tags byte-identical.

import { formatCsvRecord, parseCsvRecord } from './csv-fields.ts';
import { errorRow, type ParsedRow, type ParseOptions, type RecordSource, type SerializeOptions } from './exchange-record.ts';
import { readLines, type ChunkSource } from './line-reader.ts';
import { buildRow } from './record-builder.ts';
import { exportSignalType } from './signal-type-names.ts';
import { basicSignalValidator } from './signal-validator.ts';

export const THREATEXCHANGE_CSV_COLUMNS = ['signal_type', 'signal_str', 'collab', 'category', 'tags'] as const;

type Column = (typeof THREATEXCHANGE_CSV_COLUMNS)[number];

interface Layout {
  /** Fields every row must have. */
  width: number;
  index: Partial<Record<Column, number>>;
}

const DEFAULT_LAYOUT: Layout = {
  width: THREATEXCHANGE_CSV_COLUMNS.length,
  index: Object.fromEntries(THREATEXCHANGE_CSV_COLUMNS.map((name, i) => [name, i])),
};

/** A header names at least signal_type and signal_str; other unknown columns are ignored. */
function headerLayout(fields: readonly string[]): Layout | undefined {
  const names = fields.map((f) => f.trim().toLowerCase());
  if (!names.includes('signal_type') || !names.includes('signal_str')) return undefined;
  const index: Partial<Record<Column, number>> = {};
  for (const column of THREATEXCHANGE_CSV_COLUMNS) {
    const at = names.indexOf(column);
    if (at !== -1) index[column] = at;
  }
  return { width: fields.length, index };
}

const TAG_SEPARATOR = /\s+/u;
const ENCODED_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ENCODE = /[%\s]/gu;
const ONLY_ENCODED_CHARS = /^[%\s]+$/u;

export function encodeTag(tag: string): string {
  return tag.replace(ENCODE, (c) => encodeURIComponent(c));
}

/** Undoes encodeTag only: other %XX sequences (which it never writes) are left as they are. */
export function decodeTag(token: string): string {
  if (!token.includes('%')) return token;
  return token.replace(ENCODED_RUN, (run) => {
    try {
      const decoded = decodeURIComponent(run);
      return ONLY_ENCODED_CHARS.test(decoded) ? decoded : run;
    } catch {
      return run;
    }
  });
}

export function splitTags(field: string): string[] {
  return field.split(TAG_SEPARATOR).filter((t) => t !== '').map(decodeTag);
}

export async function* parseThreatExchangeCsv(source: ChunkSource, options: ParseOptions = {}): AsyncGenerator<ParsedRow> {
  const validator = options.validator ?? basicSignalValidator;
  let layout: Layout | undefined;
  for await (const item of readLines(source, { maxLineBytes: options.maxLineBytes, csvQuotes: true })) {
    if ('error' in item) {
      yield item;
      continue;
    }
    if (item.text.trim() === '') continue;
    const parsed = parseCsvRecord(item.text);
    if (!parsed.ok) {
      yield errorRow(item.line, 'VALIDATION_FAILED', parsed.message);
      continue;
    }
    const { fields } = parsed;
    if (layout === undefined) {
      // The first well-formed record decides: a header, or data in the current column order.
      const header = headerLayout(fields);
      layout = header ?? DEFAULT_LAYOUT;
      if (header) continue;
    }
    if (fields.length !== layout.width) {
      yield errorRow(item.line, 'VALIDATION_FAILED', `expected ${layout.width} fields, found ${fields.length}`);
      continue;
    }
    const field = (column: Column): string | undefined => {
      const at = layout!.index[column];
      return at === undefined ? undefined : fields[at];
    };
    yield buildRow(
      item.line,
      {
        signalType: field('signal_type') ?? '',
        signal: field('signal_str') ?? '',
        collab: field('collab'),
        category: field('category'),
        tags: splitTags(field('tags') ?? ''),
      },
      validator,
    );
  }
}

/** Tombstones are left out: the format has no way to say "removed". */
export async function* toThreatExchangeCsv(
  records: RecordSource,
  options: SerializeOptions = {},
): AsyncGenerator<string> {
  yield formatCsvRecord(THREATEXCHANGE_CSV_COLUMNS);
  for await (const record of records) {
    if (record.deleted) continue;
    yield formatCsvRecord([
      exportSignalType(record.signalType, options.signalTypeNames),
      record.signal,
      record.collab ?? '',
      record.category ?? '',
      record.tags.map(encodeTag).join(' '),
    ]);
  }
}
