// The `text_sha256` signal type: SHA-256 of normalised text (see normalise.ts), exact match.
// Catches re-posts that differ only in case, spacing, Unicode form or invisible characters.

import { digestText } from '../digest/stream-digest.ts';
import { sha256Signal } from '../sha256/sha256.signal.ts';
import { SignalError } from '../errors.ts';
import type { SignalContent, SignalHash, SignalType } from '../signal-type.ts';
import { normaliseText } from './normalise.ts';

export function textSha256(text: string): string {
  return digestText(normaliseText(text), 'sha256');
}

export const textSha256Signal: SignalType = {
  ...sha256Signal,
  name: 'text_sha256',
  description: 'SHA-256 of the text after NFKC, case folding and white-space folding (exact match)',
  contentTypes: ['text'],
  async hash(content: SignalContent): Promise<SignalHash> {
    if (content.kind !== 'text') throw new SignalError('MEDIA_UNSUPPORTED', 'text_sha256 hashes text');
    return { value: textSha256(content.text) };
  },
  examples: [textSha256('Example text'), textSha256('')],
};
