// One item: where it is (URL, platform), what it is (text, media shown blurred until revealed,
// assessment, signals), which cluster it belongs to, whether it is held (by the own organisation,
// or — learnt when a referral or hold was refused — by another one), its referrals and its history.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutationState, useQuery } from '@tanstack/react-query';
import { api, ApiRequestError, unwrap, type paths } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import { ProposeReferral } from '../components/propose-referral';
import { StateBadge, KIND_LABELS } from '../components/referral-state';
import { SafeMedia } from '../components/safe-media';
import { ErrorState, Loading, QueryView } from '../components/states';
import { useSession } from '../session';
import { AssessmentFacts, holdError, idParam, ItemStatusBadge, mediaKind, mediaUrl, platformLabel, useHoldForm, useOperation, type Item } from './operations-common';
import { submitHandler } from '../components/submit-handler';

type Hold = paths['/holds']['get']['responses'][200]['content']['application/json']['holds'][number];
type Referral = paths['/referrals']['get']['responses'][200]['content']['application/json']['referrals'][number];

export function ItemPage() {
  const itemId = idParam(useParams().itemId);
  const item = useQuery({ queryKey: ['item', itemId], queryFn: () => unwrap(api.GET('/items/{id}', { params: { path: { id: itemId } } })), enabled: Number.isInteger(itemId) });
  // The loading and error states keep the page's heading and title (announced, and in the tab).
  if (item.isPending)
    return (
      <Page title="Item">
        <Loading label="Loading the item…" />
      </Page>
    );
  if (item.isError)
    return (
      <Page title="Item">
        <ErrorState error={item.error} retry={() => void item.refetch()} />
      </Page>
    );
  return <ItemView item={item.data} />;
}

function ItemView({ item }: { item: Item }) {
  const { can } = useSession();
  const platforms = usePlatformMap();
  const holds = useQuery({ queryKey: ['holds', 'active'], enabled: can('holds:manage'), queryFn: () => unwrap(api.GET('/holds', { params: { query: { status: 'active' } } })) });
  const referrals = useQuery({ queryKey: ['referrals', 'item', item.id], enabled: can('referrals:read'), queryFn: () => unwrap(api.GET('/referrals', { params: { query: { itemId: item.id } } })) });
  const ownHolds = (holds.data?.holds ?? []).filter((h) => h.itemId === item.id || (h.clusterId !== null && h.clusterId === item.clusterId) || (h.url !== null && h.url === item.url));
  const [acting, setActing] = useState<'none' | 'propose' | 'hold'>('none');

  return (
    <Page
      title={`Item ${item.id}`}
      wide
      actions={
        item.operationId != null ? (
          <>
            <Link className="button" to={`/operations/${item.operationId}`}>
              Operation dashboard
            </Link>
            <Link className="button" to={`/operations/${item.operationId}/review`}>
              Review queue
            </Link>
          </>
        ) : undefined
      }
    >
      <div className="item-layout stack">
        <div className="grid">
          <section className="card stack" aria-labelledby="where-title">
            <h2 id="where-title" style={{ marginTop: 0 }}>
              Where it is
            </h2>
            <dl className="facts">
              <dt>URL</dt>
              <dd>
                <span className="mono" data-testid="item-url">
                  {item.url}
                </span>
                {item.submittedUrl !== item.url && <div className="op-subtle">Submitted as {item.submittedUrl}</div>}
              </dd>
              <dt>Platform</dt>
              <dd>
                {item.platformId != null ? (
                  platformLabel(platforms, item.platformId)
                ) : (
                  <>
                    {item.registrableDomain ?? item.host} <span className="badge badge--warning">Unregistered domain</span>
                  </>
                )}
              </dd>
              <dt>Operation</dt>
              <dd>{item.operationId != null ? <OperationLink operationId={item.operationId} /> : 'None'}</dd>
              <dt>Captured</dt>
              <dd>{formatDateTime(item.capturedAt)}</dd>
              <dt>Submitted</dt>
              <dd>{formatDateTime(item.createdAt)}</dd>
              <dt>Cluster</dt>
              <dd>{item.clusterId != null ? <ClusterLink clusterId={item.clusterId} /> : 'None (no media or text to match)'}</dd>
            </dl>
            <p className="op-subtle">
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                Open the URL in a new tab
              </a>{' '}
              (leaves Vigil; the content may be harmful)
            </p>
          </section>
          <section className="card stack" aria-labelledby="assessment-title">
            <h2 id="assessment-title" style={{ marginTop: 0 }}>
              Assessment <ItemStatusBadge status={item.status} />
            </h2>
            <dl className="facts">
              <AssessmentFacts item={item} />
              <dt>Legal basis</dt>
              <dd>{item.legalBasis ?? '—'}</dd>
              {item.notes && (
                <>
                  <dt>Notes</dt>
                  <dd>{item.notes}</dd>
                </>
              )}
            </dl>
          </section>
        </div>

        <Deconfliction item={item} ownHolds={ownHolds} holdsKnown={can('holds:manage')} />

        {(item.text || item.media.length > 0 || item.pageText) && (
          <section className="card stack" aria-labelledby="content-title">
            <h2 id="content-title" style={{ marginTop: 0 }}>
              Content
            </h2>
            {item.media.map((m) => (
              <SafeMedia key={m.id} src={mediaUrl(item.id, m.id)} kind={mediaKind(m)} label={`${mediaKind(m) === 'video' ? 'Video' : 'Image'} of item ${item.id}${m.format ? ` (${m.format}, ${formatNumber(Math.ceil(m.byteSize / 1024))} KB)` : ''}`} />
            ))}
            {item.text && (
              <>
                <h3>Text</h3>
                <p className="item__text">{item.text}</p>
              </>
            )}
            {item.pageText && (
              <details>
                <summary>Text of the page at capture</summary>
                <p className="item__text">{item.pageText}</p>
              </details>
            )}
          </section>
        )}

        <section className="card stack" aria-labelledby="signals-title">
          <h2 id="signals-title" style={{ marginTop: 0 }}>
            Signals
          </h2>
          {item.signals.length === 0 ? (
            <p className="op-subtle">No signals: the item has neither media nor text to hash.</p>
          ) : (
            <DataTable columns={['Type', 'Value', { label: 'Quality', num: true }]}>
              {item.signals.map((s) => (
                <tr key={`${s.signalType}:${s.value}`}>
                  <th scope="row">{s.signalType}</th>
                  <td className="mono">{s.value.length > 200 ? `${s.value.slice(0, 200)}…` : s.value}</td>
                  <td className="num">{s.quality ?? '—'}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>

        {(can('referrals:propose') || can('holds:manage')) && (
          <section className="card stack no-print" aria-labelledby="act-title">
            <h2 id="act-title" style={{ marginTop: 0 }}>
              Act on it
            </h2>
            <div className="row">
              {can('referrals:propose') && (
                <button type="button" aria-expanded={acting === 'propose'} onClick={() => setActing(acting === 'propose' ? 'none' : 'propose')}>
                  Propose referral
                </button>
              )}
              {can('holds:manage') && (
                <button type="button" aria-expanded={acting === 'hold'} onClick={() => setActing(acting === 'hold' ? 'none' : 'hold')}>
                  Place hold
                </button>
              )}
            </div>
            {acting === 'propose' && <ProposeReferral itemId={item.id} platforms={[...platforms.values()].map((p) => ({ id: p.id, name: p.name }))} onProposed={() => setActing('none')} />}
            {acting === 'hold' && <HoldForm item={item} onDone={() => setActing('none')} />}
          </section>
        )}

        {can('referrals:read') && (
          <section className="card stack" aria-labelledby="referrals-title">
            <h2 id="referrals-title" style={{ marginTop: 0 }}>
              Referrals of this item
            </h2>
            <QueryView query={referrals} isEmpty={(d) => d.referrals.length === 0} empty="Not referred yet." loadingLabel="Loading referrals…">
              {(d) => <ReferralTable referrals={d.referrals} platforms={platforms} />}
            </QueryView>
          </section>
        )}

        <section className="card stack" aria-labelledby="history-title">
          <h2 id="history-title" style={{ marginTop: 0 }}>
            History
          </h2>
          <Timeline item={item} holds={ownHolds} referrals={referrals.data?.referrals ?? []} />
          <p className="op-subtle">The full record is in the organisation’s audit trail.</p>
        </section>
      </div>
    </Page>
  );
}

function OperationLink({ operationId }: { operationId: number }) {
  const operation = useOperation(operationId);
  return <Link to={`/operations/${operationId}`}>{operation.data?.name ?? `Operation ${operationId}`}</Link>;
}

function ClusterLink({ clusterId }: { clusterId: number }) {
  const cluster = useQuery({ queryKey: ['cluster', clusterId], queryFn: () => unwrap(api.GET('/clusters/{id}', { params: { path: { id: clusterId } } })) });
  return (
    <>
      <Link to={`/clusters/${clusterId}`}>Cluster {clusterId}</Link>
      {cluster.data && (
        <span className="op-subtle">
          {' '}
          — {formatNumber(cluster.data.itemCount)} item{cluster.data.itemCount === 1 ? '' : 's'} on {formatNumber(cluster.data.platformCount)} platform{cluster.data.platformCount === 1 ? '' : 's'}
          {cluster.data.organisationCount > 1 && `, found by ${cluster.data.organisationCount} organisations`}
        </span>
      )}
    </>
  );
}

/**
 * Whether the item is held. The organisation's own holds are listed; another organisation's hold
 * shows as such (`heldBy: another_organisation`) without who holds it or why.
 */
function Deconfliction({ item, ownHolds, holdsKnown }: { item: Item; ownHolds: Hold[]; holdsKnown: boolean }) {
  const refusals = useMutationState({
    filters: { status: 'error' },
    select: (m) => ({ error: m.state.error, variables: m.state.variables, at: m.state.submittedAt }),
  });
  const blockedAt = refusals
    .filter((r) => r.error instanceof ApiRequestError && r.error.code === 'ITEM_HELD' && concerns(r.variables, item))
    .reduce<number | null>((latest, r) => (latest === null || r.at > latest ? r.at : latest), null);

  const heldElsewhere = item.heldBy === 'another_organisation' || blockedAt !== null;
  const tone = heldElsewhere ? ' deconfliction--blocked' : ownHolds.length > 0 ? ' deconfliction--own' : '';
  const body: ReactNode = (
    <>
      {heldElsewhere && (
        <p>
          <strong>Held by another organisation — referral blocked.</strong> {blockedAt !== null ? `Your attempt at ${formatDateTime(new Date(blockedAt).toISOString())} was refused: a` : 'A'}nother organisation holds this content (the item, its URL or its cluster), for example for an investigation. It cannot be referred until the hold is released or expires. The holder was told that your organisation found it; you are not told who holds it or why.
        </p>
      )}
      {ownHolds.length > 0 && (
        <>
          <p>
            <strong>Held by your organisation.</strong> Other organisations cannot refer it.
          </p>
          <ul>
            {ownHolds.map((h) => (
              <li key={h.id}>
                Hold {h.id} on the {h.itemId !== null ? 'item' : 'cluster'} by {h.createdBy}, {h.expiresAt ? `until ${formatDateTime(h.expiresAt)}` : 'until released'}: “{h.reason}”
              </li>
            ))}
          </ul>
          <p>
            <Link to="/holds">Manage holds</Link>
          </p>
        </>
      )}
      {!heldElsewhere && ownHolds.length === 0 && (
        <p>{holdsKnown ? 'Not held: neither your organisation nor another holds it.' : 'Not held by another organisation.'}</p>
      )}
    </>
  );
  return (
    <section className={`card deconfliction${tone}`} aria-labelledby="deconfliction-title" data-testid="deconfliction">
      <h2 id="deconfliction-title" style={{ marginTop: 0 }}>
        Deconfliction
      </h2>
      {body}
    </section>
  );
}

/** Whether a mutation's variables (a referral or hold body) were about this item or its cluster. */
function concerns(variables: unknown, item: Item): boolean {
  if (typeof variables !== 'object' || variables === null) return false;
  const v = variables as { itemId?: unknown; clusterId?: unknown };
  return v.itemId === item.id || (item.clusterId != null && v.clusterId === item.clusterId);
}

function HoldForm({ item, onDone }: { item: Item; onDone(): void }) {
  const [scope, setScope] = useState<'item' | 'cluster'>('item');
  const { reason, setReason, expires, setExpires, error, pending, place } = useHoldForm(onDone);
  const submit = submitHandler(() => place(scope === 'cluster' && item.clusterId != null ? { clusterId: item.clusterId } : { itemId: item.id }));
  return (
    <form className="stack inline-form" onSubmit={submit} aria-label={`Hold item ${item.id}`} noValidate>
      {item.clusterId != null && (
        <fieldset className="fieldset">
          <legend>Hold</legend>
          <div className="field field--inline">
            <input id="hold-item" type="radio" name="hold-scope" checked={scope === 'item'} onChange={() => setScope('item')} />
            <label htmlFor="hold-item">This item (and its URL)</label>
          </div>
          <div className="field field--inline">
            <input id="hold-cluster" type="radio" name="hold-scope" checked={scope === 'cluster'} onChange={() => setScope('cluster')} />
            <label htmlFor="hold-cluster">The whole cluster {item.clusterId} (every copy, on every platform)</label>
          </div>
        </fieldset>
      )}
      <Field label="Reason" hint="Seen only by your organisation">
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={5000} required />
      </Field>
      <Field label="Expires (UTC, optional)">
        <input type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </Field>
      <FormError error={error} describe={holdError} />
      <div>
        <button type="submit" className="button--primary" disabled={pending}>
          Place hold
        </button>
      </div>
    </form>
  );
}

function ReferralTable({ referrals, platforms }: { referrals: Referral[]; platforms: Map<number, { name: string }> }) {
  return (
    <DataTable columns={['Referral', 'Kind', 'Recipient', 'State', 'Proposed']}>
      {referrals.map((r) => (
        <tr key={r.id}>
          <td>
            <Link to={`/referrals/${r.id}`}>Referral {r.id}</Link>
          </td>
          <td>{KIND_LABELS[r.kind]}</td>
          <td>{r.recipientKind === 'platform' ? platformLabel(platforms, r.platformId) : `Infrastructure provider ${r.infrastructureProviderId ?? ''}`}</td>
          <td>
            <StateBadge state={r.state} />
          </td>
          <td>{formatDateTime(r.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

interface Moment {
  at: string;
  text: ReactNode;
}

function Timeline({ item, holds, referrals }: { item: Item; holds: Hold[]; referrals: Referral[] }) {
  const moments: Moment[] = [];
  if (item.capturedAt) moments.push({ at: item.capturedAt, text: 'Captured' });
  moments.push({ at: item.createdAt, text: `Submitted${item.media.length ? ' with media, stored and hashed' : ''}${item.clusterId != null ? `; joined cluster ${item.clusterId}` : ''}` });
  for (const h of holds) {
    moments.push({ at: h.createdAt, text: `Hold ${h.id} placed by ${h.createdBy}` });
    if (h.releasedAt) moments.push({ at: h.releasedAt, text: `Hold ${h.id} released${h.releasedBy ? ` by ${h.releasedBy}` : ''}` });
  }
  for (const r of referrals) {
    const link = <Link to={`/referrals/${r.id}`}>Referral {r.id}</Link>;
    moments.push({ at: r.createdAt, text: <>{link} proposed by {r.proposedBy.label}</> });
    if (r.approvedAt) moments.push({ at: r.approvedAt, text: <>{link} approved{r.approvedBy ? ` by ${r.approvedBy}` : ''}</> });
    if (r.receivedAt) moments.push({ at: r.receivedAt, text: <>{link} received by the recipient</> });
    if (r.closedAt) moments.push({ at: r.closedAt, text: <>{link} ended ({r.state})</> });
  }
  moments.sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="item-timeline">
      {moments.map((m, i) => (
        <li key={i}>
          <time dateTime={m.at}>{formatDateTime(m.at)}</time>
          {m.text}
        </li>
      ))}
    </ol>
  );
}
