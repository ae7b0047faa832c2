// The `pdq` signal type: Meta's PDQ photo hash, as python-threatexchange and HMA define it
// (64 lowercase hex digits, match at distance ≤ 31, drop quality < 50).

import { SignalError } from '../errors.ts';
import { decodeImage } from '../media/image-decode.ts';
import type { HashContext, SignalContent, SignalHash, SignalType } from '../signal-type.ts';
import { assertPdqHex, pdqDistance } from './hash256.ts';
import { pdqFromPixels, type PdqPixelOptions } from './pdq-hasher.ts';

/** python-threatexchange PDQ_CONFIDENT_MATCH_THRESHOLD. */
export const PDQ_MATCH_DISTANCE = 31;
/** python-threatexchange PdqSignal.QUALITY_THRESHOLD: hashes below this are not used. */
export const PDQ_MIN_QUALITY = 50;

export interface PdqSignalOptions {
  /** Hash as the reference CLI does (512×512 resize first); default is full resolution. */
  readonly cliCompat512?: boolean;
}

export function pdqOptionsFrom(context: HashContext): PdqPixelOptions {
  const options = (context.options?.pdq ?? {}) as PdqSignalOptions;
  return { cliCompat512: options.cliCompat512 === true };
}

export const pdqSignal: SignalType = {
  name: 'pdq',
  description: 'PDQ perceptual photo hash (256 bits, Hamming distance)',
  contentTypes: ['photo'],
  thresholds: { matchDistance: PDQ_MATCH_DISTANCE, minQuality: PDQ_MIN_QUALITY },
  validate(value: string): string {
    assertPdqHex(value);
    return value;
  },
  async hash(content: SignalContent, context: HashContext): Promise<SignalHash> {
    if (content.kind !== 'media') throw new SignalError('MEDIA_UNSUPPORTED', 'pdq hashes photos, not text');
    const image = await decodeImage(content.source, context.limits);
    const { hash, quality } = pdqFromPixels(image, pdqOptionsFrom(context));
    return { value: hash, quality };
  },
  distance: pdqDistance,
  matches(query: string, candidate: string): boolean {
    return pdqDistance(query, candidate) <= PDQ_MATCH_DISTANCE;
  },
  // From python-threatexchange PdqSignal.get_examples() (bridge photo edits, c.png, wee.jpg).
  examples: [
    'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22',
    'f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22',
    'd0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22',
    'e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064',
    '6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d',
  ],
  invalidExamples: [
    '',
    'F8F8F0CEE0F4A84F06370A22038F63F0B36E2ED596621E1D33E6B39C4E9C9B22',
    'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2',
    'g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22',
    ' f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22',
  ],
};
