// The review queue of one operation: the organisation's items that still need assessment (or all
// of them), worked through with the keyboard. j / ↓ and k / ↑ move, a assesses, p proposes a
// referral, h places a hold, o opens the item, ? shows the keys. Keys do nothing while the focus
// is in a form field, so typing a group name never triggers an action.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import { ProposeReferral } from '../components/propose-referral';
import { SafeMedia } from '../components/safe-media';
import { Empty, ErrorState, Loading } from '../components/states';
import { submitHandler } from '../components/submit-handler';
import { useSession } from '../session';
import {
  AssessmentFacts,
  CATEGORIES,
  holdError,
  idParam,
  ITEM_TIERS,
  ItemStatusBadge,
  mediaKind,
  mediaUrl,
  OperationNav,
  platformLabel,
  TIER_LABELS,
  useHoldForm,
  useOperation,
  type Item,
  type ItemTier,
} from './operations-common';

type AssessBody = paths['/items/{id}']['patch']['requestBody']['content']['application/json'];
type Mode = 'none' | 'assess' | 'propose' | 'hold';

const PAGE_SIZE = 200;

/** True when a key press belongs to a form field (or editable text), not to the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function ReviewPage() {
  const operationId = idParam(useParams().operationId);
  const operation = useOperation(operationId);
  const { can } = useSession();
  const navigate = useNavigate();
  const platforms = usePlatformMap();
  const [show, setShow] = useState<'new' | 'all'>('new');
  const [selection, setSelection] = useState<{ id: number | null; index: number }>({ id: null, index: 0 });
  const [mode, setMode] = useState<Mode>('none');
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState('');
  const queueRef = useRef<HTMLDivElement>(null);

  const live = operation.data?.status === 'live';
  const items = useInfiniteQuery({
    queryKey: ['operation-items', operationId],
    queryFn: ({ pageParam }) => unwrap(api.GET('/items', { params: { query: { operationId, after: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextAfter ?? undefined,
    enabled: Number.isInteger(operationId),
    refetchInterval: live && mode === 'none' ? 15_000 : false,
  });

  const list = useMemo(() => {
    const all = items.data?.pages.flatMap((p) => p.items) ?? [];
    return show === 'new' ? all.filter((i) => i.status === 'new') : all;
  }, [items.data, show]);

  // The selection follows its item; when the item leaves the list (assessed), the next one takes its place.
  const found = selection.id === null ? -1 : list.findIndex((i) => i.id === selection.id);
  const index = list.length === 0 ? -1 : found >= 0 ? found : Math.min(selection.index, list.length - 1);
  const selected = index >= 0 ? list[index] : undefined;

  const select = useCallback(
    (next: number) => {
      if (list.length === 0) return;
      const i = Math.max(0, Math.min(list.length - 1, next));
      setSelection({ id: list[i]!.id, index: i });
      setMode('none');
    },
    [list],
  );

  const allowed = useMemo(() => ({ assess: can('items:assess'), propose: can('referrals:propose'), hold: can('holds:manage') }), [can]);

  const done = useCallback((text: string) => {
    setMessage(text);
    setMode('none');
    queueRef.current?.focus();
  }, []);

  // A layout effect: the handler that sees the new state is in place before the browser paints it,
  // so a key pressed right after (say) the help dialog disappears is never handled with old state.
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (helpOpen) return; // the dialog has the focus and closes with Escape
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          return act(() => select(index + 1));
        case 'k':
        case 'ArrowUp':
          return act(() => select(index - 1));
        case 'a':
          if (selected && allowed.assess) act(() => setMode('assess'));
          return;
        case 'p':
          if (selected && allowed.propose) act(() => setMode('propose'));
          return;
        case 'h':
          if (selected && allowed.hold) act(() => setMode('hold'));
          return;
        case 'o':
          if (selected) act(() => void navigate(`/items/${selected.id}`));
          return;
        case '?':
          return act(() => setHelpOpen(true));
        case 'Escape':
          if (mode !== 'none') act(() => setMode('none'));
          return;
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select, index, selected, allowed, mode, helpOpen, navigate]);

  if (operation.isPending) return <Loading label="Loading the operation…" />;
  if (operation.isError) return <ErrorState error={operation.error} retry={() => void operation.refetch()} />;
  const op = operation.data;

  return (
    <Page title={`Review: ${op.name}`} wide>
      <OperationNav operationId={op.id} />
      <ShortcutBar allowed={allowed} onHelp={() => setHelpOpen(true)} />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <p role="status" aria-live="polite" className="form-ok" data-testid="review-status">
        {message}
      </p>
      <div className="row" style={{ marginBottom: '0.75rem' }}>
        <div className="field field--inline" style={{ margin: 0 }}>
          <label htmlFor="review-show">Show</label>
          <select id="review-show" value={show} onChange={(e) => setShow(e.target.value as 'new' | 'all')} style={{ width: 'auto' }}>
            <option value="new">Items needing assessment</option>
            <option value="all">All items of my organisation</option>
          </select>
        </div>
        <button type="button" onClick={() => void items.refetch()} disabled={items.isFetching}>
          {items.isFetching ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {items.isPending ? (
        <Loading label="Loading the queue…" />
      ) : items.isError ? (
        <ErrorState error={items.error} retry={() => void items.refetch()} />
      ) : list.length === 0 ? (
        <Empty>
          {show === 'new' ? 'Nothing needs assessment. ' : 'Your organisation has no items in this operation yet. '}
          {can('items:submit') && op.status !== 'closed' && <Link to={`/operations/${op.id}/intake`}>Add items</Link>}
          {items.hasNextPage && (
            <button type="button" className="link-button" onClick={() => void items.fetchNextPage()}>
              Load older items
            </button>
          )}
        </Empty>
      ) : (
        <div className="review">
          <div className="review__list card" ref={queueRef} tabIndex={-1} aria-label="Review queue">
            <QueueTable list={list} selectedIndex={index} platforms={platforms} onSelect={select} />
            {items.hasNextPage && (
              <p>
                <button type="button" onClick={() => void items.fetchNextPage()} disabled={items.isFetchingNextPage}>
                  {items.isFetchingNextPage ? 'Loading…' : 'Load more items'}
                </button>
              </p>
            )}
          </div>
          {selected && (
            <ItemPanel key={selected.id} item={selected} platforms={platforms} mode={mode} allowed={allowed} onMode={setMode} onDone={done} />
          )}
        </div>
      )}
    </Page>
  );
}

function QueueTable({ list, selectedIndex, platforms, onSelect }: { list: Item[]; selectedIndex: number; platforms: Map<number, { name: string }>; onSelect(i: number): void }) {
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedIndex]);
  return (
    <table>
      <caption className="visually-hidden">Items in the queue; the selected one is marked</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">URL</th>
          <th scope="col">Platform</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {list.map((item, i) => (
          <tr key={item.id} ref={i === selectedIndex ? selectedRow : undefined} className={i === selectedIndex ? 'is-selected' : undefined} aria-current={i === selectedIndex ? 'true' : undefined} data-testid={`queue-item-${item.id}`} onClick={() => onSelect(i)}>
            <td>
              <button type="button" className="link-button" onClick={() => onSelect(i)} aria-label={`Select item ${item.id}`}>
                {item.id}
              </button>
            </td>
            <td className="review__url">
              <span className="mono" title={item.url}>
                {shortUrl(item.url)}
              </span>
            </td>
            <td>{platformLabel(platforms, item.platformId, item.registrableDomain ?? item.host)}</td>
            <td>
              <ItemStatusBadge status={item.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The URL without its scheme, cut to a length a queue row can show. */
function shortUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, '');
  return bare.length > 48 ? `${bare.slice(0, 47)}…` : bare;
}

function Key({ children }: { children: ReactNode }) {
  return <kbd>{children}</kbd>;
}

function ShortcutBar({ allowed, onHelp }: { allowed: { assess: boolean; propose: boolean; hold: boolean }; onHelp(): void }) {
  return (
    <ul className="shortcuts no-print" aria-label="Keyboard shortcuts">
      <li>
        <Key>j</Key> / <Key>↓</Key> next
      </li>
      <li>
        <Key>k</Key> / <Key>↑</Key> previous
      </li>
      {allowed.assess && (
        <li>
          <Key>a</Key> assess
        </li>
      )}
      {allowed.propose && (
        <li>
          <Key>p</Key> propose referral
        </li>
      )}
      {allowed.hold && (
        <li>
          <Key>h</Key> hold
        </li>
      )}
      <li>
        <Key>o</Key> open item
      </li>
      <li>
        <button type="button" className="link-button" onClick={onHelp}>
          <Key>?</Key> all shortcuts
        </button>
      </li>
    </ul>
  );
}

function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="shortcut-help-title" onClose={onClose} data-testid="shortcut-help">
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <dl>
        <dt>
          <Key>j</Key> or <Key>↓</Key>
        </dt>
        <dd>Next item</dd>
        <dt>
          <Key>k</Key> or <Key>↑</Key>
        </dt>
        <dd>Previous item</dd>
        <dt>
          <Key>a</Key>
        </dt>
        <dd>Assess the item: category, group, tier, language</dd>
        <dt>
          <Key>p</Key>
        </dt>
        <dd>Propose a referral of the item</dd>
        <dt>
          <Key>h</Key>
        </dt>
        <dd>Place a hold on the item (nobody else may refer it)</dd>
        <dt>
          <Key>o</Key>
        </dt>
        <dd>Open the item’s page</dd>
        <dt>
          <Key>Esc</Key>
        </dt>
        <dd>Close the open form or this help</dd>
        <dt>
          <Key>?</Key>
        </dt>
        <dd>This help</dd>
      </dl>
      <p>Shortcuts do nothing while you type in a form field.</p>
      <form method="dialog">
        <button type="submit" className="button--primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

interface PanelProps {
  item: Item;
  platforms: Map<number, { id?: number; name: string }>;
  mode: Mode;
  allowed: { assess: boolean; propose: boolean; hold: boolean };
  onMode(mode: Mode): void;
  onDone(message: string): void;
}

function ItemPanel({ item, platforms, mode, allowed, onMode, onDone }: PanelProps) {
  const media = item.media[0];
  return (
    <section className="review__panel card stack" aria-labelledby="review-item-title" data-testid="review-panel">
      <h2 id="review-item-title" style={{ marginTop: 0 }}>
        Item {item.id} <ItemStatusBadge status={item.status} />
      </h2>
      <dl className="facts">
        <dt>URL</dt>
        <dd className="mono">{item.url}</dd>
        <dt>Platform</dt>
        <dd>{platformLabel(platforms, item.platformId, `${item.registrableDomain ?? item.host} (unregistered)`)}</dd>
        <AssessmentFacts item={item} />
        <dt>Submitted</dt>
        <dd>{formatDateTime(item.createdAt)}</dd>
        {item.clusterId != null && (
          <>
            <dt>Cluster</dt>
            <dd>
              <Link to={`/clusters/${item.clusterId}`}>Cluster {item.clusterId}</Link>
            </dd>
          </>
        )}
      </dl>
      {item.text && <p className="item__text">{item.text.length > 600 ? `${item.text.slice(0, 600)}…` : item.text}</p>}
      {media && <SafeMedia src={mediaUrl(item.id, media.id)} kind={mediaKind(media)} label={`Media of item ${item.id}`} />}
      <div className="row no-print">
        {allowed.assess && (
          <button type="button" aria-pressed={mode === 'assess'} onClick={() => onMode('assess')}>
            Assess <kbd>a</kbd>
          </button>
        )}
        {allowed.propose && (
          <button type="button" aria-pressed={mode === 'propose'} onClick={() => onMode('propose')}>
            Propose referral <kbd>p</kbd>
          </button>
        )}
        {allowed.hold && (
          <button type="button" aria-pressed={mode === 'hold'} onClick={() => onMode('hold')}>
            Hold <kbd>h</kbd>
          </button>
        )}
        <Link to={`/items/${item.id}`}>
          Open item <kbd>o</kbd>
        </Link>
      </div>
      {mode === 'assess' && <AssessForm item={item} onCancel={() => onMode('none')} onDone={onDone} />}
      {mode === 'propose' && (
        <FocusFirst onEscape={() => onMode('none')}>
          <h3>Propose a referral of item {item.id}</h3>
          <ProposeReferral
            itemId={item.id}
            platforms={[...platforms.entries()].map(([id, p]) => ({ id, name: p.name }))}
            onProposed={(r) => onDone(`Referral ${r.id} of item ${item.id} proposed; a supervisor approves it before it is sent.`)}
          />
        </FocusFirst>
      )}
      {mode === 'hold' && <HoldForm item={item} onCancel={() => onMode('none')} onDone={onDone} />}
    </section>
  );
}

/** "Cancel Esc": the cancel button's text in forms that Escape also closes. */
function EscapeCancel() {
  return (
    <>
      Cancel <kbd>Esc</kbd>
    </>
  );
}

/** Puts the focus in the first field of what it wraps; Escape inside it closes it. */
function FocusFirst({ children, onEscape }: { children: ReactNode; onEscape(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button')?.focus();
  }, []);
  function onKeyDown(e: ReactKeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  }
  return (
    <div ref={ref} className="stack inline-form" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

function AssessForm({ item, onCancel, onDone }: { item: Item; onCancel(): void; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const [category, setCategory] = useState(item.category ?? '');
  const [group, setGroup] = useState(item.groupName ?? '');
  const [tier, setTier] = useState<'' | ItemTier>(item.tier ?? '');
  const [language, setLanguage] = useState(item.language ?? '');
  const [legalBasis, setLegalBasis] = useState(item.legalBasis ?? '');
  const [dismiss, setDismiss] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);
  const assess = useMutation({
    mutationFn: (body: AssessBody) => unwrap(api.PATCH('/items/{id}', { params: { path: { id: item.id } }, body })),
    onSuccess: (updated) => {
      queryClient.setQueryData(['item', updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['operation-items'] });
      onDone(`Item ${updated.id} ${updated.status === 'dismissed' ? 'dismissed' : 'assessed'}.`);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (language.trim() && language.trim().length < 2) return setInvalid('The language is a code such as ar, en or fr.');
    setInvalid(null);
    assess.mutate({
      category: category.trim() || null,
      groupName: group.trim() || null,
      tier: tier || null,
      language: language.trim() || null,
      legalBasis: legalBasis.trim() || null,
      status: dismiss ? 'dismissed' : 'assessed',
    });
  }
  return (
    <FocusFirst onEscape={onCancel}>
      <form className="stack" onSubmit={submit} aria-label={`Assess item ${item.id}`} noValidate>
        <h3>Assess item {item.id}</h3>
        <div className="grid">
          <Field label="Category">
            <input value={category} onChange={(e) => setCategory(e.target.value)} list="assess-categories" autoComplete="off" maxLength={100} />
          </Field>
          <Field label="Group">
            <input value={group} onChange={(e) => setGroup(e.target.value)} autoComplete="off" maxLength={200} />
          </Field>
          <Field label="Tier">
            <select value={tier} onChange={(e) => setTier(e.target.value as '' | ItemTier)}>
              <option value="">Not set</option>
              {ITEM_TIERS.map((t) => (
                <option key={t} value={t}>
                  {TIER_LABELS[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Language">
            <input value={language} onChange={(e) => setLanguage(e.target.value)} autoComplete="off" maxLength={16} />
          </Field>
        </div>
        <datalist id="assess-categories">
          {CATEGORIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label="Legal basis (optional)" hint="Terms of service, or the TCO Art. 2(7) ground">
          <input value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} autoComplete="off" maxLength={2000} />
        </Field>
        <div className="field field--inline">
          <input id={`dismiss-${item.id}`} type="checkbox" checked={dismiss} onChange={(e) => setDismiss(e.target.checked)} />
          <label htmlFor={`dismiss-${item.id}`}>Dismiss: out of scope, nothing to refer</label>
        </div>
        <FormError error={invalid ?? assess.error} />
        <FormActions submit="Save assessment" busy={assess.isPending} busyText="Saving…" onCancel={onCancel} cancel={<EscapeCancel />} />
      </form>
    </FocusFirst>
  );
}

function HoldForm({ item, onCancel, onDone }: { item: Item; onCancel(): void; onDone(message: string): void }) {
  const { reason, setReason, expires, setExpires, error, pending, place } = useHoldForm((h) =>
    onDone(`Hold ${h.id} placed on item ${item.id}: nobody else may refer it${h.expiresAt ? ` until ${formatDateTime(h.expiresAt)}` : ' until you release it'}.`),
  );
  const submit = submitHandler(() => place({ itemId: item.id }));
  return (
    <FocusFirst onEscape={onCancel}>
      <form className="stack" onSubmit={submit} aria-label={`Hold item ${item.id}`} noValidate>
        <h3>Hold item {item.id}</h3>
        <Field label="Reason" hint="Seen only by your organisation, e.g. “under investigation”">
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={5000} required />
        </Field>
        <Field label="Expires (UTC, optional)" hint="Leave empty to hold until released">
          <input type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </Field>
        <FormError error={error} describe={holdError} />
        <FormActions submit="Place hold" busy={pending} busyText="Placing…" onCancel={onCancel} cancel={<EscapeCancel />} />
      </form>
    </FocusFirst>
  );
}
