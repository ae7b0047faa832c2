// What the bank pages share: the API's bank shape, the signal types, and the access badge.
import type { paths } from '../api/client';

export type Bank = paths['/c/banks']['get']['responses'][200]['content']['application/json'][number];
export type BatchResult = paths['/m/lookup/batch']['post']['responses'][200]['content']['application/json']['results'][number];
export type Hashes = paths['/h/hash']['post']['responses'][200]['content']['application/json'];

export const SIGNAL_TYPES = ['pdq', 'md5', 'sha256', 'text_sha256', 'text_tlsh', 'vpdq'] as const;

export function AccessBadge({ access }: { access: Bank['access'] }) {
  const label = access === 'owner' ? 'Owned' : access === 'contribute' ? 'Shared: contribute' : 'Shared: read';
  return <span className={`badge ${access === 'owner' ? 'badge--ok' : 'badge--muted'}`}>{label}</span>;
}

/** The signal types a pasted value may be: 64 hex digits are a PDQ or a SHA-256, and so on. */
export function guessSignalTypes(value: string): string[] {
  const v = value.trim();
  if (/^T1[0-9A-Fa-f]{70}$/.test(v) || /^[0-9A-Fa-f]{70}$/.test(v)) return ['text_tlsh'];
  if (/^[0-9A-Fa-f]{32}$/.test(v)) return ['md5'];
  if (/^[0-9A-Fa-f]{64}$/.test(v)) return ['pdq', 'sha256', 'text_sha256'];
  if (v.startsWith('[')) return ['vpdq'];
  return [];
}

