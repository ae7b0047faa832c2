import { describe, expect, it } from 'vitest';
import { exportSignalType, toVigilSignalType } from './signal-type-names.ts';
import { BASIC_SIGNAL_TYPES, basicSignalValidator } from './signal-validator.ts';
import { MD5, PDQ, PDQ2, SHA256, SHA512, TLSH } from './test-helpers.ts';

const ok = (normalised: string) => ({ ok: true, normalised });

describe('basicSignalValidator', () => {
  it('knows the built-in types and sha512', () => {
    expect([...BASIC_SIGNAL_TYPES].sort()).toEqual(['md5', 'pdq', 'sha256', 'sha512', 'text_sha256', 'text_tlsh', 'vpdq']);
  });

  it('accepts hex digests of the right length, trimmed and lower-cased', () => {
    expect(basicSignalValidator('pdq', ` ${PDQ.toUpperCase()} `)).toEqual(ok(PDQ));
    expect(basicSignalValidator('md5', MD5)).toEqual(ok(MD5));
    expect(basicSignalValidator('sha256', SHA256)).toEqual(ok(SHA256));
    expect(basicSignalValidator('text_sha256', SHA256)).toEqual(ok(SHA256));
    expect(basicSignalValidator('sha512', SHA512.toUpperCase())).toEqual(ok(SHA512));
  });

  it('rejects wrong lengths and non-hex digits', () => {
    for (const [type, value] of [
      ['pdq', PDQ.slice(1)],
      ['pdq', `${PDQ}0`],
      ['pdq', `g${PDQ.slice(1)}`],
      ['md5', SHA256],
      ['sha256', MD5],
      ['sha512', SHA256],
      ['md5', '0x' + MD5.slice(2)],
      ['md5', ''],
    ] as const) {
      expect(basicSignalValidator(type, value)).toMatchObject({ ok: false, code: 'SIGNAL_INVALID' });
    }
  });

  it('accepts TLSH with or without the T1 version and returns T1 and upper-case hex', () => {
    expect(basicSignalValidator('text_tlsh', TLSH.toLowerCase())).toEqual(ok(TLSH));
    expect(basicSignalValidator('text_tlsh', TLSH.slice(2))).toEqual(ok(TLSH));
    expect(basicSignalValidator('text_tlsh', TLSH.slice(3))).toMatchObject({ ok: false, code: 'SIGNAL_INVALID' });
    expect(basicSignalValidator('text_tlsh', `T2${TLSH.slice(2)}`)).toMatchObject({ ok: false, code: 'SIGNAL_INVALID' });
    expect(basicSignalValidator('text_tlsh', 'TNULL')).toMatchObject({ ok: false, code: 'SIGNAL_INVALID' });
  });

  it("accepts python-threatexchange's vPDQ JSON (with json.dumps spacing) and returns Vigil's compact form", () => {
    const python = `["${PDQ.toUpperCase()},100,0.0", "${PDQ2},42,1.5"]`;
    expect(basicSignalValidator('vpdq', python)).toEqual(ok(JSON.stringify([`${PDQ},100,0.000`, `${PDQ2},42,1.500`])));
  });

  it('rejects malformed vPDQ', () => {
    for (const value of ['', '[]', '{}', 'not json', '["x,1,0"]', `["${PDQ},101,0"]`, `["${PDQ},-1,0"]`, `["${PDQ},50,-1"]`, `["${PDQ},50"]`, `[1]`]) {
      expect(basicSignalValidator('vpdq', value)).toMatchObject({ ok: false, code: 'SIGNAL_INVALID' });
    }
  });

  it('reports unknown types as SIGNAL_TYPE_UNKNOWN without echoing long input', () => {
    const result = basicSignalValidator('x'.repeat(10_000), 'abc');
    expect(result).toMatchObject({ ok: false, code: 'SIGNAL_TYPE_UNKNOWN' });
    expect(!result.ok && result.message.length).toBeLessThan(100);
    expect(basicSignalValidator('__proto__', 'abc')).toMatchObject({ ok: false, code: 'SIGNAL_TYPE_UNKNOWN' });
    expect(basicSignalValidator('toString', 'abc')).toMatchObject({ ok: false, code: 'SIGNAL_TYPE_UNKNOWN' });
  });
});

describe('signal type names', () => {
  it("maps python-threatexchange and HMA names onto Vigil's", () => {
    expect(toVigilSignalType('video_md5')).toBe('md5');
    expect(toVigilSignalType(' PHOTO_MD5 ')).toBe('md5');
    expect(toVigilSignalType('video_sha256')).toBe('sha256');
    expect(toVigilSignalType('video_vpdq')).toBe('vpdq');
    expect(toVigilSignalType('tlsh')).toBe('text_tlsh');
    expect(toVigilSignalType('PDQ')).toBe('pdq');
    expect(toVigilSignalType('raw_text')).toBe('raw_text');
    expect(toVigilSignalType('constructor')).toBe('constructor');
  });

  it('writes python-threatexchange names on request', () => {
    expect(exportSignalType('md5', 'python-threatexchange')).toBe('video_md5');
    expect(exportSignalType('sha256', 'python-threatexchange')).toBe('video_sha256');
    expect(exportSignalType('pdq', 'python-threatexchange')).toBe('pdq');
    expect(exportSignalType('md5')).toBe('md5');
  });
});
