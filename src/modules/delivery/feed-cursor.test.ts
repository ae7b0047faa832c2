import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.ts';

describe('feed cursor', () => {
  it('round-trips a position and is URL-safe', () => {
    const cursor = encodeFeedCursor(new Map([[12, 40], [3, 7]]));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...decodeFeedCursor(cursor)].sort((a, b) => a[0] - b[0])).toEqual([[3, 7], [12, 40]]);
    // The same position gives the same cursor whatever the insertion order.
    expect(encodeFeedCursor(new Map([[3, 7], [12, 40]]))).toBe(cursor);
  });

  it('reads no cursor as the beginning', () => {
    expect(decodeFeedCursor(undefined).size).toBe(0);
    expect(decodeFeedCursor('').size).toBe(0);
    expect(decodeFeedCursor(encodeFeedCursor(new Map())).size).toBe(0);
  });

  it('refuses malformed cursors with FEED_CURSOR_INVALID', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of ['not a cursor!', 'e30', b64({ v: 2, p: {} }), b64({ v: 1, p: [] }), b64({ v: 1, p: { x: 1 } }), b64({ v: 1, p: { '1': -1 } }), b64({ v: 1, p: { '1': 1.5 } }), b64({ v: 1, p: { '01': 1 } }), Buffer.from('{').toString('base64url'), 'A'.repeat(9000)]) {
      expect(() => decodeFeedCursor(bad), bad).toThrow(expect.objectContaining({ code: 'FEED_CURSOR_INVALID' }));
    }
  });
});
