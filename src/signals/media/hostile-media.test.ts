// Hostile and broken uploads, generated here, must be refused with the stable error codes.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignalError, type SignalErrorCode } from '../errors.ts';
import { hashMedia, hashText } from '../hash-media.ts';
import { referenceDataDir } from '../reference-data.ts';
import { defaultRegistry } from '../registry.ts';
import type { MediaLimits } from './limits.ts';
import { safeInputArgs } from './ffmpeg.ts';

let dir: string;
const video = join(referenceDataDir(), 'vpdq', 'videos', 'doorknob-hd-no-bar.mp4');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
/** A well-formed PNG header that claims width × height, with a tiny (bomb-like) pixel stream. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function expectCode(work: Promise<unknown>, code: SignalErrorCode): Promise<void> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignalError);
  expect((error as SignalError).code).toBe(code);
}

const hashPath = (path: string, signals: string[], limits: Partial<MediaLimits> = {}) => hashMedia({ path }, signals, { limits });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('refused media', () => {
  it('MEDIA_EMPTY: a zero-byte file or buffer', async () => {
    await expectCode(hashPath(await file('empty.jpg', ''), ['pdq', 'md5']), 'MEDIA_EMPTY');
    await expectCode(hashMedia({ bytes: new Uint8Array(0) }, ['sha256']), 'MEDIA_EMPTY');
  });

  it('MEDIA_TOO_LARGE: more bytes than the limit', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    await expectCode(hashPath(await file('big.jpg', jpeg), ['pdq'], { maxBytes: 100 }), 'MEDIA_TOO_LARGE');
    await expectCode(hashMedia({ bytes: jpeg }, ['md5'], { limits: { maxBytes: 100 } }), 'MEDIA_TOO_LARGE');
  });

  it('MEDIA_DIMENSIONS_TOO_LARGE: a PNG header claiming 100000×100000', async () => {
    await expectCode(hashPath(await file('bomb.png', pngClaiming(100_000, 100_000)), ['pdq']), 'MEDIA_DIMENSIONS_TOO_LARGE');
  });

  it('MEDIA_DIMENSIONS_TOO_LARGE: a small file that decodes to too many pixels', async () => {
    const png = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: '#000000' } }).png().toBuffer();
    expect(png.length).toBeLessThan(100_000);
    await expectCode(hashPath(await file('flat.png', png), ['pdq'], { maxPixels: 1_000_000 }), 'MEDIA_DIMENSIONS_TOO_LARGE');
    await expectCode(hashPath(await file('wide.png', png), ['pdq'], { maxDimension: 2000 }), 'MEDIA_DIMENSIONS_TOO_LARGE');
  });

  it('MEDIA_DIMENSIONS_TOO_LARGE: video frames over the pixel limit', async () => {
    await expectCode(hashPath(video, ['vpdq'], { maxPixels: 1000 }), 'MEDIA_DIMENSIONS_TOO_LARGE');
  });

  it('MEDIA_UNSUPPORTED: text named .jpg, SVG named .png, an HLS playlist named .mp4', async () => {
    await expectCode(hashPath(await file('text.jpg', 'this is not an image\n'.repeat(20)), ['pdq', 'md5']), 'MEDIA_UNSUPPORTED');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://127.0.0.1:9/x.png"/></svg>';
    await expectCode(hashPath(await file('image.png', svg), ['pdq']), 'MEDIA_UNSUPPORTED');
    const playlist = '#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://127.0.0.1:9/segment.ts\n#EXT-X-ENDLIST\n';
    await expectCode(hashPath(await file('video.mp4', playlist), ['vpdq']), 'MEDIA_UNSUPPORTED');
    const concat = "ffconcat version 1.0\nfile 'file:/etc/passwd'\n";
    await expectCode(hashPath(await file('list.mp4', concat), ['vpdq']), 'MEDIA_UNSUPPORTED');
  });

  it('MEDIA_UNSUPPORTED: no requested signal applies, or not a regular file', async () => {
    await expectCode(hashPath(video, ['pdq']), 'MEDIA_UNSUPPORTED');
    await expectCode(hashPath(dir, ['md5']), 'MEDIA_UNSUPPORTED');
    await expectCode(hashText('short', ['pdq']), 'MEDIA_UNSUPPORTED');
  });

  it('MEDIA_CORRUPT: a truncated JPEG and a PNG with damaged pixel data', async () => {
    const noise = Buffer.from(Array.from({ length: 200 * 200 * 3 }, (_, i) => (i * 7919) % 251));
    const jpeg = await sharp(noise, { raw: { width: 200, height: 200, channels: 3 } }).jpeg().toBuffer();
    await expectCode(hashPath(await file('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6))), ['pdq']), 'MEDIA_CORRUPT');
    const png = await sharp(noise, { raw: { width: 200, height: 200, channels: 3 } }).png().toBuffer();
    const damaged = Buffer.from(png);
    for (let i = 100; i < damaged.length - 20; i += 97) damaged[i] = damaged[i]! ^ 0x5a;
    await expectCode(hashPath(await file('damaged.png', damaged), ['pdq']), 'MEDIA_CORRUPT');
  });

  it('MEDIA_CORRUPT: a truncated MP4 and an MP4 header with garbage', async () => {
    const mp4 = await readFile(video);
    await expectCode(hashPath(await file('cut.mp4', mp4.subarray(0, 150_000)), ['vpdq']), 'MEDIA_CORRUPT');
    const garbage = Buffer.concat([mp4.subarray(0, 32), Buffer.alloc(4096, 0x41)]);
    await expectCode(hashPath(await file('garbage.mp4', garbage), ['vpdq']), 'MEDIA_CORRUPT');
  });

  it('MEDIA_TOO_LONG: over the duration limit, or more frames than allowed', async () => {
    await expectCode(hashPath(video, ['vpdq'], { maxVideoSeconds: 2 }), 'MEDIA_TOO_LONG');
    await expectCode(
      hashMedia({ path: video }, ['vpdq'], { limits: { maxVideoFrames: 10 }, signalOptions: { vpdq: { secondsPerHash: 0 } } }),
      'MEDIA_TOO_LONG',
    );
  });

  it('MEDIA_DECODE_TIMEOUT: decoding past the wall-clock budget', async () => {
    await expectCode(hashPath(video, ['vpdq'], { timeoutMs: 30 }), 'MEDIA_DECODE_TIMEOUT');
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    await expectCode(hashPath(await file('slow.jpg', big), ['pdq'], { timeoutMs: 1 }), 'MEDIA_DECODE_TIMEOUT');
  });

  it('SIGNAL_TYPE_UNKNOWN and SIGNAL_INVALID', async () => {
    await expectCode(hashPath(video, ['md5', 'nope']), 'SIGNAL_TYPE_UNKNOWN');
    expect(() => defaultRegistry.get('nope')).toThrow(expect.objectContaining({ code: 'SIGNAL_TYPE_UNKNOWN' }));
    expect(() => defaultRegistry.validate('pdq', 'zz')).toThrow(expect.objectContaining({ code: 'SIGNAL_INVALID' }));
  });
});

describe('ffmpeg confinement', () => {
  it('reads input only through the file protocol and a forced demuxer', () => {
    expect(safeInputArgs('/tmp/a:b.mp4', 'mov')).toEqual(['-protocol_whitelist', 'file', '-f', 'mov', '-i', 'file:/tmp/a:b.mp4']);
  });

  it('refuses a configured ffmpeg that does not exist, as a deployment error', async () => {
    const error = await hashMedia({ path: video }, ['vpdq'], { ffmpegPath: join(dir, 'no-ffmpeg') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SignalError);
  });
});
