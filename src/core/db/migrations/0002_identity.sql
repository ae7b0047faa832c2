-- Organisations, their members, sessions, API keys, login throttling and the audit trail.

create table organisations (
  id bigint generated always as identity primary key,
  name text not null,
  kind text not null check (kind in ('authority', 'ngo', 'platform')),
  -- A competent authority under the TCO Regulation may issue removal orders.
  competent_authority boolean not null default false,
  country text,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index organisations_name_idx on organisations (lower(name));

create table members (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  email text not null,
  display_name text not null,
  password_hash text,
  roles text[] not null check (cardinality(roles) > 0),
  settings jsonb not null default '{}'::jsonb,
  disabled_at timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index members_email_idx on members (lower(email));
create index members_organisation_idx on members (organisation_id);

-- Sessions are looked up by the SHA-256 of the cookie's token; the token itself is never stored.
create table sessions (
  token_hash text primary key,
  member_id bigint not null references members (id) on delete cascade,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_member_idx on sessions (member_id);
create index sessions_expiry_idx on sessions (expires_at);

-- API keys: the public prefix finds the row, the secret's SHA-256 proves possession.
create table api_keys (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  name text not null,
  prefix text not null unique,
  secret_hash text not null,
  scopes text[] not null check (cardinality(scopes) > 0),
  created_by bigint references members (id),
  created_at timestamptz not null,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_keys_organisation_idx on api_keys (organisation_id);

-- Failed logins per account and per address, for rate limiting across processes.
create table login_throttle (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);

-- The audit trail: one row per state change, written in the same transaction as the change.
-- Rows form a hash chain: seq is gapless and each row's hash covers the previous row's hash, so a
-- modified, deleted or reordered row breaks the chain at that point.
create table audit_events (
  seq bigint primary key,
  occurred_at timestamptz not null,
  organisation_id bigint references organisations (id),
  actor_type text not null check (actor_type in ('member', 'api_key', 'system')),
  actor_id bigint,
  actor_label text not null,
  action text not null,
  target_type text not null,
  target_id text,
  summary jsonb not null default '{}'::jsonb,
  request_id text,
  prev_hash text not null,
  hash text not null
);
create index audit_events_org_time_idx on audit_events (organisation_id, occurred_at);
create index audit_events_target_idx on audit_events (target_type, target_id);

-- The chain's head, updated with every event: a deleted tail shows as a head that points past the
-- last row.
create table audit_head (
  id boolean primary key default true check (id),
  seq bigint not null,
  hash text not null
);

insert into audit_head (id, seq, hash) values (true, 0, repeat('0', 64));

-- One-time set-up tokens, printed at start while no organisation exists.
create table setup_tokens (
  token_hash text primary key,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
