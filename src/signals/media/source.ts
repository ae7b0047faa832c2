// Where media comes from (a file path or bytes in memory) and the checks that run before any
// decoder sees it: it must be a regular file, not empty, not over the byte limit.

import { open, stat } from 'node:fs/promises';
import { SignalError } from '../errors.ts';
import type { MediaLimits } from './limits.ts';
import { SNIFF_BYTES, sniffMedia, type SniffedMedia } from './sniff.ts';

export type MediaSource = { readonly path: string } | { readonly bytes: Uint8Array };

export interface InspectedSource {
  readonly size: number;
  readonly head: Uint8Array;
  /** undefined when the bytes are not an image or video format we decode. */
  readonly media: SniffedMedia | undefined;
}

export function describeSource(source: MediaSource): string {
  return 'path' in source ? source.path : `${source.bytes.byteLength} bytes`;
}

function checkSize(size: number, limits: MediaLimits): void {
  if (size === 0) throw new SignalError('MEDIA_EMPTY', 'the file is empty');
  if (size > limits.maxBytes) {
    throw new SignalError('MEDIA_TOO_LARGE', `the file has ${size} bytes; the limit is ${limits.maxBytes}`);
  }
}

export async function inspectSource(source: MediaSource, limits: MediaLimits): Promise<InspectedSource> {
  if ('bytes' in source) {
    checkSize(source.bytes.byteLength, limits);
    const head = source.bytes.subarray(0, SNIFF_BYTES);
    return { size: source.bytes.byteLength, head, media: sniffMedia(head) };
  }
  let info;
  try {
    info = await stat(source.path);
  } catch (error) {
    throw new SignalError('MEDIA_UNSUPPORTED', `cannot read ${source.path}: ${(error as Error).message}`, { cause: error });
  }
  // FIFOs and devices could block forever or never end; only regular files are read.
  if (!info.isFile()) throw new SignalError('MEDIA_UNSUPPORTED', `${source.path} is not a regular file`);
  checkSize(info.size, limits);
  const handle = await open(source.path, 'r');
  try {
    const head = new Uint8Array(Math.min(SNIFF_BYTES, info.size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    return { size: info.size, head: bytes, media: sniffMedia(bytes) };
  } finally {
    await handle.close();
  }
}
