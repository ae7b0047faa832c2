// Emerging platforms: unregistered domains that recur across items (candidates), with first and
// last seen and counts; coordinators promote one into the platform registry (category, cooperation
// status) or dismiss it. Below, every domain seen, registered or not.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { DataTable, type Column } from '../components/data-table';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { FormError } from '../components/form-error';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { reportOutcome, StatusMessage, type Outcome } from '../components/status-message';
import { submitHandler } from '../components/submit-handler';
import { useSession } from '../session';
import './curation.css';

type Candidate = paths['/emerging/candidates']['get']['responses'][200]['content']['application/json']['candidates'][number];
type PromoteBody = paths['/emerging/candidates/{domain}/promote']['post']['requestBody']['content']['application/json'];
type Category = PromoteBody['category'];
type Cooperation = NonNullable<PromoteBody['cooperationStatus']>;
type Status = Candidate['candidateStatus'] & string;

const CATEGORIES: Category[] = ['website', 'video', 'messaging', 'file_share', 'forum', 'microblog', 'social_network', 'archive', 'paste', 'audio', 'other'];
const COOPERATION: Cooperation[] = ['unresponsive', 'cooperative', 'hostile'];
const STATUS_LABELS: Record<Status, string> = { candidate: 'Open candidates', promoted: 'Promoted', dismissed: 'Dismissed' };
/** The first columns of both tables: a domain, when it was seen and how often. */
const SEEN_COLUMNS: Column[] = ['Domain', 'First seen', 'Last seen', { label: 'Items', num: true }, { label: 'Links', num: true }];

export function EmergingPage() {
  const { can } = useSession();
  if (!can('operations:read')) {
    return (
      <Page title="Emerging platforms">
        <p>Candidate platforms are shown to members who see operations.</p>
      </Page>
    );
  }
  return (
    <Page title="Emerging platforms" wide>
      <div className="stack">
        <Candidates canManage={can('platforms:manage')} />
        <Domains />
      </div>
    </Page>
  );
}

function Sources({ c }: { c: Candidate }) {
  return (
    <span className="muted emerging-sources">
      own URL {formatNumber(c.sources.url)} · text {formatNumber(c.sources.text)} · page {formatNumber(c.sources.page_text)}
    </span>
  );
}

function Candidates({ canManage }: { canManage: boolean }) {
  const [status, setStatus] = useState<Status>('candidate');
  const [message, setMessage] = useState<Outcome | null>(null);
  const candidates = useQuery({ queryKey: ['emerging-candidates', status], queryFn: () => unwrap(api.GET('/emerging/candidates', { params: { query: { status } } })) });
  return (
    <section className="stack" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Candidate platforms</h2>
      <p className="muted">An unregistered domain becomes a candidate when enough items are on it or link to it. Promoting adds it to the platform registry, so referrals can be addressed to it; dismissing stops the alerts.</p>
      <div className="row" role="group" aria-label="Which candidates">
        {(Object.keys(STATUS_LABELS) as Status[]).map((s) => (
          <button key={s} type="button" aria-pressed={status === s} className={status === s ? 'button--primary' : undefined} onClick={() => setStatus(s)}>
            {STATUS_LABELS[s]}
          </button>
        ))}
      </div>
      {message && <StatusMessage ok={message.ok}>{message.text}</StatusMessage>}
      <QueryView query={candidates} isEmpty={(d) => d.candidates.length === 0} empty={status === 'candidate' ? 'No candidate platforms right now.' : `No ${status} candidates.`} loadingLabel="Loading candidates…">
        {(d) => (
          <DataTable caption={STATUS_LABELS[status]} testId="candidates" columns={[...SEEN_COLUMNS, { label: 'Operations', num: true }, { label: 'Organisations', num: true }, status !== 'candidate' && 'Decided', canManage && status === 'candidate' && 'Decision']}>
            {d.candidates.map((c) => (
              <CandidateRow key={c.domain} candidate={c} status={status} canManage={canManage} onDone={setMessage} />
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  );
}

function CandidateRow({ candidate: c, status, canManage, onDone }: { candidate: Candidate; status: Status; canManage: boolean; onDone(m: Outcome): void }) {
  const queryClient = useQueryClient();
  const [promoting, setPromoting] = useState(false);
  const [name, setName] = useState(c.domain);
  const [category, setCategory] = useState<Category>('website');
  const [cooperation, setCooperation] = useState<Cooperation>('unresponsive');
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['emerging-candidates'] }), queryClient.invalidateQueries({ queryKey: ['emerging-domains'] })]);
  const promote = useMutation({
    mutationFn: () => unwrap(api.POST('/emerging/candidates/{domain}/promote', { params: { path: { domain: c.domain } }, body: { name: name.trim() || c.domain, category, cooperationStatus: cooperation } })),
    onSuccess: async (r) => {
      onDone({ ok: true, text: `${c.domain} added to the platform registry as “${r.platform.name}” (platform #${r.platform.id}).` });
      await refresh();
    },
  });

  const dismiss = () => reportOutcome(onDone, () => unwrap(api.POST('/emerging/candidates/{domain}/dismiss', { params: { path: { domain: c.domain } } })), `${c.domain} dismissed.`, refresh);

  return (
    <tr>
      <th scope="row">
        <span className="mono">{c.domain}</span>
        <div>
          <Sources c={c} />
        </div>
      </th>
      <td>{formatDateTime(c.firstSeen)}</td>
      <td>{formatDateTime(c.lastSeen)}</td>
      <td className="num">{formatNumber(c.items)}</td>
      <td className="num">{formatNumber(c.links)}</td>
      <td className="num">{formatNumber(c.operations)}</td>
      <td className="num">{formatNumber(c.organisations)}</td>
      {status !== 'candidate' && <td>{formatDateTime(c.decidedAt)}</td>}
      {canManage && status === 'candidate' && (
        <td>
          {promoting ? (
            <form className="stack" aria-label={`Promote ${c.domain}`} onSubmit={submitHandler(() => promote.mutate())}>
              <Field label="Platform name">
                <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
              </Field>
              <Field label="Category">
                <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
                  {CATEGORIES.map((k) => (
                    <option key={k} value={k}>
                      {k.replace('_', ' ')}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Cooperation status">
                <select value={cooperation} onChange={(e) => setCooperation(e.target.value as Cooperation)}>
                  {COOPERATION.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </Field>
              <FormError error={promote.error} />
              <FormActions submit="Add to the registry" busy={promote.isPending} onCancel={() => setPromoting(false)} />
            </form>
          ) : (
            <div className="row emerging-decision">
              <button type="button" onClick={() => setPromoting(true)} aria-label={`Promote ${c.domain}`}>
                Promote
              </button>
              <ConfirmButton question={`Dismiss ${c.domain}? It will not be alerted again.`} confirmLabel="Yes, dismiss" aria-label={`Dismiss ${c.domain}`} onConfirm={dismiss}>
                Dismiss
              </ConfirmButton>
            </div>
          )}
        </td>
      )}
    </tr>
  );
}

function Domains() {
  const domains = useQuery({ queryKey: ['emerging-domains'], queryFn: () => unwrap(api.GET('/emerging/domains')) });
  return (
    <section className="stack" aria-labelledby="domains-heading">
      <h2 id="domains-heading">All domains seen</h2>
      <QueryView query={domains} isEmpty={(d) => d.domains.length === 0} empty="No items have been submitted yet." loadingLabel="Loading domains…">
        {(d) => (
          <DataTable caption="Domains of items and of the links in them" testId="domains" columns={[...SEEN_COLUMNS, 'Registry']}>
            {d.domains.map((s) => (
              <tr key={s.domain}>
                <th scope="row" className="mono">
                  {s.domain}
                </th>
                <td>{formatDateTime(s.firstSeen)}</td>
                <td>{formatDateTime(s.lastSeen)}</td>
                <td className="num">{formatNumber(s.items)}</td>
                <td className="num">{formatNumber(s.links)}</td>
                <td>
                  {s.platformId !== null ? (
                    <span className="badge badge--ok">Platform #{s.platformId}</span>
                  ) : s.candidateStatus === 'candidate' ? (
                    <span className="badge badge--warning">Candidate</span>
                  ) : s.candidateStatus === 'dismissed' ? (
                    <span className="badge badge--muted">Dismissed</span>
                  ) : (
                    <span className="badge badge--muted">Unregistered</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryView>
    </section>
  );
}
