// The `sha256` signal type: SHA-256 of a file's bytes, exact match.

import { digestSignal } from '../digest/digest-signal.ts';

export const sha256Signal = digestSignal('sha256', 64, 'SHA-256 of the file bytes (exact match)', [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592',
]);
