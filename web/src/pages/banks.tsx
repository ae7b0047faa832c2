// Hash banks: the banks the organisation owns or that are shared with it, creating one, and
// searching every visible bank by a pasted hash (PDQ, MD5, SHA-256 …) or an uploaded file, with the
// verdict, the matching entries and their distances.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { StatusMessage } from '../components/status-message';
import { useSession } from '../session';
import { AccessBadge, guessSignalTypes, SIGNAL_TYPES, type Bank, type BatchResult, type Hashes } from './bank-common';
import './curation.css';

export function BanksPage() {
  const { can } = useSession();
  const banks = useQuery({ queryKey: ['banks'], queryFn: () => unwrap(api.GET('/c/banks')) });
  return (
    <Page title="Hash banks">
      <div className="stack">
        {can('hashes:lookup') && <HashSearch />}
        <section aria-labelledby="banks-heading" className="stack">
          <h2 id="banks-heading">Banks</h2>
          <QueryView query={banks} isEmpty={(b) => b.length === 0} empty="No banks yet: create one, or ask another organisation to share theirs." loadingLabel="Loading banks…">
            {(list) => <BankTable banks={list} />}
          </QueryView>
        </section>
        {can('banks:manage') && <CreateBank />}
      </div>
    </Page>
  );
}

function BankTable({ banks }: { banks: Bank[] }) {
  return (
    <DataTable caption="Banks the organisation owns or that are shared with it" columns={['Name', 'Description', 'Access', 'Matching', { label: 'PDQ threshold', num: true }, 'Created']}>
      {banks.map((b) => (
        <tr key={b.id}>
          <th scope="row">
            <Link to={`/banks/${encodeURIComponent(b.name)}`} className="mono">
              {b.name}
            </Link>
          </th>
          <td>{b.description || <span className="muted">—</span>}</td>
          <td>
            <AccessBadge access={b.access} />
          </td>
          <td>
            <span className={`badge ${b.enabled ? 'badge--ok' : 'badge--muted'}`}>{b.enabled ? 'Enabled' : 'Disabled'}</span>{' '}
            {b.is_negative && <span className="badge badge--warning">Negative (benign)</span>}
          </td>
          <td className="num">{b.pdq_threshold ?? 'default'}</td>
          <td>{formatDateTime(b.created_at)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CreateBank() {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [negative, setNegative] = useState(false);
  const [threshold, setThreshold] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/c/banks', {
          body: { name: name.trim(), description, is_negative: negative, ...(threshold.trim() ? { pdq_threshold: Number(threshold) } : {}) },
        }),
      ),
    onSuccess: () => {
      setName('');
      setDescription('');
      setNegative(false);
      setThreshold('');
      void queryClient.invalidateQueries({ queryKey: ['banks'] });
    },
  });
  const nameError = name && !/^[A-Z][A-Z0-9_]{0,99}$/.test(name.trim()) ? 'Capital letters, digits and underscores, starting with a letter (HMA naming).' : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!nameError) create.mutate();
  }

  return (
    <form className="card stack" aria-labelledby="create-bank-heading" onSubmit={submit}>
      <h2 id="create-bank-heading">Create a bank</h2>
      <Field label="Bank name" hint="For example ISLAMIST_VIDEOS. Capital letters, digits and underscores." error={nameError}>
        <input value={name} onChange={(e) => setName(e.target.value.toUpperCase())} required maxLength={100} autoComplete="off" />
      </Field>
      <Field label="Description">
        <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
      </Field>
      <Field label="PDQ threshold" hint="Largest Hamming distance that counts as a match (0–255); empty for the default, 31.">
        <input type="number" min={0} max={255} value={threshold} onChange={(e) => setThreshold(e.target.value)} inputMode="numeric" />
      </Field>
      <div className="field field--inline">
        <input id="bank-negative" type="checkbox" checked={negative} onChange={(e) => setNegative(e.target.checked)} />
        <label htmlFor="bank-negative">Negative bank: known benign content that suppresses other matches</label>
      </div>
      <FormError error={create.error} />
      {create.isSuccess && (
        <StatusMessage>
          Bank {create.data.name} created. <Link to={`/banks/${encodeURIComponent(create.data.name)}`}>Open it</Link>
        </StatusMessage>
      )}
      <div>
        <button type="submit" className="button--primary" disabled={create.isPending || !name}>
          Create bank
        </button>
      </div>
    </form>
  );
}

interface SearchOutcome {
  source: string;
  hashes?: Hashes;
  results: BatchResult[];
}

function HashSearch() {
  const [value, setValue] = useState('');
  const [signalType, setSignalType] = useState('auto');
  const [file, setFile] = useState<File | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);

  const search = useMutation({
    mutationFn: async (by: { kind: 'hash'; value: string; types: string[] } | { kind: 'file'; file: File }): Promise<SearchOutcome> => {
      if (by.kind === 'hash') {
        const { results } = await unwrap(api.POST('/m/lookup/batch', { body: { queries: by.types.map((t) => ({ signal_type: t, signal: by.value })) } }));
        return { source: `hash ${by.value.length > 24 ? `${by.value.slice(0, 24)}…` : by.value}`, results };
      }
      const form = new FormData();
      form.append('file', by.file);
      const hashes = await unwrap(api.POST('/h/hash', { body: form as never }));
      const queries = Object.entries(hashes).map(([t, v]) => ({ signal_type: t, signal: v }));
      if (queries.length === 0) return { source: `file ${by.file.name}`, hashes, results: [] };
      const { results } = await unwrap(api.POST('/m/lookup/batch', { body: { queries } }));
      return { source: `file ${by.file.name}`, hashes, results };
    },
  });

  function searchHash(e: FormEvent) {
    e.preventDefault();
    const v = value.trim();
    const types = signalType === 'auto' ? guessSignalTypes(v) : [signalType];
    if (types.length === 0) {
      setInputError('Not a hash Vigil recognises: paste 64 hex digits (PDQ, SHA-256), 32 (MD5), or choose the signal type.');
      return;
    }
    setInputError(null);
    search.mutate({ kind: 'hash', value: v, types });
  }

  function searchFile(e: FormEvent) {
    e.preventDefault();
    if (file) search.mutate({ kind: 'file', file });
  }

  return (
    <section className="card stack" aria-labelledby="search-heading">
      <h2 id="search-heading">Search the banks</h2>
      <p className="muted">Looks the hash up in every enabled bank your organisation owns or that is shared with it. PDQ matches within each bank’s threshold, with their Hamming distance.</p>
      <div className="banks-search">
        <form onSubmit={searchHash} aria-label="Search by hash">
          <Field label="Hash" hint="PDQ or SHA-256 (64 hex digits), MD5 (32), TLSH, or vPDQ JSON." error={inputError}>
            <input value={value} onChange={(e) => setValue(e.target.value)} className="mono" autoComplete="off" spellCheck={false} />
          </Field>
          <Field label="Signal type">
            <select value={signalType} onChange={(e) => setSignalType(e.target.value)}>
              <option value="auto">Recognise from the value</option>
              {SIGNAL_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button--primary" disabled={!value.trim() || search.isPending}>
            Search by hash
          </button>
        </form>
        <form onSubmit={searchFile} aria-label="Search by file">
          <Field label="Or a file" hint="An image or video is hashed on the server (PDQ, vPDQ, MD5, SHA-256) and each hash looked up. Nothing is stored.">
            <input type="file" accept="image/*,video/*" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </Field>
          <button type="submit" disabled={!file || search.isPending}>
            Hash and search
          </button>
        </form>
      </div>
      <div aria-live="polite">
        {search.isPending && <p role="status">Searching…</p>}
        <FormError error={search.error} />
        {search.isSuccess && <SearchResults outcome={search.data} />}
      </div>
    </section>
  );
}

interface Match {
  signalType: string;
  signal: string;
  bank: string;
  contentId: number;
  distance: number;
}

function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  const matches: Match[] = outcome.results.flatMap((r) =>
    Object.entries(r.matches).flatMap(([bank, list]) => list.map((m) => ({ signalType: r.signal_type, signal: r.signal, bank, contentId: m.bank_content_id, distance: m.distance }))),
  );
  matches.sort((a, b) => a.distance - b.distance);
  const entries = useQueries({
    queries: matches.map((m) => ({
      queryKey: ['bank-content', m.bank, m.contentId],
      queryFn: () => unwrap(api.GET('/c/bank/{name}/content/{id}', { params: { path: { name: m.bank, id: m.contentId } } })),
      retry: false,
    })),
  });
  const banks = new Set(matches.map((m) => m.bank));
  return (
    <div className="stack" data-testid="search-results">
      <p className={`banks-verdict ${matches.length > 0 ? 'banks-verdict--match' : 'banks-verdict--none'}`} role="status">
        {matches.length > 0 ? `Match: ${matches.length} ${matches.length === 1 ? 'entry' : 'entries'} in ${banks.size} ${banks.size === 1 ? 'bank' : 'banks'}` : 'No match'}
        <span className="muted"> for {outcome.source}</span>
      </p>
      {outcome.hashes && (
        <dl className="banks-hashes">
          {Object.entries(outcome.hashes).map(([t, v]) => (
            <div key={t}>
              <dt>{t}</dt>
              <dd className="mono">{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {matches.length > 0 && (
        <DataTable caption="Matching bank entries, closest first" columns={['Bank', 'Entry', 'Signal', { label: 'Distance', num: true }, 'Note and tags']}>
          {matches.map((m, i) => {
            const entry = entries[i]?.data;
            return (
              <tr key={`${m.signalType}-${m.bank}-${m.contentId}`}>
                <td>
                  <Link to={`/banks/${encodeURIComponent(m.bank)}`} className="mono">
                    {m.bank}
                  </Link>
                </td>
                <td className="num">#{m.contentId}</td>
                <td>{m.signalType}</td>
                <td className="num" data-testid="match-distance">
                  {m.distance}
                  {m.distance === 0 && <span className="muted"> (exact)</span>}
                </td>
                <td>
                  {entry ? (
                    <>
                      {entry.note || <span className="muted">no note</span>}
                      {entry.tags.length > 0 && <span className="muted"> · {entry.tags.join(', ')}</span>}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
