// One CSV cell for every export (audit trail, reports): RFC 4180 quoting, and a leading quote on
// cells a spreadsheet would otherwise run as a formula. null and undefined are empty cells.
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
