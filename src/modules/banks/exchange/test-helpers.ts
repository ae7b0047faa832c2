// Shared by this folder's tests: sample values, a record builder, and helpers that feed input in
// awkward chunk sizes so every parser is tested across chunk boundaries.

import type { ExchangeRecord, ParsedRow } from './exchange-record.ts';

export const PDQ = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
export const PDQ2 = 'e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064';
export const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
export const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const SHA512 =
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e';
export const TLSH = 'T1A2B1C3D4E5F60718293A4B5C6D7E8F9012345678901234567890123456789012345678';

export function record(overrides: Partial<ExchangeRecord> = {}): ExchangeRecord {
  return {
    signalType: 'pdq',
    signal: PDQ,
    category: null,
    tags: [],
    collab: null,
    sourceId: null,
    deleted: false,
    metadata: {},
    ...overrides,
  };
}

export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

export async function join(source: AsyncIterable<string>): Promise<string> {
  return (await collect(source)).join('');
}

/** The input as byte chunks of `size` (splitting multi-byte characters and CRLF pairs). */
export function* chunked(input: string | Uint8Array, size: number): Generator<Uint8Array> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export const CHUNK_SIZES = [1, 2, 3, 7, 64, 1 << 20];

export function records(rows: readonly ParsedRow[]): ExchangeRecord[] {
  return rows.flatMap((row) => ('record' in row ? [row.record] : []));
}

export function errors(rows: readonly ParsedRow[]): Array<{ line: number; code: string }> {
  return rows.flatMap((row) => ('error' in row ? [{ line: row.line, code: row.error.code }] : []));
}
