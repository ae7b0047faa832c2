// Splits a file, arriving as chunks, into lines without holding more than one line in memory, so
// a 1 GB list streams through. It works on bytes (a line feed never occurs inside a multi-byte
// UTF-8 character) and decodes each line strictly, so invalid UTF-8 spoils one row, not the file.
// Hostile input is bounded: a line over the limit is dropped as it streams and becomes one error.
// In CSV mode a line feed inside a quoted field continues the record, as RFC 4180 allows.

import type { RowError } from './exchange-record.ts';

export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export type SourceLine = { line: number; text: string } | { line: number; error: RowError };

export interface LineReaderOptions {
  /** Longest line (or CSV record) in bytes, line feed excluded; longer ones become error rows. */
  maxLineBytes?: number;
  /** Treat line feeds inside double-quoted CSV fields as data. */
  csvQuotes?: boolean;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

const LF = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BOM = [0xef, 0xbb, 0xbf];

// Where the CSV scanner is within a record.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3; // a quote inside a quoted field: the closing one, or the first of ""

function lineFeedBefore(bytes: Uint8Array, from: number, limit: number): number {
  const found = bytes.indexOf(LF, from);
  return found !== -1 && found < limit ? found : -1;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  return bytes.every((b, i) => i < BOM.length && b === BOM[i]);
}

export async function* readLines(source: ChunkSource, options: LineReaderOptions = {}): AsyncGenerator<SourceLine> {
  const maxBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const csv = options.csvQuotes ?? false;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1; // where the current record starts
  let quotedLineFeeds = 0; // line feeds inside quotes in the current record
  let state = FIELD_START;

  let quoteChunk: Uint8Array | null = null;
  let quoteFrom = 0;
  let quoteAt = -1;
  /**
   * The next quote at or after `at`, remembered per chunk: most records have none, and searching
   * the rest of the chunk again for every record would make reading quadratic in the chunk size.
   */
  function nextQuote(bytes: Uint8Array, at: number): number {
    if (bytes !== quoteChunk || at < quoteFrom || (quoteAt !== -1 && quoteAt < at)) {
      quoteChunk = bytes;
      quoteFrom = at;
      quoteAt = bytes.indexOf(QUOTE, at);
    }
    return quoteAt;
  }

  /**
   * Index of the line feed that ends the current CSV record, or -1 if there is none before
   * `limit`; bytes from `limit` on are left unscanned.
   */
  function scanCsv(bytes: Uint8Array, from: number, limit: number): number {
    const find = (byte: number, at: number): number => {
      const found = byte === QUOTE ? nextQuote(bytes, at) : bytes.indexOf(byte, at);
      return found < limit ? found : -1;
    };
    let i = from;
    while (i < limit) {
      if (state === QUOTED) {
        const quote = find(QUOTE, i);
        const stop = quote === -1 ? limit : quote;
        for (let lf = find(LF, i); lf !== -1 && lf < stop; lf = find(LF, lf + 1)) quotedLineFeeds++;
        if (quote === -1) return -1;
        state = QUOTE_IN_QUOTED;
        i = quote + 1;
      } else if (state === QUOTE_IN_QUOTED) {
        const b = bytes[i]!;
        if (b === LF) return i;
        state = b === QUOTE ? QUOTED : b === COMMA ? FIELD_START : UNQUOTED;
        i++;
      } else {
        const lf = find(LF, i);
        const quote = find(QUOTE, i);
        if (quote === -1 || (lf !== -1 && lf < quote)) {
          if (lf !== -1) return lf;
          state = bytes[limit - 1] === COMMA ? FIELD_START : UNQUOTED;
          return -1;
        }
        // Only a quote that opens a field starts quoting; a stray one is left to the field parser.
        const atFieldStart = quote > i ? bytes[quote - 1] === COMMA : state === FIELD_START;
        state = atFieldStart ? QUOTED : UNQUOTED;
        i = quote + 1;
      }
    }
    return -1;
  }

  function endRecord(): SourceLine {
    const start = line;
    line += 1 + quotedLineFeeds;
    quotedLineFeeds = 0;
    state = FIELD_START;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const wasTooLong = tooLong;
    parts = [];
    size = 0;
    tooLong = false;
    if (wasTooLong) {
      return { line: start, error: { code: 'VALIDATION_FAILED', message: `the line is longer than ${maxBytes} bytes` } };
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { line: start, error: { code: 'VALIDATION_FAILED', message: 'the line is not valid UTF-8' } };
    }
    return { line: start, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }

  function* feed(bytes: Uint8Array): Generator<SourceLine> {
    quoteChunk = null; // the caller may hand the same buffer again with new bytes
    let pos = 0;
    while (pos < bytes.length) {
      if (tooLong) {
        // The record is lost anyway, so its quoting no longer matters: skip to the next line feed.
        const lf = bytes.indexOf(LF, pos);
        if (lf === -1) return;
        yield endRecord();
        pos = lf + 1;
        continue;
      }
      // Scan no further than one byte past the limit, so a runaway line is never held whole.
      const limit = Math.min(bytes.length, pos + maxBytes - size + 1);
      const end = csv ? scanCsv(bytes, pos, limit) : lineFeedBefore(bytes, pos, limit);
      const stop = end === -1 ? limit : end;
      size += stop - pos;
      if (size > maxBytes) {
        tooLong = true;
        parts = [];
        pos = stop;
        continue;
      }
      if (end === -1) {
        // Copy the unfinished tail: the caller may reuse this chunk's buffer for the next one.
        parts.push(new Uint8Array(bytes.subarray(pos)));
        return;
      }
      parts.push(bytes.subarray(pos, end));
      yield endRecord();
      pos = end + 1;
    }
  }

  let head: Uint8Array | null = new Uint8Array(0); // the file's first bytes, until the BOM question is settled
  for await (const chunk of source) {
    let bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (head !== null) {
      const joined: Uint8Array = head.length === 0 ? bytes : Buffer.concat([head, bytes]);
      if (joined.length < BOM.length && isBomPrefix(joined)) {
        head = new Uint8Array(joined);
        continue;
      }
      bytes = joined.length >= BOM.length && isBomPrefix(joined.subarray(0, BOM.length)) ? joined.subarray(BOM.length) : joined;
      head = null;
    }
    yield* feed(bytes);
  }
  if (head !== null && head.length > 0) yield* feed(head);
  if (size > 0 || tooLong) yield endRecord();
}
