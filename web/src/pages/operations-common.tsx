// Pieces shared by the operation pages (operations, dashboard, intake, review) and the item and
// cluster pages: the operation query, its status badge and sub-navigation, item wording and the
// address of an item's media.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { api, ApiRequestError, errorMessage, unwrap, type paths } from '../api/client';
import { formatDateTime } from '../components/format';
import { useSession } from '../session';
import './operations.css';

export type Operation = paths['/operations/{id}']['get']['responses'][200]['content']['application/json'];
export type OperationStatus = Operation['status'];
export type Item = paths['/items/{id}']['get']['responses'][200]['content']['application/json'];
export type ItemTier = NonNullable<Item['tier']>;
export type ItemStatus = Item['status'];

export function useOperation(id: number) {
  return useQuery({ queryKey: ['operation', id], queryFn: () => unwrap(api.GET('/operations/{id}', { params: { path: { id } } })), enabled: Number.isInteger(id) && id > 0 });
}

/** The route parameter as a positive integer, or NaN. */
export function idParam(value: string | undefined): number {
  return value && /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

const STATUS_TONES: Record<OperationStatus, 'ok' | 'warning' | 'muted'> = { planned: 'warning', live: 'ok', closed: 'muted' };
const STATUS_LABELS: Record<OperationStatus, string> = { planned: 'Planned', live: 'Live', closed: 'Closed' };

export function OperationStatusBadge({ status }: { status: OperationStatus }) {
  return (
    <span className={`badge badge--${STATUS_TONES[status]}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function operationWindow(op: Pick<Operation, 'startsAt' | 'endsAt'>): string {
  return `${formatDateTime(op.startsAt)} – ${formatDateTime(op.endsAt)}`;
}

/** Dashboard · Intake · Review · Report, as far as the member's permissions go. */
export function OperationNav({ operationId }: { operationId: number }) {
  const { can } = useSession();
  const links = [
    { to: `/operations/${operationId}`, label: 'Dashboard', show: can('operations:read') },
    { to: `/operations/${operationId}/intake`, label: 'Intake', show: can('items:submit') },
    { to: `/operations/${operationId}/review`, label: 'Review', show: can('items:read') },
    { to: `/operations/${operationId}/report`, label: 'Report', show: can('reports:read') },
  ].filter((l) => l.show);
  return (
    <nav className="operation-nav no-print" aria-label="Operation">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const TIER_LABELS: Record<ItemTier, string> = {
  threat_to_life: 'Threat to life',
  crisis: 'Crisis',
  designated_group_propaganda: 'Designated group’s propaganda',
  promotional: 'Promotional',
};
export const ITEM_TIERS = Object.keys(TIER_LABELS) as ItemTier[];

/** An item's assessment as terms and descriptions of a `facts` list: language, group, category, tier. */
export function AssessmentFacts({ item }: { item: Item }) {
  return (
    <>
      <dt>Language</dt>
      <dd>{item.language ?? '—'}</dd>
      <dt>Group</dt>
      <dd>{item.groupName ?? '—'}</dd>
      <dt>Category</dt>
      <dd>{item.category ?? '—'}</dd>
      <dt>Tier</dt>
      <dd>{item.tier ? TIER_LABELS[item.tier] : '—'}</dd>
    </>
  );
}

/** Categories PRODUCT.md names; the API takes any short text. */
export const CATEGORIES = ['video', 'image', 'magazine', 'audio/nasheed', 'text post', 'how-to', 'other'];

const ITEM_STATUS_TONES: Record<ItemStatus, 'warning' | 'ok' | 'muted'> = { new: 'warning', assessed: 'ok', dismissed: 'muted' };
const ITEM_STATUS_LABELS: Record<ItemStatus, string> = { new: 'Needs assessment', assessed: 'Assessed', dismissed: 'Dismissed' };

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  return (
    <span className={`badge badge--${ITEM_STATUS_TONES[status]}`} data-status={status}>
      {ITEM_STATUS_LABELS[status]}
    </span>
  );
}

/** Where the browser reads one of an item's media files (GET /items/{id}/media/{mediaId}). */
export function mediaUrl(itemId: number, mediaId: number): string {
  return `/items/${itemId}/media/${mediaId}`;
}

export function mediaKind(media: Item['media'][number]): 'image' | 'video' {
  return media.contentType === 'video' ? 'video' : 'image';
}

/** Datetime-local inputs are read and written as UTC (the UI shows every time in UTC). */
export function toUtcInput(date: Date): string {
  return date.toISOString().slice(0, 16);
}

export function fromUtcInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(`${value}:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "a, b ,c" → ["a", "b", "c"] */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function platformLabel(platforms: Map<number, { name: string }>, id: number | null, fallback = 'Unregistered domain'): string {
  if (id == null) return fallback;
  return platforms.get(id)?.name ?? `Platform ${id}`;
}

type HoldBody = paths['/holds']['post']['requestBody']['content']['application/json'];
type PlacedHold = paths['/holds']['post']['responses'][201]['content']['application/json'];

/**
 * A form that places a hold from an item's page or the review queue: its reason and optional expiry
 * (UTC), checked before the hold is placed on `target`; `error` is the check's or the API's.
 */
export function useHoldForm(onPlaced: (hold: PlacedHold) => void) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const hold = useMutation({
    mutationFn: (body: HoldBody) => unwrap(api.POST('/holds', { body })),
    onSuccess: (placed) => {
      void queryClient.invalidateQueries({ queryKey: ['holds'] });
      onPlaced(placed);
    },
  });
  function place(target: { itemId: number } | { clusterId: number }) {
    if (!reason.trim()) return setInvalid('Say why (only your organisation sees the reason).');
    const expiresAt = expires ? fromUtcInput(expires) : null;
    if (expires && !expiresAt) return setInvalid('The expiry is not a valid time.');
    setInvalid(null);
    hold.mutate({ ...target, reason: reason.trim(), ...(expiresAt ? { expiresAt } : {}) });
  }
  return { reason, setReason, expires, setExpires, error: invalid ?? hold.error, pending: hold.isPending, place };
}

/** What a refused hold means, in words (the API's code kept for support). */
export function holdError(error: unknown): string {
  if (error instanceof ApiRequestError && error.code === 'ITEM_HELD') return 'Held by another organisation: this content is already held elsewhere, so your organisation cannot hold or refer it now. The holder has been told. (ITEM_HELD)';
  if (error instanceof ApiRequestError && error.code === 'CONFLICT') return `Your organisation already holds this item. (${error.code})`;
  return errorMessage(error);
}
