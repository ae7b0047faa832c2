import { describe, expect, it } from 'vitest';
import { SignalError } from '../errors.ts';
import { formatMillis, frameTimestamp, parseVpdq, serializeVpdq } from './vpdq-format.ts';
import { frameModulus } from './vpdq-hasher.ts';

describe('timestamps', () => {
  it('divides in float32 like the reference', () => {
    expect(formatMillis(frameTimestamp(1, 30))).toBe('0.033');
    expect(formatMillis(frameTimestamp(2, 30))).toBe('0.067');
    expect(formatMillis(frameTimestamp(30, 30))).toBe('1.000');
  });

  it('rounds exact binary ties to even, as glibc printf does', () => {
    expect(formatMillis(frameTimestamp(1, 16))).toBe('0.062'); // 0.0625
    expect(formatMillis(frameTimestamp(3, 16))).toBe('0.188'); // 0.1875
    expect(formatMillis(Math.fround(0.0005))).toBe('0.001'); // float32(0.0005) is just above the tie
  });

  it('samples every int(seconds × fps) frames', () => {
    expect(frameModulus(1, 30)).toBe(30);
    expect(frameModulus(1, 30000 / 1001)).toBe(29);
    expect(frameModulus(0, 30)).toBe(1);
  });
});

describe('python-threatexchange JSON form', () => {
  const frames = [
    { frame: 0, quality: 100, value: 'dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c', timestamp: 0 },
    { frame: 1, quality: 42, value: 'dadb999c25266273529cadac8dcb52c22324ad3bce99726c38660d93c799f07c', timestamp: 0.033 },
  ];

  it('round-trips', () => {
    const json = serializeVpdq(frames);
    expect(json).toBe(
      '["dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c,100,0.000","dadb999c25266273529cadac8dcb52c22324ad3bce99726c38660d93c799f07c,42,0.033"]',
    );
    expect(parseVpdq(json)).toEqual(frames);
  });

  it('accepts python-threatexchange timestamps written with 3 significant digits', () => {
    expect(parseVpdq('["dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c,100,12.3"]')[0]!.timestamp).toBe(12.3);
  });

  it.each(['{', '{}', '["x,1,0"]', '[1]', '["dadb999c25266273529cadac89cb52c22324ad3bce99726c38668d93c799f07c,100"]'])(
    'rejects %s',
    (value) => {
      expect(() => parseVpdq(value)).toThrow(SignalError);
    },
  );
});
