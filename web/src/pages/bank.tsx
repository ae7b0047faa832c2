// One hash bank: its entries page by page, adding and deleting entries, the bank's settings and
// sharing (owner only), importing a file in the field's formats with the bad rows listed by line,
// and downloading the bank.
import { useMemo, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { OrganisationPicker, organisationLabel, useOrganisationChoice, useOrganisationNames } from '../components/organisation-picker';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { Pager, useCursorPages } from '../components/pager';
import { QueryView } from '../components/states';
import { reportOutcome, StatusMessage, type Outcome } from '../components/status-message';
import { submitHandler } from '../components/submit-handler';
import { useSession } from '../session';
import { AccessBadge, SIGNAL_TYPES, type Bank } from './bank-common';
import './curation.css';

type Content = paths['/c/bank/{name}/content']['get']['responses'][200]['content']['application/json']['contents'][number];
type ImportReport = paths['/c/bank/{name}/import']['post']['responses'][200]['content']['application/json'];
type FileFormat = NonNullable<NonNullable<paths['/c/bank/{name}/import']['post']['parameters']['query']>['format']>;

const PAGE_SIZE = 25;

const FORMATS: Array<{ value: FileFormat; label: string; hint: string }> = [
  { value: 'threatexchange-csv', label: 'python-threatexchange CSV (.csv)', hint: 'signal_type,signal_str,collab,category,tags' },
  { value: 'local', label: 'python-threatexchange local file (.txt)', hint: 'one "<signal_type> <signal>" per line' },
  { value: 'vigil-jsonl', label: 'Vigil JSON lines (.jsonl)', hint: 'every field: tags, metadata, source ids, tombstones' },
];

export function BankPage() {
  const { bankName = '' } = useParams();
  const bank = useQuery({ queryKey: ['bank', bankName], queryFn: () => unwrap(api.GET('/c/bank/{name}', { params: { path: { name: bankName } } })) });
  return (
    <Page title={`Bank ${bankName}`} actions={<Link to="/banks">All banks</Link>}>
      <QueryView query={bank} loadingLabel="Loading the bank…">
        {(b) => <BankDetail bank={b} />}
      </QueryView>
    </Page>
  );
}

function BankDetail({ bank }: { bank: Bank }) {
  const { can } = useSession();
  const owner = bank.access === 'owner' && can('banks:manage');
  const contributor = (bank.access === 'owner' || bank.access === 'contribute') && can('banks:manage');
  return (
    <div className="stack">
      <div className="bank-summary">
        <AccessBadge access={bank.access} />
        <span className={`badge ${bank.enabled ? 'badge--ok' : 'badge--muted'}`}>{bank.enabled ? 'Matching enabled' : 'Matching disabled'}</span>
        {bank.is_negative && <span className="badge badge--warning">Negative bank</span>}
        <span>PDQ threshold {bank.pdq_threshold ?? 'default (31)'}</span>
        <span className="muted">created {formatDateTime(bank.created_at)}</span>
      </div>
      {bank.description && <p>{bank.description}</p>}
      <Contents bank={bank} canDelete={owner} />
      <div className="bank-panels">
        {contributor && <AddEntry bank={bank} />}
        <section className="card stack" aria-labelledby="exchange-heading">
          <h2 id="exchange-heading">Import and export</h2>
          {contributor && <ImportFile bank={bank} />}
          <ExportLinks bank={bank} />
        </section>
        {owner && <Sharing bank={bank} />}
        {owner && <Settings bank={bank} />}
      </div>
    </div>
  );
}

function Contents({ bank, canDelete }: { bank: Bank; canDelete: boolean }) {
  const queryClient = useQueryClient();
  const pages = useCursorPages();
  const { after, page } = pages;
  const contents = useQuery({
    queryKey: ['bank-contents', bank.name, after],
    queryFn: () => unwrap(api.GET('/c/bank/{name}/content', { params: { path: { name: bank.name }, query: { after, limit: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const [message, setMessage] = useState<Outcome | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['bank-contents', bank.name] });
  const remove = (c: Content) => reportOutcome(setMessage, () => unwrap(api.DELETE('/c/bank/{name}/content/{id}', { params: { path: { name: bank.name, id: c.id } } })), `Entry #${c.id} deleted.`, refresh);
  const release = (c: Content) =>
    reportOutcome(setMessage, () => unwrap(api.PUT('/c/bank/{name}/content/{id}', { params: { path: { name: bank.name, id: c.id } }, body: { release_quarantine: true } })), `Entry #${c.id} released from quarantine.`, refresh);

  return (
    <section aria-labelledby="contents-heading" className="stack">
      <h2 id="contents-heading">Entries</h2>
      {message && <StatusMessage ok={message.ok}>{message.text}</StatusMessage>}
      <QueryView query={contents} isEmpty={(d) => d.contents.length === 0 && page === 1} empty="This bank has no entries yet." loadingLabel="Loading entries…">
        {(data) => (
          <>
            <DataTable caption={<>Entries of {bank.name}, page {page}</>} testId="bank-contents" columns={[{ label: 'Entry', num: true }, 'Signals', 'Note, category and tags', 'State', 'Added', canDelete && 'Actions']}>
              {data.contents.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="num">
                    #{c.id}
                  </th>
                  <td>
                    {c.signals.map((s) => (
                      <span key={s.id} className="bank-signal">
                        <strong>{s.signal_type}</strong> <code>{s.value.length > 80 ? `${s.value.slice(0, 80)}…` : s.value}</code>
                      </span>
                    ))}
                  </td>
                  <td>
                    {c.note}
                    {(c.category || c.tags.length > 0) && <div className="muted">{[c.category, ...c.tags].filter(Boolean).join(' · ')}</div>}
                    {!c.note && !c.category && c.tags.length === 0 && <span className="muted">—</span>}
                  </td>
                  <td>
                    {c.quarantined ? (
                      <span className="badge badge--danger" title={c.quarantine_reason ?? undefined}>
                        Quarantined
                      </span>
                    ) : c.enabled ? (
                      <span className="badge badge--ok">Enabled</span>
                    ) : (
                      <span className="badge badge--muted">{c.disabled_until ? `Disabled until ${formatDateTime(c.disabled_until)}` : 'Disabled'}</span>
                    )}
                  </td>
                  <td>{formatDateTime(c.created_at)}</td>
                  {canDelete && (
                    <td>
                      <div className="row">
                        {c.quarantined && (
                          <button type="button" onClick={() => void release(c)}>
                            Release
                          </button>
                        )}
                        <ConfirmButton className="button--quiet" question={`Delete entry #${c.id}?`} confirmLabel="Yes, delete" aria-label={`Delete entry #${c.id}`} onConfirm={() => remove(c)}>
                          Delete
                        </ConfirmButton>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </DataTable>
            <Pager label="Entry pages" pages={pages} nextAfter={data.next_after} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function AddEntry({ bank }: { bank: Bank }) {
  const queryClient = useQueryClient();
  const [signalType, setSignalType] = useState<string>('pdq');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/c/bank/{name}/signal', {
          params: { path: { name: bank.name } },
          body: {
            signals: [{ signal_type: signalType, value: value.trim() }],
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(tags.trim() ? { tags: tags.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
          },
        }),
      ),
    onSuccess: () => {
      setValue('');
      setNote('');
      setTags('');
      void queryClient.invalidateQueries({ queryKey: ['bank-contents', bank.name] });
    },
  });
  return (
    <form className="card stack" aria-labelledby="add-heading" onSubmit={submitHandler(() => add.mutate())}>
      <h2 id="add-heading">Add an entry</h2>
      <Field label="Signal type">
        <select value={signalType} onChange={(e) => setSignalType(e.target.value)}>
          {SIGNAL_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Signal value" hint="The hash as hex (PDQ and SHA-256: 64 digits, MD5: 32), or vPDQ JSON.">
        <input value={value} onChange={(e) => setValue(e.target.value)} className="mono" required autoComplete="off" spellCheck={false} />
      </Field>
      <Field label="Note">
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={10_000} />
      </Field>
      <Field label="Tags" hint="Separated by commas.">
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      <FormError error={add.error} />
      {add.isSuccess && <StatusMessage>Entry #{add.data.id} added.</StatusMessage>}
      <div>
        <button type="submit" className="button--primary" disabled={add.isPending || !value.trim()}>
          Add entry
        </button>
      </div>
    </form>
  );
}

function ImportFile({ bank }: { bank: Bank }) {
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<FileFormat>('threatexchange-csv');
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: (f: File): Promise<ImportReport> => {
      const form = new FormData();
      form.append('file', f);
      return unwrap(api.POST('/c/bank/{name}/import', { params: { path: { name: bank.name }, query: { format } }, body: form as never }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['bank-contents', bank.name] }),
  });
  const chosen = FORMATS.find((f) => f.value === format)!;
  return (
    <form
      className="stack"
      aria-labelledby="import-heading"
      onSubmit={submitHandler(() => {
        if (file) run.mutate(file);
      })}
    >
      <h3 id="import-heading">Import a file</h3>
      <Field label="Import format" hint={chosen.hint}>
        <select value={format} onChange={(e) => setFormat(e.target.value as FileFormat)}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="File to import" hint="Good rows are imported; bad rows are skipped and listed below by line.">
        <input type="file" accept=".csv,.txt,.jsonl,.json,text/*" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <div>
        <button type="submit" disabled={!file || run.isPending}>
          {run.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
      <div aria-live="polite">
        <FormError error={run.error} />
        {run.isSuccess && <ImportResult report={run.data} />}
      </div>
    </form>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  return (
    <div className="bank-import-result stack" data-testid="import-result">
      <p role="status" className={report.rejected > 0 ? 'form-error' : 'form-ok'}>
        Imported {formatNumber(report.imported)} {report.imported === 1 ? 'entry' : 'entries'}; {formatNumber(report.rejected)} {report.rejected === 1 ? 'row' : 'rows'} rejected
        {report.tombstones > 0 ? `; ${formatNumber(report.tombstones)} removed by tombstones` : ''} ({formatNumber(report.lines)} lines read).
      </p>
      {report.errors.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>Rejected rows</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Error</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.slice(0, 500).map((e) => (
                <tr key={`${e.line}-${e.code}`}>
                  <td className="num">{e.line}</td>
                  <td>
                    <code>{e.code}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.errors.length > 500 && <p className="muted">The first 500 of {formatNumber(report.errors.length)} rejected rows are shown.</p>}
        </div>
      )}
    </div>
  );
}

function ExportLinks({ bank }: { bank: Bank }) {
  const [pteNames, setPteNames] = useState(false);
  const href = (format: FileFormat) => `/c/bank/${encodeURIComponent(bank.name)}/export?format=${format}${pteNames ? '&signal_type_names=python-threatexchange' : ''}`;
  return (
    <div className="stack">
      <h3>Export</h3>
      <div className="field field--inline">
        <input id="pte-names" type="checkbox" checked={pteNames} onChange={(e) => setPteNames(e.target.checked)} />
        <label htmlFor="pte-names">Use python-threatexchange names (video_md5, video_sha256), for HMA</label>
      </div>
      <div className="bank-export">
        <a className="button" href={href('threatexchange-csv')} download>
          Download CSV
        </a>
        <a className="button" href={href('local')} download>
          Download local file
        </a>
        <a className="button" href={href('vigil-jsonl')} download>
          Download JSON lines
        </a>
      </div>
    </div>
  );
}

function Sharing({ bank }: { bank: Bank }) {
  const queryClient = useQueryClient();
  const shares = useQuery({ queryKey: ['bank-shares', bank.name], queryFn: () => unwrap(api.GET('/c/bank/{name}/shares', { params: { path: { name: bank.name } } })) });
  const { session } = useSession();
  const exclude = useMemo(() => (session ? [session.organisation.id] : []), [session]);
  const picker = useOrganisationChoice({ exclude });
  const names = useOrganisationNames(useMemo(() => (shares.data ?? []).map((s) => s.organisation_id), [shares.data]));
  const [access, setAccess] = useState<'read' | 'contribute'>('read');
  const share = useMutation({
    mutationFn: (v: { organisationId: number; access: 'read' | 'contribute' | 'none' }) =>
      unwrap(api.PUT('/c/bank/{name}/shares/{organisationId}', { params: { path: { name: bank.name, organisationId: v.organisationId } }, body: { access: v.access } })),
    onSuccess: () => {
      picker.reset();
      void queryClient.invalidateQueries({ queryKey: ['bank-shares', bank.name] });
    },
  });
  return (
    <section className="card stack" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">Sharing</h2>
      <p className="muted">Organisations a bank is shared with may look hashes up against it and read its entries; with “contribute” they may also add entries. Only your organisation changes the bank.</p>
      <FormError error={share.error} />
      <QueryView query={shares} isEmpty={(s) => s.length === 0} empty="Not shared with any organisation.">
        {(list) => (
          <DataTable caption={<>Organisations {bank.name} is shared with</>} columns={['Organisation', 'Access', 'Since', 'Actions']}>
            {list.map((s) => (
              <tr key={s.organisation_id}>
                <th scope="row">{organisationLabel(names, s.organisation_id)}</th>
                <td>
                  <label className="visually-hidden" htmlFor={`share-${s.organisation_id}`}>
                    Access of {organisationLabel(names, s.organisation_id)}
                  </label>
                  <select id={`share-${s.organisation_id}`} value={s.access} onChange={(e) => share.mutate({ organisationId: s.organisation_id, access: e.target.value as 'read' | 'contribute' })}>
                    <option value="read">Read</option>
                    <option value="contribute">Contribute</option>
                  </select>
                </td>
                <td>{formatDateTime(s.created_at)}</td>
                <td>
                  <ConfirmButton question={`Stop sharing with ${organisationLabel(names, s.organisation_id)}?`} confirmLabel="Yes, stop sharing" onConfirm={() => share.mutateAsync({ organisationId: s.organisation_id, access: 'none' }).then(() => undefined)}>
                    Stop sharing
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryView>
      <form
        className="inline-form"
        aria-label="Share with an organisation"
        noValidate
        onSubmit={submitHandler(() => {
          void picker.commit().then((chosen) => {
            if (!chosen) return;
            if (chosen.length === 0) return picker.setError('Choose an organisation: type part of its name and pick it from the list.');
            share.mutate({ organisationId: chosen[0]!.id, access });
          });
        })}
      >
        <OrganisationPicker label="Organisation" hint="Type part of the organisation’s name (or its number) and choose it from the list." picker={picker} />
        <Field label="Access">
          <select value={access} onChange={(e) => setAccess(e.target.value as 'read' | 'contribute')}>
            <option value="read">Read</option>
            <option value="contribute">Contribute</option>
          </select>
        </Field>
        <button type="submit" disabled={!picker.text.trim() || share.isPending}>
          Share
        </button>
      </form>
    </section>
  );
}

function Settings({ bank }: { bank: Bank }) {
  const queryClient = useQueryClient();
  const [description, setDescription] = useState(bank.description);
  const [enabled, setEnabled] = useState(bank.enabled);
  const [negative, setNegative] = useState(bank.is_negative);
  const [threshold, setThreshold] = useState(bank.pdq_threshold === null ? '' : String(bank.pdq_threshold));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/c/bank/{name}', {
          params: { path: { name: bank.name } },
          body: { description, enabled, is_negative: negative, pdq_threshold: threshold.trim() ? Number(threshold) : null },
        }),
      ),
    onSuccess: (b) => {
      queryClient.setQueryData(['bank', bank.name], b);
      void queryClient.invalidateQueries({ queryKey: ['banks'] });
    },
  });
  return (
    <form className="card stack" aria-labelledby="settings-heading" onSubmit={submitHandler(() => save.mutate())}>
      <h2 id="settings-heading">Bank settings</h2>
      <Field label="Description">
        <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
      </Field>
      <Field label="PDQ threshold" hint="0–255; empty for the default, 31.">
        <input type="number" min={0} max={255} value={threshold} onChange={(e) => setThreshold(e.target.value)} inputMode="numeric" />
      </Field>
      <div className="field field--inline">
        <input id="bank-enabled" type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <label htmlFor="bank-enabled">Matching enabled</label>
      </div>
      <div className="field field--inline">
        <input id="bank-is-negative" type="checkbox" checked={negative} onChange={(e) => setNegative(e.target.checked)} />
        <label htmlFor="bank-is-negative">Negative bank (known benign content)</label>
      </div>
      <FormError error={save.error} />
      {save.isSuccess && <StatusMessage>Saved.</StatusMessage>}
      <div>
        <button type="submit" disabled={save.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}

