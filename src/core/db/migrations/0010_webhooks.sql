-- Signed webhooks: a platform organisation's endpoints and the deliveries of referral events to them.
-- Signing secrets must be usable to sign, so they cannot be hashed like passwords and API keys:
-- they are stored encrypted (AES-256-GCM with VIGIL_SECRET_KEY). The previous secret stays valid
-- until previous_secret_expires_at so receivers can roll over without missing deliveries.

create table webhook_endpoints (
  id bigserial primary key,
  organisation_id bigint not null references organisations (id),
  url text not null check (url ~ '^https?://' and length(url) <= 4096),
  secret_encrypted text not null,
  previous_secret_encrypted text,
  previous_secret_expires_at timestamptz,
  enabled boolean not null default true,
  created_at timestamptz not null,
  rotated_at timestamptz
);
create index webhook_endpoints_org_idx on webhook_endpoints (organisation_id);

create table webhook_deliveries (
  id bigserial primary key,
  endpoint_id bigint not null references webhook_endpoints (id) on delete cascade,
  referral_id bigint not null references referrals (id) on delete cascade,
  event text not null,
  -- One delivery per event and endpoint, whatever the number of attempts or redeliveries.
  idempotency_key text not null unique,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
  attempts integer not null default 0 check (attempts >= 0),
  last_status_code integer,
  last_error text,
  created_at timestamptz not null,
  delivered_at timestamptz
);
create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, id);
