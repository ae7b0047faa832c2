import type { Queryable } from '../../core/db/index.ts';

export class SetupRepository {
  constructor(private readonly db: Queryable) {}

  async anyOrganisation(): Promise<boolean> {
    const { rows } = await this.db.query<{ present: boolean }>('select exists (select 1 from organisations) as present');
    return rows[0]?.present ?? false;
  }

  async insertToken(tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db.query('insert into setup_tokens (token_hash, created_at, expires_at) values ($1, $2, $3)', [tokenHash, now, expiresAt]);
  }

  async consumeToken(tokenHash: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.db.query('delete from setup_tokens where token_hash = $1 and expires_at > $2', [tokenHash, now]);
    return rowCount === 1;
  }

  async deleteAllTokens(): Promise<void> {
    await this.db.query('delete from setup_tokens');
  }
}
