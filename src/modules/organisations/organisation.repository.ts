// SQL for organisations and their members. Every member query is scoped by organisation id, except
// the sign-in lookup by email, which happens before anyone is known.
import type { Queryable } from '../../core/db/index.ts';
import type { OrganisationKind, Role } from '../../core/auth/permissions.ts';
import type { Member, MemberWithSecret, Organisation } from './organisation.model.ts';

interface OrganisationRow {
  id: number;
  name: string;
  kind: OrganisationKind;
  competent_authority: boolean;
  country: string | null;
  created_at: Date;
  updated_at: Date;
}

interface MemberRow {
  id: number;
  organisation_id: number;
  email: string;
  display_name: string;
  password_hash: string | null;
  roles: Role[];
  settings: Record<string, unknown>;
  disabled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  competentAuthority: r.competent_authority,
  country: r.country,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toMember = (r: MemberRow): Member => ({
  id: r.id,
  organisationId: r.organisation_id,
  email: r.email,
  displayName: r.display_name,
  roles: r.roles,
  settings: r.settings,
  disabledAt: r.disabled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** One entry of the organisation directory: what every member may know of another organisation. */
export interface DirectoryEntry {
  id: number;
  name: string;
  kind: OrganisationKind;
  country: string | null;
}

export interface DirectoryFilter {
  /** Part of the name (case-insensitive), or an organisation's number. */
  search?: string;
  kind?: OrganisationKind;
  /** Only these organisations (to name ones already known by number). */
  ids?: number[];
  limit: number;
}

/** Escapes LIKE's wildcards so that a search for `a_b` finds `a_b` only. */
const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class OrganisationRepository {
  constructor(private readonly db: Queryable) {}

  async insertOrganisation(tx: Queryable, o: { name: string; kind: OrganisationKind; competentAuthority: boolean; country: string | null }, now: Date): Promise<Organisation> {
    const { rows } = await tx.query<OrganisationRow>(
      `insert into organisations (name, kind, competent_authority, country, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5) returning *`,
      [o.name, o.kind, o.competentAuthority, o.country, now],
    );
    return toOrganisation(rows[0]!);
  }

  async getOrganisation(id: number, db: Queryable = this.db): Promise<Organisation | null> {
    const { rows } = await db.query<OrganisationRow>('select * from organisations where id = $1', [id]);
    return rows[0] ? toOrganisation(rows[0]) : null;
  }

  async findOrganisationByName(name: string): Promise<Organisation | null> {
    const { rows } = await this.db.query<OrganisationRow>('select * from organisations where lower(name) = lower($1)', [name]);
    return rows[0] ? toOrganisation(rows[0]) : null;
  }

  async listOrganisations(): Promise<Organisation[]> {
    const { rows } = await this.db.query<OrganisationRow>('select * from organisations order by id');
    return rows.map(toOrganisation);
  }

  /** The directory: id, name, kind and country only, never members; searched by name part or number. */
  async listDirectory(filter: DirectoryFilter): Promise<DirectoryEntry[]> {
    const search = filter.search?.trim() || null;
    const asNumber = search !== null && /^#?\d{1,9}$/.test(search) ? Number(search.replace('#', '')) : null;
    const { rows } = await this.db.query<DirectoryEntry>(
      `select id, name, kind, country from organisations
        where ($1::text is null or lower(name) like $1 or id = $2::int)
          and ($3::text is null or kind = $3)
          and ($4::int[] is null or id = any($4::int[]))
        order by lower(name), id
        limit $5`,
      [search === null ? null : likePattern(search), asNumber, filter.kind ?? null, filter.ids ?? null, filter.limit],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, country: r.country }));
  }

  async insertMember(
    tx: Queryable,
    m: { organisationId: number; email: string; displayName: string; roles: Role[]; passwordHash: string | null },
    now: Date,
  ): Promise<Member> {
    const { rows } = await tx.query<MemberRow>(
      `insert into members (organisation_id, email, display_name, roles, password_hash, password_changed_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6, $6) returning *`,
      [m.organisationId, m.email, m.displayName, m.roles, m.passwordHash, now],
    );
    return toMember(rows[0]!);
  }

  async getMember(organisationId: number, id: number, db: Queryable = this.db): Promise<Member | null> {
    const { rows } = await db.query<MemberRow>('select * from members where organisation_id = $1 and id = $2', [organisationId, id]);
    return rows[0] ? toMember(rows[0]) : null;
  }

  async listMembers(organisationId: number): Promise<Member[]> {
    const { rows } = await this.db.query<MemberRow>('select * from members where organisation_id = $1 order by id', [organisationId]);
    return rows.map(toMember);
  }

  /** For sign-in and session checks only: includes the password hash and the organisation. */
  async findMemberForAuth(by: { email: string } | { id: number }): Promise<MemberWithSecret | null> {
    const where = 'email' in by ? 'lower(m.email) = lower($1)' : 'm.id = $1';
    const { rows } = await this.db.query<MemberRow & { o: OrganisationRow }>(
      `select m.*, row_to_json(o.*) as o from members m join organisations o on o.id = m.organisation_id where ${where}`,
      ['email' in by ? by.email : by.id],
    );
    const r = rows[0];
    if (!r) return null;
    const o = r.o;
    return {
      ...toMember(r),
      passwordHash: r.password_hash,
      organisation: toOrganisation({ ...o, created_at: new Date(o.created_at), updated_at: new Date(o.updated_at) }),
    };
  }

  async updateMember(
    tx: Queryable,
    organisationId: number,
    id: number,
    patch: { displayName?: string; roles?: Role[]; disabledAt?: Date | null; settings?: Record<string, unknown> },
    now: Date,
  ): Promise<Member | null> {
    const { rows } = await tx.query<MemberRow>(
      `update members set
         display_name = coalesce($3, display_name),
         roles = coalesce($4, roles),
         disabled_at = case when $5::boolean then $6::timestamptz else disabled_at end,
         settings = coalesce($7::jsonb, settings),
         updated_at = $8
       where organisation_id = $1 and id = $2 returning *`,
      [organisationId, id, patch.displayName ?? null, patch.roles ?? null, patch.disabledAt !== undefined, patch.disabledAt ?? null, patch.settings ? JSON.stringify(patch.settings) : null, now],
    );
    return rows[0] ? toMember(rows[0]) : null;
  }

  async setPasswordHash(tx: Queryable, organisationId: number, id: number, passwordHash: string, now: Date): Promise<void> {
    await tx.query('update members set password_hash = $3, password_changed_at = $4, updated_at = $4 where organisation_id = $1 and id = $2', [organisationId, id, passwordHash, now]);
  }

  /** Active admins of an organisation, locked so that two concurrent demotions cannot both pass. */
  async activeAdminIds(tx: Queryable, organisationId: number): Promise<number[]> {
    const { rows } = await tx.query<{ id: number }>(
      `select id from members where organisation_id = $1 and disabled_at is null and 'admin' = any(roles) order by id for update`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }
}
