// SQL for member preferences; a member reads and writes only their own row.
import type { Queryable } from '../../core/db/index.ts';
import type { Preferences } from './preferences.model.ts';

export class PreferencesRepository {
  constructor(private readonly db: Queryable) {}

  async find(memberId: number): Promise<Preferences | null> {
    const { rows } = await this.db.query<{ media_blur_px: number; greyscale: boolean }>('select media_blur_px, greyscale from member_preferences where member_id = $1', [memberId]);
    return rows[0] ? { mediaBlurPx: rows[0].media_blur_px, greyscale: rows[0].greyscale } : null;
  }

  async upsert(tx: Queryable, memberId: number, preferences: Preferences, now: Date): Promise<void> {
    await tx.query(
      `insert into member_preferences (member_id, media_blur_px, greyscale, updated_at) values ($1, $2, $3, $4)
       on conflict (member_id) do update set media_blur_px = excluded.media_blur_px, greyscale = excluded.greyscale, updated_at = excluded.updated_at`,
      [memberId, preferences.mediaBlurPx, preferences.greyscale, now],
    );
  }
}
