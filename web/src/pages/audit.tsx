// The audit trail, for auditors: the organisation's events with filters and paging, exports as JSON
// lines and CSV (with the same filters), and a check of the whole hash chain.
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { Pager, useCursorPages } from '../components/pager';
import { QueryView } from '../components/states';
import './curation.css';

type AuditQuery = NonNullable<paths['/audit/events']['get']['parameters']['query']>;
type Verification = paths['/audit/verify']['get']['responses'][200]['content']['application/json'];

interface Filters {
  from: string;
  to: string;
  action: string;
  targetType: string;
  targetId: string;
}

const EMPTY: Filters = { from: '', to: '', action: '', targetType: '', targetId: '' };
const PAGE_SIZE = 50;

/** The filters as the API takes them: datetime-local values (UTC) become ISO times; empty ones are left out. */
function toQuery(f: Filters): Omit<AuditQuery, 'limit' | 'after'> {
  const q: Omit<AuditQuery, 'limit' | 'after'> = {};
  if (f.from) q.from = new Date(`${f.from}:00Z`).toISOString();
  if (f.to) q.to = new Date(`${f.to}:00Z`).toISOString();
  if (f.action.trim()) q.action = f.action.trim();
  if (f.targetType.trim()) q.targetType = f.targetType.trim();
  if (f.targetId.trim()) q.targetId = f.targetId.trim();
  return q;
}

export function AuditPage() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const pages = useCursorPages();
  const { after, page } = pages;
  const query = toQuery(filters);
  const events = useQuery({
    queryKey: ['audit-events', query, after],
    queryFn: () => unwrap(api.GET('/audit/events', { params: { query: { ...query, after, limit: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const exportQuery = new URLSearchParams(Object.entries(query));

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters(draft);
    pages.reset();
  }

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <Page
      title="Audit trail"
      wide
      actions={
        <>
          <a className="button" href={`/audit/export?${new URLSearchParams([...exportQuery, ['format', 'jsonl']])}`} download>
            Export JSON lines
          </a>
          <a className="button" href={`/audit/export?${new URLSearchParams([...exportQuery, ['format', 'csv']])}`} download>
            Export CSV
          </a>
        </>
      }
    >
      <div className="stack">
        <VerifyChain />
        <form className="card" aria-label="Filter the audit events" onSubmit={apply}>
          <div className="audit-filters">
            <Field label="From (UTC)">
              <input type="datetime-local" value={draft.from} onChange={set('from')} />
            </Field>
            <Field label="To (UTC)">
              <input type="datetime-local" value={draft.to} onChange={set('to')} />
            </Field>
            <Field label="Action">
              <input value={draft.action} onChange={set('action')} maxLength={100} />
            </Field>
            <Field label="Target type">
              <input value={draft.targetType} onChange={set('targetType')} maxLength={100} />
            </Field>
            <Field label="Target id">
              <input value={draft.targetId} onChange={set('targetId')} maxLength={100} />
            </Field>
          </div>
          <p className="muted">Actions look like member.created or bank.content_added; target types like member, bank or referral. Exports use the same filters.</p>
          <div className="row audit-filter-buttons">
            <button type="submit" className="button--primary">
              Apply filters
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft(EMPTY);
                setFilters(EMPTY);
                pages.reset();
              }}
            >
              Clear
            </button>
          </div>
        </form>
        <QueryView query={events} isEmpty={(d) => d.events.length === 0 && page === 1} empty="No audit events match." loadingLabel="Loading audit events…">
          {(d) => (
            <>
              <DataTable caption={<>Audit events, oldest first, page {page}</>} testId="audit-events" columns={[{ label: 'Seq', num: true }, 'When', 'Who', 'Action', 'Target', 'Details', 'Hash']}>
                {d.events.map((e) => (
                  <tr key={e.seq}>
                    <th scope="row" className="num">
                      {e.seq}
                    </th>
                    <td>{formatDateTime(e.occurredAt)}</td>
                    <td>
                      {e.actor.label}
                      <div className="muted">{e.actor.type}</div>
                    </td>
                    <td className="audit-action">
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.target.type}
                      {e.target.id !== null && ` #${e.target.id}`}
                    </td>
                    <td>{e.summary == null ? <span className="muted">—</span> : <pre className="audit-summary" tabIndex={0}>{JSON.stringify(e.summary, null, 1)}</pre>}</td>
                    <td>
                      <code title={e.hash}>{e.hash.slice(0, 12)}…</code>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <Pager label="Audit pages" pages={pages} nextAfter={d.nextAfter} />
            </>
          )}
        </QueryView>
      </div>
    </Page>
  );
}

function VerifyChain() {
  const verify = useMutation({ mutationFn: (): Promise<Verification> => unwrap(api.GET('/audit/verify')) });
  const v = verify.data;
  return (
    <section className="card stack" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Integrity</h2>
      <p className="muted">Every event carries the hash of the one before it. Checking recomputes the whole chain: an edited, inserted or deleted event breaks it.</p>
      <div>
        <button type="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? 'Checking…' : 'Verify the chain'}
        </button>
      </div>
      <div aria-live="polite">
        <FormError error={verify.error} />
        {v && (
          <p className={`audit-verify ${v.ok ? 'audit-verify--ok' : 'audit-verify--broken'}`} role="status" data-testid="verify-result">
            {v.ok
              ? `The chain is intact: ${formatNumber(v.checked)} events checked, up to #${v.headSeq}.`
              : `The chain is broken at event #${v.firstBreak?.seq ?? '?'}: ${v.firstBreak?.reason ?? ''} ${v.firstBreak?.detail ?? ''} (${formatNumber(v.checked)} events checked).`}
          </p>
        )}
      </div>
    </section>
  );
}
