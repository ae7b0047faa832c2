// The record every exchange format reads into and writes from, and the per-row result parsers
// yield. A bad row never stops an import: it becomes an error row with its line number, and the
// caller stores the good rows and reports the bad ones.

import type { SignalTypeNaming } from './signal-type-names.ts';
import type { SignalValidator } from './signal-validator.ts';

/** One signal as exchanged, with the metadata the formats carry. */
export interface ExchangeRecord {
  /** Vigil's signal type name (`pdq`, `vpdq`, `md5`, `sha256`, `text_sha256`, `text_tlsh`, …). */
  signalType: string;
  /** The signal value in its canonical form, as the validator returned it. */
  signal: string;
  /** The source's classification (python-threatexchange writes `TRUE_POSITIVE` and the like). */
  category: string | null;
  tags: string[];
  /** The collaboration (shared list) the signal came from, where the format names one. */
  collab: string | null;
  /** The source's own id for the entry (TCAP's `id`), so updates and deletions can find it. */
  sourceId: string | null;
  /** A tombstone: the source withdrew this signal, so the importer removes it. */
  deleted: boolean;
  /** Format-specific extras that Vigil keeps but does not interpret. */
  metadata: Record<string, unknown>;
}

export type RowErrorCode = 'VALIDATION_FAILED' | 'SIGNAL_INVALID' | 'SIGNAL_TYPE_UNKNOWN';

export interface RowError {
  code: RowErrorCode;
  message: string;
}

/**
 * One parsed row. `line` is the 1-based line where the row starts in the file (a quoted CSV
 * field may continue it over further lines); for a TCAP page it is the 1-based position in
 * `results`.
 */
export type ParsedRow = { line: number; record: ExchangeRecord } | { line: number; error: RowError };

export function errorRow(line: number, code: RowErrorCode, message: string): ParsedRow {
  return { line, error: { code, message } };
}

export function isRecordRow(row: ParsedRow): row is { line: number; record: ExchangeRecord } {
  return 'record' in row;
}

/** Quotes a piece of untrusted input for an error message, cut short so a hostile row cannot flood logs. */
export function preview(value: string, max = 48): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

/** Records to export: an array, or a stream read from the database page by page. */
export type RecordSource = AsyncIterable<ExchangeRecord> | Iterable<ExchangeRecord>;

export interface ParseOptions {
  /** Checks and normalises values; defaults to basicSignalValidator. */
  validator?: SignalValidator;
  /** Longest line in bytes (default 64 KiB); long vPDQ signals may need more. */
  maxLineBytes?: number;
}

export interface SerializeOptions {
  /** Write md5/sha256 as python-threatexchange's video_md5/video_sha256 (default: Vigil's names). */
  signalTypeNames?: SignalTypeNaming;
}
