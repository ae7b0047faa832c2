-- Deconfliction across cluster merges and at intake.
--
-- When an intake merges clusters, the absorbed clusters keep their rows and name the survivor in
-- `merged_into` (always a cluster that is not itself merged: earlier merges are re-pointed), so an
-- absorbed cluster's id still resolves. Active holds on an absorbed cluster move to the survivor in
-- the same transaction. Merges before this migration were not recorded and cannot be recovered.
alter table clusters add column merged_into bigint references clusters (id);
alter table clusters add column merged_at timestamptz;
alter table clusters add constraint clusters_merged_check check ((merged_into is null) = (merged_at is null) and (merged_into is null or merged_into <> id));
create index clusters_merged_into_idx on clusters (merged_into) where merged_into is not null;

-- The holder is told when another organisation submits content its hold covers: once per hold and
-- submitting organisation within a window, counting the items the window held back.
create table hold_intake_notices (
  hold_id bigint not null references holds (id),
  -- The submitting organisation.
  organisation_id bigint not null references organisations (id),
  notified_at timestamptz not null,
  -- Items submitted since the last notification that did not send one of their own.
  unreported_items integer not null default 0 check (unreported_items >= 0),
  primary key (hold_id, organisation_id)
);

-- Holds on an item are also looked up by the item (the held item's cluster, at intake).
create index holds_item_idx on holds (item_id) where released_at is null and item_id is not null;
