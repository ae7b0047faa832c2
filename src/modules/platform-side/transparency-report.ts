// The TCO Art. 7(3) transparency report of one platform for one period: removal orders received
// and how they were answered (removed or disabled within the hour or later, not actioned and why),
// voluntary referrals, complaints and their outcomes, and content restored after a complaint. As
// JSON, CSV (one figure a row) and a printable HTML page. Pure: it formats counts the repository
// has already gathered.
import { csvCell } from '../../core/csv/csv-cell.ts';
import { escapeHtml, printablePage } from '../../core/html/printable-page.ts';
import { REJECT_REASONS, type RejectReason } from '../referrals/referral.model.ts';

/** One group of referrals as counted by the repository. */
export interface OutcomeCount {
  kind: 'voluntary_referral' | 'removal_order';
  outcome: 'remove' | 'geo_block' | 'rejected' | 'force_majeure' | 'clarification_requested' | 'pending';
  rejectReason: RejectReason | null;
  /** Actioned within the deadline (removal orders that were removed or geo-blocked); null otherwise. */
  inTime: boolean | null;
  count: number;
}

export interface ComplaintCount {
  outcome: 'upheld' | 'dismissed' | null;
  overdue: boolean;
  late: boolean;
  count: number;
}

export interface TransparencyCounts {
  referrals: OutcomeCount[];
  complaints: ComplaintCount[];
  restored: number;
}

export type ReportScope = 'platform' | 'own_referrals';

export interface NotActioned {
  total: number;
  rejected: Record<RejectReason, number>;
  forceMajeure: number;
  clarificationRequested: number;
  pending: number;
}

export interface ActionFigures {
  received: number;
  /** Removed or access disabled (geo-blocked), whatever happened afterwards. */
  actioned: number;
  removed: number;
  geoBlocked: number;
  notActioned: NotActioned;
}

export interface TransparencyReport {
  platform: { id: number; name: string };
  period: { from: string; to: string };
  scope: ReportScope;
  removalOrders: ActionFigures & { actionedWithinOneHour: number; actionedAfterOneHour: number };
  referrals: ActionFigures;
  complaints: { received: number; upheld: number; dismissed: number; pending: number; overdue: number; decidedLate: number };
  restoredAfterComplaint: number;
  generatedAt: string;
}

function actionFigures(rows: OutcomeCount[]): ActionFigures {
  const sum = (f: (r: OutcomeCount) => boolean) => rows.filter(f).reduce((n, r) => n + r.count, 0);
  const rejected = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, sum((r) => r.outcome === 'rejected' && (r.rejectReason ?? 'other') === reason)])) as Record<RejectReason, number>;
  const removed = sum((r) => r.outcome === 'remove');
  const geoBlocked = sum((r) => r.outcome === 'geo_block');
  const forceMajeure = sum((r) => r.outcome === 'force_majeure');
  const clarificationRequested = sum((r) => r.outcome === 'clarification_requested');
  const pending = sum((r) => r.outcome === 'pending');
  const rejectedTotal = sum((r) => r.outcome === 'rejected');
  return {
    received: sum(() => true),
    actioned: removed + geoBlocked,
    removed,
    geoBlocked,
    notActioned: { total: rejectedTotal + forceMajeure + clarificationRequested + pending, rejected, forceMajeure, clarificationRequested, pending },
  };
}

export function buildTransparencyReport(meta: { platform: { id: number; name: string }; from: Date; to: Date; scope: ReportScope }, counts: TransparencyCounts, now: Date): TransparencyReport {
  const orders = counts.referrals.filter((r) => r.kind === 'removal_order');
  const actionedIn = (inTime: boolean) => orders.filter((r) => (r.outcome === 'remove' || r.outcome === 'geo_block') && r.inTime === inTime).reduce((n, r) => n + r.count, 0);
  const complaints = (f: (c: ComplaintCount) => boolean) => counts.complaints.filter(f).reduce((n, c) => n + c.count, 0);
  return {
    platform: meta.platform,
    period: { from: meta.from.toISOString(), to: meta.to.toISOString() },
    scope: meta.scope,
    removalOrders: { ...actionFigures(orders), actionedWithinOneHour: actionedIn(true), actionedAfterOneHour: actionedIn(false) },
    referrals: actionFigures(counts.referrals.filter((r) => r.kind === 'voluntary_referral')),
    complaints: {
      received: complaints(() => true),
      upheld: complaints((c) => c.outcome === 'upheld'),
      dismissed: complaints((c) => c.outcome === 'dismissed'),
      pending: complaints((c) => c.outcome === null),
      overdue: complaints((c) => c.overdue),
      decidedLate: complaints((c) => c.late),
    },
    restoredAfterComplaint: counts.restored,
    generatedAt: now.toISOString(),
  };
}

/** Every figure as [section, figure, detail, value], in the order the report shows them. */
export function reportFigures(r: TransparencyReport): Array<[string, string, string, number]> {
  const action = (section: string, a: ActionFigures): Array<[string, string, string, number]> => [
    [section, 'received', '', a.received],
    [section, 'actioned', '', a.actioned],
    [section, 'removed', '', a.removed],
    [section, 'geo_blocked', '', a.geoBlocked],
    [section, 'not_actioned', '', a.notActioned.total],
    ...REJECT_REASONS.map((reason): [string, string, string, number] => [section, 'not_actioned_rejected', reason, a.notActioned.rejected[reason]]),
    [section, 'not_actioned_force_majeure', '', a.notActioned.forceMajeure],
    [section, 'not_actioned_clarification_requested', '', a.notActioned.clarificationRequested],
    [section, 'not_actioned_pending', '', a.notActioned.pending],
  ];
  const [received, actioned, ...rest] = action('removal_orders', r.removalOrders);
  const c = r.complaints;
  return [
    received!,
    actioned!,
    ['removal_orders', 'actioned_within_one_hour', '', r.removalOrders.actionedWithinOneHour],
    ['removal_orders', 'actioned_after_one_hour', '', r.removalOrders.actionedAfterOneHour],
    ...rest,
    ...action('referrals', r.referrals),
    ['complaints', 'received', '', c.received],
    ['complaints', 'upheld', '', c.upheld],
    ['complaints', 'dismissed', '', c.dismissed],
    ['complaints', 'pending', '', c.pending],
    ['complaints', 'overdue', '', c.overdue],
    ['complaints', 'decided_late', '', c.decidedLate],
    ['restorations', 'after_complaint', '', r.restoredAfterComplaint],
  ];
}

const CSV_HEADER = ['platform_id', 'platform', 'scope', 'from', 'to', 'section', 'figure', 'detail', 'value'];

export function transparencyCsv(r: TransparencyReport): string {
  const rows = reportFigures(r).map(([section, figure, detail, value]) => [r.platform.id, r.platform.name, r.scope, r.period.from, r.period.to, section, figure, detail, value]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const REASON_LABELS: Record<RejectReason, string> = {
  not_terrorist_content: 'not terrorist content',
  not_hosted_here: 'not hosted by the platform',
  technical_impossibility: 'technical impossibility',
  insufficient_information: 'insufficient information (manifest errors)',
  other: 'other reasons',
};

function row(label: string, value: number): string {
  return `<tr><td>${escapeHtml(label)}</td><td class="n">${value}</td></tr>`;
}

function actionTable(caption: string, a: ActionFigures, extra: string): string {
  const rejected = REJECT_REASONS.map((reason) => row(`Not actioned: rejected, ${REASON_LABELS[reason]}`, a.notActioned.rejected[reason])).join('\n');
  return `<h2>${escapeHtml(caption)}</h2>
<table><thead><tr><th>Figure</th><th class="n">Number</th></tr></thead>
<tbody>
${row('Received', a.received)}
${row('Removed or access disabled', a.actioned)}
${extra}${row('Removed', a.removed)}
${row('Access disabled in the Union (geo-blocked)', a.geoBlocked)}
${row('Not actioned', a.notActioned.total)}
${rejected}
${row('Not actioned: force majeure or de facto impossibility (Art. 3(7))', a.notActioned.forceMajeure)}
${row('Not actioned: clarification requested (Art. 3(8))', a.notActioned.clarificationRequested)}
${row('Not actioned: no answer yet', a.notActioned.pending)}
</tbody></table>`;
}

export function transparencyHtml(r: TransparencyReport): string {
  const o = r.removalOrders;
  const c = r.complaints;
  const scope = r.scope === 'platform' ? 'All referrals and removal orders sent to the platform through Vigil.' : "Only the requesting organisation's own referrals and removal orders to this platform.";
  const headline = `${o.received} removal orders received; ${o.actioned} removed or disabled (${o.actionedWithinOneHour} within one hour); ${c.received} complaints, ${c.upheld} upheld.`;
  const body = `<h1>${escapeHtml(r.platform.name)}</h1>
<p class="meta">Transparency report under Article 7(3) of Regulation (EU) 2021/784 · ${escapeHtml(r.period.from)} – ${escapeHtml(r.period.to)}</p>
<p class="meta">${escapeHtml(scope)}</p>
<p class="headline">${escapeHtml(headline)}</p>
${actionTable('Removal orders', o, `${row('Removed or disabled within one hour of receipt', o.actionedWithinOneHour)}\n${row('Removed or disabled after one hour', o.actionedAfterOneHour)}\n`)}
${actionTable('Referrals (other measures)', r.referrals, '')}
<h2>Complaints (Art. 10)</h2>
<table><thead><tr><th>Figure</th><th class="n">Number</th></tr></thead>
<tbody>
${row('Received', c.received)}
${row('Upheld (content restored)', c.upheld)}
${row('Dismissed', c.dismissed)}
${row('Not decided yet', c.pending)}
${row('Not decided within two weeks', c.overdue)}
${row('Decided after two weeks', c.decidedLate)}
${row('Content restored after a complaint in the period', r.restoredAfterComplaint)}
</tbody></table>
<p class="meta">Orders, referrals and complaints received in the period, as they stand at generation; restorations made in the period. The hour does not count the time the order was paused for clarification or force majeure.</p>
<p class="meta">Generated ${escapeHtml(r.generatedAt)} by Vigil.</p>`;
  return printablePage(`${r.platform.name} — transparency report`, body);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The report's period from the query: a date (`2026-01-01`) is that day's start in UTC, and a date
 * as `to` includes that whole day; a date-time is taken as given (`to` exclusive). Null when the
 * period is empty or backwards.
 */
export function reportPeriod(from: string, to: string): { from: Date; to: Date } | null {
  const start = new Date(DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from);
  const end = DATE_ONLY.test(to) ? new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) : new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) return null;
  return { from: start, to: end };
}
