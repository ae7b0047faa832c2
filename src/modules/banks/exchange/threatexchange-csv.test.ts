import { describe, expect, it } from 'vitest';
import { parseCsvRecord } from './csv-fields.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import type { SignalValidator } from './signal-validator.ts';
import { CHUNK_SIZES, MD5, PDQ, chunked, collect, errors, join, record, records } from './test-helpers.ts';
import { decodeTag, encodeTag, parseThreatExchangeCsv, toThreatExchangeCsv } from './threatexchange-csv.ts';

async function parse(input: string | Uint8Array, size = 1 << 20, options: Parameters<typeof parseThreatExchangeCsv>[1] = {}) {
  return collect(parseThreatExchangeCsv(chunked(input, size), options));
}

// Written by Python's csv.DictWriter exactly as `threatexchange dataset -P --csv` sets it up.
const FROM_PYTHON =
  'signal_type,signal_str,collab,category,tags\r\n' +
  `pdq,${PDQ},"Sample, ""quoted"" collab",TRUE_POSITIVE,media_type_photo é☃\r\n` +
  `video_md5,${MD5},"multi\nline",WORTH_INVESTIGATING,\r\n` +
  `pdq,${PDQ},x,=cmd|' /C calc'!A0,a\r\n`;

describe('parseThreatExchangeCsv', () => {
  it("reads python-threatexchange's output in any chunking", async () => {
    for (const size of CHUNK_SIZES) {
      const rows = await parse(FROM_PYTHON, size);
      expect(rows).toEqual([
        {
          line: 2,
          record: record({ collab: 'Sample, "quoted" collab', category: 'TRUE_POSITIVE', tags: ['media_type_photo', 'é☃'] }),
        },
        { line: 3, record: record({ signalType: 'md5', signal: MD5, collab: 'multi\nline', category: 'WORTH_INVESTIGATING' }) },
        // Spreadsheet formulas are data here: kept as they are, never evaluated.
        { line: 5, record: record({ collab: 'x', category: "=cmd|' /C calc'!A0", tags: ['a'] }) },
      ]);
    }
  });

  it('follows the header for the column order (older releases put collab first) and ignores unknown columns', async () => {
    const old = `collab,signal_type,signal_str,category,tags\nC,pdq,${PDQ},TRUE_POSITIVE,t\n`;
    expect(records(await parse(old))).toEqual([record({ collab: 'C', category: 'TRUE_POSITIVE', tags: ['t'] })]);
    const extra = `Signal_Type , signal_str,note\npdq,${PDQ},hello\n`;
    expect(records(await parse(extra))).toEqual([record()]);
  });

  it('reads a file without a header in the current column order', async () => {
    expect(await parse(`pdq,${PDQ},,,\n`)).toEqual([{ line: 1, record: record() }]);
  });

  it('turns bad rows into error rows with their line numbers and keeps the good ones', async () => {
    const input = [
      'signal_type,signal_str,collab,category,tags', // 1
      `pdq,${PDQ},,,`, // 2 good
      `pdq,${PDQ.slice(2)},,,`, // 3 bad hex
      `raw_text,hello,,,`, // 4 unknown type
      '', // 5 blank: skipped
      `pdq,${PDQ},,`, // 6 missing column
      `pdq,${PDQ},,,,`, // 7 extra column
      `,${PDQ},,,`, // 8 no signal type
      `pdq,,,,`, // 9 no signal
      `pdq,"${PDQ}"x,,,`, // 10 text after a closing quote
      `pdq,ab"c,,,`, // 11 stray quote
      `video_md5,${MD5.toUpperCase()},,,`, // 12 good, alias and upper case
      `pdq,${PDQ},"unterminated,,`, // 13 runs to the end of the file
      'more',
    ].join('\n');
    for (const size of CHUNK_SIZES) {
      const rows = await parse(input, size);
      expect(errors(rows)).toEqual([
        { line: 3, code: 'SIGNAL_INVALID' },
        { line: 4, code: 'SIGNAL_TYPE_UNKNOWN' },
        { line: 6, code: 'VALIDATION_FAILED' },
        { line: 7, code: 'VALIDATION_FAILED' },
        { line: 8, code: 'VALIDATION_FAILED' },
        { line: 9, code: 'VALIDATION_FAILED' },
        { line: 10, code: 'VALIDATION_FAILED' },
        { line: 11, code: 'VALIDATION_FAILED' },
        { line: 13, code: 'VALIDATION_FAILED' },
      ]);
      expect(rows.filter((r) => 'record' in r).map((r) => r.line)).toEqual([2, 12]);
      expect(records(rows)[1]).toEqual(record({ signalType: 'md5', signal: MD5 }));
    }
  });

  it('says what is wrong', async () => {
    const rows = await parse(`pdq,${PDQ},,\n`);
    expect(rows[0]).toEqual({ line: 1, error: { code: 'VALIDATION_FAILED', message: 'expected 5 fields, found 4' } });
  });

  it('handles BOM, CRLF, NUL bytes, invalid UTF-8 and huge lines', async () => {
    const input = Buffer.concat([
      Buffer.from(`\uFEFFsignal_type,signal_str,collab,category,tags\r\npdq,${PDQ},,,\r\n`),
      Buffer.from(`pdq,${PDQ},a\u0000b,,\r\n`),
      Buffer.from(`pdq,${PDQ},`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(',,\r\n'),
      Buffer.from(`pdq,${PDQ},${'c'.repeat(70_000)},,\r\n`),
      Buffer.from(`pdq,${PDQ},,,tag\r\n`),
    ]);
    for (const size of [1, 7, 4096, 1 << 20]) {
      const rows = await parse(input, size);
      expect(rows.map((r) => ('record' in r ? r.line : `${r.line}:${r.error.message}`))).toEqual([
        2,
        '3:the collab contains a NUL character',
        '4:the line is not valid UTF-8',
        '5:the line is longer than 65536 bytes',
        6,
      ]);
    }
  });

  it('uses the injected validator', async () => {
    const seen: string[] = [];
    const validator: SignalValidator = (type, value) => {
      seen.push(type);
      return type === 'md5' ? { ok: true, normalised: `v:${value}` } : { ok: false, code: 'SIGNAL_TYPE_UNKNOWN', message: 'no' };
    };
    const rows = await parse(`video_md5,abc,,,\npdq,${PDQ},,,\n`, 1 << 20, { validator });
    expect(seen).toEqual(['md5', 'pdq']);
    expect(rows[0]).toMatchObject({ record: { signalType: 'md5', signal: 'v:abc' } });
    expect(rows[1]).toMatchObject({ error: { code: 'SIGNAL_TYPE_UNKNOWN' } });
    const throwing: SignalValidator = () => {
      throw new Error('registry says no');
    };
    expect(await parse(`pdq,${PDQ},,,\n`, 1 << 20, { validator: throwing })).toEqual([
      { line: 1, error: { code: 'SIGNAL_INVALID', message: 'registry says no' } },
    ]);
  });
});

describe('toThreatExchangeCsv', () => {
  it('writes what Python csv.DictWriter writes', async () => {
    const input: ExchangeRecord[] = [
      record({ collab: 'Sample, "quoted" collab', category: 'TRUE_POSITIVE', tags: ['media_type_photo', 'é☃'] }),
      record({ signalType: 'md5', signal: MD5, collab: 'multi\nline', category: 'WORTH_INVESTIGATING' }),
      record({ collab: 'x', category: "=cmd|' /C calc'!A0", tags: ['a'] }),
    ];
    expect(await join(toThreatExchangeCsv(input, { signalTypeNames: 'python-threatexchange' }))).toBe(FROM_PYTHON);
  });

  it('leaves tombstones out and writes only the header for no records', async () => {
    expect(await join(toThreatExchangeCsv([record({ deleted: true })]))).toBe('signal_type,signal_str,collab,category,tags\r\n');
  });

  it('round-trips commas, quotes, newlines, whitespace, percent signs and unicode', async () => {
    const input: ExchangeRecord[] = [
      record({ category: 'a,b "c"\r\nd', tags: ['x,y', '"q"', 'two words', 'line\nbreak', '100%', '%20', 'ünï☃𝄞', 'tab\there', '\u3000wide'], collab: 'Café, "Collab"\n2' }),
      record({ signalType: 'md5', signal: MD5, category: null, tags: [], collab: null }),
      record({ signalType: 'text_tlsh', signal: 'T1' + 'A'.repeat(70), category: 'TRUE_POSITIVE' }),
    ];
    for (const size of [1, 5, 1 << 20]) {
      const text = await join(toThreatExchangeCsv(input));
      expect(records(await parse(text, size))).toEqual(input);
    }
  });
});

describe('round trip of generated records', () => {
  it('survives any mix of separators, quotes, line breaks and unicode, in any chunking', async () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'Z', '0', ',', '"', '""', '\r', '\n', '\r\n', ' ', '\t', '%', '%20', 'é', '☃', '𝄞', 'ش', '=', "'"];
    const text = (max: number): string => Array.from({ length: 1 + random(max) }, () => alphabet[random(alphabet.length)]).join('');
    const input: ExchangeRecord[] = Array.from({ length: 300 }, () =>
      record({
        category: random(4) === 0 ? null : `c${text(12)}`,
        collab: random(4) === 0 ? null : `k${text(12)}`,
        tags: [...new Set(Array.from({ length: random(5) }, () => text(8)))],
      }),
    );
    const csv = await join(toThreatExchangeCsv(input));
    for (const size of [1, 2, 13, 4096]) {
      const rows = await parse(csv, size);
      expect(errors(rows)).toEqual([]);
      expect(records(rows)).toEqual(input);
    }
  });
});

describe('tags and fields', () => {
  it('encodes only whitespace and percent signs in tags, and decodes only that', () => {
    expect(encodeTag('media_type_photo')).toBe('media_type_photo');
    expect(encodeTag('a b%c\nd')).toBe('a%20b%25c%0Ad');
    expect(decodeTag('a%20b%25c%0Ad')).toBe('a b%c\nd');
    expect(decodeTag('caf%C3%A9')).toBe('caf%C3%A9'); // not something encodeTag writes
    expect(decodeTag('%zz')).toBe('%zz');
  });

  it('parses RFC 4180 records', () => {
    expect(parseCsvRecord('a,"b,c","d""e",,"",f')).toEqual({ ok: true, fields: ['a', 'b,c', 'd"e', '', '', 'f'] });
    expect(parseCsvRecord('')).toEqual({ ok: true, fields: [''] });
    expect(parseCsvRecord('a,')).toEqual({ ok: true, fields: ['a', ''] });
    expect(parseCsvRecord('"a')).toMatchObject({ ok: false });
  });
});
