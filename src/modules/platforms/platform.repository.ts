// SQL for platforms and their domains. The registry is shared across organisations, so reads are not
// scoped to the caller's organisation; the service decides who may read and change it.
import type { Queryable } from '../../core/db/index.ts';
import type { Platform, PlatformFields, PlatformFilter } from './platform.model.ts';

interface PlatformRow {
  id: number;
  name: string;
  category: Platform['category'];
  contact_point: string | null;
  delivery_channel: Platform['deliveryChannel'];
  contact_email: string | null;
  language: string | null;
  tco_legal_representative: string | null;
  cooperation_status: Platform['cooperationStatus'];
  operator_organisation_id: number | null;
  notes: string;
  domains: string[] | null;
  created_at: Date;
  updated_at: Date;
}

const toPlatform = (r: PlatformRow): Platform => ({
  id: r.id,
  name: r.name,
  category: r.category,
  contactPoint: r.contact_point,
  deliveryChannel: r.delivery_channel,
  contactEmail: r.contact_email,
  language: r.language,
  tcoLegalRepresentative: r.tco_legal_representative,
  cooperationStatus: r.cooperation_status,
  operatorOrganisationId: r.operator_organisation_id,
  notes: r.notes,
  domains: r.domains ?? [],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const DOMAINS = 'array(select d.domain from platform_domains d where d.platform_id = p.id order by d.domain) as domains';
const SELECT = `select p.*, ${DOMAINS} from platforms p`;

/** Escapes LIKE's wildcards so that a search for `a_b` finds `a_b` only. */
const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class PlatformRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, f: PlatformFields, now: Date): Promise<number> {
    const { rows } = await tx.query<{ id: number }>(
      `insert into platforms (name, category, contact_point, delivery_channel, contact_email, language, tco_legal_representative, cooperation_status, operator_organisation_id, notes, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) returning id`,
      [f.name, f.category, f.contactPoint, f.deliveryChannel, f.contactEmail, f.language, f.tcoLegalRepresentative, f.cooperationStatus, f.operatorOrganisationId, f.notes, now],
    );
    return rows[0]!.id;
  }

  async update(tx: Queryable, id: number, f: PlatformFields, now: Date): Promise<void> {
    await tx.query(
      `update platforms set name = $2, category = $3, contact_point = $4, delivery_channel = $5, contact_email = $6, language = $7,
              tco_legal_representative = $8, cooperation_status = $9, operator_organisation_id = $10, notes = $11, updated_at = $12
        where id = $1`,
      [id, f.name, f.category, f.contactPoint, f.deliveryChannel, f.contactEmail, f.language, f.tcoLegalRepresentative, f.cooperationStatus, f.operatorOrganisationId, f.notes, now],
    );
  }

  /** Marks the platform changed (a domain added or removed). */
  async touch(tx: Queryable, id: number, now: Date): Promise<void> {
    await tx.query('update platforms set updated_at = $2 where id = $1', [id, now]);
  }

  /** Reads one platform; `forUpdate` locks its row so that concurrent changes apply one after another. */
  async find(id: number, db: Queryable = this.db, forUpdate = false): Promise<Platform | null> {
    if (forUpdate) await db.query('select id from platforms where id = $1 for update', [id]);
    const { rows } = await db.query<PlatformRow>(`${SELECT} where p.id = $1`, [id]);
    return rows[0] ? toPlatform(rows[0]) : null;
  }

  async list(filter: PlatformFilter, limit: number): Promise<Platform[]> {
    const { rows } = await this.db.query<PlatformRow>(
      `${SELECT}
        where ($1::text is null or p.category = $1)
          and ($2::text is null or p.cooperation_status = $2)
          and ($3::text is null or lower(p.name) like $3 or exists (select 1 from platform_domains d where d.platform_id = p.id and d.domain like $3))
        order by lower(p.name), p.id
        limit $4`,
      [filter.category ?? null, filter.cooperationStatus ?? null, filter.search ? likePattern(filter.search) : null, limit],
    );
    return rows.map(toPlatform);
  }

  async listByOperator(organisationId: number): Promise<Platform[]> {
    const { rows } = await this.db.query<PlatformRow>(`${SELECT} where p.operator_organisation_id = $1 order by lower(p.name), p.id`, [organisationId]);
    return rows.map(toPlatform);
  }

  async insertDomain(tx: Queryable, platformId: number, domain: string, now: Date): Promise<void> {
    await tx.query('insert into platform_domains (domain, platform_id, created_at) values ($1, $2, $3)', [domain, platformId, now]);
  }

  async deleteDomain(tx: Queryable, platformId: number, domain: string): Promise<boolean> {
    const { rowCount } = await tx.query('delete from platform_domains where domain = $1 and platform_id = $2', [domain, platformId]);
    return rowCount === 1;
  }

  async domainOwner(domain: string, db: Queryable = this.db): Promise<number | null> {
    const { rows } = await db.query<{ platform_id: number }>('select platform_id from platform_domains where domain = $1', [domain]);
    return rows[0]?.platform_id ?? null;
  }

  /** The platform registered under the most specific of these names (a full host before its registrable domain). */
  async findByDomains(names: string[]): Promise<{ platform: Platform; domain: string } | null> {
    if (names.length === 0) return null;
    const { rows } = await this.db.query<PlatformRow & { matched_domain: string }>(
      `select p.*, ${DOMAINS}, m.domain as matched_domain
         from platforms p join platform_domains m on m.platform_id = p.id
        where m.domain = any($1::text[])
        order by length(m.domain) desc limit 1`,
      [names],
    );
    const row = rows[0];
    return row ? { platform: toPlatform(row), domain: row.matched_domain } : null;
  }
}
