// SQL for preservations (TCO Art. 6): what a recipient keeps of content it removed or geo-blocked,
// until when, the extensions, and the retention job's purge. Reads are scoped either to the
// platforms the caller's organisation operates (referrals addressed to the platform itself) or to
// the referring organisation.
import type { Queryable } from '../../core/db/index.ts';

export type PreservationAction = 'removed' | 'geo_blocked';
export type ExtensionRequester = 'referring_organisation' | 'platform';

export interface Extension {
  requestedBy: ExtensionRequester;
  actorLabel: string;
  days: number;
  reason: string;
  previousUntil: Date;
  newUntil: Date;
  at: Date;
}

export interface Preservation {
  id: number;
  referralId: number;
  /** The referring organisation. */
  referralOrganisationId: number;
  platformId: number | null;
  /** The organisation operating the platform in Vigil, if any. */
  operatorOrganisationId: number | null;
  referenceNumber: string | null;
  action: PreservationAction;
  removedAt: Date;
  preserveUntil: Date;
  url: string | null;
  mediaSha256: string[];
  note: string | null;
  purgedAt: Date | null;
  createdAt: Date;
  extensions: Extension[];
}

export type PreservationScope = { platformIds: number[] } | { referringOrganisationId: number };

interface Row {
  id: number;
  referral_id: number;
  referral_organisation_id: number;
  platform_id: number | null;
  operator_organisation_id: number | null;
  reference_number: string | null;
  action: PreservationAction;
  removed_at: Date;
  preserve_until: Date;
  url: string | null;
  media_sha256: string[];
  note: string | null;
  purged_at: Date | null;
  created_at: Date;
}

const SELECT = `select p.*, r.organisation_id as referral_organisation_id, r.reference_number, pl.operator_organisation_id
  from preservations p join referrals r on r.id = p.referral_id left join platforms pl on pl.id = p.platform_id`;

// $1: the operated platforms (referrals addressed to the platform itself), or $2: the referring organisation.
const SCOPED = `${SELECT} where (case when $2::bigint is null then r.recipient_kind = 'platform' and p.platform_id = any($1::bigint[]) else r.organisation_id = $2 end)`;

const scopeParams = (s: PreservationScope): [number[], number | null] => ('platformIds' in s ? [s.platformIds, null] : [[], s.referringOrganisationId]);

const toPreservation = (r: Row, extensions: Extension[]): Preservation => ({
  id: r.id,
  referralId: r.referral_id,
  referralOrganisationId: r.referral_organisation_id,
  platformId: r.platform_id,
  operatorOrganisationId: r.operator_organisation_id,
  referenceNumber: r.reference_number,
  action: r.action,
  removedAt: r.removed_at,
  preserveUntil: r.preserve_until,
  url: r.url,
  mediaSha256: r.media_sha256,
  note: r.note,
  purgedAt: r.purged_at,
  createdAt: r.created_at,
  extensions,
});

export class PreservationRepository {
  constructor(private readonly db: Queryable) {}

  /** Preserves the referral's item location and media references; nothing when it has a preservation already. */
  async insert(tx: Queryable, p: { referralId: number; action: PreservationAction; removedAt: Date; preserveUntil: Date; note: string | null }, now: Date): Promise<Preservation | null> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into preservations (referral_id, platform_id, action, removed_at, preserve_until, url, media_sha256, note, created_at)
       select r.id, r.platform_id, $2, $3, $4, i.url,
              coalesce((select array_agg(distinct m.sha256 order by m.sha256) from item_media m where m.item_id = r.item_id), '{}'), $5, $6
         from referrals r join items i on i.id = r.item_id
        where r.id = $1 and not exists (select 1 from preservations p where p.referral_id = r.id)
       returning id`,
      [p.referralId, p.action, p.removedAt, p.preserveUntil, p.note, now],
    );
    if (!rows[0]) return null;
    const { rows: created } = await tx.query<Row>(`${SELECT} where p.id = $1`, [rows[0].id]);
    return toPreservation(created[0]!, []);
  }

  /** One preservation in the scope, by its id or by its referral's. */
  async find(scope: PreservationScope, by: { id: number } | { referralId: number }, db: Queryable = this.db, forUpdate = false): Promise<Preservation | null> {
    const column = 'id' in by ? 'p.id' : 'p.referral_id';
    const { rows } = await db.query<Row>(`${SCOPED} and ${column} = $3${forUpdate ? ' for update of p' : ''}`, [...scopeParams(scope), 'id' in by ? by.id : by.referralId]);
    const row = rows[0];
    return row ? toPreservation(row, (await this.#extensions(db, [row.id])).get(row.id) ?? []) : null;
  }

  async list(scope: PreservationScope, filter: { status: 'preserved' | 'purged' | null; platformId: number | null; beforeId: number | null; limit: number }): Promise<Preservation[]> {
    const { rows } = await this.db.query<Row>(
      `${SCOPED} and ($3::text is null or ($3 = 'purged') = (p.purged_at is not null)) and ($4::bigint is null or p.platform_id = $4)
         and ($5::bigint is null or p.id < $5) order by p.id desc limit $6`,
      [...scopeParams(scope), filter.status, filter.platformId, filter.beforeId, filter.limit],
    );
    const extensions = await this.#extensions(this.db, rows.map((r) => r.id));
    return rows.map((r) => toPreservation(r, extensions.get(r.id) ?? []));
  }

  async extend(tx: Queryable, id: number, e: Omit<Extension, 'at'> & { organisationId: number }, now: Date): Promise<void> {
    await tx.query('update preservations set preserve_until = $2 where id = $1', [id, e.newUntil]);
    await tx.query(
      `insert into preservation_extensions (preservation_id, requested_by, organisation_id, actor_label, days, reason, previous_until, new_until, at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, e.requestedBy, e.organisationId, e.actorLabel, e.days, e.reason, e.previousUntil, e.newUntil, now],
    );
  }

  /** Locks up to `limit` preservations whose period ended at `now` and that still hold data; skips rows another purge holds. */
  async claimDue(tx: Queryable, now: Date, limit: number): Promise<Preservation[]> {
    const { rows } = await tx.query<Row>(`${SELECT} where p.purged_at is null and p.preserve_until <= $1 order by p.preserve_until limit $2 for update of p skip locked`, [now, limit]);
    return rows.map((r) => toPreservation(r, []));
  }

  /** Deletes what the preservation holds and keeps the row as a tombstone. */
  async purge(tx: Queryable, id: number, now: Date): Promise<void> {
    await tx.query("update preservations set url = null, note = null, media_sha256 = '{}', purged_at = $2 where id = $1", [id, now]);
  }

  async #extensions(db: Queryable, ids: number[]): Promise<Map<number, Extension[]>> {
    const out = new Map<number, Extension[]>();
    if (ids.length === 0) return out;
    const { rows } = await db.query<{ preservation_id: number; requested_by: ExtensionRequester; actor_label: string; days: number; reason: string; previous_until: Date; new_until: Date; at: Date }>(
      'select * from preservation_extensions where preservation_id = any($1::bigint[]) order by id',
      [ids],
    );
    for (const r of rows) {
      const list = out.get(r.preservation_id) ?? [];
      list.push({ requestedBy: r.requested_by, actorLabel: r.actor_label, days: r.days, reason: r.reason, previousUntil: r.previous_until, newUntil: r.new_until, at: r.at });
      out.set(r.preservation_id, list);
    }
    return out;
  }
}
