// Emerging platforms: unregistered domains that recur across items (candidates), with first and
// last seen and counts; coordinators promote one into the platform registry (category, cooperation
// status) or dismiss it. Below, every domain seen, registered or not.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, unwrap, type paths } from '../api/client';
import { ConfirmButton } from '../components/confirm-button';
import { Field } from '../components/field';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
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
      {message && (
        <p role="status" className={message.ok ? 'form-ok' : 'form-error'}>
          {message.text}
        </p>
      )}
      <QueryView query={candidates} isEmpty={(d) => d.candidates.length === 0} empty={status === 'candidate' ? 'No candidate platforms right now.' : `No ${status} candidates.`} loadingLabel="Loading candidates…">
        {(d) => (
          <div className="table-scroll">
            <table data-testid="candidates">
              <caption className="visually-hidden">{STATUS_LABELS[status]}</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                  <th scope="col" className="num">
                    Items
                  </th>
                  <th scope="col" className="num">
                    Links
                  </th>
                  <th scope="col" className="num">
                    Operations
                  </th>
                  <th scope="col" className="num">
                    Organisations
                  </th>
                  {status !== 'candidate' && <th scope="col">Decided</th>}
                  {canManage && status === 'candidate' && <th scope="col">Decision</th>}
                </tr>
              </thead>
              <tbody>
                {d.candidates.map((c) => (
                  <CandidateRow key={c.domain} candidate={c} status={status} canManage={canManage} onDone={setMessage} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}

function CandidateRow({ candidate: c, status, canManage, onDone }: { candidate: Candidate; status: Status; canManage: boolean; onDone(m: { ok: boolean; text: string }): void }) {
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

  async function dismiss() {
    try {
      await unwrap(api.POST('/emerging/candidates/{domain}/dismiss', { params: { path: { domain: c.domain } } }));
      onDone({ ok: true, text: `${c.domain} dismissed.` });
      await refresh();
    } catch (e) {
      onDone({ ok: false, text: errorMessage(e) });
    }
  }

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
            <form
              className="stack"
              aria-label={`Promote ${c.domain}`}
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                promote.mutate();
              }}
            >
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
              {promote.isError && (
                <p className="form-error" role="alert">
                  {errorMessage(promote.error)}
                </p>
              )}
              <div className="row">
                <button type="submit" className="button--primary" disabled={promote.isPending}>
                  Add to the registry
                </button>
                <button type="button" onClick={() => setPromoting(false)}>
                  Cancel
                </button>
              </div>
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
          <div className="table-scroll">
            <table data-testid="domains">
              <caption className="visually-hidden">Domains of items and of the links in them</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                  <th scope="col" className="num">
                    Items
                  </th>
                  <th scope="col" className="num">
                    Links
                  </th>
                  <th scope="col">Registry</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}
