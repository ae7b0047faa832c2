import { describe, expect, it } from 'vitest';
import { EXCHANGE_FORMATS, isExchangeFormatName, type ExchangeFormat } from './index.ts';
import { MD5, PDQ, chunked, collect, join, record, records } from './test-helpers.ts';

describe('EXCHANGE_FORMATS', () => {
  it('lists the four formats under their own names', () => {
    expect(Object.keys(EXCHANGE_FORMATS)).toEqual(['threatexchange-csv', 'local', 'vigil-jsonl', 'tcap-v2']);
    for (const [key, format] of Object.entries(EXCHANGE_FORMATS) as Array<[string, ExchangeFormat]>) {
      expect(format.name).toBe(key);
      expect(format.description.length).toBeGreaterThan(10);
      expect(format.extension).toMatch(/^\.[a-z]+$/);
    }
    expect(isExchangeFormatName('local')).toBe(true);
    expect(isExchangeFormatName('toString')).toBe(false);
  });

  it('round-trips records through every line format', async () => {
    const input = [record({ tags: ['a b', 'c,"d"'], category: 'TRUE_POSITIVE', collab: 'C' }), record({ signalType: 'md5', signal: MD5 })];
    for (const format of Object.values(EXCHANGE_FORMATS)) {
      if (format.kind !== 'lines') continue;
      const text = await join(format.serialize(input));
      const back = records(await collect(format.parse(chunked(text, 5))));
      const expected = format.name === 'local' ? input.map((r) => record({ signalType: r.signalType, signal: r.signal })) : input;
      expect(back, format.name).toEqual(expected);
    }
  });

  it('parses a TCAP page through the registry', () => {
    const format = EXCHANGE_FORMATS['tcap-v2'];
    const page = format.parse({ count: 1, next: null, checkpoint: 'c', results: [{ id: 1, hash_digest: PDQ, algorithm: 'PDQ' }] });
    expect(records(page.rows)).toHaveLength(1);
  });
});
