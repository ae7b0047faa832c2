// One cluster: every location of one piece of content. The caller sees its own organisation's items
// in full; other organisations' items are only counted (with the domains the piece was found on).
import { Link, useParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { DataTable } from '../components/data-table';
import { formatNumber } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import { ErrorState, Loading } from '../components/states';
import { idParam, ItemStatusBadge, platformLabel } from './operations-common';

/** Own items shown with their details; beyond this only their numbers are listed. */
const DETAILED_ITEMS = 100;

export function ClusterPage() {
  const clusterId = idParam(useParams().clusterId);
  const cluster = useQuery({ queryKey: ['cluster', clusterId], queryFn: () => unwrap(api.GET('/clusters/{id}', { params: { path: { id: clusterId } } })), enabled: Number.isInteger(clusterId) });
  if (cluster.isPending)
    return (
      <Page title="Cluster">
        <Loading label="Loading the cluster…" />
      </Page>
    );
  if (cluster.isError)
    return (
      <Page title="Cluster">
        <ErrorState error={cluster.error} retry={() => void cluster.refetch()} />
      </Page>
    );
  const c = cluster.data;
  const others = c.itemCount - c.ownItemIds.length;
  const otherOrganisations = Math.max(0, c.organisationCount - (c.ownItemIds.length > 0 ? 1 : 0));
  return (
    <Page title={`Cluster ${c.id}`} wide>
      <div className="stack">
        <p className="lead">One piece of content and its copies, matched by their hashes across platforms and organisations.</p>
        <dl className="headline" data-testid="cluster-figures">
          <div className="headline__figure card">
            <dt>Items</dt>
            <dd data-testid="cluster-items">
              <span className="headline__value">{formatNumber(c.itemCount)}</span>
            </dd>
          </div>
          <div className="headline__figure card">
            <dt>Platforms</dt>
            <dd data-testid="cluster-platforms">
              <span className="headline__value">{formatNumber(c.platformCount)}</span>
            </dd>
          </div>
          <div className="headline__figure card">
            <dt>Organisations</dt>
            <dd data-testid="cluster-organisations">
              <span className="headline__value">{formatNumber(c.organisationCount)}</span>
            </dd>
          </div>
          <div className="headline__figure card">
            <dt>Your items</dt>
            <dd data-testid="cluster-own">
              <span className="headline__value">{formatNumber(c.ownItemIds.length)}</span>
            </dd>
          </div>
        </dl>

        <section className="card stack" aria-labelledby="cluster-domains-title">
          <h2 id="cluster-domains-title" style={{ marginTop: 0 }}>
            Found on
          </h2>
          {c.domains.length === 0 ? (
            <p className="op-subtle">No domain recorded.</p>
          ) : (
            <ul className="cluster-domains">
              {c.domains.map((d) => (
                <li key={d} className="mono">
                  {d}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card stack" aria-labelledby="cluster-own-title">
          <h2 id="cluster-own-title" style={{ marginTop: 0 }}>
            Your organisation’s items
          </h2>
          {c.ownItemIds.length === 0 ? <p className="op-subtle">None.</p> : <OwnItems ids={c.ownItemIds} />}
        </section>

        <section className="card stack" aria-labelledby="cluster-others-title" data-testid="cluster-others">
          <h2 id="cluster-others-title" style={{ marginTop: 0 }}>
            Other organisations
          </h2>
          <p>
            {others === 0
              ? 'No other organisation has submitted this piece.'
              : `${formatNumber(others)} item${others === 1 ? '' : 's'} of ${formatNumber(otherOrganisations)} other organisation${otherOrganisations === 1 ? '' : 's'}: counted only, their details stay with them.`}
          </p>
        </section>
      </div>
    </Page>
  );
}

function OwnItems({ ids }: { ids: number[] }) {
  const platforms = usePlatformMap();
  const shown = ids.slice(0, DETAILED_ITEMS);
  const items = useQueries({
    queries: shown.map((id) => ({ queryKey: ['item', id], queryFn: () => unwrap(api.GET('/items/{id}', { params: { path: { id } } })) })),
  });
  return (
    <>
      <DataTable testId="cluster-own-items" columns={['Item', 'URL', 'Platform', 'Operation', 'Status']}>
        {shown.map((id, i) => {
          const q = items[i]!;
          const item = q.data;
          return (
            <tr key={id}>
              <td>
                <Link to={`/items/${id}`}>Item {id}</Link>
              </td>
              {item ? (
                <>
                  <td className="mono">{item.url}</td>
                  <td>{platformLabel(platforms, item.platformId, `${item.registrableDomain ?? item.host} (unregistered)`)}</td>
                  <td>{item.operationId != null ? <Link to={`/operations/${item.operationId}`}>Operation {item.operationId}</Link> : '—'}</td>
                  <td>
                    <ItemStatusBadge status={item.status} />
                  </td>
                </>
              ) : (
                <td colSpan={4}>{q.isError ? 'Could not load this item.' : 'Loading…'}</td>
              )}
            </tr>
          );
        })}
      </DataTable>
      {ids.length > shown.length && <p>And {formatNumber(ids.length - shown.length)} more: {ids.slice(DETAILED_ITEMS).join(', ')}.</p>}
    </>
  );
}
