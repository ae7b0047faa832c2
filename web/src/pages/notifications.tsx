// The organisation's notifications, newest first: holds others ran into, overdue removal orders,
// re-check flags, complaints, preservation extensions, candidate platforms. Each says what
// happened in words and links to the record; members who may mark them read do so one by one or
// all at once.
import { useState, type ReactNode } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import { conflictText, RefusalError, type Notification } from './referral-common';

const PAGE_SIZE = 100;

export function NotificationsPage() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useInfiniteQuery({
    queryKey: ['notifications', 'page', { unreadOnly }],
    enabled: can('notifications:read'),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/notifications', { params: { query: { limit: PAGE_SIZE, ...(unreadOnly ? { unread: 'true' as const } : {}), ...(pageParam ? { before: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: async (ids: number[]) => {
      for (const id of ids) await unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const all = (query.data?.pages ?? []).flatMap((p) => p.notifications);
  const unread = all.filter((n) => !n.readAt).map((n) => n.id);
  const mayMark = can('notifications:manage');

  if (!can('notifications:read')) {
    return (
      <Page title="Notifications">
        <p>Your roles do not include reading the organisation’s notifications.</p>
      </Page>
    );
  }
  return (
    <Page
      title="Notifications"
      actions={
        mayMark &&
        unread.length > 0 && (
          <button type="button" onClick={() => markRead.mutate(unread)} disabled={markRead.isPending}>
            Mark all {unread.length} read
          </button>
        )
      }
    >
      <div className="field field--inline">
        <input id="unread-only" type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        <label htmlFor="unread-only">Only unread</label>
      </div>
      <RefusalError error={markRead.error} />
      <QueryView query={query} isEmpty={() => all.length === 0} empty={unreadOnly ? 'No unread notifications.' : 'No notifications yet.'} loadingLabel="Loading notifications…">
        {() => (
          <>
            <ul className="rf-plain-list rf-notifications" aria-label="Notifications, newest first">
              {all.map((n) => (
                <li key={n.id} className={`card rf-notification${n.readAt ? '' : ' rf-notification--unread'}`} data-testid={`notification-${n.id}`}>
                  <div className="rf-notification__body">
                    {!n.readAt && <span className="badge badge--warning">New</span>} <NotificationText n={n} />
                  </div>
                  <div className="row small">
                    <time className="muted" dateTime={n.createdAt}>
                      {formatDateTime(n.createdAt)}
                    </time>
                    {n.readAt ? (
                      <span className="muted">Read {formatDateTime(n.readAt)}</span>
                    ) : (
                      mayMark && (
                        <button type="button" className="link-button" onClick={() => markRead.mutate([n.id])} disabled={markRead.isPending}>
                          Mark read
                        </button>
                      )
                    )}
                  </div>
                </li>
              ))}
            </ul>
            {query.hasNextPage && (
              <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                Load older notifications
              </button>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}

function NotificationText({ n }: { n: Notification }) {
  const { session } = useSession();
  const p = n.payload;
  const num = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : null);
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const referralId = num('referralId');
  const platformSide = session?.organisation.kind === 'platform';
  const referralLink = (text: string): ReactNode =>
    referralId === null ? text : <Link to={platformSide ? `/platform/referrals/${referralId}` : `/referrals/${referralId}`}>{text}</Link>;
  const order = str('referenceNumber') ? `removal order ${str('referenceNumber')}` : `referral #${referralId ?? '?'}`;
  switch (n.kind) {
    case 'hold.conflict':
      return (
        <>
          {conflictText(n)} <Link to="/holds">Your holds</Link>
        </>
      );
    case 'referral.overdue':
      return <>The one-hour deadline of {referralLink(order)} passed without an answer (deadline {formatDateTime(str('deadlineAt'))}).</>;
    case 'referral.still_live':
      return <>A re-check found the content of {referralLink(`referral #${referralId ?? '?'}`)} still online although the recipient reported it removed or blocked.</>;
    case 'referral.came_back':
      return <>The content of {referralLink(`referral #${referralId ?? '?'}`)} is back online after the referral was closed.</>;
    case 'complaint.received':
      return <>The content provider complained about the removal under {referralLink(order)}.</>;
    case 'complaint.decided':
      return (
        <>
          A complaint about {referralLink(order)} was decided{str('outcome') ? `: ${str('outcome')}` : ''}
          {p.restored === true ? '; the content was restored.' : '.'}
        </>
      );
    case 'preservation.extended':
      return (
        <>
          The preservation of the content removed under {referralLink(order)} was extended{num('days') ? ` by ${num('days')} days` : ''}
          {str('preserveUntil') ? ` until ${formatDateTime(str('preserveUntil'))}` : ''}.
        </>
      );
    case 'candidate_platform':
      return (
        <>
          A candidate platform turned up{str('domain') ? `: ${str('domain')}` : ''}. <Link to="/emerging">Emerging platforms</Link>
        </>
      );
    default:
      return (
        <>
          <strong>{n.kind}</strong>{' '}
          <span className="muted small">
            {Object.entries(p)
              .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
              .map(([k, v]) => `${k}: ${String(v)}`)
              .join(' · ')}
          </span>{' '}
          {referralId !== null && referralLink('Open the referral')}
        </>
      );
  }
}
