-- The platform side of referrals: the recipient's answers and the removal order clock.
-- A removal order's hour runs from receipt (received_at) and pauses while clarification is
-- requested or force majeure is declared (TCO Art. 3(7), 3(8)); the effective deadline is
-- received_at + 1 hour + paused_total_ms (+ the running pause since paused_at), computed on read.

alter table referrals drop constraint referrals_state_check;
alter table referrals add constraint referrals_state_check
  check (state in ('proposed', 'approved', 'sent', 'acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'force_majeure', 'closed', 'withdrawn'));

alter table referrals
  -- Set while the clock is paused; cleared (and the pause added to paused_total_ms) on resume.
  add column paused_at timestamptz,
  add column paused_total_ms bigint not null default 0 check (paused_total_ms >= 0),
  -- When the recipient removed, geo-blocked or rejected: the clock stops there, so an order
  -- answered late stays overdue and one answered in time never becomes so.
  add column answered_at timestamptz,
  add column reject_reason text check (reject_reason in ('not_terrorist_content', 'not_hosted_here', 'technical_impossibility', 'insufficient_information', 'other')),
  -- The overdue notification is written once to each side.
  add column overdue_notified_at timestamptz;

-- The overdue sweep: removal orders received, not answered, not yet flagged.
create index referrals_overdue_sweep_idx on referrals (received_at)
  where kind = 'removal_order' and received_at is not null and answered_at is null and overdue_notified_at is null;
