-- Emerging platforms (PRODUCT.md §4.3): the links found in items, and the registrable domains that
-- recur across items without being in the platform registry (candidate platforms) with the
-- coordinators' decision on each.

-- One out-link of an item: found in its text at intake ('text') or, later, on the fetched page ('page').
create table item_links (
  id bigint generated always as identity primary key,
  item_id bigint not null references items (id),
  url text not null,
  registrable_domain text not null,
  found_in text not null check (found_in in ('text', 'page')),
  created_at timestamptz not null,
  unique (item_id, url, found_in)
);
create index item_links_registrable_domain_idx on item_links (registrable_domain);

-- A domain becomes a row here when the periodic job first finds it recurring (and alerts), or when a
-- coordinator decides on it. The row keeps a dismissed domain from being alerted again.
create table domain_candidates (
  registrable_domain text primary key,
  status text not null default 'candidate' check (status in ('candidate', 'promoted', 'dismissed')),
  promoted_platform_id bigint references platforms (id),
  decided_by text,
  decided_at timestamptz,
  alerted_at timestamptz,
  created_at timestamptz not null,
  check ((status = 'promoted') = (promoted_platform_id is not null))
);
