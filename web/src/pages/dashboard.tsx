// An operation's live dashboard: the headline figures, items over time, items and removal rate per
// platform, the referral funnel, languages, new (unregistered) domains and the domain graph. While
// the operation is live the figures refresh every few seconds; once closed they stand still.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap, type paths } from '../api/client';
import { ChartFigure } from '../components/chart-figure';
import { DataTable } from '../components/data-table';
import { formatDateTime, formatDuration, formatNumber, formatPercent } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import { ErrorState, Loading, QueryView } from '../components/states';
import { useSession } from '../session';
import { idParam, OperationNav, OperationStatusBadge, operationWindow, platformLabel, useOperation, type OperationStatus } from './operations-common';

type Figures = paths['/operations/{id}/figures']['get']['responses'][200]['content']['application/json'];
type Graph = paths['/operations/{id}/domain-graph']['get']['responses'][200]['content']['application/json'];

/** How often the figures are fetched again while the operation is live (planned: less often). */
const LIVE_REFRESH_MS = 5_000;
const PLANNED_REFRESH_MS = 30_000;

const ACCENT = '#0b5cad';
const OK = '#1d6b34';
const WARNING = '#8a5300';
const MUTED = '#4f5967';

function refreshFor(status: OperationStatus | undefined): number | false {
  if (status === 'live') return LIVE_REFRESH_MS;
  if (status === 'planned') return PLANNED_REFRESH_MS;
  return false;
}

export function DashboardPage() {
  const operationId = idParam(useParams().operationId);
  const operation = useOperation(operationId);
  const { can } = useSession();
  const figures = useQuery({
    queryKey: ['operation-figures', operationId],
    queryFn: () => unwrap(api.GET('/operations/{id}/figures', { params: { path: { id: operationId } } })),
    enabled: Number.isInteger(operationId),
    // The figures carry the operation's status: polling stops by itself once it is closed.
    refetchInterval: (q) => refreshFor(q.state.data?.status ?? operation.data?.status),
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
  const graph = useQuery({
    queryKey: ['operation-domain-graph', operationId],
    queryFn: () => unwrap(api.GET('/operations/{id}/domain-graph', { params: { path: { id: operationId } } })),
    enabled: Number.isInteger(operationId),
    refetchInterval: () => (refreshFor(figures.data?.status ?? operation.data?.status) === false ? false : 30_000),
  });

  if (operation.isPending) return <Loading label="Loading the operation…" />;
  if (operation.isError) return <ErrorState error={operation.error} retry={() => void operation.refetch()} />;
  const op = operation.data;
  const status = figures.data?.status ?? op.status;
  const refresh = refreshFor(status);

  return (
    <Page
      title={op.name}
      wide
      actions={
        <>
          {can('items:submit') && status !== 'closed' && (
            <Link className="button button--primary" to={`/operations/${op.id}/intake`}>
              Add items
            </Link>
          )}
          {can('items:read') && (
            <Link className="button" to={`/operations/${op.id}/review`}>
              Review queue
            </Link>
          )}
          {can('reports:read') && (
            <Link className="button" to={`/operations/${op.id}/report`}>
              Report
            </Link>
          )}
        </>
      }
    >
      <OperationNav operationId={op.id} />
      <p className="dashboard__meta">
        <OperationStatusBadge status={status} /> <span>{operationWindow(op)}</span>
        <span className="dashboard__refresh" data-testid="refresh-state">
          {refresh ? `Updates every ${refresh / 1000} s` : 'Closed: figures are final'}
          {figures.data && ` · as of ${formatDateTime(figures.data.at)}`}
          {figures.isFetching && figures.data && ' · updating…'}
        </span>
      </p>
      <QueryView query={figures} loadingLabel="Loading the figures…">
        {(f) => <FiguresView figures={f} graph={graph.data} graphError={graph.error} />}
      </QueryView>
    </Page>
  );
}

function FiguresView({ figures: f, graph, graphError }: { figures: Figures; graph: Graph | undefined; graphError: unknown }) {
  const platforms = usePlatformMap();
  const referralsTotal = Object.values(f.referrals.byState).reduce((n, v) => n + v, 0);
  return (
    <div className="stack dashboard">
      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className="visually-hidden">
          Headline figures
        </h2>
        <dl className="headline" data-testid="headline">
          <Headline label="Items" value={formatNumber(f.items)} testId="figure-items" />
          <Headline label="Clusters" value={formatNumber(f.clusters)} hint="distinct pieces" testId="figure-clusters" />
          <Headline label="Platforms" value={formatNumber(f.platforms)} testId="figure-platforms" />
          <Headline label="Languages" value={formatNumber(f.languages.length)} testId="figure-languages" />
          <Headline label="Organisations" value={formatNumber(f.organisations)} testId="figure-organisations" />
          <Headline label="Referrals" value={formatNumber(referralsTotal)} hint={`${formatNumber(f.referrals.sent)} sent`} testId="figure-referrals" />
          <Headline label="Removal rate" value={formatPercent(f.referrals.removalRate)} hint={`${formatNumber(f.referrals.removed)} removed`} testId="figure-removal-rate" />
          <Headline label="Median time to removal" value={f.referrals.medianSecondsToRemoval == null ? '—' : formatDuration(f.referrals.medianSecondsToRemoval * 1000)} testId="figure-median-removal" />
        </dl>
      </section>
      <div className="dashboard__grid">
        <ItemsOverTime figures={f} />
        <PerPlatform figures={f} platforms={platforms} />
        <RemovalRatePerPlatform figures={f} platforms={platforms} />
        <Funnel figures={f} />
        <Languages figures={f} />
        <NewDomains figures={f} />
      </div>
      <DomainGraph graph={graph} error={graphError} />
    </div>
  );
}

function Headline({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="headline__figure card">
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <span className="headline__value">{value}</span>
        {hint && <span className="headline__hint">{hint}</span>}
      </dd>
    </div>
  );
}

const hourFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

function ItemsOverTime({ figures }: { figures: Figures }) {
  const data = figures.itemsOverTime.map((b) => ({ label: hourFormat.format(new Date(b.hour)), items: b.items }));
  const peak = data.reduce<(typeof data)[number] | null>((best, d) => (!best || d.items > best.items ? d : best), null);
  const summary = data.length === 0 ? 'No items yet.' : `${formatNumber(figures.items)} items over ${data.length} hour${data.length === 1 ? '' : 's'}; the busiest hour was ${peak!.label} UTC with ${formatNumber(peak!.items)}.`;
  return (
    <ChartFigure title="Items over time (per hour, UTC)" summary={summary} table={{ columns: ['Hour (UTC)', 'Items'], rows: data.map((d) => [d.label, d.items]) }}>
      {data.length > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: MUTED }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: MUTED }} width={40} />
            <Tooltip />
            <Bar dataKey="items" name="Items" fill={ACCENT} maxBarSize={48} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

interface PlatformRow {
  name: string;
  items: number;
  referrals: number;
  removed: number;
  rate: number | null;
}

function platformRows(figures: Figures, platforms: Map<number, { name: string }>): PlatformRow[] {
  const referrals = new Map(figures.referrals.perPlatform.map((p) => [p.platformId, p]));
  return figures.perPlatform.map((p) => {
    const r = p.platformId != null ? referrals.get(p.platformId) : undefined;
    const name = p.platformId != null ? (platforms.get(p.platformId)?.name ?? p.domain) : `${p.domain} (unregistered)`;
    return { name, items: p.items, referrals: r?.referrals ?? 0, removed: r?.removed ?? 0, rate: r && r.referrals > 0 ? r.removed / r.referrals : null };
  });
}

function barHeight(rows: number): number {
  return Math.max(120, rows * 28 + 40);
}

function PerPlatform({ figures, platforms }: { figures: Figures; platforms: Map<number, { name: string }> }) {
  const rows = platformRows(figures, platforms).slice(0, 15);
  const summary = rows.length === 0 ? 'No items yet.' : `Most items on ${rows[0]!.name} (${formatNumber(rows[0]!.items)}); ${formatNumber(figures.perPlatform.length)} platform${figures.perPlatform.length === 1 ? '' : 's'} or domains in all.`;
  return (
    <ChartFigure title="Items per platform" summary={summary} height={barHeight(rows.length)} table={{ columns: ['Platform', 'Items', 'Referrals', 'Removed'], rows: platformRows(figures, platforms).map((r) => [r.name, r.items, r.referrals, r.removed]) }}>
      {rows.length > 0 && (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: MUTED }} />
              <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12, fill: '#1b1f24' }} />
              <Tooltip />
              <Bar dataKey="items" name="Items" fill={ACCENT} isAnimationActive={false}>
                <LabelList dataKey="items" position="right" fontSize={12} fill="#1b1f24" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

function RemovalRatePerPlatform({ figures, platforms }: { figures: Figures; platforms: Map<number, { name: string }> }) {
  const rows = figures.referrals.perPlatform.map((p) => ({
    name: platformLabel(platforms, p.platformId),
    referrals: p.referrals,
    removed: p.removed,
    percent: p.referrals > 0 ? Math.round((p.removed / p.referrals) * 1000) / 10 : 0,
    medianHours: p.medianHoursToRemoval,
  }));
  const best = [...rows].sort((a, b) => b.percent - a.percent)[0];
  const summary = rows.length === 0 ? 'No referrals yet.' : `Removal rate per platform; highest ${best!.name} at ${best!.percent} % of ${formatNumber(best!.referrals)} referral${best!.referrals === 1 ? '' : 's'}.`;
  return (
    <ChartFigure
      title="Removal rate per platform"
      summary={summary}
      height={barHeight(rows.length)}
      table={{ columns: ['Platform', 'Referrals', 'Removed', 'Removal rate', 'Median hours to removal'], rows: rows.map((r) => [r.name, r.referrals, r.removed, `${r.percent} %`, r.medianHours == null ? '—' : r.medianHours.toFixed(1)]) }}
    >
      {rows.length > 0 && (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit=" %" tick={{ fontSize: 12, fill: MUTED }} />
              <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12, fill: '#1b1f24' }} />
              <Tooltip />
              <Bar dataKey="percent" name="Removed (%)" fill={OK} isAnimationActive={false}>
                <LabelList dataKey="percent" position="right" fontSize={12} fill="#1b1f24" formatter={(v: unknown) => `${String(v)} %`} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

/** Referrals that reached each stage, from the states they are in now. */
function funnelStages(figures: Figures): Array<{ stage: string; referrals: number }> {
  const s = figures.referrals.byState;
  const n = (...states: string[]) => states.reduce((sum, st) => sum + (s[st] ?? 0), 0);
  const pastSending = n('sent', 'acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'force_majeure', 'closed', 'restored');
  return [
    { stage: 'Proposed', referrals: n(...Object.keys(s)) },
    { stage: 'Approved', referrals: n('approved') + pastSending },
    { stage: 'Sent', referrals: pastSending },
    { stage: 'Acknowledged', referrals: n('acknowledged', 'removed', 'geo_blocked', 'rejected', 'clarification_requested', 'closed', 'restored') },
    { stage: 'Removed or closed', referrals: Math.max(figures.referrals.removed, n('removed', 'geo_blocked', 'closed')) },
  ];
}

const FUNNEL_COLOURS = [MUTED, '#3d5a80', ACCENT, WARNING, OK];

function Funnel({ figures }: { figures: Figures }) {
  const stages = funnelStages(figures);
  const total = stages[0]!.referrals;
  const summary = total === 0 ? 'No referrals yet.' : stages.map((st) => `${st.stage} ${formatNumber(st.referrals)}`).join(', ') + '.';
  const other = Object.entries(figures.referrals.byState).filter(([state]) => ['withdrawn', 'rejected'].includes(state));
  return (
    <ChartFigure
      title="Referral funnel"
      summary={summary}
      height={200}
      table={{ columns: ['Stage', 'Referrals that reached it'], rows: [...stages.map((st) => [st.stage, st.referrals] as [string, number]), ...other.map(([state, count]) => [`(now ${state})`, count] as [string, number])] }}
    >
      {total > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={stages} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <XAxis type="number" allowDecimals={false} domain={[0, 'dataMax']} hide />
            <YAxis type="category" dataKey="stage" width={130} tick={{ fontSize: 12, fill: '#1b1f24' }} />
            <Tooltip />
            <Bar dataKey="referrals" name="Referrals" isAnimationActive={false}>
              {stages.map((st, i) => (
                <Cell key={st.stage} fill={FUNNEL_COLOURS[i]} />
              ))}
              <LabelList dataKey="referrals" position="right" fontSize={12} fill="#1b1f24" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

function Languages({ figures }: { figures: Figures }) {
  const rows = [...figures.languages].sort((a, b) => b.items - a.items);
  const summary = rows.length === 0 ? 'No language recorded yet.' : `${rows.length} language${rows.length === 1 ? '' : 's'}; most items in ${rows[0]!.language} (${formatNumber(rows[0]!.items)}).`;
  return (
    <ChartFigure title="Languages" summary={summary} table={{ columns: ['Language', 'Items'], rows: rows.map((l) => [l.language, l.items]) }}>
      {rows.length > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows.slice(0, 12)} margin={{ top: 16, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="language" tick={{ fontSize: 12, fill: '#1b1f24' }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: MUTED }} width={40} />
            <Tooltip />
            <Bar dataKey="items" name="Items" fill="#3d5a80" maxBarSize={64} isAnimationActive={false}>
              <LabelList dataKey="items" position="top" fontSize={12} fill="#1b1f24" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

function NewDomains({ figures }: { figures: Figures }) {
  const rows = figures.newDomains;
  return (
    <section className="card chart-figure" aria-labelledby="new-domains-title">
      <h2 id="new-domains-title" className="chart-figure__title">
        New (unregistered) domains
      </h2>
      <p className="chart-figure__summary">
        {rows.length === 0 ? 'Every item so far is on a registered platform.' : `${rows.length} domain${rows.length === 1 ? '' : 's'} not in the platform registry ${rows.length === 1 ? 'carries' : 'carry'} items of this operation.`}
      </p>
      {rows.length > 0 && (
        <DataTable scrollClassName="dashboard__domains" columns={['Domain', { label: 'Items', num: true }, 'First seen']}>
          {rows.map((d) => (
            <tr key={d.domain}>
              <th scope="row" className="mono">
                {d.domain}
              </th>
              <td className="num">{formatNumber(d.items)}</td>
              <td>{formatDateTime(d.firstSeen)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <Link to="/emerging">Emerging platforms</Link> shows every candidate domain across operations.
      </p>
    </section>
  );
}

const KIND_LABEL = { platform: 'registered platform', candidate: 'candidate platform', unknown: 'unknown domain' } as const;
const KIND_COLOUR = { platform: ACCENT, candidate: WARNING, unknown: MUTED } as const;

function DomainGraph({ graph, error }: { graph: Graph | undefined; error: unknown }) {
  const layout = useMemo(() => (graph ? graphLayout(graph) : null), [graph]);
  if (error) return <ErrorState error={error} />;
  if (!graph || !layout) return <Loading label="Loading the domain graph…" />;
  const summary =
    graph.edges.length === 0
      ? 'No item of this operation links from a registered platform to an unregistered domain yet.'
      : `${layout.left.length} registered platform${layout.left.length === 1 ? ' links' : 's link'} to ${layout.right.length} other domain${layout.right.length === 1 ? '' : 's'} (${layout.right.filter((n) => n.kind === 'candidate').length} candidate platform${layout.right.filter((n) => n.kind === 'candidate').length === 1 ? '' : 's'}).`;
  return (
    <ChartFigure
      className="dashboard__graph"
      height="auto"
      title="Domain graph: where items on known platforms point"
      summary={summary}
      table={{ columns: ['From (platform)', 'To (domain)', 'Kind', 'Links'], rows: graph.edges.map((e) => [e.from, e.to, KIND_LABEL[layout.kindOf.get(e.to) ?? 'unknown'], e.links]) }}
    >
      {graph.edges.length > 0 && (
        <svg viewBox={`0 0 900 ${layout.height}`} width="100%" style={{ maxWidth: 900, height: 'auto' }} aria-hidden="true" focusable="false">
          {graph.edges.map((e) => {
            const a = layout.y.get(`L:${e.from}`);
            const b = layout.y.get(`R:${e.to}`);
            if (a === undefined || b === undefined) return null;
            return <path key={`${e.from}>${e.to}`} d={`M 306 ${a} C 450 ${a}, 450 ${b}, 594 ${b}`} fill="none" stroke="#8a94a3" strokeWidth={1 + Math.min(6, Math.log2(1 + e.links))} />;
          })}
          {layout.left.map((n) => (
            <g key={`L:${n.domain}`}>
              <circle cx={306} cy={layout.y.get(`L:${n.domain}`)} r={6} fill={KIND_COLOUR[n.kind]} />
              <text x={294} y={(layout.y.get(`L:${n.domain}`) ?? 0) + 4} textAnchor="end" fontSize={13} fill="#1b1f24">
                {n.domain}
              </text>
            </g>
          ))}
          {layout.right.map((n) => (
            <g key={`R:${n.domain}`}>
              <circle cx={594} cy={layout.y.get(`R:${n.domain}`)} r={6} fill={KIND_COLOUR[n.kind]} />
              <text x={606} y={(layout.y.get(`R:${n.domain}`) ?? 0) + 4} fontSize={13} fill="#1b1f24">
                {n.domain} ({KIND_LABEL[n.kind]})
              </text>
            </g>
          ))}
        </svg>
      )}
    </ChartFigure>
  );
}

function graphLayout(graph: Graph) {
  const kindOf = new Map(graph.nodes.map((n) => [n.domain, n.kind]));
  const fromDomains = [...new Set(graph.edges.map((e) => e.from))];
  const toDomains = [...new Set(graph.edges.map((e) => e.to))];
  const left = fromDomains.map((d) => ({ domain: d, kind: kindOf.get(d) ?? 'platform' }));
  const right = toDomains.map((d) => ({ domain: d, kind: kindOf.get(d) ?? 'unknown' }));
  const rows = Math.max(left.length, right.length);
  const height = rows * 32 + 24;
  const y = new Map<string, number>();
  const place = (list: typeof left, side: 'L' | 'R') => {
    const offset = (height - list.length * 32) / 2 + 16;
    list.forEach((n, i) => y.set(`${side}:${n.domain}`, offset + i * 32));
  };
  place(left, 'L');
  place(right, 'R');
  return { left, right, y, height, kindOf };
}
