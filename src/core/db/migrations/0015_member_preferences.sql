-- Wellbeing settings per member: how strongly the UI blurs media until revealed, and whether it
-- shows them in greyscale. A member without a row gets the defaults (blurred, in colour).
create table member_preferences (
  member_id bigint primary key references members (id) on delete cascade,
  media_blur_px integer not null check (media_blur_px between 0 and 64),
  greyscale boolean not null,
  updated_at timestamptz not null
);
