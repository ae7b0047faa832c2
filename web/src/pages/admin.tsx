// Members and API keys, for the organisation's admins: add members with roles, change their roles,
// disable and re-enable them; create API keys with scopes (the key is shown once) and revoke them.
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { OneTimeSecret } from '../components/one-time-secret';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { reportOutcome, StatusMessage, type Outcome } from '../components/status-message';
import { submitHandler } from '../components/submit-handler';
import { useSession, type Session } from '../session';
import './curation.css';

type Member = paths['/members']['get']['responses'][200]['content']['application/json']['members'][number];
type ApiKey = paths['/api-keys']['get']['responses'][200]['content']['application/json']['apiKeys'][number];
type Kind = Session['organisation']['kind'];

/** The roles of docs/roles.md: what each does, which organisation kinds may hold it, what it grants. */
const ROLES: Array<{ name: string; description: string; kinds: Kind[]; permissions: string[] }> = [
  { name: 'admin', description: 'Manages members, API keys and settings', kinds: ['authority', 'ngo', 'platform'], permissions: [] },
  {
    name: 'coordinator',
    description: 'Creates operations, invites organisations, publishes the report',
    kinds: ['authority'],
    permissions: ['operations:read', 'operations:manage', 'platforms:read', 'platforms:manage', 'items:read', 'referrals:read', 'reports:read', 'banks:read'],
  },
  {
    name: 'analyst',
    description: 'Submits and assesses items, proposes referrals, places holds',
    kinds: ['authority', 'ngo'],
    permissions: ['operations:read', 'platforms:read', 'items:read', 'items:submit', 'items:assess', 'holds:manage', 'referrals:read', 'referrals:propose', 'banks:read', 'banks:manage', 'hashes:lookup'],
  },
  {
    name: 'supervisor',
    description: 'Approves referrals (four-eyes) and issues removal orders',
    kinds: ['authority'],
    permissions: ['operations:read', 'platforms:read', 'items:read', 'holds:manage', 'referrals:read', 'referrals:approve', 'removal_orders:issue', 'reports:read', 'banks:read'],
  },
  { name: 'liaison', description: 'Receives and answers referrals for its platforms; webhooks and upload checks', kinds: ['platform'], permissions: ['referrals:read', 'referrals:respond', 'webhooks:manage', 'banks:read', 'hashes:lookup', 'reports:read'] },
  { name: 'auditor', description: 'Reads the audit trail and reports; changes nothing', kinds: ['authority', 'ngo', 'platform'], permissions: ['audit:read', 'reports:read'] },
];

function rolesFor(kind: Kind) {
  return ROLES.filter((r) => r.kinds.includes(kind));
}

/** Permissions an API key of this organisation kind may carry (those of its non-admin roles). */
function keyPermissionsFor(kind: Kind): string[] {
  const all = new Set(['organisation:read', 'notifications:read', 'notifications:manage']);
  for (const r of rolesFor(kind)) for (const p of r.permissions) all.add(p);
  return [...all].sort();
}

export function AdminPage() {
  const { session, can } = useSession();
  const kind = session!.organisation.kind;
  return (
    <Page title="Members and API keys">
      <div className="stack">
        {can('members:manage') && <Members kind={kind} selfId={session?.member?.id ?? null} />}
        {can('api_keys:manage') && <ApiKeys kind={kind} />}
        {!can('members:manage') && !can('api_keys:manage') && <p>Members and API keys are managed by your organisation’s admins.</p>}
      </div>
    </Page>
  );
}

function RoleCheckboxes({ kind, value, onChange, legend }: { kind: Kind; value: string[]; onChange(v: string[]): void; legend: string }) {
  const id = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="checkbox-list">
        {rolesFor(kind).map((r) => (
          <li key={r.name}>
            <input
              type="checkbox"
              id={`${id}-${r.name}`}
              checked={value.includes(r.name)}
              onChange={(e) => onChange(e.target.checked ? [...value, r.name] : value.filter((v) => v !== r.name))}
              aria-describedby={`${id}-${r.name}-d`}
            />
            <label htmlFor={`${id}-${r.name}`}>{r.name}</label>
            <span id={`${id}-${r.name}-d`} className="visually-hidden">
              {r.description}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Members({ kind, selfId }: { kind: Kind; selfId: number | null }) {
  const members = useQuery({ queryKey: ['members'], queryFn: () => unwrap(api.GET('/members')) });
  return (
    <section className="stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <QueryView query={members} isEmpty={(d) => d.members.length === 0} empty="No members yet." loadingLabel="Loading members…">
        {(d) => (
          <DataTable caption="Members of the organisation" testId="members" columns={['Name', 'Email', 'Roles', 'Status', 'Added', 'Actions']}>
            {d.members.map((m) => (
              <MemberRow key={m.id} member={m} kind={kind} isSelf={m.id === selfId} />
            ))}
          </DataTable>
        )}
      </QueryView>
      <CreateMember kind={kind} />
    </section>
  );
}

function MemberRow({ member: m, kind, isSelf }: { member: Member; kind: Kind; isSelf: boolean }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<string[]>(m.roles);
  const update = useMutation({
    mutationFn: (body: { roles?: string[]; disabled?: boolean }) => unwrap(api.PATCH('/members/{id}', { params: { path: { id: m.id } }, body })),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
  return (
    <tr className={m.disabled ? 'is-disabled' : undefined}>
      <th scope="row">
        {m.displayName}
        {isSelf && <span className="muted"> (you)</span>}
      </th>
      <td>{m.email}</td>
      <td>
        {editing ? (
          <form onSubmit={submitHandler(() => update.mutate({ roles }))}>
            <RoleCheckboxes kind={kind} value={roles} onChange={setRoles} legend={`Roles of ${m.displayName}`} />
            <FormActions
              submit="Save roles"
              busy={update.isPending}
              disabled={roles.length === 0}
              onCancel={() => {
                setRoles(m.roles);
                setEditing(false);
              }}
            />
          </form>
        ) : (
          m.roles.join(', ')
        )}
        <FormError error={update.error} />
      </td>
      <td>{m.disabled ? <span className="badge badge--muted">Disabled</span> : <span className="badge badge--ok">Active</span>}</td>
      <td>{formatDateTime(m.createdAt)}</td>
      <td>
        <div className="row">
          {!editing && !m.disabled && (
            <button type="button" onClick={() => setEditing(true)} aria-label={`Change roles of ${m.displayName}`}>
              Change roles
            </button>
          )}
          {m.disabled ? (
            <button type="button" onClick={() => update.mutate({ disabled: false })} aria-label={`Enable ${m.displayName}`}>
              Enable
            </button>
          ) : (
            !isSelf && (
              <ConfirmButton question={`Disable ${m.displayName}? Their sessions end at once.`} confirmLabel="Yes, disable" aria-label={`Disable ${m.displayName}`} onConfirm={() => update.mutateAsync({ disabled: true }).then(() => undefined)}>
                Disable
              </ConfirmButton>
            )
          )}
        </div>
      </td>
    </tr>
  );
}

function CreateMember({ kind }: { kind: Kind }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/members', { body: { email: email.trim(), displayName: displayName.trim(), password, roles } })),
    onSuccess: () => {
      setEmail('');
      setDisplayName('');
      setPassword('');
      setRoles([]);
      void queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
  return (
    <form className="card stack" aria-labelledby="create-member-heading" onSubmit={submitHandler(() => create.mutate())}>
      <h3 id="create-member-heading">Add a member</h3>
      <Field label="Name">
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} required maxLength={200} autoComplete="off" />
      </Field>
      <Field label="Email">
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={320} autoComplete="off" />
      </Field>
      <Field label="Initial password" hint="At least 12 characters, not containing the email address. Give it to the member in person; they change it after signing in.">
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} maxLength={256} autoComplete="new-password" />
      </Field>
      <RoleCheckboxes kind={kind} value={roles} onChange={setRoles} legend="Roles" />
      <ul className="muted">
        {rolesFor(kind).map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>: {r.description}
          </li>
        ))}
      </ul>
      <FormError error={create.error} />
      {create.isSuccess && <StatusMessage>{create.data.displayName} added.</StatusMessage>}
      <div>
        <button type="submit" className="button--primary" disabled={roles.length === 0 || create.isPending}>
          Add member
        </button>
      </div>
    </form>
  );
}

function ApiKeys({ kind }: { kind: Kind }) {
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api-keys')) });
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  const [message, setMessage] = useState<Outcome | null>(null);

  const revoke = (k: ApiKey) =>
    reportOutcome(setMessage, () => unwrap(api.DELETE('/api-keys/{id}', { params: { path: { id: k.id } } })), `Key “${k.name}” revoked.`, () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }));

  return (
    <section className="stack" aria-labelledby="keys-heading">
      <h2 id="keys-heading">API keys</h2>
      <p className="muted">Keys let tools and platforms call Vigil’s API for your organisation: upload checks, bulk submission, polling for referrals. A key never exceeds what your organisation’s roles allow.</p>
      {secret && <OneTimeSecret title={`API key “${secret.name}”`} secret={secret.key} onDismiss={() => setSecret(null)} />}
      {message && <StatusMessage ok={message.ok}>{message.text}</StatusMessage>}
      <QueryView query={keys} isEmpty={(d) => d.apiKeys.length === 0} empty="No API keys yet." loadingLabel="Loading API keys…">
        {(d) => (
          <DataTable caption="API keys of the organisation" testId="api-keys" columns={['Name', 'Starts with', 'Scopes', 'Created', 'Expires', 'Last used', 'Status', 'Actions']}>
            {d.apiKeys.map((k) => (
              <tr key={k.id} className={k.revokedAt ? 'is-disabled' : undefined}>
                <th scope="row">{k.name}</th>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{k.scopes.join(', ')}</td>
                <td>{formatDateTime(k.createdAt)}</td>
                <td>{k.expiresAt ? formatDateTime(k.expiresAt) : 'never'}</td>
                <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'never'}</td>
                <td>{k.revokedAt ? <span className="badge badge--muted">Revoked {formatDateTime(k.revokedAt)}</span> : <span className="badge badge--ok">Active</span>}</td>
                <td>
                  {!k.revokedAt && (
                    <ConfirmButton question={`Revoke “${k.name}”? Tools using it stop working at once.`} confirmLabel="Yes, revoke" aria-label={`Revoke ${k.name}`} onConfirm={() => revoke(k)}>
                      Revoke
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryView>
      <CreateApiKey
        kind={kind}
        onCreated={(name, key) => {
          setMessage(null);
          setSecret({ name, key });
          void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
        }}
      />
    </section>
  );
}

function CreateApiKey({ kind, onCreated }: { kind: Kind; onCreated(name: string, key: string): void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expires, setExpires] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api-keys', { body: { name: name.trim(), scopes, ...(expires ? { expiresAt: new Date(`${expires}T23:59:59Z`).toISOString() } : {}) } })),
    onSuccess: (r) => {
      onCreated(r.apiKey.name, r.key);
      setName('');
      setScopes([]);
      setExpires('');
    },
  });
  const toggle = (scope: string, on: boolean) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)));
  return (
    <form className="card stack" aria-labelledby="create-key-heading" onSubmit={submitHandler(() => create.mutate())}>
      <h3 id="create-key-heading">Create an API key</h3>
      <Field label="Key name" hint="What uses it, e.g. “Upload checks”.">
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoComplete="off" />
      </Field>
      <fieldset>
        <legend>Scopes</legend>
        <ul className="checkbox-list">
          {[
            ['read', 'read: every read permission'],
            ['write', 'write: every permission your organisation’s roles allow'],
            ...keyPermissionsFor(kind).map((p) => [p, p]),
          ].map(([scope, label]) => (
            <li key={scope}>
              <input type="checkbox" id={`scope-${scope}`} checked={scopes.includes(scope!)} onChange={(e) => toggle(scope!, e.target.checked)} />
              <label htmlFor={`scope-${scope}`}>{label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field label="Expires on" hint="Optional; the key stops working at the end of that day (UTC).">
        <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      </Field>
      <FormError error={create.error} />
      <div>
        <button type="submit" className="button--primary" disabled={!name.trim() || scopes.length === 0 || create.isPending}>
          Create key
        </button>
      </div>
    </form>
  );
}
