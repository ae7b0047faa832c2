// SQL for infrastructure providers and the links between them and platforms. Shared across
// organisations, like the platform registry.
import type { Queryable } from '../../core/db/index.ts';
import type { InfrastructureProvider, PlatformInfrastructure, ProviderFields, ProviderKind } from './platform.model.ts';

interface ProviderRow {
  id: number;
  name: string;
  kind: ProviderKind;
  contact_email: string | null;
  abuse_url: string | null;
  operator_organisation_id: number | null;
  notes: string;
  created_at: Date;
  updated_at: Date;
}

const toProvider = (r: ProviderRow): InfrastructureProvider => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  contactEmail: r.contact_email,
  abuseUrl: r.abuse_url,
  operatorOrganisationId: r.operator_organisation_id,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class InfrastructureRepository {
  constructor(private readonly db: Queryable) {}

  async insert(tx: Queryable, f: ProviderFields, now: Date): Promise<InfrastructureProvider> {
    const { rows } = await tx.query<ProviderRow>(
      `insert into infrastructure_providers (name, kind, contact_email, abuse_url, notes, created_at, updated_at, operator_organisation_id)
       values ($1, $2, $3, $4, $5, $6, $6, $7) returning *`,
      [f.name, f.kind, f.contactEmail, f.abuseUrl, f.notes, now, f.operatorOrganisationId],
    );
    return toProvider(rows[0]!);
  }

  async update(tx: Queryable, id: number, f: ProviderFields, now: Date): Promise<InfrastructureProvider> {
    const { rows } = await tx.query<ProviderRow>(
      `update infrastructure_providers set name = $2, kind = $3, contact_email = $4, abuse_url = $5, notes = $6, updated_at = $7, operator_organisation_id = $8
        where id = $1 returning *`,
      [id, f.name, f.kind, f.contactEmail, f.abuseUrl, f.notes, now, f.operatorOrganisationId],
    );
    return toProvider(rows[0]!);
  }

  async delete(tx: Queryable, id: number): Promise<void> {
    await tx.query('delete from platform_infrastructure where provider_id = $1', [id]);
    await tx.query('delete from infrastructure_providers where id = $1', [id]);
  }

  async find(id: number, db: Queryable = this.db, forUpdate = false): Promise<InfrastructureProvider | null> {
    const { rows } = await db.query<ProviderRow>(`select * from infrastructure_providers where id = $1${forUpdate ? ' for update' : ''}`, [id]);
    return rows[0] ? toProvider(rows[0]) : null;
  }

  async listByOperator(organisationId: number): Promise<InfrastructureProvider[]> {
    const { rows } = await this.db.query<ProviderRow>('select * from infrastructure_providers where operator_organisation_id = $1 order by lower(name), id', [organisationId]);
    return rows.map(toProvider);
  }

  async list(kind: ProviderKind | undefined): Promise<InfrastructureProvider[]> {
    const { rows } = await this.db.query<ProviderRow>('select * from infrastructure_providers where ($1::text is null or kind = $1) order by lower(name), id', [kind ?? null]);
    return rows.map(toProvider);
  }

  /** Platforms the provider serves, for the audit record of its deletion. */
  async platformsOf(tx: Queryable, providerId: number): Promise<number[]> {
    const { rows } = await tx.query<{ platform_id: number }>('select platform_id from platform_infrastructure where provider_id = $1 order by platform_id', [providerId]);
    return rows.map((r) => r.platform_id);
  }

  async links(platformId: number, db: Queryable = this.db): Promise<PlatformInfrastructure[]> {
    const { rows } = await db.query<ProviderRow & { platform_id: number; role: ProviderKind; linked_at: Date }>(
      `select i.*, l.platform_id, l.role, l.created_at as linked_at
         from platform_infrastructure l join infrastructure_providers i on i.id = l.provider_id
        where l.platform_id = $1 order by lower(i.name), i.id`,
      [platformId],
    );
    return rows.map((r) => ({ platformId: r.platform_id, provider: toProvider(r), role: r.role, createdAt: r.linked_at }));
  }

  /** Links a provider to a platform, or changes the role of an existing link; true when something changed. */
  async upsertLink(tx: Queryable, platformId: number, providerId: number, role: ProviderKind, now: Date): Promise<boolean> {
    const { rowCount } = await tx.query(
      `insert into platform_infrastructure (platform_id, provider_id, role, created_at) values ($1, $2, $3, $4)
       on conflict (platform_id, provider_id) do update set role = excluded.role where platform_infrastructure.role <> excluded.role`,
      [platformId, providerId, role, now],
    );
    return rowCount === 1;
  }

  async deleteLink(tx: Queryable, platformId: number, providerId: number): Promise<boolean> {
    const { rowCount } = await tx.query('delete from platform_infrastructure where platform_id = $1 and provider_id = $2', [platformId, providerId]);
    return rowCount === 1;
  }
}
