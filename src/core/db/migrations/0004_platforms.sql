-- The platform registry: services where content is hosted, the domains that lead to them, and the
-- infrastructure providers behind them (the escalation target when a platform is hostile or
-- unresponsive). Shared knowledge: every organisation reads the same registry.

create table platforms (
  id bigint generated always as identity primary key,
  name text not null check (length(name) between 1 and 200),
  category text not null check (category in ('video', 'messaging', 'file_share', 'forum', 'microblog', 'social_network', 'archive', 'website', 'paste', 'audio', 'other')),
  -- How to reach the platform's trust and safety team: a name, an address, a form's URL.
  contact_point text,
  delivery_channel text not null default 'email' check (delivery_channel in ('portal', 'webhook', 'api_polling', 'email')),
  contact_email text,
  -- BCP 47 tag of the language referrals are written in.
  language text,
  tco_legal_representative text,
  cooperation_status text not null default 'cooperative' check (cooperation_status in ('cooperative', 'unresponsive', 'hostile')),
  -- The platform organisation that operates this platform in Vigil, once it has joined.
  operator_organisation_id bigint references organisations (id),
  notes text not null default '',
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index platforms_name_idx on platforms (lower(name));
create index platforms_operator_idx on platforms (operator_organisation_id) where operator_organisation_id is not null;

-- A registrable domain (`example.org`) or, for sites hosted under a shared domain, a full host
-- (`someone.blogspot.com`); lowercase punycode. A domain leads to at most one platform.
create table platform_domains (
  domain text primary key check (domain = lower(domain) and length(domain) between 1 and 253),
  platform_id bigint not null references platforms (id),
  created_at timestamptz not null
);
create index platform_domains_platform_idx on platform_domains (platform_id);

create table infrastructure_providers (
  id bigint generated always as identity primary key,
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('hosting', 'cdn', 'registrar', 'dns', 'other')),
  contact_email text,
  abuse_url text,
  notes text not null default '',
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index infrastructure_providers_name_idx on infrastructure_providers (lower(name));

-- Which provider serves which platform, and in what role.
create table platform_infrastructure (
  platform_id bigint not null references platforms (id),
  provider_id bigint not null references infrastructure_providers (id),
  role text not null check (role in ('hosting', 'cdn', 'registrar', 'dns', 'other')),
  created_at timestamptz not null,
  primary key (platform_id, provider_id)
);
create index platform_infrastructure_provider_idx on platform_infrastructure (provider_id);
