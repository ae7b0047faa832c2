// Deconfliction: the organisation's holds (an item, with its URL, or a whole cluster that nobody
// else may refer until the hold is released or expires), placing and releasing them, and the
// notifications that another organisation ran into one of them (so the two can talk).
// ?itemId= or ?clusterId= opens the form filled in (links from item and cluster pages).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { StatusMessage } from '../components/status-message';
import { useSession } from '../session';
import { conflictText, RefusalError } from './referral-common';

type Hold = paths['/holds']['get']['responses'][200]['content']['application/json']['holds'][number];
type HoldBody = paths['/holds']['post']['requestBody']['content']['application/json'];

const STATUS_TONES: Record<Hold['status'], string> = { active: 'warning', released: 'muted', expired: 'muted' };

export function HoldsPage() {
  const [status, setStatus] = useState<'active' | 'all'>('active');
  const query = useQuery({
    queryKey: ['holds', status],
    queryFn: () => unwrap(api.GET('/holds', { params: { query: status === 'active' ? { status: 'active' } : {} } })),
  });
  return (
    <Page title="Holds">
      <p className="rf-lead">A hold keeps other organisations from referring content you are working on (an item, its URL, or its whole cluster). They are told only that it is held; you are told who ran into it.</p>
      <div className="stack">
        <div className="rf-holds-layout">
          <ConflictNotifications />
          <PlaceHold />
        </div>
        <section className="card" aria-labelledby="holds-heading">
          <div className="row rf-row--spread">
            <h2 id="holds-heading">Your organisation’s holds</h2>
            <Field label="Show">
              <select value={status} onChange={(e) => setStatus(e.target.value as 'active' | 'all')}>
                <option value="active">Active holds</option>
                <option value="all">All, with released and expired</option>
              </select>
            </Field>
          </div>
          <QueryView query={query} isEmpty={(d) => d.holds.length === 0} empty={status === 'active' ? 'No active holds.' : 'Your organisation has placed no holds.'} loadingLabel="Loading holds…">
            {(data) => <HoldTable holds={data.holds} />}
          </QueryView>
        </section>
      </div>
    </Page>
  );
}

function HoldTable({ holds }: { holds: Hold[] }) {
  return (
    <DataTable caption="Holds, newest first" columns={['Held', 'Reason', 'Status', 'Expires', 'Placed', { label: 'Actions', hidden: true }]}>
      {holds.map((h) => (
        <HoldRow key={h.id} hold={h} />
      ))}
    </DataTable>
  );
}

function HoldRow({ hold }: { hold: Hold }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const release = useMutation({
    mutationFn: () => unwrap(api.DELETE('/holds/{id}', { params: { path: { id: hold.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['holds'] }),
  });
  const target = hold.itemId !== null ? `item ${hold.itemId}` : `cluster ${hold.clusterId}`;
  return (
    <tr data-testid={`hold-${hold.id}`}>
      <td>
        {hold.itemId !== null ? <Link to={`/items/${hold.itemId}`}>Item #{hold.itemId}</Link> : <Link to={`/clusters/${hold.clusterId}`}>Cluster #{hold.clusterId}</Link>}
        {hold.url && (
          <div className="small">
            <code className="rf-url">{hold.url}</code>
          </div>
        )}
      </td>
      <td className="rf-wrap rf-hold-reason">{hold.reason}</td>
      <td>
        <span className={`badge badge--${STATUS_TONES[hold.status]}`}>{hold.status}</span>
        {hold.releasedAt && (
          <div className="muted small">
            {formatDateTime(hold.releasedAt)}
            {hold.releasedBy ? `, ${hold.releasedBy}` : ''}
          </div>
        )}
      </td>
      <td>{hold.expiresAt ? formatDateTime(hold.expiresAt) : 'Until released'}</td>
      <td>
        {formatDateTime(hold.createdAt)}
        <div className="muted small">{hold.createdBy}</div>
      </td>
      <td>
        {hold.status === 'active' &&
          (confirming ? (
            <div className="stack">
              <span className="small">Release the hold on {target}? Others may then refer it.</span>
              <div className="row">
                <button type="button" className="button--danger" disabled={release.isPending} onClick={() => release.mutate()}>
                  Release
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
              <RefusalError error={release.error} />
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Release the hold on ${target}`}>
              Release…
            </button>
          ))}
      </td>
    </tr>
  );
}

function PlaceHold() {
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [on, setOn] = useState<'item' | 'cluster'>(params.get('clusterId') ? 'cluster' : 'item');
  const [target, setTarget] = useState(params.get('clusterId') ?? params.get('itemId') ?? '');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [placed, setPlaced] = useState<string | null>(null);
  const place = useMutation({
    mutationFn: (body: HoldBody) => unwrap(api.POST('/holds', { body })),
    onSuccess: (hold) => {
      setPlaced(`Hold placed on ${hold.itemId !== null ? `item ${hold.itemId}` : `cluster ${hold.clusterId}`}.`);
      setTarget('');
      setReason('');
      setExpires('');
      void queryClient.invalidateQueries({ queryKey: ['holds'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    setPlaced(null);
    const id = Number(target);
    if (!Number.isInteger(id) || id <= 0) return setInvalid(`Give the number of the ${on}.`);
    if (!reason.trim()) return setInvalid('Say why it is held (only your organisation sees this).');
    const body: HoldBody = on === 'item' ? { itemId: id, reason: reason.trim() } : { clusterId: id, reason: reason.trim() };
    if (expires) {
      // The field is read as UTC, like every time Vigil shows.
      const at = new Date(`${expires}:00Z`);
      if (Number.isNaN(at.getTime())) return setInvalid('The expiry is not a valid time.');
      body.expiresAt = at.toISOString();
    }
    place.mutate(body);
  }
  return (
    <section className="card" aria-labelledby="place-heading">
      <h2 id="place-heading">Place a hold</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="fieldset fieldset--plain">
          <legend>Hold</legend>
          <div className="row">
            <div className="field field--inline">
              <input id="hold-on-item" type="radio" name="hold-on" checked={on === 'item'} onChange={() => setOn('item')} />
              <label htmlFor="hold-on-item">An item (and its URL)</label>
            </div>
            <div className="field field--inline">
              <input id="hold-on-cluster" type="radio" name="hold-on" checked={on === 'cluster'} onChange={() => setOn('cluster')} />
              <label htmlFor="hold-on-cluster">A cluster</label>
            </div>
          </div>
        </fieldset>
        <Field label={on === 'item' ? 'Item number' : 'Cluster number'} hint={on === 'item' ? 'One of your organisation’s items.' : 'A cluster your organisation has an item in.'}>
          <input type="number" inputMode="numeric" min={1} value={target} onChange={(e) => setTarget(e.target.value)} />
        </Field>
        <Field label="Reason" hint="Seen only by your organisation.">
          <textarea value={reason} maxLength={5000} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <Field label="Expires (UTC, optional)" hint="Leave empty to hold until released.">
          <input type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </Field>
        <FormError error={invalid} />
        <RefusalError error={place.error} />
        <StatusMessage>{placed}</StatusMessage>
        <button type="submit" className="button--primary" disabled={place.isPending}>
          Place hold
        </button>
      </form>
    </section>
  );
}

function ConflictNotifications() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['notifications', 'list'],
    enabled: can('notifications:read'),
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { limit: 200 } } })),
  });
  const read = useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const conflicts = (query.data?.notifications ?? []).filter((n) => n.kind === 'hold.conflict');
  if (!can('notifications:read')) return null;
  return (
    <section className="card" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Others who ran into your holds</h2>
      <QueryView query={query} isEmpty={() => conflicts.length === 0} empty="Nobody has run into your holds." loadingLabel="Loading notifications…">
        {() => (
          <ul className="rf-plain-list stack">
            {conflicts.map((n) => (
              <li key={n.id} className={`rf-conflict${n.readAt ? '' : ' rf-conflict--unread'}`}>
                <p>{conflictText(n)}</p>
                <div className="row small">
                  <span className="muted">{formatDateTime(n.createdAt)}</span>
                  {n.readAt ? (
                    <span className="muted">Read</span>
                  ) : (
                    can('notifications:manage') && (
                      <button type="button" className="link-button" onClick={() => read.mutate(n.id)}>
                        Mark read
                      </button>
                    )
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <RefusalError error={read.error} />
    </section>
  );
}
