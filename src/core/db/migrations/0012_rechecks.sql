-- Re-checks: Vigil fetches referred URLs again to confirm a recipient's "removed" / "geo-blocked"
-- (which closes the referral) and, after closing, to see whether the content came back.
-- recheck_schedules: one row per referral being confirmed or watched, with its next check.
-- referral_checks: every check made (the evidence: status, final URL, bytes, duration, verdict).
-- referral_flags: "still live" (claimed removed, still serving) and "came back" (closed, live again).

create table recheck_schedules (
  referral_id bigint primary key references referrals (id),
  organisation_id bigint not null references organisations (id),
  phase text not null check (phase in ('confirming', 'watching')),
  -- The recipient's claim (confirming) or the closing (watching); the watch window counts from it.
  phase_since timestamptz not null,
  -- Null: no further check planned. The sweep moves it forward by a lease when it queues a check.
  next_check_at timestamptz,
  checks integer not null default 0 check (checks >= 0),
  last_checked_at timestamptz,
  last_verdict text,
  updated_at timestamptz not null
);
create index recheck_schedules_due_idx on recheck_schedules (next_check_at) where next_check_at is not null;

create table referral_checks (
  id bigint generated always as identity primary key,
  referral_id bigint not null references referrals (id),
  -- The referring organisation: the only one that reads checks.
  organisation_id bigint not null references organisations (id),
  trigger text not null check (trigger in ('scheduled', 'manual')),
  -- The referral's state when the check was recorded.
  referral_state text not null,
  url text not null,
  final_url text not null,
  http_status integer,
  -- Every request made: [{ url, address, status }].
  hops jsonb not null default '[]'::jsonb,
  bytes_read integer not null check (bytes_read >= 0),
  truncated boolean not null,
  body_sha256 text,
  duration_ms integer not null check (duration_ms >= 0),
  verdict text not null check (verdict in ('gone', 'blocked', 'live', 'unreachable', 'error')),
  reason text not null,
  error_code text,
  error_detail text,
  requested_by_label text not null,
  checked_at timestamptz not null
);
create index referral_checks_referral_idx on referral_checks (referral_id, id desc);

create table referral_flags (
  id bigint generated always as identity primary key,
  referral_id bigint not null references referrals (id),
  organisation_id bigint not null references organisations (id),
  kind text not null check (kind in ('still_live', 'came_back')),
  check_id bigint not null references referral_checks (id),
  raised_at timestamptz not null,
  resolved_at timestamptz,
  resolved_by_check_id bigint references referral_checks (id),
  check ((resolved_at is null) = (resolved_by_check_id is null))
);
-- One open flag of a kind per referral: a referral stays flagged until a check resolves it.
create unique index referral_flags_open_idx on referral_flags (referral_id, kind) where resolved_at is null;
create index referral_flags_organisation_idx on referral_flags (organisation_id, id desc);

-- Referrals already waiting for confirmation are checked at once.
insert into recheck_schedules (referral_id, organisation_id, phase, phase_since, next_check_at, updated_at)
  select id, organisation_id, 'confirming', coalesce(answered_at, updated_at), now(), now()
    from referrals where state in ('removed', 'geo_blocked');
