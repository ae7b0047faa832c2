// The `text_tlsh` signal type, compatible with python-threatexchange's TextTLSHSignal
// (ThreatExchange indicator type HASH_TEXT_TLSH): TLSH of the UTF-8 text as given, distance
// without the length term (diffxlen), match at ≤ 30. Texts under 50 bytes, or too repetitive,
// have no TLSH (python-threatexchange returns an empty string); hashing them raises
// MEDIA_UNSUPPORTED, since the content is unusable for this signal rather than malformed.

import { SignalError } from '../errors.ts';
import type { SignalContent, SignalHash, SignalType } from '../signal-type.ts';
import { TLSH_MIN_BYTES, TLSH_PATTERN, tlshDistanceNoLength, tlshHash } from './tlsh.ts';

/** python-threatexchange TLSH_CONFIDENT_MATCH_THRESHOLD. */
export const TLSH_MATCH_DISTANCE = 30;

function validate(value: string): string {
  const canonical = value.trim().toUpperCase();
  if (!TLSH_PATTERN.test(canonical)) {
    throw new SignalError('SIGNAL_INVALID', 'a TLSH is "T1" followed by 70 hex digits');
  }
  return canonical;
}

export const textTlshSignal: SignalType = {
  name: 'text_tlsh',
  description: 'TLSH locality-sensitive hash of the text (near-duplicate match)',
  contentTypes: ['text'],
  thresholds: { matchDistance: TLSH_MATCH_DISTANCE },
  validate,
  async hash(content: SignalContent): Promise<SignalHash> {
    if (content.kind !== 'text') throw new SignalError('MEDIA_UNSUPPORTED', 'text_tlsh hashes text');
    const value = tlshHash(new TextEncoder().encode(content.text));
    if (value === undefined) {
      throw new SignalError('MEDIA_UNSUPPORTED', `text_tlsh needs at least ${TLSH_MIN_BYTES} bytes of varied text`);
    }
    return { value };
  },
  distance: (a, b) => tlshDistanceNoLength(validate(a), validate(b)),
  matches: (a, b) => tlshDistanceNoLength(validate(a), validate(b)) <= TLSH_MATCH_DISTANCE,
  examples: [
    // python-threatexchange's test vector and the TLSH project's documented example.
    'T1DFB092A1724AC2C0D3CA48452291EA04A5B75EB903A6E7577A54118FFA8148E98F9426',
    'T16FF02BEF718027B0160B4391212923ED7F1A463D563B1549B86CF62973B197AD2731F8',
  ],
  invalidExamples: ['', 'TNULL', '6FF02BEF718027B0160B4391212923ED7F1A463D563B1549B86CF62973B197AD2731F8', 'T1XYZ'],
};
