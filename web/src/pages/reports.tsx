// Reports: the list of reports the caller can open, the operation report (the press-release
// figures and the per-platform table, printable and downloadable), and a platform's TCO Art. 7(3)
// transparency report for a period.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { formatDateTime, formatNumber, formatPercent } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { submitHandler } from '../components/submit-handler';
import { useSession } from '../session';
import './curation.css';
import './reports.css';

/** GET /operations/{id}/report (JSON); the route documents its body only as "JSON report". */
interface OperationReport {
  operation: { id: number; name: string; status: string; startsAt: string; endsAt: string; participants: number };
  headline: string;
  figures: { items: number; clusters: number; languages: number; platforms: number; organisations: number; referrals: number; removed: number; removalRate: number | null; newDomains: number };
  languages: Array<{ language: string; items: number }>;
  platforms: Array<{ platformId: number | null; name: string; domain: string; items: number; referrals: number; removed: number; removalRate: number | null; medianHoursToRemoval: number | null }>;
  generatedAt: string;
}

const REJECT_REASONS = ['not_terrorist_content', 'not_hosted_here', 'technical_impossibility', 'insufficient_information', 'other'] as const;
type RejectReason = (typeof REJECT_REASONS)[number];
const REASON_LABELS: Record<RejectReason, string> = {
  not_terrorist_content: 'not terrorist content',
  not_hosted_here: 'not hosted by the platform',
  technical_impossibility: 'technical impossibility',
  insufficient_information: 'insufficient information (manifest errors)',
  other: 'other reasons',
};

interface ActionFigures {
  received: number;
  actioned: number;
  removed: number;
  geoBlocked: number;
  notActioned: { total: number; rejected: Record<RejectReason, number>; forceMajeure: number; clarificationRequested: number; pending: number };
}

/** GET /platform/transparency-report (JSON), as src/modules/platform-side/transparency-report.ts builds it. */
interface TransparencyReport {
  platform: { id: number; name: string };
  period: { from: string; to: string };
  scope: 'platform' | 'own_referrals';
  removalOrders: ActionFigures & { actionedWithinOneHour: number; actionedAfterOneHour: number };
  referrals: ActionFigures;
  complaints: { received: number; upheld: number; dismissed: number; pending: number; overdue: number; decidedLate: number };
  restoredAfterComplaint: number;
  generatedAt: string;
}

function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      Print
    </button>
  );
}

export function ReportsPage() {
  const { can } = useSession();
  return (
    <Page title="Reports">
      <div className="stack">
        <section className="card stack" aria-labelledby="operation-reports-heading">
          <h2 id="operation-reports-heading">Operation reports</h2>
          <p className="muted">What an action day achieved: items, languages, platforms and the share removed, with a table per platform. Printable, and as CSV.</p>
          {can('operations:read') ? <OperationReportList /> : <OpenOperationReport />}
        </section>
        <section className="card stack" aria-labelledby="transparency-heading">
          <h2 id="transparency-heading">Transparency reports</h2>
          <p className="muted">A hosting platform’s figures under Article 7(3) of the TCO Regulation for a period: removal orders and how fast they were actioned, referrals, complaints and restorations.</p>
          <p>
            <Link to="/reports/transparency">Open a transparency report</Link>
          </p>
        </section>
      </div>
    </Page>
  );
}

function OperationReportList() {
  const operations = useQuery({ queryKey: ['operations'], queryFn: () => unwrap(api.GET('/operations')) });
  return (
    <QueryView query={operations} isEmpty={(d) => d.operations.length === 0} empty="Your organisation takes part in no operation yet." loadingLabel="Loading operations…">
      {(d) => (
        <DataTable caption="Operations with a report" columns={['Operation', 'Status', 'Window']}>
          {d.operations.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link to={`/operations/${o.id}/report`}>Report: {o.name}</Link>
              </th>
              <td>
                <span className={`badge ${o.status === 'live' ? 'badge--warning' : o.status === 'closed' ? 'badge--muted' : 'badge--ok'}`}>{o.status}</span>
              </td>
              <td>
                {formatDateTime(o.startsAt)} – {formatDateTime(o.endsAt)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </QueryView>
  );
}

function OpenOperationReport() {
  const navigate = useNavigate();
  const [id, setId] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={submitHandler(() => {
        if (id) void navigate(`/operations/${Number(id)}/report`);
      })}
    >
      <Field label="Operation number">
        <input type="number" min={1} value={id} onChange={(e) => setId(e.target.value)} required inputMode="numeric" />
      </Field>
      <button type="submit">Open report</button>
    </form>
  );
}

export function OperationReportPage() {
  const { operationId = '' } = useParams();
  const id = Number(operationId);
  const report = useQuery({
    queryKey: ['operation-report', id],
    queryFn: async () => (await unwrap(api.GET('/operations/{id}/report', { params: { path: { id }, query: { format: 'json' } } }))) as OperationReport,
  });
  const r = report.data;
  return (
    <Page
      title={r ? `Report: ${r.operation.name}` : 'Operation report'}
      actions={
        r && (
          <>
            <PrintButton />
            <a className="button" href={`/operations/${id}/report?format=csv`} download>
              Download CSV
            </a>
            <a className="button" href={`/operations/${id}/report?format=html`} target="_blank" rel="noopener">
              Printable HTML
            </a>
            <Link className="button button--quiet" to={`/operations/${id}`}>
              Dashboard
            </Link>
          </>
        )
      }
    >
      <QueryView query={report} loadingLabel="Loading the report…">
        {(data) => <OperationReportSheet report={data} />}
      </QueryView>
    </Page>
  );
}

function OperationReportSheet({ report: r }: { report: OperationReport }) {
  const f = r.figures;
  const figures: Array<[string, string]> = [
    ['Items', formatNumber(f.items)],
    ['Languages', formatNumber(f.languages)],
    ['Platforms', formatNumber(f.platforms)],
    ['Removed', f.removalRate === null ? '—' : formatPercent(f.removalRate)],
    ['Referrals', formatNumber(f.referrals)],
    ['Removals', formatNumber(f.removed)],
    ['Clusters', formatNumber(f.clusters)],
    ['Organisations', formatNumber(f.organisations)],
    ['New domains', formatNumber(f.newDomains)],
  ];
  const languages = r.languages.filter((l) => l.items > 0);
  return (
    <article className="report-sheet" aria-label={`Report of ${r.operation.name}`}>
      <p className="report-meta">
        {formatDateTime(r.operation.startsAt)} – {formatDateTime(r.operation.endsAt)} · {formatNumber(r.operation.participants)} participating {r.operation.participants === 1 ? 'organisation' : 'organisations'} · status {r.operation.status}
      </p>
      <p className="report-headline" data-testid="report-headline">
        {r.headline}
      </p>
      <ReportFigures figures={figures} />
      <section className="report-section" aria-labelledby="report-platforms-heading">
        <h2 id="report-platforms-heading">Per platform</h2>
        {r.platforms.length === 0 ? (
          <p className="muted">No items on any platform.</p>
        ) : (
          <DataTable className="report-table" testId="report-platforms" columns={['Platform', 'Domain', { label: 'Items', num: true }, { label: 'Referrals', num: true }, { label: 'Removed', num: true }, { label: 'Removal rate', num: true }, { label: 'Median hours to removal', num: true }]}>
            {r.platforms.map((p) => (
              <tr key={`${p.platformId ?? 'none'}-${p.domain}`}>
                <th scope="row">{p.name}</th>
                <td className="mono">{p.domain}</td>
                <td className="num">{formatNumber(p.items)}</td>
                <td className="num">{formatNumber(p.referrals)}</td>
                <td className="num">{formatNumber(p.removed)}</td>
                <td className="num">{formatPercent(p.removalRate)}</td>
                <td className="num">{p.medianHoursToRemoval === null ? '—' : p.medianHoursToRemoval.toFixed(1)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {languages.length > 0 && (
        <section className="report-section" aria-labelledby="report-languages-heading">
          <h2 id="report-languages-heading">Languages</h2>
          <table className="report-table report-table--narrow">
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col" className="num">
                  Items
                </th>
              </tr>
            </thead>
            <tbody>
              {languages.map((l) => (
                <tr key={l.language}>
                  <th scope="row">{l.language}</th>
                  <td className="num">{formatNumber(l.items)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="report-footer">Generated {formatDateTime(r.generatedAt)} by Vigil. Removal rate: removals confirmed out of referrals sent.</p>
    </article>
  );
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function TransparencyReportPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const [platformId, setPlatformId] = useState(params.get('platformId') ?? '');
  const [from, setFrom] = useState(params.get('from') ?? `${today.getUTCFullYear()}-01-01`);
  const [to, setTo] = useState(params.get('to') ?? isoDate(today));
  const applied = { platformId: Number(params.get('platformId')), from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const ready = applied.platformId > 0 && applied.from !== '' && applied.to !== '';

  const report = useQuery({
    queryKey: ['transparency-report', applied.platformId, applied.from, applied.to],
    queryFn: async () => (await unwrap(api.GET('/platform/transparency-report', { params: { query: { platformId: applied.platformId, from: applied.from, to: applied.to, format: 'json' } } }))) as TransparencyReport,
    enabled: ready,
  });
  const query = `platformId=${applied.platformId}&from=${encodeURIComponent(applied.from)}&to=${encodeURIComponent(applied.to)}`;

  return (
    <Page
      title={report.data ? `Transparency report: ${report.data.platform.name}` : 'Transparency report'}
      actions={
        report.data && (
          <>
            <PrintButton />
            <a className="button" href={`/platform/transparency-report?${query}&format=csv`} download>
              Download CSV
            </a>
            <a className="button" href={`/platform/transparency-report?${query}&format=html`} target="_blank" rel="noopener">
              Printable HTML
            </a>
          </>
        )
      }
    >
      <div className="stack">
        <form className="card inline-form no-print" aria-label="Platform and period" onSubmit={submitHandler(() => setParams({ platformId, from, to }))}>
          {can('platforms:read') ? <PlatformSelect value={platformId} onChange={setPlatformId} /> : <OperatedPlatformSelect value={platformId} onChange={setPlatformId} />}
          <Field label="From">
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </Field>
          <Field label="To (included)">
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
          </Field>
          <button type="submit" className="button--primary" disabled={!platformId || !from || !to}>
            Show report
          </button>
        </form>
        {ready ? (
          <QueryView query={report} loadingLabel="Loading the report…">
            {(r) => <TransparencySheet report={r} />}
          </QueryView>
        ) : (
          <p className="muted">Choose a platform and a period.</p>
        )}
      </div>
    </Page>
  );
}

function PlatformSelect({ value, onChange }: { value: string; onChange(v: string): void }) {
  const platforms = useQuery({ queryKey: ['platforms'], queryFn: () => unwrap(api.GET('/platforms')) });
  return (
    <Field label="Platform" error={platforms.isError ? 'The platform registry could not be loaded.' : null}>
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{platforms.isPending ? 'Loading platforms…' : 'Choose a platform'}</option>
        {platforms.data?.platforms.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * For members who cannot read the registry (liaisons, auditors): the platforms their organisation
 * operates (GET /platform/platforms). An organisation that operates none (an authority's or NGO's
 * auditor) gives the platform's number instead.
 */
function OperatedPlatformSelect({ value, onChange }: { value: string; onChange(v: string): void }) {
  const operated = useQuery({ queryKey: ['operated-platforms'], queryFn: () => unwrap(api.GET('/platform/platforms')) });
  const list = operated.data?.platforms ?? [];
  const only = list.length === 1 ? String(list[0]!.id) : null;
  // One platform: chosen already.
  useEffect(() => {
    if (only && value === '') onChange(only);
  }, [only, value, onChange]);
  if (operated.isSuccess && list.length === 0) {
    return (
      <Field label="Platform number" hint="Your organisation operates no platform in Vigil: give the platform’s number in the Vigil registry.">
        <input type="number" min={1} value={value} onChange={(e) => onChange(e.target.value)} required inputMode="numeric" />
      </Field>
    );
  }
  return (
    <Field label="Platform" hint="The platforms your organisation operates in Vigil." error={operated.isError ? 'Your organisation’s platforms could not be loaded.' : null}>
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{operated.isPending ? 'Loading platforms…' : 'Choose a platform'}</option>
        {list.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.domains.length > 0 ? `${p.name} (${p.domains.slice(0, 2).join(', ')}${p.domains.length > 2 ? ', …' : ''})` : p.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

function FigureRow({ label, value }: { label: string; value: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{formatNumber(value)}</td>
    </tr>
  );
}

/** The headline figures, big, in a row of boxes. */
function ReportFigures({ figures }: { figures: Array<[string, string]> }) {
  return (
    <dl className="report-figures">
      {figures.map(([label, value]) => (
        <div key={label} className="report-figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section with a heading and a two-column table of figures (FigureRow rows). */
function FigureTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{caption}</h2>
      <table className="report-table report-table--narrow">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              Number
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

function ActionTable({ caption, figures, extra }: { caption: string; figures: ActionFigures; extra?: Array<[string, number]> }) {
  return (
    <FigureTable caption={caption}>
      <FigureRow label="Received" value={figures.received} />
      <FigureRow label="Removed or access disabled" value={figures.actioned} />
      {extra?.map(([label, value]) => <FigureRow key={label} label={label} value={value} />)}
      <FigureRow label="Removed" value={figures.removed} />
      <FigureRow label="Access disabled in the Union (geo-blocked)" value={figures.geoBlocked} />
      <FigureRow label="Not actioned" value={figures.notActioned.total} />
      {REJECT_REASONS.map((reason) => (
        <FigureRow key={reason} label={`Not actioned: rejected, ${REASON_LABELS[reason]}`} value={figures.notActioned.rejected[reason]} />
      ))}
      <FigureRow label="Not actioned: force majeure or de facto impossibility (Art. 3(7))" value={figures.notActioned.forceMajeure} />
      <FigureRow label="Not actioned: clarification requested (Art. 3(8))" value={figures.notActioned.clarificationRequested} />
      <FigureRow label="Not actioned: no answer yet" value={figures.notActioned.pending} />
    </FigureTable>
  );
}

function TransparencySheet({ report: r }: { report: TransparencyReport }) {
  const o = r.removalOrders;
  const c = r.complaints;
  return (
    <article className="report-sheet" aria-label={`Transparency report of ${r.platform.name}`}>
      <p className="report-meta">
        Transparency report under Article 7(3) of Regulation (EU) 2021/784 · {formatDateTime(r.period.from)} – {formatDateTime(r.period.to)}
      </p>
      <p className="report-meta">{r.scope === 'platform' ? 'All referrals and removal orders sent to the platform through Vigil.' : 'Only your organisation’s own referrals and removal orders to this platform.'}</p>
      <p className="report-headline" data-testid="report-headline">
        {o.received} removal {o.received === 1 ? 'order' : 'orders'} received; {o.actioned} removed or disabled ({o.actionedWithinOneHour} within one hour); {c.received} {c.received === 1 ? 'complaint' : 'complaints'}, {c.upheld} upheld.
      </p>
      <ReportFigures
        figures={[
          ['Removal orders', formatNumber(o.received)],
          ['Actioned within one hour', formatNumber(o.actionedWithinOneHour)],
          ['Referrals', formatNumber(r.referrals.received)],
          ['Complaints', formatNumber(c.received)],
        ]}
      />
      <ActionTable
        caption="Removal orders"
        figures={o}
        extra={[
          ['Removed or disabled within one hour of receipt', o.actionedWithinOneHour],
          ['Removed or disabled after one hour', o.actionedAfterOneHour],
        ]}
      />
      <ActionTable caption="Referrals (other measures)" figures={r.referrals} />
      <FigureTable caption="Complaints (Art. 10)">
        <FigureRow label="Received" value={c.received} />
        <FigureRow label="Upheld (content restored)" value={c.upheld} />
        <FigureRow label="Dismissed" value={c.dismissed} />
        <FigureRow label="Not decided yet" value={c.pending} />
        <FigureRow label="Not decided within two weeks" value={c.overdue} />
        <FigureRow label="Decided after two weeks" value={c.decidedLate} />
        <FigureRow label="Content restored after a complaint in the period" value={r.restoredAfterComplaint} />
      </FigureTable>
      <p className="report-footer">
        Orders, referrals and complaints received in the period, as they stand at generation; restorations made in the period. The hour does not count the time an order was paused for clarification or force majeure. Generated {formatDateTime(r.generatedAt)} by Vigil.
      </p>
    </article>
  );
}
