// Dates, durations and numbers the same way everywhere (en-GB, UTC shown explicitly).

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const number = new Intl.NumberFormat('en-GB');

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? `${dateTime.format(new Date(iso))} UTC` : '—';
}

export function formatNumber(n: number | null | undefined): string {
  return n == null ? '—' : number.format(n);
}

export function formatPercent(ratio: number | null | undefined): string {
  return ratio == null ? '—' : `${(ratio * 100).toFixed(1)} %`;
}

/** "1 h 05 min", "42 s", "-3 min" (overdue) from milliseconds. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '—';
  const sign = ms < 0 ? '−' : '';
  let s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h > 0) return `${sign}${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${sign}${m} min ${String(s).padStart(2, '0')} s`;
  return `${sign}${s} s`;
}
