// The organisation's referrals and removal orders, newest first, filtered by state, operation and
// platform (the filters live in the address, so a filtered list can be shared), with each removal
// order's live deadline; and the form to propose a new one (?propose=<itemId> opens it filled in).
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { Countdown } from '../components/countdown';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import { ProposeReferral } from '../components/propose-referral';
import { ANSWERED_STATES, KIND_LABELS, PAUSED_STATES, REFERRAL_STATES, STATE_LABELS, StateBadge, type ReferralState } from '../components/referral-state';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import { platformName, useOperations } from './referral-common';

type ListQuery = NonNullable<paths['/referrals']['get']['parameters']['query']>;
type ListedReferral = paths['/referrals']['get']['responses'][200]['content']['application/json']['referrals'][number];

const PAGE_SIZE = 100;

export function ReferralsPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const state = (REFERRAL_STATES as string[]).includes(params.get('state') ?? '') ? (params.get('state') as ReferralState) : undefined;
  const operationId = Number(params.get('operation')) || undefined;
  const platformId = Number(params.get('platform')) || undefined;
  const proposeItem = Number(params.get('propose')) || undefined;
  const platforms = usePlatformMap();
  const operations = useOperations();

  const query = useInfiniteQuery({
    queryKey: ['referrals', 'list', { state, operationId }],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => {
      const q: ListQuery = { limit: PAGE_SIZE };
      if (state) q.state = state;
      if (operationId) q.operationId = operationId;
      if (pageParam) q.before = pageParam;
      return unwrap(api.GET('/referrals', { params: { query: q } }));
    },
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    refetchInterval: 30_000,
  });

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const rowsOf = (pages: { referrals: ListedReferral[] }[]) => pages.flatMap((p) => p.referrals).filter((r) => !platformId || r.platformId === platformId);
  const filtered = Boolean(state || operationId || platformId);

  return (
    <Page title="Referrals" wide>
      {can('referrals:propose') && (
        <details className="card rf-propose-card" open={proposeItem !== undefined}>
          <summary>Propose a referral</summary>
          <ProposeReferral initialItemId={proposeItem} platforms={[...platforms.values()]} onProposed={(r) => void navigate(`/referrals/${r.id}`)} />
        </details>
      )}

      <form className="rf-filters card" aria-label="Filter referrals" onSubmit={(e) => e.preventDefault()}>
        <Field label="State">
          <select value={state ?? ''} onChange={(e) => setFilter('state', e.target.value)}>
            <option value="">Any state</option>
            {REFERRAL_STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Operation">
          <select value={operationId ?? ''} onChange={(e) => setFilter('operation', e.target.value)}>
            <option value="">Any operation</option>
            {(operations.data?.operations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Platform">
          <select value={platformId ?? ''} onChange={(e) => setFilter('platform', e.target.value)}>
            <option value="">Any platform</option>
            {[...platforms.values()].map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        {filtered && (
          <button type="button" className="button--quiet" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            Clear filters
          </button>
        )}
      </form>

      <QueryView query={query} isEmpty={(d) => rowsOf(d.pages).length === 0} empty={filtered ? 'No referrals match these filters.' : 'Your organisation has no referrals yet. Propose one from an item.'} loadingLabel="Loading referrals…">
        {(data) => (
          <>
            <DataTable caption="Referrals, newest first" className="rf-referrals-table" columns={['Referral', 'State', 'Recipient', 'Item', 'Proposed', 'Deadline']}>
              {rowsOf(data.pages).map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/referrals/${r.id}`}>Referral #{r.id}</Link>
                    <div className="muted small">
                      {KIND_LABELS[r.kind]}
                      {r.removalOrder && `, ref. ${r.removalOrder.referenceNumber}`}
                    </div>
                  </td>
                  <td>
                    <StateBadge state={r.state} />
                  </td>
                  <td>{r.recipientKind === 'infrastructure_provider' ? `Infrastructure provider #${r.infrastructureProviderId}` : platformName(platforms, r.platformId)}</td>
                  <td>
                    <Link to={`/items/${r.itemId}`}>Item #{r.itemId}</Link>
                  </td>
                  <td>
                    {formatDateTime(r.createdAt)}
                    <div className="muted small rf-wrap">{r.proposedBy.label}</div>
                  </td>
                  <td>
                    {r.deadlineAt ? (
                      <Countdown compact deadlineAt={r.deadlineAt} remainingSeconds={r.remainingSeconds} overdue={r.overdue} paused={PAUSED_STATES.includes(r.state)} answered={ANSWERED_STATES.includes(r.state)} label={`Referral ${r.id}`} />
                    ) : (
                      <span className="muted">{r.kind === 'removal_order' ? 'Starts when sent' : '—'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
            {query.hasNextPage && (
              <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                {query.isFetchingNextPage ? 'Loading…' : 'Load older referrals'}
              </button>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
