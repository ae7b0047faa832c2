// The platform's delivery and upload-check settings: webhook endpoints (add, rotate the signing
// secret, remove; a secret is shown once, with a copy button), their deliveries and dead letters
// (redeliver), and the organisation's upload-check API keys (keys with the hashes:lookup scope:
// create, shown once; list; revoke), which need the api_keys:manage permission (admins).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { OneTimeSecret } from '../components/one-time-secret';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import { RefusalError } from './referral-common';

type Endpoint = paths['/platform/webhooks']['get']['responses'][200]['content']['application/json']['endpoints'][number];
type Delivery = paths['/platform/webhooks/deliveries']['get']['responses'][200]['content']['application/json']['deliveries'][number];
type ApiKey = paths['/api-keys']['get']['responses'][200]['content']['application/json']['apiKeys'][number];

const UPLOAD_CHECK_SCOPE = 'hashes:lookup';

export function PlatformSettingsPage() {
  const { can } = useSession();
  return (
    <Page title="Platform settings">
      <p className="no-print">
        <Link to="/platform">← Platform portal</Link>
      </p>
      <div className="stack">
        {can('webhooks:manage') ? (
          <>
            <WebhookEndpoints />
            <Deliveries />
          </>
        ) : (
          <p className="muted">Your roles do not include managing webhooks.</p>
        )}
        <UploadCheckKeys />
      </div>
    </Page>
  );
}

function WebhookEndpoints() {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const query = useQuery({ queryKey: ['webhooks', 'endpoints'], queryFn: () => unwrap(api.GET('/platform/webhooks')) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const create = useMutation({
    mutationFn: (u: string) => unwrap(api.POST('/platform/webhooks', { body: { url: u } })),
    onSuccess: (r) => {
      setSecret({ title: `Signing secret for ${r.endpoint.url}`, value: r.secret });
      setUrl('');
      void refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (url.trim()) create.mutate(url.trim());
  }
  return (
    <section className="card stack" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhook endpoints</h2>
      <p className="small">
        Vigil POSTs a signed <code>referral.sent</code> event to each enabled endpoint when a referral or removal order is sent to your platforms. Verify the <code>Vigil-Signature</code> header with the endpoint’s secret (see the webhook documentation).
      </p>
      {secret && <OneTimeSecret title={secret.title} secret={secret.value} onDismiss={() => setSecret(null)} />}
      <QueryView query={query} isEmpty={(d) => d.endpoints.length === 0} empty="No endpoints yet: referrals reach you in this portal only." loadingLabel="Loading endpoints…">
        {(data) => (
          <ul className="rf-plain-list stack" aria-label="Endpoints">
            {data.endpoints.map((e) => (
              <li key={e.id}>
                <EndpointRow endpoint={e} onSecret={(value) => setSecret({ title: `New signing secret for ${e.url}`, value })} />
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <form className="stack" onSubmit={submit} aria-label="Add an endpoint">
        <Field label="Endpoint URL" hint="An HTTPS address of yours that accepts POST requests.">
          <input type="url" inputMode="url" value={url} required maxLength={4096} placeholder="https://hooks.example.net/vigil" onChange={(e) => setUrl(e.target.value)} />
        </Field>
        <RefusalError error={create.error} />
        <button type="submit" className="button--primary" disabled={create.isPending || !url.trim()}>
          Add endpoint
        </button>
      </form>
    </section>
  );
}

function EndpointRow({ endpoint: e, onSecret }: { endpoint: Endpoint; onSecret(secret: string): void }) {
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<'rotate' | 'delete' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const rotate = useMutation({
    mutationFn: () => unwrap(api.POST('/platform/webhooks/{id}/rotate', { params: { path: { id: e.id } } })),
    onSuccess: (r) => {
      setConfirm(null);
      onSecret(r.secret);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/platform/webhooks/{id}', { params: { path: { id: e.id } } })),
    onSuccess: () => {
      setConfirm(null);
      void refresh();
    },
  });
  return (
    <div className="rf-endpoint" data-testid={`endpoint-${e.id}`}>
      <div className="rf-endpoint__main">
        <code>{e.url}</code>
        <div className="small muted">
          <span className={`badge badge--${e.enabled ? 'ok' : 'muted'}`}>{e.enabled ? 'Enabled' : 'Disabled'}</span> Added {formatDateTime(e.createdAt)}
          {e.rotatedAt && <> · secret rotated {formatDateTime(e.rotatedAt)}</>}
          {e.previousSecretValidUntil && <> · the previous secret keeps signing until {formatDateTime(e.previousSecretValidUntil)}</>}
        </div>
      </div>
      {confirm ? (
        <div className="row rf-confirm" role="group" aria-label="Confirm">
          <span className="small">{confirm === 'rotate' ? 'Make a new secret? The old one keeps signing for 24 hours.' : 'Remove this endpoint and its deliveries?'}</span>
          <button type="button" className={confirm === 'delete' ? 'button--danger' : 'button--primary'} disabled={rotate.isPending || remove.isPending} onClick={() => (confirm === 'rotate' ? rotate.mutate() : remove.mutate())}>
            {confirm === 'rotate' ? 'Rotate secret' : 'Remove endpoint'}
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setConfirm('rotate')} aria-label={`Rotate the secret of ${e.url}`}>
            Rotate secret…
          </button>
          <button type="button" className="button--quiet" onClick={() => setConfirm('delete')} aria-label={`Remove ${e.url}`}>
            Remove…
          </button>
        </div>
      )}
      <RefusalError error={rotate.error ?? remove.error} />
    </div>
  );
}

const DELIVERY_TONES: Record<Delivery['status'], string> = { pending: 'warning', delivered: 'ok', dead: 'danger' };

function Deliveries() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Delivery['status'] | ''>('');
  const query = useQuery({
    queryKey: ['webhooks', 'deliveries', status],
    queryFn: () => unwrap(api.GET('/platform/webhooks/deliveries', { params: { query: { limit: 100, ...(status ? { status } : {}) } } })),
    refetchInterval: 30_000,
  });
  const redeliver = useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/platform/webhooks/deliveries/{id}/redeliver', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries'] }),
  });
  return (
    <section className="card stack" aria-labelledby="deliveries-heading">
      <div className="row rf-row--spread">
        <h2 id="deliveries-heading">Deliveries</h2>
        <Field label="Show">
          <select value={status} onChange={(e) => setStatus(e.target.value as Delivery['status'] | '')}>
            <option value="">All deliveries</option>
            <option value="pending">Pending (being retried)</option>
            <option value="delivered">Delivered</option>
            <option value="dead">Dead letters (ran out of attempts)</option>
          </select>
        </Field>
      </div>
      <QueryView query={query} isEmpty={(d) => d.deliveries.length === 0} empty={status === 'dead' ? 'No dead letters.' : 'No deliveries yet.'} loadingLabel="Loading deliveries…">
        {(data) => (
          <DataTable caption="Webhook deliveries, newest first" columns={['Delivery', 'Referral', 'Status', { label: 'Attempts', num: true }, 'Last answer', { label: 'Actions', hidden: true }]}>
            {data.deliveries.map((d) => (
              <tr key={d.id}>
                <td>
                  #{d.id} <span className="muted small">{d.event}</span>
                  <div className="muted small">{formatDateTime(d.createdAt)}</div>
                </td>
                <td>
                  <Link to={`/platform/referrals/${d.referralId}`}>Referral #{d.referralId}</Link>
                </td>
                <td>
                  <span className={`badge badge--${DELIVERY_TONES[d.status]}`}>{d.status}</span>
                  {d.deliveredAt && <div className="muted small">{formatDateTime(d.deliveredAt)}</div>}
                </td>
                <td className="num">{d.attempts}</td>
                <td className="rf-wrap">
                  {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ''}
                  {d.lastError && <div className="small">{d.lastError}</div>}
                  {!d.lastStatusCode && !d.lastError && '—'}
                </td>
                <td>
                  {d.status !== 'pending' && (
                    <button type="button" onClick={() => redeliver.mutate(d.id)} disabled={redeliver.isPending} aria-label={`Redeliver delivery ${d.id}`}>
                      Redeliver
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryView>
      <RefusalError error={redeliver.error} />
    </section>
  );
}

function UploadCheckKeys() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);
  const allowed = can('api_keys:manage');
  const query = useQuery({ queryKey: ['api-keys'], enabled: allowed, queryFn: () => unwrap(api.GET('/api-keys')) });
  const create = useMutation({
    mutationFn: (body: { name: string; scopes: string[]; expiresAt?: string }) => unwrap(api.POST('/api-keys', { body })),
    onSuccess: (r) => {
      setSecret({ title: `Upload-check key “${r.apiKey.name}”`, value: r.key });
      setName('');
      setExpires('');
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    if (!name.trim()) return setInvalid('Name the key after where it is used, e.g. “upload pipeline”.');
    const body: { name: string; scopes: string[]; expiresAt?: string } = { name: name.trim(), scopes: [UPLOAD_CHECK_SCOPE] };
    if (expires) body.expiresAt = new Date(`${expires}T23:59:59Z`).toISOString();
    create.mutate(body);
  }
  return (
    <section className="card stack" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Upload-check API keys</h2>
      <p className="small">
        Keys with only the <code>hashes:lookup</code> scope let your upload pipeline check media and hashes against the hash banks shared with you (<code>POST /m/lookup</code> with <code>Authorization: Bearer &lt;key&gt;</code>). They can do nothing else.
      </p>
      {!allowed ? (
        <p className="muted">Creating and revoking keys needs your organisation’s admin (the api_keys:manage permission).</p>
      ) : (
        <>
          {secret && <OneTimeSecret title={secret.title} secret={secret.value} onDismiss={() => setSecret(null)} />}
          <QueryView query={query} isEmpty={(d) => keysOf(d.apiKeys).length === 0} empty="No upload-check keys yet." loadingLabel="Loading keys…">
            {(data) => (
              <DataTable caption="Upload-check API keys" columns={['Name', 'Key starts', 'Created', 'Last used', 'Expires', { label: 'Actions', hidden: true }]}>
                {keysOf(data.apiKeys).map((k) => (
                  <KeyRow key={k.id} apiKey={k} />
                ))}
              </DataTable>
            )}
          </QueryView>
          <form className="stack" onSubmit={submit} aria-label="Create an upload-check key" noValidate>
            <div className="grid">
              <Field label="Key name">
                <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
              </Field>
              <Field label="Expires (optional)" hint="The key stops working at the end of this day (UTC).">
                <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
              </Field>
            </div>
            <FormError error={invalid} />
            <RefusalError error={create.error} />
            <button type="submit" className="button--primary" disabled={create.isPending}>
              Create upload-check key
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** The organisation's keys that can check uploads, newest first. */
function keysOf(keys: ApiKey[]): ApiKey[] {
  return keys.filter((k) => k.scopes.includes(UPLOAD_CHECK_SCOPE)).sort((a, b) => b.id - a.id);
}

function KeyRow({ apiKey: k }: { apiKey: ApiKey }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api-keys/{id}', { params: { path: { id: k.id } } })),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  return (
    <tr data-testid={`api-key-${k.id}`}>
      <td>
        {k.name} {k.revokedAt && <span className="badge badge--muted">Revoked {formatDateTime(k.revokedAt)}</span>}
      </td>
      <td>
        <code>{k.prefix}…</code>
      </td>
      <td>{formatDateTime(k.createdAt)}</td>
      <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Never'}</td>
      <td>{k.expiresAt ? formatDateTime(k.expiresAt) : 'Never'}</td>
      <td>
        {!k.revokedAt &&
          (confirming ? (
            <div className="row">
              <button type="button" className="button--danger" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
                Revoke
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Revoke key ${k.name}`}>
              Revoke…
            </button>
          ))}
        <RefusalError error={revoke.error} />
      </td>
    </tr>
  );
}
