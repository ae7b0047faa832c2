-- Operations (time-boxed, multi-agency efforts such as a 48-hour Referral Action Day), the items
-- submitted to them, the media and signals of each item, and the clusters that join re-uploads
-- of one piece across platforms.

create table operations (
  id bigint generated always as identity primary key,
  -- The coordinating organisation.
  organisation_id bigint not null references organisations (id),
  name text not null,
  description text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status text not null default 'planned' check (status in ('planned', 'live', 'closed')),
  scope jsonb not null default '{}'::jsonb,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  opened_at timestamptz,
  closed_at timestamptz,
  check (ends_at > starts_at)
);

create table operation_participants (
  operation_id bigint not null references operations (id),
  organisation_id bigint not null references organisations (id),
  joined_at timestamptz not null,
  primary key (operation_id, organisation_id)
);
create index operation_participants_organisation_idx on operation_participants (organisation_id);

create table clusters (
  id bigint generated always as identity primary key,
  created_at timestamptz not null
);

create table items (
  id bigint generated always as identity primary key,
  -- The submitting organisation: its notes and assessment are its own.
  organisation_id bigint not null references organisations (id),
  operation_id bigint references operations (id),
  url text not null,
  submitted_url text not null,
  host text not null,
  registrable_domain text,
  platform_id bigint references platforms (id),
  language text,
  group_name text,
  category text,
  tier text check (tier in ('threat_to_life', 'crisis', 'designated_group_propaganda', 'promotional')),
  legal_basis text,
  text_content text,
  notes text not null default '',
  status text not null default 'new' check (status in ('new', 'assessed', 'dismissed')),
  captured_at timestamptz,
  cluster_id bigint references clusters (id),
  -- Order in which items joined clusters: assigned under the clustering lock, so a clusterer
  -- process can follow assignments made by others in commit order.
  cluster_seq bigint,
  submitted_by_member_id bigint references members (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
-- The same URL in the same operation is one item; outside operations, one per organisation.
create unique index items_operation_url_idx on items (operation_id, url) where operation_id is not null;
create unique index items_organisation_url_idx on items (organisation_id, url) where operation_id is null;
create index items_operation_idx on items (operation_id, created_at);
create index items_cluster_idx on items (cluster_id);
create index items_unclustered_idx on items (id) where cluster_id is null;
create index items_cluster_seq_idx on items (cluster_seq) where cluster_seq is not null;
create index items_registrable_domain_idx on items (registrable_domain);

create sequence item_cluster_seq;

-- Media stored content-addressed (by SHA-256) under the data folder.
create table item_media (
  id bigint generated always as identity primary key,
  item_id bigint not null references items (id),
  sha256 text not null,
  byte_size bigint not null,
  content_type text not null,
  format text,
  filename text,
  created_at timestamptz not null
);
create index item_media_item_idx on item_media (item_id);

create table item_signals (
  id bigint generated always as identity primary key,
  item_id bigint not null references items (id),
  signal_type text not null,
  value text not null,
  quality integer,
  created_at timestamptz not null
);
create index item_signals_item_idx on item_signals (item_id);
create index item_signals_exact_idx on item_signals (signal_type, md5(value));

-- Idempotency-Key: a retried request with the same key gets the first answer again.
create table idempotency_keys (
  organisation_id bigint not null references organisations (id),
  key text not null,
  request_hash text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null,
  primary key (organisation_id, key)
);
