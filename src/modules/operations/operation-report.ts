// The operation report: the press-release sentence ("N items in L languages on P platforms; R %
// removed"), the headline figures and the per-platform table, as JSON, CSV and a printable HTML
// page. Pure: it formats figures that the service has already gathered.
import { csvCell } from '../../core/csv/csv-cell.ts';
import { escapeHtml, printablePage } from '../../core/html/printable-page.ts';
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

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);

export function reportHtml(r: OperationReport): string {
  const rows = r.platforms
    .map((p) => `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.domain)}</td><td class="n">${p.items}</td><td class="n">${p.referrals}</td><td class="n">${p.removed}</td><td class="n">${pct(p.removalRate)}</td><td class="n">${p.medianHoursToRemoval === null ? '–' : p.medianHoursToRemoval.toFixed(1)}</td></tr>`)
    .join('\n');
  const langs = r.languages.map((l) => `<li>${escapeHtml(l.language)}: ${l.items}</li>`).join('');
  const body = `<h1>${escapeHtml(r.operation.name)}</h1>
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
<p class="meta">Generated ${escapeHtml(r.generatedAt)} by Vigil.</p>`;
  return printablePage(`${r.operation.name} — operation report`, body);
}
