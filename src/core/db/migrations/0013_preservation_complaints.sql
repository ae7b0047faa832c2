-- The platform side's TCO duties after a removal: preservation of removed content and related data
-- (Art. 6: six months from removal, longer on request), complaints by content providers (Art. 10:
-- decided within two weeks; an upheld complaint restores the content), and the `restored` state
-- of a referral whose content was put back after a complaint.

alter table referrals drop constraint referrals_state_check;
alter table referrals add constraint referrals_state_check
  check (state in ('proposed', 'approved', 'sent', 'acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'force_majeure', 'closed', 'withdrawn', 'restored'));

-- One per referral whose recipient removed or geo-blocked the content.
create table preservations (
  id bigint generated always as identity primary key,
  referral_id bigint not null references referrals (id),
  platform_id bigint references platforms (id),
  action text not null check (action in ('removed', 'geo_blocked')),
  removed_at timestamptz not null,
  preserve_until timestamptz not null,
  -- What is preserved (cleared when the period ends): the content's location, the SHA-256 names
  -- of its media in the media store, and the recipient's note. The row stays as a tombstone.
  url text,
  media_sha256 text[] not null default '{}',
  note text,
  purged_at timestamptz,
  created_at timestamptz not null,
  check (preserve_until > removed_at),
  check (purged_at is null or (url is null and note is null and cardinality(media_sha256) = 0))
);
create unique index preservations_referral_idx on preservations (referral_id);
create index preservations_platform_idx on preservations (platform_id, id desc);
-- The retention job: preservations whose period has ended and that still hold data.
create index preservations_due_idx on preservations (preserve_until) where purged_at is null;

-- Each extension, with who asked, by how much and why (kept after the purge).
create table preservation_extensions (
  id bigint generated always as identity primary key,
  preservation_id bigint not null references preservations (id),
  requested_by text not null check (requested_by in ('referring_organisation', 'platform')),
  organisation_id bigint not null references organisations (id),
  actor_label text not null,
  days integer not null check (days between 1 and 730),
  reason text not null check (length(reason) between 1 and 5000),
  previous_until timestamptz not null,
  new_until timestamptz not null,
  at timestamptz not null,
  check (new_until > previous_until)
);
create index preservation_extensions_preservation_idx on preservation_extensions (preservation_id, id);

-- A content provider's complaint about a removal, recorded by the platform's liaison.
create table complaints (
  id bigint generated always as identity primary key,
  referral_id bigint not null references referrals (id),
  platform_id bigint not null references platforms (id),
  -- The platform organisation that recorded it.
  organisation_id bigint not null references organisations (id),
  complainant_reference text check (length(complainant_reference) <= 200),
  grounds text check (length(grounds) <= 10000),
  received_at timestamptz not null,
  deadline_at timestamptz not null,
  outcome text check (outcome in ('upheld', 'dismissed')),
  decision_reason text check (length(decision_reason) between 1 and 5000),
  decided_at timestamptz,
  decided_by_label text,
  recorded_by_label text not null,
  created_at timestamptz not null,
  check (deadline_at > received_at),
  check ((outcome is null) = (decided_at is null) and (outcome is null) = (decision_reason is null))
);
-- One undecided complaint per referral at a time.
create unique index complaints_open_idx on complaints (referral_id) where outcome is null;
create index complaints_platform_idx on complaints (platform_id, id desc);
create index complaints_referral_idx on complaints (referral_id, id);
