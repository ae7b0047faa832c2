// SQL for sessions, API keys and the sign-in throttle. Only hashes of session tokens and key secrets
// are stored; the plaintext exists in the client's hands alone.
import type { Queryable } from '../../core/db/index.ts';

export interface SessionRecord {
  tokenHash: string;
  memberId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ApiKeyRecord {
  id: number;
  organisationId: number;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdBy: number | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface ApiKeyRow {
  id: number;
  organisation_id: number;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: string[];
  created_by: number | null;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toApiKey = (r: ApiKeyRow): ApiKeyRecord => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  prefix: r.prefix,
  secretHash: r.secret_hash,
  scopes: r.scopes,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export class AuthRepository {
  constructor(private readonly db: Queryable) {}

  async insertSession(tx: Queryable, s: SessionRecord & { ip: string | null; userAgent: string | null }): Promise<void> {
    await tx.query(
      `insert into sessions (token_hash, member_id, created_at, last_seen_at, expires_at, ip, user_agent) values ($1, $2, $3, $4, $5, $6, $7)`,
      [s.tokenHash, s.memberId, s.createdAt, s.lastSeenAt, s.expiresAt, s.ip, s.userAgent?.slice(0, 500) ?? null],
    );
  }

  async findSession(tokenHash: string): Promise<SessionRecord | null> {
    const { rows } = await this.db.query<{ token_hash: string; member_id: number; created_at: Date; last_seen_at: Date; expires_at: Date }>(
      'select token_hash, member_id, created_at, last_seen_at, expires_at from sessions where token_hash = $1',
      [tokenHash],
    );
    const r = rows[0];
    return r ? { tokenHash: r.token_hash, memberId: r.member_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at } : null;
  }

  async touchSession(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.db.query('update sessions set last_seen_at = $2, expires_at = $3 where token_hash = $1', [tokenHash, lastSeenAt, expiresAt]);
  }

  async deleteSession(tokenHash: string, db: Queryable = this.db): Promise<boolean> {
    const { rowCount } = await db.query('delete from sessions where token_hash = $1', [tokenHash]);
    return rowCount > 0;
  }

  async deleteSessionsOf(memberId: number): Promise<number> {
    const { rowCount } = await this.db.query('delete from sessions where member_id = $1', [memberId]);
    return rowCount;
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const { rowCount } = await this.db.query('delete from sessions where expires_at <= $1', [now]);
    return rowCount;
  }

  async insertApiKey(tx: Queryable, k: Omit<ApiKeyRecord, 'id' | 'lastUsedAt' | 'revokedAt'>): Promise<ApiKeyRecord> {
    const { rows } = await tx.query<ApiKeyRow>(
      `insert into api_keys (organisation_id, name, prefix, secret_hash, scopes, created_by, created_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
      [k.organisationId, k.name, k.prefix, k.secretHash, k.scopes, k.createdBy, k.createdAt, k.expiresAt],
    );
    return toApiKey(rows[0]!);
  }

  async findApiKeyByPrefix(prefix: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.db.query<ApiKeyRow>('select * from api_keys where prefix = $1', [prefix]);
    return rows[0] ? toApiKey(rows[0]) : null;
  }

  async getApiKey(organisationId: number, id: number, db: Queryable = this.db): Promise<ApiKeyRecord | null> {
    const { rows } = await db.query<ApiKeyRow>('select * from api_keys where organisation_id = $1 and id = $2', [organisationId, id]);
    return rows[0] ? toApiKey(rows[0]) : null;
  }

  async listApiKeys(organisationId: number): Promise<ApiKeyRecord[]> {
    const { rows } = await this.db.query<ApiKeyRow>('select * from api_keys where organisation_id = $1 order by id', [organisationId]);
    return rows.map(toApiKey);
  }

  async revokeApiKey(tx: Queryable, organisationId: number, id: number, now: Date): Promise<boolean> {
    const { rowCount } = await tx.query('update api_keys set revoked_at = $3 where organisation_id = $1 and id = $2 and revoked_at is null', [organisationId, id, now]);
    return rowCount === 1;
  }

  /** Records use at most once a minute per key, so busy keys do not write on every request. */
  async touchApiKey(id: number, now: Date): Promise<void> {
    await this.db.query(`update api_keys set last_used_at = $2 where id = $1 and (last_used_at is null or last_used_at < $2::timestamptz - interval '1 minute')`, [id, now]);
  }

  async throttleLockedUntil(keys: string[], now: Date): Promise<Date | null> {
    const { rows } = await this.db.query<{ until: Date | null }>('select max(locked_until) as until from login_throttle where key = any($1::text[]) and locked_until > $2', [keys, now]);
    return rows[0]?.until ?? null;
  }

  /** Counts a failed sign-in against a key; locks the key once it reaches maxFailures in the window. */
  async recordFailure(key: string, maxFailures: number, windowMs: number, now: Date): Promise<void> {
    const windowStart = new Date(now.getTime() - windowMs);
    const lockUntil = new Date(now.getTime() + windowMs);
    await this.db.query(
      `insert into login_throttle as t (key, failures, window_started_at, locked_until)
       values ($1, 1, $2, case when 1 >= $4 then $5::timestamptz end)
       on conflict (key) do update set
         failures = case when t.window_started_at < $3 then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at < $3 then $2 else t.window_started_at end,
         locked_until = case when (case when t.window_started_at < $3 then 1 else t.failures + 1 end) >= $4 then $5::timestamptz else t.locked_until end`,
      [key, now, windowStart, maxFailures, lockUntil],
    );
  }

  async clearThrottle(key: string): Promise<void> {
    await this.db.query('delete from login_throttle where key = $1', [key]);
  }
}
