// The `vpdq` signal type: per-frame PDQ of a video. Exchanged as python-threatexchange's JSON
// array of "hex,quality,timestamp" strings. Its distance is 100 − the query's match percentage
// under python-threatexchange rules, so `matches` (distance ≤ 20) is exactly its
// "≥ 80 % of the query's frames match" decision.

import { SignalError } from '../errors.ts';
import type { HashContext, SignalContent, SignalHash, SignalType } from '../signal-type.ts';
import { parseVpdq, serializeVpdq } from './vpdq-format.ts';
import { hashVideo, type VpdqOptions } from './vpdq-hasher.ts';
import { isVpdqMatch, matchVpdq, VPDQ_DEFAULT_DECISION, VPDQ_FRAME_QUALITY } from './vpdq-match.ts';

export function vpdqOptionsFrom(context: HashContext): VpdqOptions {
  return (context.options?.vpdq ?? {}) as VpdqOptions;
}

function vpdqDistance(query: string, candidate: string): number {
  return 100 - matchVpdq(parseVpdq(query), parseVpdq(candidate)).queryMatchPercent;
}

export const vpdqSignal: SignalType = {
  name: 'vpdq',
  description: 'vPDQ video hash: PDQ of sampled frames, matched as a bag of frames',
  contentTypes: ['video'],
  thresholds: { matchDistance: 100 - VPDQ_DEFAULT_DECISION.queryPercent, minQuality: VPDQ_FRAME_QUALITY },
  validate(value: string): string {
    const frames = parseVpdq(value);
    if (frames.length === 0) throw new SignalError('SIGNAL_INVALID', 'a vPDQ signal has at least one frame');
    return serializeVpdq(frames);
  },
  async hash(content: SignalContent, context: HashContext): Promise<SignalHash> {
    if (content.kind !== 'media') throw new SignalError('MEDIA_UNSUPPORTED', 'vpdq hashes videos, not text');
    const frames = await hashVideo(content.source, context, vpdqOptionsFrom(context));
    return { value: serializeVpdq(frames), frames };
  },
  distance: vpdqDistance,
  matches(query: string, candidate: string): boolean {
    return isVpdqMatch(matchVpdq(parseVpdq(query), parseVpdq(candidate)));
  },
  examples: [
    '["dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c,100,0.000","dadb999c25266273529cadac8dcb52c22324ad3bce99726c38660d93c799f07c,100,0.033"]',
    '["e6cf059c4c6696362cc9d6663cd9c263714169d98327399993363d9c3d9cc666,100,0.000"]',
  ],
  invalidExamples: ['', '[]', '{}', '["dadb999c,100,0.000"]', '["dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c,101,0.000"]'],
};
