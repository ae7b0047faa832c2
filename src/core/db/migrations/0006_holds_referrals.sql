-- Deconfliction holds (an organisation's claim on an item or a cluster: "under investigation, do not
-- refer"), notifications to organisations, and referrals (voluntary referrals and TCO removal
-- orders) with their state timeline.

create table holds (
  id bigint generated always as identity primary key,
  -- The holder: the only organisation that sees the hold's reason.
  organisation_id bigint not null references organisations (id),
  item_id bigint references items (id),
  -- The held item's canonical URL: the same URL submitted by another organisation (outside the
  -- operation, or in another one) is the same content at the same location.
  item_url text,
  cluster_id bigint references clusters (id),
  reason text not null check (length(reason) between 1 and 5000),
  expires_at timestamptz,
  released_at timestamptz,
  released_by_label text,
  created_by_member_id bigint references members (id),
  created_by_label text not null,
  created_at timestamptz not null,
  check ((item_id is null) <> (cluster_id is null)),
  check ((item_id is null) = (item_url is null)),
  check (expires_at is null or expires_at > created_at)
);
create index holds_organisation_idx on holds (organisation_id, id desc);
create index holds_item_url_idx on holds (item_url) where released_at is null and item_url is not null;
create index holds_cluster_idx on holds (cluster_id) where released_at is null and cluster_id is not null;

create table notifications (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  kind text not null check (length(kind) between 1 and 100),
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_organisation_idx on notifications (organisation_id, id desc);

create table referrals (
  id bigint generated always as identity primary key,
  -- The referring organisation.
  organisation_id bigint not null references organisations (id),
  item_id bigint not null references items (id),
  operation_id bigint references operations (id),
  -- The platform the content is on; the recipient unless an infrastructure provider is addressed.
  platform_id bigint references platforms (id),
  recipient_kind text not null check (recipient_kind in ('platform', 'infrastructure_provider')),
  infrastructure_provider_id bigint references infrastructure_providers (id),
  kind text not null check (kind in ('voluntary_referral', 'removal_order')),
  state text not null check (state in ('proposed', 'approved', 'sent', 'acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'closed', 'withdrawn')),
  proposed_by_type text not null check (proposed_by_type in ('member', 'api_key', 'system')),
  proposed_by_id bigint,
  proposed_by_label text not null,
  approved_by_member_id bigint references members (id),
  approved_by_label text,
  approved_at timestamptz,
  -- TCO removal order, Annex I. The order is issued when it is approved (approved_at).
  issuing_member_state text check (issuing_member_state ~ '^[A-Z]{2}$'),
  issuing_authority text,
  reference_number text,
  -- Art. 2(7) grounds, as the tick boxes of Annex I section B.
  reasons text[] check (reasons <@ array['incitement', 'solicitation_to_commit', 'solicitation_to_participate', 'instruction', 'threat']::text[]),
  language text,
  addressee_contact text,
  additional_information text,
  received_at timestamptz,
  deadline_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz,
  check ((recipient_kind = 'infrastructure_provider') = (infrastructure_provider_id is not null)),
  check (recipient_kind <> 'platform' or platform_id is not null),
  check (kind <> 'removal_order' or (issuing_member_state is not null and issuing_authority is not null and reference_number is not null
    and reasons is not null and cardinality(reasons) > 0 and language is not null and addressee_contact is not null))
);
create unique index referrals_reference_number_idx on referrals (organisation_id, reference_number) where reference_number is not null;
create index referrals_organisation_idx on referrals (organisation_id, id desc);
create index referrals_item_idx on referrals (item_id);
create index referrals_deadline_idx on referrals (deadline_at) where deadline_at is not null and closed_at is null;

create table referral_events (
  id bigint generated always as identity primary key,
  referral_id bigint not null references referrals (id),
  event text not null,
  from_state text,
  to_state text not null,
  actor_type text not null check (actor_type in ('member', 'api_key', 'system')),
  actor_id bigint,
  actor_label text not null,
  reason text,
  at timestamptz not null
);
create index referral_events_referral_idx on referral_events (referral_id, id);
