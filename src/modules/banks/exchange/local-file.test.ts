import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error.ts';
import { parseLocalFile, toLocalFile } from './local-file.ts';
import { CHUNK_SIZES, MD5, PDQ, PDQ2, SHA256, TLSH, chunked, collect, errors, join, record, records } from './test-helpers.ts';

async function parse(input: string | Uint8Array, size = 1 << 20, options: Parameters<typeof parseLocalFile>[1] = {}) {
  return collect(parseLocalFile(chunked(input, size), options));
}

describe('parseLocalFile', () => {
  it('reads "<signal_type> <signal>" lines, skipping blank lines and comments', async () => {
    const input = `\uFEFF# exported from HMA\r\npdq ${PDQ}\r\n\r\n   \r\n  video_md5   ${MD5.toUpperCase()}  \r\n\t# indented comment\nsha256\t${SHA256}`;
    for (const size of CHUNK_SIZES) {
      expect(await parse(input, size)).toEqual([
        { line: 2, record: record() },
        { line: 5, record: record({ signalType: 'md5', signal: MD5 }) },
        { line: 7, record: record({ signalType: 'sha256', signal: SHA256 }) },
      ]);
    }
  });

  it("reads python-threatexchange's vPDQ, whose JSON has spaces after commas", async () => {
    const rows = await parse(`vpdq ["${PDQ},100,0.000", "${PDQ2},90,1.000"]\n`);
    expect(records(rows)).toEqual([record({ signalType: 'vpdq', signal: JSON.stringify([`${PDQ},100,0.000`, `${PDQ2},90,1.000`]) })]);
  });

  it('reads a file of bare signals when the collaboration names the type', async () => {
    const rows = await parse(`${MD5}\n\n${SHA256}\n`, 1 << 20, { defaultSignalType: 'video_md5' });
    expect(rows).toEqual([
      { line: 1, record: record({ signalType: 'md5', signal: MD5 }) },
      { line: 3, error: { code: 'SIGNAL_INVALID', message: 'a md5 signal is 32 hex digits' } },
    ]);
  });

  it('turns hostile and malformed lines into error rows and keeps the good ones', async () => {
    const input = Buffer.concat([
      Buffer.from(`pdq\n`), // 1 no signal
      Buffer.from(`pdq ${PDQ.slice(1)}\n`), // 2 bad hex
      Buffer.from(`tmk ${PDQ}\n`), // 3 unknown type
      Buffer.from(`pdq ${PDQ} extra\n`), // 4 extra column: part of the signal, so invalid
      Buffer.from(`text_tlsh ${TLSH}\n`), // 5 good
      Buffer.from(`pdq ${PDQ.slice(0, 10)}`),
      Buffer.from([0x00]),
      Buffer.from(`${PDQ.slice(11)}\n`), // 6 NUL
      Buffer.from([0x70, 0x64, 0x71, 0x20, 0xc0, 0xaf, 0x0a]), // 7 overlong UTF-8
      Buffer.from(`pdq ${'a'.repeat(70_000)}\n`), // 8 huge
      Buffer.from(`pdq ${PDQ}`), // 9 good, no final newline
    ]);
    for (const size of [1, 3, 4096, 1 << 20]) {
      const rows = await parse(input, size);
      expect(errors(rows)).toEqual([
        { line: 1, code: 'VALIDATION_FAILED' },
        { line: 2, code: 'SIGNAL_INVALID' },
        { line: 3, code: 'SIGNAL_TYPE_UNKNOWN' },
        { line: 4, code: 'SIGNAL_INVALID' },
        { line: 6, code: 'VALIDATION_FAILED' },
        { line: 7, code: 'VALIDATION_FAILED' },
        { line: 8, code: 'VALIDATION_FAILED' },
      ]);
      expect(rows.filter((r) => 'record' in r).map((r) => r.line)).toEqual([5, 9]);
    }
  });

  it('accepts longer lines when asked, for long vPDQ signals', async () => {
    const frames = Array.from({ length: 1000 }, (_, i) => `${PDQ},100,${i}.000`);
    const line = `vpdq ${JSON.stringify(frames)}\n`;
    expect(errors(await parse(line))).toEqual([{ line: 1, code: 'VALIDATION_FAILED' }]);
    expect(records(await parse(line, 1 << 16, { maxLineBytes: 1 << 20 }))).toHaveLength(1);
  });
});

describe('toLocalFile', () => {
  it('writes one "<type> <signal>" line per record and leaves tombstones out', async () => {
    const text = await join(
      toLocalFile([record(), record({ signalType: 'md5', signal: MD5, deleted: true }), record({ signalType: 'md5', signal: MD5 })], {
        signalTypeNames: 'python-threatexchange',
      }),
    );
    expect(text).toBe(`pdq ${PDQ}\nvideo_md5 ${MD5}\n`);
  });

  it('round-trips the signal type and value (the format has nothing else)', async () => {
    const input = [
      record(),
      record({ signalType: 'md5', signal: MD5 }),
      record({ signalType: 'text_tlsh', signal: TLSH }),
      record({ signalType: 'vpdq', signal: JSON.stringify([`${PDQ},100,0.000`]) }),
    ];
    const text = await join(toLocalFile(input));
    expect(records(await parse(text))).toEqual(input);
    const withMetadata = record({ tags: ['dropped'], category: 'TRUE_POSITIVE', collab: 'C', sourceId: '1', metadata: { a: 1 } });
    expect(records(await parse(await join(toLocalFile([withMetadata]))))).toEqual([record()]);
  });

  it('refuses values the format cannot hold', async () => {
    await expect(join(toLocalFile([record({ signalType: 'two words' })]))).rejects.toBeInstanceOf(ExchangeError);
    await expect(join(toLocalFile([record({ signal: 'a\nb' })]))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
