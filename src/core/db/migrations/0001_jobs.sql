-- Durable jobs: one row per unit of background work. Workers claim due rows with
-- FOR UPDATE SKIP LOCKED and hold them under a lease; a worker that dies lets its lease run out and
-- another worker claims the job again.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  payload jsonb not null default '{}'::jsonb,
  status text not null default 'queued'
    check (status in ('queued', 'running', 'succeeded', 'dead')),
  attempts integer not null default 0,
  max_attempts integer not null default 5 check (max_attempts > 0),
  run_at timestamptz not null,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  dedupe_key text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  finished_at timestamptz
);

create index jobs_queued_due_idx on jobs (run_at, id) where status = 'queued';
create index jobs_running_lease_idx on jobs (locked_until) where status = 'running';
create index jobs_dead_idx on jobs (updated_at) where status = 'dead';
create unique index jobs_dedupe_idx on jobs (kind, dedupe_key)
  where dedupe_key is not null and status in ('queued', 'running');

-- Periodic jobs: each schedule fires once per interval across all worker processes, because firing
-- moves next_run_at forward in the same UPDATE that selects it.
create table job_schedules (
  name text primary key,
  kind text not null,
  payload jsonb not null default '{}'::jsonb,
  interval_ms bigint not null check (interval_ms >= 1000),
  next_run_at timestamptz not null,
  last_run_at timestamptz
);
