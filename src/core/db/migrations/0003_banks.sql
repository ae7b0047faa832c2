-- Hash banks (HMA vocabulary): named lists of content entries, each with one or more signals.
-- Banks belong to an organisation and may be shared with others to read or to contribute.

create table banks (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  name text not null check (name ~ '^[A-Z][A-Z0-9_]{0,99}$'),
  description text not null default '',
  enabled boolean not null default true,
  -- Matches in a negative bank (known benign content) suppress matches in other banks.
  is_negative boolean not null default false,
  -- Per-bank PDQ match distance (vPDQ frames use it too); the signal type's default when null.
  pdq_threshold integer check (pdq_threshold between 0 and 255),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  deleted_at timestamptz
);
create unique index banks_name_idx on banks (name) where deleted_at is null;
create index banks_organisation_idx on banks (organisation_id);

create table bank_shares (
  bank_id bigint not null references banks (id),
  organisation_id bigint not null references organisations (id),
  access text not null check (access in ('read', 'contribute')),
  created_at timestamptz not null,
  primary key (bank_id, organisation_id)
);
create index bank_shares_organisation_idx on bank_shares (organisation_id);

create table bank_contents (
  id bigint generated always as identity primary key,
  bank_id bigint not null references banks (id),
  note text not null default '',
  category text,
  tags text[] not null default '{}',
  metadata jsonb not null default '{}'::jsonb,
  -- Where an imported entry came from, so re-imports update instead of duplicating.
  source text,
  source_id text,
  enabled boolean not null default true,
  disabled_until timestamptz,
  -- Flood quarantine: an entry that suddenly matches far above its baseline stops matching.
  quarantined_at timestamptz,
  quarantine_reason text,
  added_by_organisation_id bigint references organisations (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  deleted_at timestamptz
);
create index bank_contents_bank_idx on bank_contents (bank_id, id);
create unique index bank_contents_source_idx on bank_contents (bank_id, source, source_id)
  where source_id is not null and deleted_at is null;

-- Every change that matters to a matcher (a signal added, removed, or its content or bank
-- changed) takes the next change_seq, under one advisory lock so that seq order is commit order.
-- Matcher processes load everything once, then follow change_seq.
create sequence bank_change_seq;

create table bank_signals (
  id bigint generated always as identity primary key,
  content_id bigint not null references bank_contents (id),
  bank_id bigint not null references banks (id),
  signal_type text not null,
  value text not null,
  quality integer,
  change_seq bigint not null,
  created_at timestamptz not null,
  deleted_at timestamptz
);
-- md5(value): vPDQ values (one hash per frame) outgrow a btree entry.
create index bank_signals_exact_idx on bank_signals (signal_type, md5(value)) where deleted_at is null;
create index bank_signals_change_idx on bank_signals (change_seq);
create index bank_signals_content_idx on bank_signals (content_id);

-- Matches per entry per hour: the baseline that flood quarantine compares against.
create table bank_match_counts (
  content_id bigint not null references bank_contents (id),
  hour timestamptz not null,
  matches integer not null,
  primary key (content_id, hour)
);

-- Imports from paged sources (TCAP) keep their checkpoint, so an interrupted import resumes.
create table bank_imports (
  id bigint generated always as identity primary key,
  bank_id bigint not null references banks (id),
  organisation_id bigint not null references organisations (id),
  format text not null,
  source_url text,
  checkpoint text,
  status text not null check (status in ('running', 'interrupted', 'completed', 'failed')),
  rows_imported integer not null default 0,
  rows_rejected integer not null default 0,
  tombstones integer not null default 0,
  last_error text,
  started_at timestamptz not null,
  updated_at timestamptz not null,
  finished_at timestamptz
);
