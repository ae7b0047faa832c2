// Operations the organisation takes part in: status and window, and for coordinators (with
// operations:manage) creating one, opening it (planned → live), closing it (live → closed) and
// inviting participating organisations.
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, unwrap, type paths } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { FormError } from '../components/form-error';
import { OrganisationPicker, organisationLabel, useOrganisationChoice, useOrganisationNames } from '../components/organisation-picker';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import { fromUtcInput, OperationStatusBadge, operationWindow, splitList, toUtcInput, type Operation, type OperationStatus } from './operations-common';

type CreateBody = paths['/operations']['post']['requestBody']['content']['application/json'];

export function OperationsPage() {
  const { can, session } = useSession();
  const [status, setStatus] = useState<'' | OperationStatus>('');
  const [creating, setCreating] = useState(false);
  const manage = can('operations:manage');
  // The same key and request as the referral pages' operation look-up, so they share the answer.
  const operations = useQuery({ queryKey: ['operations', 'all'], queryFn: () => unwrap(api.GET('/operations', {})) });

  return (
    <Page
      title="Operations"
      actions={
        manage && !creating ? (
          <button type="button" className="button--primary" onClick={() => setCreating(true)}>
            New operation
          </button>
        ) : undefined
      }
    >
      <div className="stack">
        {manage && creating && <CreateOperation onDone={() => setCreating(false)} />}
        <div className="field field--inline">
          <label htmlFor="operation-status-filter">Show</label>
          <select id="operation-status-filter" value={status} onChange={(e) => setStatus(e.target.value as '' | OperationStatus)} style={{ width: 'auto' }}>
            <option value="">All operations</option>
            <option value="live">Live</option>
            <option value="planned">Planned</option>
            <option value="closed">Closed</option>
          </select>
        </div>
        <QueryView
          query={operations}
          loadingLabel="Loading operations…"
          isEmpty={(d) => d.operations.filter((o) => !status || o.status === status).length === 0}
          empty={status ? 'No operations with this status.' : manage ? 'No operations yet. Create the first one with “New operation”.' : 'Your organisation takes part in no operation yet.'}
        >
          {(data) => (
            <DataTable caption="Operations your organisation takes part in" columns={['Operation', 'Status', 'Window', { label: 'Organisations', num: true }, 'Your part', manage && 'Actions']}>
              {data.operations
                .filter((o) => !status || o.status === status)
                .map((op) => {
                  const coordinating = op.coordinatingOrganisationId === session?.organisation.id;
                  return (
                    <tr key={op.id} data-testid={`operation-${op.id}`}>
                      <td>
                        <Link to={`/operations/${op.id}`}>{op.name}</Link>
                        {op.description && <div className="op-subtle">{op.description}</div>}
                      </td>
                      <td>
                        <OperationStatusBadge status={op.status} />
                      </td>
                      <td>{operationWindow(op)}</td>
                      <td className="num">{op.participants.length}</td>
                      <td>{coordinating ? 'Coordinating' : 'Participating'}</td>
                      {manage && <td>{coordinating ? <OperationActions operation={op} /> : <span className="op-subtle">—</span>}</td>}
                    </tr>
                  );
                })}
            </DataTable>
          )}
        </QueryView>
      </div>
    </Page>
  );
}

function useOperationChanged() {
  const queryClient = useQueryClient();
  return (op: Operation) => {
    queryClient.setQueryData(['operation', op.id], op);
    void queryClient.invalidateQueries({ queryKey: ['operations'] });
  };
}

function OperationActions({ operation }: { operation: Operation }) {
  const changed = useOperationChanged();
  const [inviting, setInviting] = useState(false);
  const setStatus = useMutation({
    mutationFn: (status: 'live' | 'closed') => unwrap(api.POST('/operations/{id}/status', { params: { path: { id: operation.id } }, body: { status } })),
    onSuccess: changed,
  });
  return (
    <div className="stack">
      <div className="row">
        {operation.status === 'planned' && (
          <button type="button" className="button--primary" disabled={setStatus.isPending} onClick={() => setStatus.mutate('live')} aria-label={`Set ${operation.name} live`}>
            Set live
          </button>
        )}
        {operation.status === 'live' && (
          <ConfirmButton question={`Close ${operation.name}? It takes no more items.`} confirmLabel="Yes, close" aria-label={`Close ${operation.name}`} onConfirm={() => setStatus.mutateAsync('closed').then(() => undefined, () => undefined)}>
            Close
          </ConfirmButton>
        )}
        {operation.status !== 'closed' && !inviting && (
          <button type="button" onClick={() => setInviting(true)} aria-label={`Invite organisations to ${operation.name}`}>
            Invite
          </button>
        )}
      </div>
      <FormError error={setStatus.error} />
      {inviting && <InviteForm operation={operation} onDone={() => setInviting(false)} />}
    </div>
  );
}

function InviteForm({ operation, onDone }: { operation: Operation; onDone(): void }) {
  const changed = useOperationChanged();
  const { session } = useSession();
  const names = useOrganisationNames(operation.participants);
  const exclude = useMemo(() => [...operation.participants, ...(session ? [session.organisation.id] : [])], [operation.participants, session]);
  const picker = useOrganisationChoice({ multiple: true, exclude, excludedBecause: 'is your own organisation or takes part already' });
  const invite = useMutation({
    mutationFn: (organisationIds: number[]) => unwrap(api.POST('/operations/{id}/participants', { params: { path: { id: operation.id } }, body: { organisationIds } })),
    onSuccess: (op) => {
      changed(op);
      onDone();
    },
  });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const chosen = await picker.commit();
    if (!chosen) return;
    if (chosen.length === 0) return picker.setError('Choose at least one organisation: type part of its name and pick it from the list.');
    invite.mutate(chosen.map((o) => o.id));
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="inline-form" aria-label={`Invite organisations to ${operation.name}`} noValidate>
      <OrganisationPicker
        label="Organisations to invite"
        hint={`Type part of a name (or a number) and choose from the list. Taking part now: ${operation.participants.map((id) => organisationLabel(names, id)).join(', ')}`}
        picker={picker}
        error={invite.error ? errorMessage(invite.error) : null}
        autoFocus
      />
      <FormActions submit="Invite" busy={invite.isPending} onCancel={onDone} />
    </form>
  );
}

function CreateOperation({ onDone }: { onDone(): void }) {
  const changed = useOperationChanged();
  const now = new Date();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState(toUtcInput(now));
  const [endsAt, setEndsAt] = useState(toUtcInput(new Date(now.getTime() + 48 * 3_600_000)));
  const [languages, setLanguages] = useState('');
  const [groups, setGroups] = useState('');
  const { session } = useSession();
  const exclude = useMemo(() => (session ? [session.organisation.id] : []), [session]);
  const participants = useOrganisationChoice({ multiple: true, exclude });
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (body: CreateBody) => unwrap(api.POST('/operations', { body })),
    onSuccess: (op) => {
      changed(op);
      onDone();
    },
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = 'Give the operation a name.';
    const start = fromUtcInput(startsAt);
    const end = fromUtcInput(endsAt);
    if (!start) problems.startsAt = 'Give a start time.';
    if (!end) problems.endsAt = 'Give an end time.';
    if (start && end && end <= start) problems.endsAt = 'The end must be after the start.';
    setInvalid(problems);
    const chosen = await participants.commit();
    if (Object.keys(problems).length > 0 || !chosen) return;
    const ids = chosen.map((o) => o.id);
    const langs = splitList(languages);
    const grps = splitList(groups);
    create.mutate({
      name: name.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      startsAt: start!,
      endsAt: end!,
      ...(langs.length || grps.length ? { scope: { ...(langs.length ? { languages: langs } : {}), ...(grps.length ? { groups: grps } : {}) } } : {}),
      ...(ids.length ? { participants: ids } : {}),
    });
  }

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="create-operation-title" noValidate>
      <h2 id="create-operation-title">New operation</h2>
      <Field label="Name" error={invalid.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
      </Field>
      <Field label="Description (optional)">
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={10_000} />
      </Field>
      <div className="grid">
        <Field label="Starts (UTC)" error={invalid.startsAt}>
          <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
        </Field>
        <Field label="Ends (UTC)" hint="48 hours is the usual action day" error={invalid.endsAt}>
          <input type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} required />
        </Field>
      </div>
      <div className="grid">
        <Field label="Languages in scope (optional)" hint="Comma-separated codes, such as ar, en, fr">
          <input value={languages} onChange={(e) => setLanguages(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Groups in scope (optional)" hint="Comma-separated names">
          <input value={groups} onChange={(e) => setGroups(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      <OrganisationPicker label="Invite organisations (optional)" hint="Type part of a name (or a number) and choose from the list; add as many as you need. You can invite more later." picker={participants} />
      <FormError error={create.error} />
      <FormActions submit="Create operation" busy={create.isPending} busyText="Creating…" onCancel={onDone} />
    </form>
  );
}
