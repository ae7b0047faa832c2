import { describe, expect, it } from 'vitest';
import { sniffMedia } from './sniff.ts';
import { parseRate, parseVideoInfo } from './video-probe.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffMedia', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'photo', 'jpeg'],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'photo', 'png'],
    ['gif', bytes('GIF89a'), 'photo', 'gif'],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBP'), 'photo', 'webp'],
    ['tiff', bytes('II', [0x2a, 0]), 'photo', 'tiff'],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif'), 'photo', 'heif'],
    ['mp4', bytes([0, 0, 0, 0x20], 'ftypisom'), 'video', 'mp4'],
    ['quicktime', bytes([0, 0, 0, 8], 'wide'), 'video', 'mov'],
    ['matroska', bytes([0x1a, 0x45, 0xdf, 0xa3]), 'video', 'matroska'],
    ['avi', bytes('RIFF', [0, 0, 0, 0], 'AVI '), 'video', 'avi'],
  ])('%s', (_, head, kind, format) => {
    expect(sniffMedia(head)).toMatchObject({ kind, format });
  });

  it.each([
    ['text', bytes('hello world')],
    ['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['hls', bytes('#EXTM3U\n')],
    ['heic (not decodable here)', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['empty', bytes()],
  ])('rejects %s', (_, head) => {
    expect(sniffMedia(head)).toBeUndefined();
  });
});

describe('ffmpeg stream summary', () => {
  const summary = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'file:x.mp4':
  Duration: 00:01:04.33, start: 0.000000, bitrate: 884 kb/s
    Stream #0:0(eng): Video: h264 (Main) (avc1 / 0x31637661), yuv420p, 1280x720 [SAR 1:1 DAR 16:9], 877 kb/s, 29.97 fps, 29.97 tbr, 15360 tbn, 60 tbc (default)`;

  it('reads size, rate and duration', () => {
    const info = parseVideoInfo(summary)!;
    expect(info.width).toBe(1280);
    expect(info.height).toBe(720);
    expect(info.fps).toBe(30000 / 1001);
    expect(info.durationSeconds).toBeCloseTo(64.33, 5);
  });

  it('restores NTSC rates and keeps others', () => {
    expect(parseRate('23.98')).toBe(24000 / 1001);
    expect(parseRate('30')).toBe(30);
    expect(parseRate('12.5')).toBe(12.5);
    expect(parseRate('1k')).toBe(1000);
  });

  it('finds no video in an audio-only summary', () => {
    expect(parseVideoInfo('Stream #0:0: Audio: aac, 48000 Hz')).toBeUndefined();
  });
});
