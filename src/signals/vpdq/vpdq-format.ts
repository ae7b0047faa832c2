// vPDQ's text forms. The reference hasher writes one line per frame,
// `<frame>,<quality>,<hex>,<timestamp with 3 decimals>`, and python-threatexchange exchanges a
// video's signal as a JSON array of `"<hex>,<quality>,<timestamp>"` strings.

import { SignalError } from '../errors.ts';
import { isPdqHex } from '../pdq/hash256.ts';
import type { VpdqFrame } from '../signal-type.ts';

/** float32(frame) / float32(fps) in float32, as the reference computes it. */
export function frameTimestamp(frame: number, fps: number): number {
  return Math.fround(Math.fround(frame) / Math.fround(fps));
}

/**
 * Formats a float32 value with 3 decimals like C++ iostream (glibc rounds exact binary ties to even, whereas
 * Number#toFixed rounds them up). Ties are exact here because the value is a float32: v·2000 is
 * then computed exactly in double.
 */
export function formatMillis(value: number): string {
  const doubled = value * 2000;
  if (Number.isInteger(doubled) && Math.abs(doubled % 2) === 1) {
    const lower = (doubled - 1) / 2;
    const thousandths = lower % 2 === 0 ? lower : lower + 1;
    const sign = thousandths < 0 ? '-' : '';
    const abs = Math.abs(thousandths);
    return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
  }
  return value.toFixed(3);
}

export function formatFrameLine(frame: VpdqFrame): string {
  return `${frame.frame},${frame.quality},${frame.value},${frame.timestamp.toFixed(3)}`;
}

export function parseFrameLine(line: string): VpdqFrame {
  const parts = line.trim().split(',');
  const [frame, quality, value, timestamp] = parts;
  if (parts.length !== 4 || !isPdqHex(value ?? '')) throw new SignalError('SIGNAL_INVALID', `bad vPDQ line: ${line}`);
  return checkedFrame(Number(frame), Number(quality), value!, Number(timestamp));
}

function checkedFrame(frame: number, quality: number, value: string, timestamp: number): VpdqFrame {
  if (!Number.isInteger(frame) || frame < 0) throw new SignalError('SIGNAL_INVALID', 'vPDQ frame numbers are integers ≥ 0');
  if (!Number.isInteger(quality) || quality < 0 || quality > 100) {
    throw new SignalError('SIGNAL_INVALID', 'vPDQ quality is an integer 0..100');
  }
  if (!Number.isFinite(timestamp) || timestamp < 0) throw new SignalError('SIGNAL_INVALID', 'vPDQ timestamps are ≥ 0');
  return { frame, quality, value, timestamp };
}

/** python-threatexchange's JSON form; frame numbers are not part of it. */
export function serializeVpdq(frames: readonly VpdqFrame[]): string {
  return JSON.stringify(frames.map((f) => `${f.value},${f.quality},${f.timestamp.toFixed(3)}`));
}

/** Parses the JSON form; frame numbers are assigned in order, since the format has none. */
export function parseVpdq(value: string): VpdqFrame[] {
  let items: unknown;
  try {
    items = JSON.parse(value.trim() || '[]');
  } catch {
    throw new SignalError('SIGNAL_INVALID', 'a vPDQ signal is a JSON array of "hex,quality,timestamp" strings');
  }
  if (!Array.isArray(items)) throw new SignalError('SIGNAL_INVALID', 'a vPDQ signal is a JSON array');
  return items.map((item, index) => {
    const parts = typeof item === 'string' ? item.split(',') : [];
    const [hex, quality, timestamp] = parts;
    if (parts.length !== 3 || !isPdqHex(hex ?? '') || !/^\d+$/.test(quality ?? '') || !/^[0-9.eE+-]+$/.test(timestamp ?? '')) {
      throw new SignalError('SIGNAL_INVALID', `bad vPDQ feature: ${JSON.stringify(item)}`);
    }
    return checkedFrame(index, Number(quality), hex!, Number(timestamp));
  });
}
