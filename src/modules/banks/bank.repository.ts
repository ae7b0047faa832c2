// SQL for banks, their shares, entries and signals. Reads on a caller's behalf return only banks the
// caller's organisation owns or that are shared with it. Writes that a matcher must see run under
// the bank-change lock and stamp signals with the next change_seq.
import type { Queryable } from '../../core/db/index.ts';
import type { Bank, BankAccess, BankContent, BankShare, BankSignal, EntryMatchCount, MatchableBank, SignalChange } from './bank.model.ts';

const BANK_CHANGE_LOCK = 7_203_811_456;

interface BankRow {
  id: number;
  organisation_id: number;
  name: string;
  description: string;
  enabled: boolean;
  is_negative: boolean;
  pdq_threshold: number | null;
  created_at: Date;
  updated_at: Date;
  access?: BankAccess;
}

const toBank = (r: BankRow): Bank => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  description: r.description,
  enabled: r.enabled,
  isNegative: r.is_negative,
  pdqThreshold: r.pdq_threshold,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ...(r.access ? { access: r.access } : {}),
});

interface ContentRow {
  id: number;
  bank_id: number;
  note: string;
  category: string | null;
  tags: string[];
  metadata: Record<string, unknown>;
  source: string | null;
  source_id: string | null;
  enabled: boolean;
  disabled_until: Date | null;
  quarantined_at: Date | null;
  quarantine_reason: string | null;
  created_at: Date;
  updated_at: Date;
  signals: Array<{ id: number; signal_type: string; value: string; quality: number | null }> | null;
}

const toContent = (r: ContentRow): BankContent => ({
  id: r.id,
  bankId: r.bank_id,
  note: r.note,
  category: r.category,
  tags: r.tags,
  metadata: r.metadata,
  source: r.source,
  sourceId: r.source_id,
  enabled: r.enabled,
  disabledUntil: r.disabled_until,
  quarantinedAt: r.quarantined_at,
  quarantineReason: r.quarantine_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  signals: (r.signals ?? []).map((s): BankSignal => ({ id: s.id, signalType: s.signal_type, value: s.value, quality: s.quality })),
});

/** The caller's access to a bank: owner, a share, or none (the row is not visible). */
const ACCESS_SQL = `case when b.organisation_id = $1 then 'owner' else s.access end`;
const VISIBLE_SQL = `(b.organisation_id = $1 or s.organisation_id is not null) and b.deleted_at is null`;

const CONTENT_SELECT = `
  select c.*, (
    select json_agg(json_build_object('id', g.id, 'signal_type', g.signal_type, 'value', g.value, 'quality', g.quality) order by g.id)
      from bank_signals g where g.content_id = c.id and g.deleted_at is null
  ) as signals
  from bank_contents c`;

export class BankRepository {
  constructor(private readonly db: Queryable) {}

  /** Serialises bank changes so that change_seq order is commit order (see 0003_banks.sql). */
  async lockChanges(tx: Queryable): Promise<void> {
    await tx.query('select pg_advisory_xact_lock($1)', [BANK_CHANGE_LOCK]);
  }

  async insertBank(tx: Queryable, b: { organisationId: number; name: string; description: string; enabled: boolean; isNegative: boolean; pdqThreshold: number | null }, now: Date): Promise<Bank> {
    const { rows } = await tx.query<BankRow>(
      `insert into banks (organisation_id, name, description, enabled, is_negative, pdq_threshold, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $7) returning *, 'owner' as access`,
      [b.organisationId, b.name, b.description, b.enabled, b.isNegative, b.pdqThreshold, now],
    );
    return toBank(rows[0]!);
  }

  async listVisible(organisationId: number): Promise<Bank[]> {
    const { rows } = await this.db.query<BankRow>(
      `select b.*, ${ACCESS_SQL} as access from banks b
         left join bank_shares s on s.bank_id = b.id and s.organisation_id = $1
        where ${VISIBLE_SQL} order by b.name`,
      [organisationId],
    );
    return rows.map(toBank);
  }

  async findVisible(organisationId: number, by: { id: number } | { name: string }, db: Queryable = this.db): Promise<Bank | null> {
    const { rows } = await db.query<BankRow>(
      `select b.*, ${ACCESS_SQL} as access from banks b
         left join bank_shares s on s.bank_id = b.id and s.organisation_id = $1
        where ${VISIBLE_SQL} and ${'id' in by ? 'b.id = $2' : 'b.name = $2'}`,
      [organisationId, 'id' in by ? by.id : by.name],
    );
    return rows[0] ? toBank(rows[0]) : null;
  }

  async updateBank(tx: Queryable, id: number, patch: { name?: string; description?: string; enabled?: boolean; isNegative?: boolean; pdqThreshold?: number | null }, now: Date): Promise<void> {
    await tx.query(
      `update banks set name = coalesce($2, name), description = coalesce($3, description), enabled = coalesce($4, enabled),
              is_negative = coalesce($5, is_negative), pdq_threshold = case when $6::boolean then $7::integer else pdq_threshold end, updated_at = $8
        where id = $1`,
      [id, patch.name ?? null, patch.description ?? null, patch.enabled ?? null, patch.isNegative ?? null, patch.pdqThreshold !== undefined, patch.pdqThreshold ?? null, now],
    );
  }

  async deleteBank(tx: Queryable, id: number, now: Date): Promise<void> {
    await tx.query('update banks set deleted_at = $2, updated_at = $2 where id = $1', [id, now]);
    await tx.query(`update bank_contents set deleted_at = $2, updated_at = $2 where bank_id = $1 and deleted_at is null`, [id, now]);
    await tx.query(`update bank_signals set deleted_at = $2, change_seq = nextval('bank_change_seq') where bank_id = $1 and deleted_at is null`, [id, now]);
  }

  async listShares(bankId: number): Promise<BankShare[]> {
    const { rows } = await this.db.query<{ organisation_id: number; access: 'read' | 'contribute'; created_at: Date }>(
      'select organisation_id, access, created_at from bank_shares where bank_id = $1 order by organisation_id',
      [bankId],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, access: r.access, createdAt: r.created_at }));
  }

  async upsertShare(tx: Queryable, bankId: number, organisationId: number, access: 'read' | 'contribute', now: Date): Promise<void> {
    await tx.query(
      `insert into bank_shares (bank_id, organisation_id, access, created_at) values ($1, $2, $3, $4)
       on conflict (bank_id, organisation_id) do update set access = excluded.access`,
      [bankId, organisationId, access, now],
    );
  }

  async deleteShare(tx: Queryable, bankId: number, organisationId: number): Promise<boolean> {
    const { rowCount } = await tx.query('delete from bank_shares where bank_id = $1 and organisation_id = $2', [bankId, organisationId]);
    return rowCount === 1;
  }

  async insertContent(
    tx: Queryable,
    c: { bankId: number; note: string; category: string | null; tags: string[]; metadata: Record<string, unknown>; source: string | null; sourceId: string | null; addedBy: number | null },
    now: Date,
  ): Promise<number> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into bank_contents (bank_id, note, category, tags, metadata, source, source_id, added_by_organisation_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $9) returning id`,
      [c.bankId, c.note, c.category, c.tags, JSON.stringify(c.metadata), c.source, c.sourceId, c.addedBy, now],
    );
    return rows[0]!.id;
  }

  async findContentBySource(tx: Queryable, bankId: number, source: string, sourceId: string): Promise<number | null> {
    const { rows } = await tx.query<{ id: number }>('select id from bank_contents where bank_id = $1 and source = $2 and source_id = $3 and deleted_at is null', [bankId, source, sourceId]);
    return rows[0]?.id ?? null;
  }

  async insertSignals(tx: Queryable, contentId: number, bankId: number, signals: Array<{ signalType: string; value: string; quality: number | null }>, now: Date): Promise<void> {
    if (signals.length === 0) return;
    await tx.query(
      `insert into bank_signals (content_id, bank_id, signal_type, value, quality, change_seq, created_at)
       select $1, $2, t, v, q, nextval('bank_change_seq'), $6
         from unnest($3::text[], $4::text[], $5::int[]) as x(t, v, q)`,
      [contentId, bankId, signals.map((s) => s.signalType), signals.map((s) => s.value), signals.map((s) => s.quality), now],
    );
  }

  async getContent(bankId: number, contentId: number, db: Queryable = this.db): Promise<BankContent | null> {
    const { rows } = await db.query<ContentRow>(`${CONTENT_SELECT} where c.bank_id = $1 and c.id = $2 and c.deleted_at is null`, [bankId, contentId]);
    return rows[0] ? toContent(rows[0]) : null;
  }

  async listContents(bankId: number, afterId: number, limit: number): Promise<BankContent[]> {
    const { rows } = await this.db.query<ContentRow>(`${CONTENT_SELECT} where c.bank_id = $1 and c.id > $2 and c.deleted_at is null order by c.id limit $3`, [bankId, afterId, limit]);
    return rows.map(toContent);
  }

  async updateContent(
    tx: Queryable,
    contentId: number,
    patch: { note?: string; tags?: string[]; category?: string | null; enabled?: boolean; disabledUntil?: Date | null; quarantine?: { at: Date; reason: string } | null },
    now: Date,
  ): Promise<void> {
    await tx.query(
      `update bank_contents set
         note = coalesce($2, note), tags = coalesce($3, tags),
         category = case when $4::boolean then $5 else category end,
         enabled = coalesce($6, enabled),
         disabled_until = case when $7::boolean then $8::timestamptz else disabled_until end,
         quarantined_at = case when $9::boolean then $10::timestamptz else quarantined_at end,
         quarantine_reason = case when $9::boolean then $11 else quarantine_reason end,
         updated_at = $12
       where id = $1`,
      [
        contentId,
        patch.note ?? null,
        patch.tags ?? null,
        patch.category !== undefined,
        patch.category ?? null,
        patch.enabled ?? null,
        patch.disabledUntil !== undefined,
        patch.disabledUntil ?? null,
        patch.quarantine !== undefined,
        patch.quarantine?.at ?? null,
        patch.quarantine?.reason ?? null,
        now,
      ],
    );
  }

  async deleteContent(tx: Queryable, contentId: number, now: Date): Promise<void> {
    await tx.query('update bank_contents set deleted_at = $2, updated_at = $2 where id = $1', [contentId, now]);
    await tx.query(`update bank_signals set deleted_at = $2, change_seq = nextval('bank_change_seq') where content_id = $1 and deleted_at is null`, [contentId, now]);
  }

  /** Stamps an entry's signals with the next change_seq, so that matchers re-read its state (under lockChanges). */
  async restampContent(tx: Queryable, contentId: number): Promise<void> {
    await tx.query(`update bank_signals set change_seq = nextval('bank_change_seq') where content_id = $1 and deleted_at is null`, [contentId]);
  }

  /** Quarantines a live entry that is not quarantined yet; false when another process did first. */
  async quarantineContent(tx: Queryable, contentId: number, at: Date, reason: string): Promise<boolean> {
    const { rowCount } = await tx.query(
      'update bank_contents set quarantined_at = $2, quarantine_reason = $3, updated_at = $2 where id = $1 and quarantined_at is null and deleted_at is null',
      [contentId, at, reason],
    );
    return rowCount === 1;
  }

  async startImport(i: { bankId: number; organisationId: number; format: string; sourceUrl: string | null }, now: Date): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(
      `insert into bank_imports (bank_id, organisation_id, format, source_url, status, started_at, updated_at) values ($1, $2, $3, $4, 'running', $5, $5) returning id`,
      [i.bankId, i.organisationId, i.format, i.sourceUrl, now],
    );
    return rows[0]!.id;
  }

  async updateImport(id: number, u: { checkpoint?: string | null; status?: string; imported?: number; rejected?: number; tombstones?: number; lastError?: string }, now: Date): Promise<void> {
    await this.db.query(
      `update bank_imports set
         checkpoint = case when $2::boolean then $3 else checkpoint end,
         status = coalesce($4, status),
         rows_imported = coalesce($5, rows_imported), rows_rejected = coalesce($6, rows_rejected), tombstones = coalesce($7, tombstones),
         last_error = coalesce($8, last_error), updated_at = $9,
         finished_at = case when $4 = 'completed' then $9 else finished_at end
       where id = $1`,
      [id, u.checkpoint !== undefined, u.checkpoint ?? null, u.status ?? null, u.imported ?? null, u.rejected ?? null, u.tombstones ?? null, u.lastError ?? null, now],
    );
  }

  async lastImport(bankId: number, sourceUrl: string): Promise<{ id: number; status: string; checkpoint: string | null } | null> {
    const { rows } = await this.db.query<{ id: number; status: string; checkpoint: string | null }>(
      'select id, status, checkpoint from bank_imports where bank_id = $1 and source_url = $2 order by id desc limit 1',
      [bankId, sourceUrl],
    );
    return rows[0] ?? null;
  }

  /** Signal changes after `seq`, oldest first, with their entry's state now: what a matcher applies to catch up. */
  async changesSince(seq: number, limit: number): Promise<SignalChange[]> {
    const { rows } = await this.db.query<{
      change_seq: number;
      id: number;
      content_id: number;
      bank_id: number;
      signal_type: string;
      value: string;
      quality: number | null;
      deleted: boolean;
      content_deleted: boolean;
      enabled: boolean;
      disabled_until: Date | null;
      quarantined: boolean;
    }>(
      `select g.change_seq, g.id, g.content_id, g.bank_id, g.signal_type, g.value, g.quality,
              g.deleted_at is not null or c.deleted_at is not null as deleted, c.deleted_at is not null as content_deleted,
              c.enabled, c.disabled_until, c.quarantined_at is not null as quarantined
         from bank_signals g join bank_contents c on c.id = g.content_id
        where g.change_seq > $1 order by g.change_seq limit $2`,
      [seq, limit],
    );
    return rows.map((r) => ({
      seq: r.change_seq,
      signalId: r.id,
      contentId: r.content_id,
      bankId: r.bank_id,
      signalType: r.signal_type,
      value: r.value,
      quality: r.quality,
      deleted: r.deleted,
      contentDeleted: r.content_deleted,
      enabled: r.enabled,
      disabledUntil: r.disabled_until,
      quarantined: r.quarantined,
    }));
  }

  /** Every live bank with the organisations it is shared with: small, so matchers read it whole on every poll. */
  async matchableBanks(): Promise<MatchableBank[]> {
    const { rows } = await this.db.query<{ id: number; organisation_id: number; name: string; enabled: boolean; is_negative: boolean; pdq_threshold: number | null; shared_with: number | null }>(
      `select b.id, b.organisation_id, b.name, b.enabled, b.is_negative, b.pdq_threshold, s.organisation_id as shared_with
         from banks b left join bank_shares s on s.bank_id = b.id
        where b.deleted_at is null order by b.id`,
    );
    const banks = new Map<number, MatchableBank>();
    for (const r of rows) {
      let bank = banks.get(r.id);
      if (!bank) banks.set(r.id, (bank = { id: r.id, organisationId: r.organisation_id, name: r.name, enabled: r.enabled, isNegative: r.is_negative, pdqThreshold: r.pdq_threshold, sharedWith: [] }));
      if (r.shared_with !== null) bank.sharedWith.push(r.shared_with);
    }
    return [...banks.values()];
  }

  /**
   * Adds matches to the entries' counters for `hour` and returns each entry's count that hour and
   * its baseline (the week before `hour`). Rows are written in id order, so that matchers flushing
   * at the same time do not deadlock.
   */
  async addMatchCounts(counts: ReadonlyMap<number, number>, hour: Date, baselineFrom: Date): Promise<EntryMatchCount[]> {
    if (counts.size === 0) return [];
    const ids = [...counts.keys()].sort((a, b) => a - b);
    const { rows } = await this.db.query<{ content_id: number; this_hour: number; baseline: number | null }>(
      `with bumped as (
         insert into bank_match_counts (content_id, hour, matches)
         select id, $3, n from unnest($1::bigint[], $2::int[]) as x(id, n) order by id
         on conflict (content_id, hour) do update set matches = bank_match_counts.matches + excluded.matches
         returning content_id, matches
       )
       select b.content_id, b.matches as this_hour,
              (select coalesce(sum(m.matches), 0)::float8 / greatest(1, extract(epoch from ($3::timestamptz - $4::timestamptz)) / 3600)
                 from bank_match_counts m where m.content_id = b.content_id and m.hour >= $4 and m.hour < $3) as baseline
         from bumped b`,
      [ids, ids.map((id) => counts.get(id)!), hour, baselineFrom],
    );
    return rows.map((r) => ({ contentId: r.content_id, thisHour: r.this_hour, baselinePerHour: r.baseline ?? 0 }));
  }
}
