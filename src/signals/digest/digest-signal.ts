// The shared shape of exact-match digest signal types (md5, sha256): lowercase hex of a fixed
// length, match only when equal. Uppercase input is accepted and canonicalised, since hash lists
// in the field (TCAP, ThreatExchange) use both cases.

import { SignalError } from '../errors.ts';
import { hammingDistanceHex } from '../pdq/hash256.ts';
import type { HashContext, SignalContent, SignalHash, SignalType } from '../signal-type.ts';
import { digestSource, digestText, type DigestAlgorithm } from './stream-digest.ts';

export function digestSignal(algorithm: DigestAlgorithm, hexLength: number, description: string, examples: string[]): SignalType {
  const pattern = new RegExp(`^[0-9a-f]{${hexLength}}$`);
  const validate = (value: string): string => {
    const canonical = value.trim().toLowerCase();
    if (!pattern.test(canonical)) throw new SignalError('SIGNAL_INVALID', `${algorithm} is ${hexLength} hex digits`);
    return canonical;
  };
  return {
    name: algorithm,
    description,
    contentTypes: ['photo', 'video', 'file'],
    thresholds: { matchDistance: 0 },
    validate,
    async hash(content: SignalContent, context: HashContext): Promise<SignalHash> {
      const value = content.kind === 'text' ? digestText(content.text, algorithm) : await digestSource(content.source, algorithm, context.limits);
      return { value };
    },
    // Exact signals have no notion of nearness: 0 when equal, else the bit difference.
    distance: (a, b) => hammingDistanceHex(validate(a), validate(b)),
    matches: (a, b) => validate(a) === validate(b),
    examples,
    invalidExamples: ['', 'xyz', '0'.repeat(hexLength - 1), '0'.repeat(hexLength + 1), `g${'0'.repeat(hexLength - 1)}`],
  };
}
