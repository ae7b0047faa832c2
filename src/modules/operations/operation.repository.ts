// SQL for operations and their participants. Reads on a caller's behalf return only operations the
// caller's organisation takes part in.
import type { Queryable } from '../../core/db/index.ts';
import type { Operation, OperationScope, OperationStatus } from './operation.model.ts';

interface OperationRow {
  id: number;
  organisation_id: number;
  name: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  status: OperationStatus;
  scope: OperationScope;
  participant_ids: number[] | null;
  created_at: Date;
  updated_at: Date;
  opened_at: Date | null;
  closed_at: Date | null;
}

const toOperation = (r: OperationRow): Operation => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  description: r.description,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  status: r.status,
  scope: r.scope,
  participantIds: (r.participant_ids ?? []).map(Number).sort((a, b) => a - b),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
});

const SELECT = `select o.*, (select array_agg(p.organisation_id) from operation_participants p where p.operation_id = o.id) as participant_ids from operations o`;
const VISIBLE = `exists (select 1 from operation_participants p where p.operation_id = o.id and p.organisation_id = $1)`;

export class OperationRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, o: { organisationId: number; name: string; description: string; startsAt: Date; endsAt: Date; scope: OperationScope }, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into operations (organisation_id, name, description, starts_at, ends_at, scope, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $7) returning id`,
      [o.organisationId, o.name, o.description, o.startsAt, o.endsAt, JSON.stringify(o.scope), now],
    );
    return rows[0]!.id;
  }

  async addParticipants(tx: Queryable, operationId: number, organisationIds: number[], now: Date): Promise<void> {
    await tx.query(
      `insert into operation_participants (operation_id, organisation_id, joined_at)
       select $1, id, $3 from unnest($2::bigint[]) as id on conflict do nothing`,
      [operationId, organisationIds, now],
    );
  }

  async removeParticipant(tx: Queryable, operationId: number, organisationId: number): Promise<boolean> {
    const { rowCount } = await tx.query('delete from operation_participants where operation_id = $1 and organisation_id = $2', [operationId, organisationId]);
    return rowCount === 1;
  }

  async findVisible(organisationId: number, id: number, db: Queryable = this.db): Promise<Operation | null> {
    const { rows } = await db.query<OperationRow>(`${SELECT} where o.id = $2 and ${VISIBLE}`, [organisationId, id]);
    return rows[0] ? toOperation(rows[0]) : null;
  }

  async listVisible(organisationId: number, status: OperationStatus | null): Promise<Operation[]> {
    const { rows } = await this.db.query<OperationRow>(`${SELECT} where ${VISIBLE} and ($2::text is null or o.status = $2) order by o.starts_at desc, o.id desc`, [organisationId, status]);
    return rows.map(toOperation);
  }

  async update(tx: Queryable, id: number, patch: { name?: string; description?: string; startsAt?: Date; endsAt?: Date; scope?: OperationScope; status?: OperationStatus }, now: Date): Promise<void> {
    await tx.query(
      `update operations set
         name = coalesce($2, name), description = coalesce($3, description),
         starts_at = coalesce($4, starts_at), ends_at = coalesce($5, ends_at),
         scope = coalesce($6::jsonb, scope), status = coalesce($7, status),
         opened_at = case when $7 = 'live' then $8 else opened_at end,
         closed_at = case when $7 = 'closed' then $8 else closed_at end,
         updated_at = $8
       where id = $1`,
      [id, patch.name ?? null, patch.description ?? null, patch.startsAt ?? null, patch.endsAt ?? null, patch.scope ? JSON.stringify(patch.scope) : null, patch.status ?? null, now],
    );
  }

  async organisationsExist(ids: number[]): Promise<number[]> {
    const { rows } = await this.db.query<{ id: number }>('select id from organisations where id = any($1::bigint[])', [ids]);
    return rows.map((r) => r.id);
  }
}
