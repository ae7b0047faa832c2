-- Emerging platforms, second part: the page text captured with an item and the links in it, the
-- host of every out-link (shared hosting domains are counted per host), infrastructure providers
-- operated by an organisation in Vigil (their liaisons answer the referrals addressed to them), and
-- escalations: a referral to a hostile or unresponsive platform followed by one to the platform's
-- hosting company, CDN or registrar.

-- The text of the page at capture, apart from the item's own text (a post's caption).
alter table items add column page_text text check (page_text is null or length(page_text) <= 200000);

-- Where a link was found: the item's text or the captured page text ('page' was reserved for it).
alter table item_links drop constraint item_links_found_in_check;
update item_links set found_in = 'page_text' where found_in = 'page';
alter table item_links add constraint item_links_found_in_check check (found_in in ('text', 'page_text'));

-- The link's canonical host: under a shared hosting domain each site is counted on its own.
alter table item_links add column host text;
update item_links set host = coalesce(substring(url from '^[a-z][a-z0-9+.-]*://([^/:?#]+)'), registrable_domain);
alter table item_links alter column host set not null;

-- An infrastructure provider that has joined Vigil: the platform organisation whose liaisons
-- receive and answer the referrals addressed to it (like platforms.operator_organisation_id).
alter table infrastructure_providers add column operator_organisation_id bigint references organisations (id);
create index infrastructure_providers_operator_idx on infrastructure_providers (operator_organisation_id) where operator_organisation_id is not null;

-- A referral to an infrastructure provider made as the escalation of an earlier referral to the
-- platform: why (the platform is hostile or unresponsive, or the referral went unanswered) and by whom.
create table referral_escalations (
  referral_id bigint primary key references referrals (id),
  original_referral_id bigint not null references referrals (id),
  -- The referring organisation (of both referrals).
  organisation_id bigint not null references organisations (id),
  provider_id bigint not null references infrastructure_providers (id),
  grounds text not null check (grounds in ('hostile', 'unresponsive', 'unanswered')),
  reason text check (reason is null or length(reason) between 1 and 5000),
  created_by_label text not null,
  created_at timestamptz not null,
  check (referral_id <> original_referral_id)
);
create index referral_escalations_original_idx on referral_escalations (original_referral_id);
-- A platform's referral history for the evidence bundle.
create index referrals_platform_idx on referrals (organisation_id, platform_id, id desc) where platform_id is not null;
