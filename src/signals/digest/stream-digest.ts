// Cryptographic digests of whole files, streamed (node:crypto), so a large video is never held in
// memory. The byte limit is enforced while reading too, in case the file grows after stat().

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { SignalError } from '../errors.ts';
import type { MediaLimits } from '../media/limits.ts';
import { inspectSource, type MediaSource } from '../media/source.ts';

export type DigestAlgorithm = 'md5' | 'sha256';

export async function digestSource(source: MediaSource, algorithm: DigestAlgorithm, limits: MediaLimits): Promise<string> {
  await inspectSource(source, limits);
  const hash = createHash(algorithm);
  if ('bytes' in source) return hash.update(source.bytes).digest('hex');
  let total = 0;
  for await (const chunk of createReadStream(source.path, { highWaterMark: 1 << 20 })) {
    total += (chunk as Buffer).length;
    if (total > limits.maxBytes) throw new SignalError('MEDIA_TOO_LARGE', `the file exceeds ${limits.maxBytes} bytes`);
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export function digestText(text: string, algorithm: DigestAlgorithm): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}
