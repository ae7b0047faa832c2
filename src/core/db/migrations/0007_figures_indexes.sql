-- Indexes for the live figures of an operation, polled every few seconds during an action day.
create index referrals_operation_idx on referrals (operation_id, state);
create index referral_events_to_state_idx on referral_events (to_state, referral_id);
