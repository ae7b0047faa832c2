// The platform feed's cursor: for each platform, the last sequence number the reader has seen. Each
// platform's sequence is gapless and becomes visible in order (see migration 0011), so "after this
// number, per platform" can neither skip nor repeat an event. Clients treat the cursor as opaque:
// base64url of {"v":1,"p":{"<platformId>":<seq>}}. Pure.
import { AppError } from '../../core/errors/app-error.ts';

export type FeedPosition = ReadonlyMap<number, number>;

const MAX_CURSOR_LENGTH = 8192;

export function encodeFeedCursor(position: FeedPosition): string {
  const p: Record<string, number> = {};
  for (const [platformId, seq] of [...position.entries()].sort((a, b) => a[0] - b[0])) if (seq > 0) p[String(platformId)] = seq;
  return Buffer.from(JSON.stringify({ v: 1, p }), 'utf8').toString('base64url');
}

/** The position a cursor stands for; an empty position for none. FEED_CURSOR_INVALID when malformed. */
export function decodeFeedCursor(cursor: string | null | undefined): Map<number, number> {
  const position = new Map<number, number>();
  if (cursor === null || cursor === undefined || cursor === '') return position;
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new AppError('FEED_CURSOR_INVALID');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('FEED_CURSOR_INVALID');
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== 1) throw new AppError('FEED_CURSOR_INVALID');
  const p = (parsed as { p?: unknown }).p;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new AppError('FEED_CURSOR_INVALID');
  for (const [key, value] of Object.entries(p)) {
    if (!/^[1-9]\d{0,15}$/.test(key) || !Number.isSafeInteger(value) || (value as number) < 0) throw new AppError('FEED_CURSOR_INVALID');
    position.set(Number(key), value as number);
  }
  return position;
}
