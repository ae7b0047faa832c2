// Intake for one operation: a single item (URL, text, language and an optional image or video,
// dropped or chosen, previewed blurred) and a bulk file (CSV or JSON lines) whose bad rows are
// reported by line and field while the good rows are kept.
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatNumber } from '../components/format';
import { Page } from '../components/page';
import { ErrorState, Loading } from '../components/states';
import { SafeMedia } from '../components/safe-media';
import { useSession } from '../session';
import { idParam, OperationNav, OperationStatusBadge, useOperation, type Operation } from './operations-common';

type Submitted = paths['/items']['post']['responses'][201]['content']['application/json'];
type BulkReport = paths['/items/bulk']['post']['responses'][200]['content']['application/json'];

const BULK_TYPES: Record<string, string> = { csv: 'text/csv', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson' };

export function IntakePage() {
  const operationId = idParam(useParams().operationId);
  const { can } = useSession();
  const operation = useOperation(operationId);
  if (operation.isPending) return <Loading label="Loading the operation…" />;
  if (operation.isError) return <ErrorState error={operation.error} retry={() => void operation.refetch()} />;
  const op = operation.data;
  return (
    <Page title={`Intake: ${op.name}`} wide>
      <OperationNav operationId={op.id} />
      {op.status === 'closed' ? (
        <p className="state state--empty">
          <OperationStatusBadge status="closed" /> The operation is closed; it takes no more items.
        </p>
      ) : !can('items:submit') ? (
        <p className="state state--empty">Your roles do not include submitting items.</p>
      ) : (
        <div className="intake__grid">
          <SingleItemForm operation={op} />
          <BulkUpload operation={op} />
        </div>
      )}
    </Page>
  );
}

function SingleItemForm({ operation }: { operation: Operation }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [language, setLanguage] = useState(operation.scope.languages?.[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, setResult] = useState<Submitted | null>(null);
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const urlInput = useRef<HTMLInputElement>(null);
  const languagesId = useId();

  const submit = useMutation({
    mutationFn: async (): Promise<Submitted> => {
      if (file) {
        // Multipart: the item's fields first, then the file (the server reads them in order).
        const form = new FormData();
        form.set('url', url.trim());
        form.set('operationId', String(operation.id));
        if (language.trim()) form.set('language', language.trim());
        if (text.trim()) form.set('text', text);
        form.set('file', file, file.name);
        // POST /items/media documents no JSON body: the form goes as it is.
        return unwrap(api.POST('/items/media', { body: form as never }));
      }
      return unwrap(
        api.POST('/items', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
          body: { url: url.trim(), operationId: operation.id, ...(language.trim() ? { language: language.trim() } : {}), ...(text.trim() ? { text } : {}) },
        }),
      );
    },
    onSuccess: (r) => {
      setResult(r);
      idempotencyKey.current = crypto.randomUUID();
      setUrl('');
      setText('');
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: ['operation-items', operation.id] });
      void queryClient.invalidateQueries({ queryKey: ['operation-figures', operation.id] });
      urlInput.current?.focus();
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setResult(null);
    if (!url.trim()) return setInvalid('Give the URL where the content is.');
    if (language.trim() && !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(language.trim())) return setInvalid('The language is a code such as ar, en or pt-BR.');
    setInvalid(null);
    submit.mutate();
  }

  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="single-item-title" noValidate>
      <h2 id="single-item-title">Add one item</h2>
      <Field label="URL" hint="Where the content is; it is canonicalised (tracking parameters dropped)">
        <input ref={urlInput} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} required autoComplete="off" maxLength={4096} />
      </Field>
      <Field label="Text (optional)" hint="The post’s text; it is hashed to find copies">
        <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={100_000} />
      </Field>
      <Field label="Language (optional)" hint="A code such as ar, en, fr">
        <input value={language} onChange={(e) => setLanguage(e.target.value)} list={languagesId} autoComplete="off" maxLength={16} style={{ maxWidth: '10rem' }} />
      </Field>
      <datalist id={languagesId}>
        {(operation.scope.languages ?? []).map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <MediaDrop file={file} onFile={setFile} />
      <FormError error={invalid ?? submit.error} />
      <div>
        <button type="submit" className="button--primary" disabled={submit.isPending}>
          {submit.isPending ? (file ? 'Uploading and hashing…' : 'Submitting…') : 'Submit item'}
        </button>
      </div>
      <div aria-live="polite">{result && <SubmitResult result={result} />}</div>
    </form>
  );
}

function SubmitResult({ result }: { result: Submitted }) {
  const { item, created, unregisteredDomain } = result;
  return (
    <div className={`card intake__result${unregisteredDomain || !created ? ' intake__result--warning' : ''}`} data-testid="intake-result">
      <p className="form-ok">{created ? `Item ${item.id} submitted.` : `This URL is already item ${item.id} of the operation; nothing was added.`}</p>
      <p className="mono">{item.url}</p>
      <ul>
        {unregisteredDomain && <li>{item.registrableDomain ?? item.host} is in no platform’s registry entry: it counts towards emerging platforms.</li>}
        {item.media.length > 0 && <li>Media stored and hashed ({item.signals.map((s) => s.signalType).join(', ')}).</li>}
        {item.clusterId != null && (
          <li>
            Part of <Link to={`/clusters/${item.clusterId}`}>cluster {item.clusterId}</Link>.
          </li>
        )}
      </ul>
      <p>
        <Link to={`/items/${item.id}`}>Open item {item.id}</Link>
      </p>
    </div>
  );
}

/** A file input that also takes a dropped file, with a blurred preview of an image or video. */
function MediaDrop({ file, onFile }: { file: File | null; onFile(file: File | null): void }) {
  const [over, setOver] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    if (!file) {
      setPreview(null);
      if (input.current) input.current.value = '';
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  }

  const kind = file?.type.startsWith('video/') ? 'video' : 'image';
  return (
    <div
      className={`dropzone${over ? ' is-over' : ''}`}
      data-testid="media-dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="field">
        <label htmlFor={inputId}>Image or video (optional)</label>
        <p className="field__hint" id={hintId}>
          Drop a file here or choose one. It is stored, hashed at once and shown blurred.
        </p>
        <input id={inputId} ref={input} type="file" accept="image/*,video/*" aria-describedby={hintId} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      </div>
      {file && preview && (
        <div className="stack">
          <SafeMedia key={preview} src={preview} kind={kind} label={`Preview of ${file.name} (${formatNumber(Math.ceil(file.size / 1024))} KB)`} />
          <button type="button" className="button--quiet" onClick={() => onFile(null)}>
            Remove file
          </button>
        </div>
      )}
    </div>
  );
}

function BulkUpload({ operation }: { operation: Operation }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const upload = useMutation({
    mutationFn: (f: File) => {
      const ext = f.name.split('.').pop()?.toLowerCase() ?? '';
      const type = BULK_TYPES[ext]!;
      return unwrap(
        api.POST('/items/bulk', {
          params: { query: { operationId: operation.id } },
          // The file goes as it is (text/csv or JSON lines); the server reads it row by row.
          body: f as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'content-type': type },
        }),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['operation-items', operation.id] });
      void queryClient.invalidateQueries({ queryKey: ['operation-figures', operation.id] });
    },
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setInvalid('Choose a CSV or JSON lines file.');
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (!BULK_TYPES[ext]) return setInvalid('The file must end in .csv, .jsonl or .ndjson.');
    setInvalid(null);
    upload.mutate(file);
  }

  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="bulk-title" noValidate>
      <h2 id="bulk-title">Add many items from a file</h2>
      <div className={`field${invalid ? ' field--invalid' : ''}`}>
        <label htmlFor={inputId}>CSV or JSON lines file</label>
        <p className="field__hint" id={hintId}>
          CSV header: <code>url,language,group,category,tier,legal_basis,text,page_text,notes,captured_at</code> (only <code>url</code> is required). JSON lines: one object per line with the same fields.
        </p>
        <input id={inputId} type="file" accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson" aria-describedby={hintId} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <FormError error={invalid ?? upload.error} />
      <div>
        <button type="submit" className="button--primary" disabled={upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import file'}
        </button>
      </div>
      <div aria-live="polite">{upload.data && <BulkResult report={upload.data} />}</div>
    </form>
  );
}

function BulkResult({ report }: { report: BulkReport }) {
  return (
    <div className="stack" data-testid="bulk-result">
      <h3>Import report</h3>
      <dl className="bulk-counts">
        <div>
          <dt>Rows read</dt>
          <dd data-testid="bulk-rows">{formatNumber(report.rows)}</dd>
        </div>
        <div>
          <dt>Accepted (new items)</dt>
          <dd data-testid="bulk-created">{formatNumber(report.created)}</dd>
        </div>
        <div>
          <dt>Already there</dt>
          <dd data-testid="bulk-duplicates">{formatNumber(report.duplicates)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd data-testid="bulk-rejected">{formatNumber(report.rejected)}</dd>
        </div>
      </dl>
      {report.errors.length === 0 ? (
        <p className="form-ok">Every row was accepted.</p>
      ) : (
        <div className="table-scroll">
          <table className="bulk-errors">
            <caption>Rejected rows (the header is line 1)</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Field</th>
                <th scope="col">Code</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={`${e.line}-${i}`}>
                  <td className="num">{e.line}</td>
                  <td>{e.field ?? '—'}</td>
                  <td>
                    <code>{e.code}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rejected > report.errors.length && <p>Only the first {formatNumber(report.errors.length)} problems are listed.</p>}
        </div>
      )}
    </div>
  );
}
