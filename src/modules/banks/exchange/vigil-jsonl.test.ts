import { describe, expect, it } from 'vitest';
import type { ExchangeRecord } from './exchange-record.ts';
import { CHUNK_SIZES, MD5, PDQ, SHA512, chunked, collect, errors, join, record, records } from './test-helpers.ts';
import { parseVigilJsonl, toVigilJsonl } from './vigil-jsonl.ts';

async function parse(input: string | Uint8Array, size = 1 << 20) {
  return collect(parseVigilJsonl(chunked(input, size)));
}

describe('parseVigilJsonl', () => {
  it('reads one record per line and fills in defaults', async () => {
    const input = `{"signalType":"pdq","signal":"${PDQ.toUpperCase()}"}\n\n{"signalType":"video_md5","signal":"${MD5}","tags":["a","a","b"],"deleted":true,"sourceId":"42","future":"ignored"}\n`;
    for (const size of CHUNK_SIZES) {
      expect(await parse(input, size)).toEqual([
        { line: 1, record: record() },
        { line: 3, record: record({ signalType: 'md5', signal: MD5, tags: ['a', 'b'], deleted: true, sourceId: '42' }) },
      ]);
    }
  });

  it('turns malformed lines into error rows with reasons', async () => {
    const lines = [
      'not json', // 1
      '[1,2]', // 2
      `{"signal":"${PDQ}"}`, // 3 no type
      `{"signalType":"pdq","signal":"${PDQ}","tags":"a b"}`, // 4 tags not an array
      `{"signalType":"pdq","signal":"${PDQ}","metadata":[]}`, // 5
      `{"signalType":"pdq","signal":"abc"}`, // 6 bad hex
      `{"signalType":"tmk","signal":"abc"}`, // 7 unknown
      `{"signalType":"pdq","signal":"${PDQ}","metadata":{"a":"x\\u0000y"}}`, // 8 NUL inside metadata
      `{"signalType":"pdq","signal":"${PDQ}","category":"\\ud800"}`, // 9 lone surrogate
      `{"signalType":"pdq","signal":"${PDQ}","tags":["${'t'.repeat(300)}"]}`, // 10 tag too long
      `{"signalType":"pdq","signal":"${PDQ}"}`, // 11 good
    ];
    const rows = await parse(lines.join('\n'));
    expect(errors(rows)).toEqual([
      { line: 1, code: 'VALIDATION_FAILED' },
      { line: 2, code: 'VALIDATION_FAILED' },
      { line: 3, code: 'VALIDATION_FAILED' },
      { line: 4, code: 'VALIDATION_FAILED' },
      { line: 5, code: 'VALIDATION_FAILED' },
      { line: 6, code: 'SIGNAL_INVALID' },
      { line: 7, code: 'SIGNAL_TYPE_UNKNOWN' },
      { line: 8, code: 'VALIDATION_FAILED' },
      { line: 9, code: 'VALIDATION_FAILED' },
      { line: 10, code: 'VALIDATION_FAILED' },
    ]);
    expect(rows.at(-1)).toEqual({ line: 11, record: record() });
    expect(rows[3]).toEqual({ line: 4, error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/^tags: /) } });
  });

  it('drops __proto__ keys so metadata cannot pollute prototypes', async () => {
    const rows = await parse(`{"signalType":"pdq","signal":"${PDQ}","metadata":{"__proto__":{"polluted":true},"ok":{"__proto__":1,"b":2}}}\n`);
    const [r] = records(rows);
    expect(r?.metadata).toEqual({ ok: { b: 2 } });
    expect(Object.getPrototypeOf(r?.metadata)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles BOM, CRLF, invalid UTF-8 and huge lines', async () => {
    const input = Buffer.concat([
      Buffer.from(`\uFEFF{"signalType":"pdq","signal":"${PDQ}"}\r\n`),
      Buffer.from([0x7b, 0xff, 0x7d, 0x0d, 0x0a]),
      Buffer.from(`{"signalType":"pdq","signal":"${PDQ}","category":"${'c'.repeat(70_000)}"}\r\n`),
      Buffer.from(`{"signalType":"pdq","signal":"${PDQ}"}\r\n`),
    ]);
    for (const size of [1, 100, 1 << 20]) {
      const rows = await parse(input, size);
      expect(rows.map((r) => ('record' in r ? r.line : `${r.line}:${r.error.message}`))).toEqual([
        1,
        '2:the line is not valid UTF-8',
        '3:the line is longer than 65536 bytes',
        4,
      ]);
    }
  });
});

describe('toVigilJsonl', () => {
  it('round-trips every field, tombstones and metadata included', async () => {
    const input: ExchangeRecord[] = [
      record({
        category: 'a,b "c"\r\nd ☃',
        tags: ['x,y', '"q"', 'two words', 'line\nbreak', 'ünï𝄞'],
        collab: 'Café',
        sourceId: '123',
        metadata: { tcap: { id: 123, ideology: 'islamist' }, list: [1, 'two', null, true], text: 'line\u2028sep' },
      }),
      record({ signalType: 'md5', signal: MD5, deleted: true, sourceId: '9' }),
      record({ signalType: 'sha512', signal: SHA512 }),
    ];
    const text = await join(toVigilJsonl(input));
    expect(text.split('\n')).toHaveLength(4);
    for (const size of [1, 9, 1 << 20]) expect(records(await parse(text, size))).toEqual(input);
  });

  it('writes the documented shape', async () => {
    expect(await join(toVigilJsonl([record()]))).toBe(
      `{"signalType":"pdq","signal":"${PDQ}","category":null,"tags":[],"collab":null,"sourceId":null,"deleted":false,"metadata":{}}\n`,
    );
  });
});
