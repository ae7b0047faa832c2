import { describe, expect, it } from 'vitest';
import { ExchangeError } from './exchange-error.ts';
import { parseTcapPage } from './tcap-page.ts';
import { MD5, PDQ, SHA256, SHA512, errors, records } from './test-helpers.ts';

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 101,
    hash_digest: PDQ,
    algorithm: 'PDQ',
    ideology: 'islamist',
    file_type: 'jpg',
    deleted: false,
    created_on: '2024-01-01T05:00:00Z',
    updated_on: '2024-01-02T05:00:00Z',
    ...overrides,
  };
}

describe('parseTcapPage', () => {
  it('maps entries to records: algorithm to signal type, ideology and file type to tags, the rest to metadata', () => {
    const page = parseTcapPage({
      count: 4,
      next: 'https://tcap.example/api/hash-list/v2/all?after=1704085200,104',
      previous: null,
      checkpoint: '1704085200,104',
      results: [
        entry(),
        entry({ id: 102, algorithm: 'MD5', hash_digest: MD5.toUpperCase(), file_type: 'mp4' }),
        entry({ id: 103, algorithm: 'sha256', hash_digest: SHA256, ideology: null, file_type: null }),
        entry({ id: '104', algorithm: 'SHA512', hash_digest: SHA512, deleted: true }),
      ],
    });
    expect(page.next).toBe('https://tcap.example/api/hash-list/v2/all?after=1704085200,104');
    expect(page.checkpoint).toBe('1704085200,104');
    expect(page.count).toBe(4);
    expect(page.rows[0]).toEqual({
      line: 1,
      record: {
        signalType: 'pdq',
        signal: PDQ,
        category: null,
        tags: ['ideology:islamist', 'file_type:jpg'],
        collab: null,
        sourceId: '101',
        deleted: false,
        metadata: {
          tcap: { id: 101, algorithm: 'PDQ', ideology: 'islamist', file_type: 'jpg', created_on: '2024-01-01T05:00:00Z', updated_on: '2024-01-02T05:00:00Z' },
        },
      },
    });
    const [, md5, sha256, sha512] = records(page.rows);
    expect(md5).toMatchObject({ signalType: 'md5', signal: MD5, tags: ['ideology:islamist', 'file_type:mp4'] });
    expect(sha256).toMatchObject({ signalType: 'sha256', tags: [], sourceId: '103' });
    expect(sha512).toMatchObject({ signalType: 'sha512', signal: SHA512, deleted: true, sourceId: '104' });
  });

  it('turns bad entries into error rows at their position and keeps the rest', () => {
    const page = parseTcapPage({
      count: 5,
      next: null,
      checkpoint: null,
      results: [entry({ algorithm: 'TMK' }), entry({ hash_digest: 'xyz' }), 'not an object', entry({ id: undefined }), entry()],
    });
    expect(errors(page.rows)).toEqual([
      { line: 1, code: 'SIGNAL_TYPE_UNKNOWN' },
      { line: 2, code: 'SIGNAL_INVALID' },
      { line: 3, code: 'VALIDATION_FAILED' },
      { line: 4, code: 'VALIDATION_FAILED' },
    ]);
    expect(records(page.rows)).toHaveLength(1);
    expect(page.rows[3]).toMatchObject({ error: { message: expect.stringContaining('id') } });
  });

  it('tolerates a page without count, previous or checkpoint', () => {
    expect(parseTcapPage({ next: null, results: [] })).toEqual({ rows: [], next: null, checkpoint: null, count: 0 });
  });

  it('throws VALIDATION_FAILED for something that is not a page', () => {
    for (const json of [null, [], 'page', { count: 1 }, { results: {} }, { results: [], next: 5 }, { results: [], count: -1 }]) {
      expect(() => parseTcapPage(json)).toThrow(ExchangeError);
      try {
        parseTcapPage(json);
      } catch (error) {
        expect((error as ExchangeError).code).toBe('VALIDATION_FAILED');
      }
    }
  });
});
