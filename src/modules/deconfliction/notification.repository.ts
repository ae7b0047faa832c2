// SQL for notifications: what Vigil tells an organisation (for now, that another organisation ran
// into one of its holds). Every read is scoped to the receiving organisation.
import type { Queryable } from '../../core/db/index.ts';
import type { Notification } from './hold.model.ts';

interface NotificationRow {
  id: number;
  organisation_id: number;
  kind: string;
  payload: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

const toNotification = (r: NotificationRow): Notification => ({ id: r.id, organisationId: r.organisation_id, kind: r.kind, payload: r.payload, createdAt: r.created_at, readAt: r.read_at });

export class NotificationRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, organisationId: number, kind: string, payload: Record<string, unknown>, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>('insert into notifications (organisation_id, kind, payload, created_at) values ($1, $2, $3::jsonb, $4) returning id', [organisationId, kind, JSON.stringify(payload), now]);
    return rows[0]!.id;
  }

  async find(organisationId: number, id: number, db: Queryable = this.db): Promise<Notification | null> {
    const { rows } = await db.query<NotificationRow>('select * from notifications where organisation_id = $1 and id = $2', [organisationId, id]);
    return rows[0] ? toNotification(rows[0]) : null;
  }

  async list(organisationId: number, filter: { unreadOnly: boolean; beforeId: number | null; limit: number }): Promise<Notification[]> {
    const { rows } = await this.db.query<NotificationRow>(
      `select * from notifications
        where organisation_id = $1 and (not $2 or read_at is null) and ($3::bigint is null or id < $3)
        order by id desc limit $4`,
      [organisationId, filter.unreadOnly, filter.beforeId, filter.limit],
    );
    return rows.map(toNotification);
  }

  async markRead(tx: Queryable, id: number, now: Date): Promise<void> {
    await tx.query('update notifications set read_at = coalesce(read_at, $2) where id = $1', [id, now]);
  }
}
