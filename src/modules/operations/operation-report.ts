// The operation report: the press-release sentence ("N items in L languages on P platforms; R %
// removed"), the headline figures and the per-platform table, as JSON, CSV and a printable HTML
// page. Pure: it formats figures that the service has already gathered.
import { csvCell } from '../../core/csv/csv-cell.ts';
import type { Operation } from './operation.model.ts';
import type { OperationFigures } from './operation-figures.repository.ts';

export interface PlatformRow {
  platformId: number | null;
  name: string;
  domain: string;
  items: number;
  referrals: number;
  removed: number;
  removalRate: number | null;
  medianHoursToRemoval: number | null;
}

export interface OperationReport {
  operation: { id: number; name: string; status: string; startsAt: string; endsAt: string; participants: number };
  headline: string;
  figures: {
    items: number;
    clusters: number;
    languages: number;
    platforms: number;
    organisations: number;
    referrals: number;
    removed: number;
    removalRate: number | null;
    newDomains: number;
  };
  languages: Array<{ language: string; items: number }>;
  platforms: PlatformRow[];
  generatedAt: string;
}

export function buildReport(op: Operation, f: OperationFigures, platforms: PlatformRow[], referrals: { total: number; removed: number }, now: Date): OperationReport {
  const removalRate = referrals.total > 0 ? referrals.removed / referrals.total : null;
  const languages = f.languages.filter((l) => l.language !== 'unknown').length;
  const headline =
    `${f.items} ${plural(f.items, 'item')} in ${languages} ${plural(languages, 'language')} on ${f.platforms} ${plural(f.platforms, 'platform')}` +
    (removalRate === null ? '' : `; ${Math.round(removalRate * 100)} % removed`);
  return {
    operation: { id: op.id, name: op.name, status: op.status, startsAt: op.startsAt.toISOString(), endsAt: op.endsAt.toISOString(), participants: op.participantIds.length },
    headline,
    figures: { items: f.items, clusters: f.clusters, languages, platforms: f.platforms, organisations: f.organisations, referrals: referrals.total, removed: referrals.removed, removalRate, newDomains: f.newDomains.length },
    languages: f.languages,
    platforms,
    generatedAt: now.toISOString(),
  };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

const CSV_HEADER = ['platform_id', 'platform', 'domain', 'items', 'referrals', 'removed', 'removal_rate', 'median_hours_to_removal'];

export function reportCsv(r: OperationReport): string {
  const rows = r.platforms.map((p) => [p.platformId ?? '', p.name, p.domain, p.items, p.referrals, p.removed, p.removalRate === null ? '' : p.removalRate.toFixed(3), p.medianHoursToRemoval === null ? '' : p.medianHoursToRemoval.toFixed(2)]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);

export function reportHtml(r: OperationReport): string {
  const rows = r.platforms
    .map((p) => `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.domain)}</td><td class="n">${p.items}</td><td class="n">${p.referrals}</td><td class="n">${p.removed}</td><td class="n">${pct(p.removalRate)}</td><td class="n">${p.medianHoursToRemoval === null ? '–' : p.medianHoursToRemoval.toFixed(1)}</td></tr>`)
    .join('\n');
  const langs = r.languages.map((l) => `<li>${escapeHtml(l.language)}: ${l.items}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.operation.name)} — operation report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#111}
h1{font-size:1.6rem;margin:0 0 .25rem}.headline{font-size:1.25rem;font-weight:600;margin:1rem 0}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#444}
dl{display:grid;grid-template-columns:repeat(4,auto);gap:.25rem 1.5rem}dt{color:#444}dd{margin:0;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}thead{display:table-header-group}tr{break-inside:avoid}}
</style></head>
<body>
<h1>${escapeHtml(r.operation.name)}</h1>
<p class="meta">${escapeHtml(r.operation.startsAt)} – ${escapeHtml(r.operation.endsAt)} · ${r.operation.participants} participating organisations · status ${escapeHtml(r.operation.status)}</p>
<p class="headline">${escapeHtml(r.headline)}</p>
<dl>
<dt>Items</dt><dd>${r.figures.items}</dd><dt>Clusters</dt><dd>${r.figures.clusters}</dd>
<dt>Languages</dt><dd>${r.figures.languages}</dd><dt>Platforms</dt><dd>${r.figures.platforms}</dd>
<dt>Referrals</dt><dd>${r.figures.referrals}</dd><dt>Removed</dt><dd>${r.figures.removed} (${pct(r.figures.removalRate)})</dd>
<dt>New domains</dt><dd>${r.figures.newDomains}</dd><dt>Organisations</dt><dd>${r.figures.organisations}</dd>
</dl>
<h2>Languages</h2><ul>${langs}</ul>
<h2>Per platform</h2>
<table><thead><tr><th>Platform</th><th>Domain</th><th class="n">Items</th><th class="n">Referrals</th><th class="n">Removed</th><th class="n">Removal rate</th><th class="n">Median hours to removal</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="meta">Generated ${escapeHtml(r.generatedAt)} by Vigil.</p>
</body></html>
`;
}
