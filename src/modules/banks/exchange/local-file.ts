// python-threatexchange's local file (LocalFileSignalExchangeAPI): one `<signal_type> <signal>`
// per line, the line stripped and split at the first space; with a collaboration-wide signal
// type, the whole line is the signal. python-threatexchange silently skips blank lines and lines
// without a signal; Vigil skips blank lines and `#` comments (no signal type starts with `#`) and
// reports the rest as errors. The format carries no category, tags or deletions.

import { ExchangeError } from './exchange-error.ts';
import { errorRow, type ParsedRow, type ParseOptions, type RecordSource, type SerializeOptions } from './exchange-record.ts';
import { readLines, type ChunkSource } from './line-reader.ts';
import { buildRow } from './record-builder.ts';
import { exportSignalType } from './signal-type-names.ts';
import { basicSignalValidator } from './signal-validator.ts';

export interface LocalFileParseOptions extends ParseOptions {
  /** Every line is a signal of this type (python-threatexchange's collab `signal_type`). */
  defaultSignalType?: string;
}

const SEPARATOR = /\s+/u;

export async function* parseLocalFile(source: ChunkSource, options: LocalFileParseOptions = {}): AsyncGenerator<ParsedRow> {
  const validator = options.validator ?? basicSignalValidator;
  for await (const item of readLines(source, { maxLineBytes: options.maxLineBytes })) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const text = item.text.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (options.defaultSignalType !== undefined) {
      yield buildRow(item.line, { signalType: options.defaultSignalType, signal: text }, validator);
      continue;
    }
    const separator = SEPARATOR.exec(text);
    if (separator === null) {
      yield errorRow(item.line, 'VALIDATION_FAILED', 'expected "<signal_type> <signal>"');
      continue;
    }
    const signalType = text.slice(0, separator.index);
    const signal = text.slice(separator.index + separator[0].length);
    yield buildRow(item.line, { signalType, signal }, validator);
  }
}

const WHITESPACE = /\s/u;
const LINE_BREAK = /[\r\n]/;

/** Only the signal type and value are written; tombstones are left out. */
export async function* toLocalFile(
  records: RecordSource,
  options: SerializeOptions = {},
): AsyncGenerator<string> {
  for await (const record of records) {
    if (record.deleted) continue;
    const signalType = exportSignalType(record.signalType, options.signalTypeNames);
    if (signalType === '' || WHITESPACE.test(signalType) || LINE_BREAK.test(record.signal) || record.signal.trim() !== record.signal) {
      throw new ExchangeError('VALIDATION_FAILED', 'a local file cannot hold this signal type or value', { signalType });
    }
    yield `${signalType} ${record.signal}\n`;
  }
}
