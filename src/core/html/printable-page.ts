// One printable HTML page for every report (operation report, transparency report): escaping and
// a self-contained document with one stylesheet that also prints cleanly. Reports pass their body,
// built with escapeHtml around every value that is not a number they computed.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#111}
h1{font-size:1.6rem;margin:0 0 .25rem}.headline{font-size:1.25rem;font-weight:600;margin:1rem 0}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#444}
dl{display:grid;grid-template-columns:repeat(4,auto);gap:.25rem 1.5rem}dt{color:#444}dd{margin:0;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}thead{display:table-header-group}tr{break-inside:avoid}}`;

/** A whole page: the (escaped) title, the shared stylesheet, and the body as given. */
export function printablePage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style></head>
<body>
${body}
</body></html>
`;
}
