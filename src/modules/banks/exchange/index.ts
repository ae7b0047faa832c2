// The exchange-format layer for hash banks: parsers and serializers for the formats the field
// shares hash lists in, and a registry the CLI and API pick formats from by name. Pure: no SQL,
// no HTTP server, no Vigil config; the application injects the signal validator and `fetch`.

import type { ParsedRow, ParseOptions, RecordSource, SerializeOptions } from './exchange-record.ts';
import type { ChunkSource } from './line-reader.ts';
import { parseLocalFile, toLocalFile } from './local-file.ts';
import { fetchTcapPages } from './tcap-client.ts';
import { parseTcapPage } from './tcap-page.ts';
import { parseThreatExchangeCsv, toThreatExchangeCsv } from './threatexchange-csv.ts';
import { parseVigilJsonl, toVigilJsonl } from './vigil-jsonl.ts';

/** A file format read and written line by line. */
export interface LineExchangeFormat {
  kind: 'lines';
  name: string;
  description: string;
  /** With the dot. */
  extension: string;
  mediaType: string;
  parse(source: ChunkSource, options?: ParseOptions): AsyncGenerator<ParsedRow>;
  serialize(records: RecordSource, options?: SerializeOptions): AsyncGenerator<string>;
}

/** A paged API: parse reads one page; there is no file to write. */
export interface PagedExchangeFormat {
  kind: 'pages';
  name: string;
  description: string;
  extension: string;
  mediaType: string;
  parse: typeof parseTcapPage;
  fetchPages: typeof fetchTcapPages;
}

export type ExchangeFormat = LineExchangeFormat | PagedExchangeFormat;

export const EXCHANGE_FORMATS = {
  'threatexchange-csv': {
    kind: 'lines',
    name: 'threatexchange-csv',
    description: 'python-threatexchange CSV: signal_type,signal_str,collab,category,tags',
    extension: '.csv',
    mediaType: 'text/csv',
    parse: parseThreatExchangeCsv,
    serialize: toThreatExchangeCsv,
  },
  local: {
    kind: 'lines',
    name: 'local',
    description: 'python-threatexchange local file: one "<signal_type> <signal>" per line',
    extension: '.txt',
    mediaType: 'text/plain',
    parse: parseLocalFile,
    serialize: toLocalFile,
  },
  'vigil-jsonl': {
    kind: 'lines',
    name: 'vigil-jsonl',
    description: "Vigil's JSON lines: one record per line, with tags, metadata, source ids and tombstones",
    extension: '.jsonl',
    mediaType: 'application/jsonl',
    parse: parseVigilJsonl,
    serialize: (records) => toVigilJsonl(records),
  },
  'tcap-v2': {
    kind: 'pages',
    name: 'tcap-v2',
    description: 'Tech Against Terrorism TCAP hash list v2: JSON pages with checkpoints and tombstones',
    extension: '.json',
    mediaType: 'application/json',
    parse: parseTcapPage,
    fetchPages: fetchTcapPages,
  },
} as const satisfies Record<string, ExchangeFormat>;

export type ExchangeFormatName = keyof typeof EXCHANGE_FORMATS;

export function isExchangeFormatName(name: string): name is ExchangeFormatName {
  return Object.hasOwn(EXCHANGE_FORMATS, name);
}

export { ExchangeError, type ExchangeErrorCode } from './exchange-error.ts';
export {
  errorRow,
  isRecordRow,
  type ExchangeRecord,
  type ParsedRow,
  type ParseOptions,
  type RecordSource,
  type RowError,
  type RowErrorCode,
  type SerializeOptions,
} from './exchange-record.ts';
export { DEFAULT_MAX_LINE_BYTES, type ChunkSource } from './line-reader.ts';
export { parseLocalFile, toLocalFile, type LocalFileParseOptions } from './local-file.ts';
export { RECORD_LIMITS } from './record-builder.ts';
export {
  PYTHON_THREATEXCHANGE_NAMES,
  SIGNAL_TYPE_ALIASES,
  exportSignalType,
  toVigilSignalType,
  type SignalTypeNaming,
} from './signal-type-names.ts';
export { BASIC_SIGNAL_TYPES, basicSignalValidator, type SignalValidation, type SignalValidator } from './signal-validator.ts';
export { fetchTcapPages, type TcapFetchedPage, type TcapFetchOptions } from './tcap-client.ts';
export { TCAP_ALGORITHMS, parseTcapPage, type TcapPage } from './tcap-page.ts';
export { THREATEXCHANGE_CSV_COLUMNS, parseThreatExchangeCsv, toThreatExchangeCsv } from './threatexchange-csv.ts';
export { parseVigilJsonl, toVigilJsonl, vigilJsonlRecordSchema, type VigilJsonlRecord } from './vigil-jsonl.ts';
