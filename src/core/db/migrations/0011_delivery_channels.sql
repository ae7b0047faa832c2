-- Delivery channels besides signed webhooks: the platform feed (an outbox read by polling with a
-- cursor) and e-mail deliveries.
--
-- The feed: every move of a referral addressed to a platform, from its sending on, is written here in
-- the transaction that makes the move. Each platform has its own gapless counter
-- (platform_feed_heads.last_seq), incremented under the row lock in that same transaction: a second
-- transaction writing for the same platform waits until the first commits or rolls back, so a
-- platform's sequence numbers become visible in order and never with a hole. A reader that remembers
-- the last sequence number it saw per platform therefore never skips an event that commits later,
-- which a reader of one global identity column (allocated before commit) could.

create table platform_feed_heads (
  platform_id bigint primary key references platforms (id),
  last_seq bigint not null check (last_seq > 0)
);

create table platform_feed_events (
  id bigserial primary key,
  platform_id bigint not null references platforms (id),
  seq bigint not null check (seq > 0),
  referral_id bigint not null references referrals (id) on delete cascade,
  event text not null,
  payload jsonb not null,
  occurred_at timestamptz not null,
  unique (platform_id, seq)
);
create index platform_feed_events_referral_idx on platform_feed_events (referral_id);

-- One e-mail per referral sent to a platform whose channel is 'email'. The recipient is read from
-- the platform registry at each attempt (a corrected address takes effect on redelivery) and the
-- one used last is kept. not_configured: Vigil has no SMTP settings; the delivery waits and is
-- queued once they exist.
create table email_deliveries (
  id bigserial primary key,
  referral_id bigint not null references referrals (id) on delete cascade,
  platform_id bigint not null references platforms (id),
  -- The referring organisation: the one that may list and redeliver it.
  organisation_id bigint not null references organisations (id),
  event text not null,
  idempotency_key text not null unique,
  status text not null default 'pending' check (status in ('pending', 'sent', 'dead', 'not_configured')),
  recipient text,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  message_id text,
  created_at timestamptz not null,
  sent_at timestamptz
);
create index email_deliveries_org_idx on email_deliveries (organisation_id, id);
create index email_deliveries_waiting_idx on email_deliveries (id) where status = 'not_configured';
