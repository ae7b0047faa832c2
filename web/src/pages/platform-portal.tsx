// The platform liaison's portal: the referrals and removal orders sent to the platforms the
// organisation operates, most urgent first (running removal-order clocks by time left, overdue on
// top; then paused orders; then referrals waiting for an answer; answered ones last), each with a
// live countdown. Cards, not a wide table, so it works on a phone.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { Countdown, countdownPhase, useNowSeconds } from '../components/countdown';
import { Field } from '../components/field';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { ANSWERED_STATES, KIND_LABELS, StateBadge, type ReferralState } from '../components/referral-state';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import './referrals.css';

type Received = paths['/platform/referrals']['get']['responses'][200]['content']['application/json']['referrals'][number];

/** States that wait for the referring organisation, not the platform. */
const WAITING_ON_REFERRER: readonly ReferralState[] = ['clarification_requested'];

type Show = 'open' | 'done' | 'all';

/** Lower is more urgent; ties broken by `key`. */
function urgency(r: Received, nowMs: number): [number, number] {
  if (ANSWERED_STATES.includes(r.state)) return [5, -Date.parse(r.receivedAt)];
  if (r.kind === 'removal_order' && r.deadlineAt) {
    if (r.paused) return [2, r.remainingSeconds ?? 0];
    const { phase, seconds } = countdownPhase({ deadlineAt: r.deadlineAt, overdue: r.overdue }, nowMs);
    return phase === 'overdue' ? [0, -seconds] : [1, seconds];
  }
  if (WAITING_ON_REFERRER.includes(r.state)) return [4, Date.parse(r.receivedAt)];
  return [3, Date.parse(r.receivedAt)];
}

function sortByUrgency(list: Received[], nowMs: number): Received[] {
  return [...list].sort((a, b) => {
    const [ga, ka] = urgency(a, nowMs);
    const [gb, kb] = urgency(b, nowMs);
    return ga - gb || ka - kb || a.id - b.id;
  });
}

export function PlatformPortalPage() {
  const { can } = useSession();
  const [show, setShow] = useState<Show>('open');
  const query = useQuery({
    queryKey: ['platform', 'referrals'],
    queryFn: () => unwrap(api.GET('/platform/referrals', { params: { query: { limit: 500 } } })),
    refetchInterval: 20_000,
  });
  return (
    <Page
      title="Platform portal"
      actions={
        can('webhooks:manage') && (
          <Link className="button" to="/platform/settings">
            Webhooks and keys
          </Link>
        )
      }
    >
      <p className="rf-lead">Referrals and removal orders sent to your platforms. A removal order must be acted on within one hour of receipt (TCO Regulation); the clock pauses while you wait for clarification or under force majeure.</p>
      <QueryView query={query} isEmpty={(d) => d.referrals.length === 0} empty="Nothing has been sent to your platforms yet." loadingLabel="Loading referrals…">
        {(data) => <Portal referrals={data.referrals} show={show} setShow={setShow} />}
      </QueryView>
    </Page>
  );
}

function Portal({ referrals, show, setShow }: { referrals: Received[]; show: Show; setShow(s: Show): void }) {
  // Re-sorted every second, so an order that runs out moves to the top.
  const now = useNowSeconds() * 1000;
  const open = referrals.filter((r) => !ANSWERED_STATES.includes(r.state));
  const runningOrders = open.filter((r) => r.kind === 'removal_order' && !r.paused);
  const overdue = runningOrders.filter((r) => countdownPhase({ deadlineAt: r.deadlineAt, overdue: r.overdue }, now).phase === 'overdue');
  const shown = sortByUrgency(show === 'open' ? open : show === 'done' ? referrals.filter((r) => ANSWERED_STATES.includes(r.state)) : referrals, now);
  return (
    <div className="stack">
      <div className="rf-portal-summary" role="group" aria-label="Summary">
        <div className="rf-portal-summary__figure">
          <span className="rf-portal-summary__number">{open.length}</span> open
        </div>
        <div className="rf-portal-summary__figure">
          <span className="rf-portal-summary__number">{runningOrders.length}</span> removal orders running
        </div>
        <div className={`rf-portal-summary__figure${overdue.length > 0 ? ' rf-portal-summary__figure--danger' : ''}`}>
          <span className="rf-portal-summary__number">{overdue.length}</span> overdue
        </div>
      </div>
      <Field label="Show">
        <select value={show} onChange={(e) => setShow(e.target.value as Show)}>
          <option value="open">Open (needs action or waiting)</option>
          <option value="done">Answered</option>
          <option value="all">All</option>
        </select>
      </Field>
      {shown.length === 0 ? (
        <p className="state state--empty">{show === 'open' ? 'Nothing open: every referral has been answered.' : 'Nothing here.'}</p>
      ) : (
        <ul className="rf-plain-list rf-portal-cards" aria-label="Referrals, most urgent first">
          {shown.map((r) => (
            <li key={r.id}>
              <PortalCard referral={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PortalCard({ referral: r }: { referral: Received }) {
  const title = r.removalOrder ? `Removal order ${r.removalOrder.referenceNumber}` : `Referral #${r.id}`;
  const done = ANSWERED_STATES.includes(r.state);
  return (
    <article className={`card rf-portal-card${r.kind === 'removal_order' && !done ? ' rf-portal-card--order' : ''}`} aria-labelledby={`portal-card-${r.id}`} data-testid={`portal-card-${r.id}`}>
      <div className="rf-portal-card__top">
        <h2 id={`portal-card-${r.id}`} className="rf-portal-card__title">
          <Link to={`/platform/referrals/${r.id}`}>{title}</Link>
        </h2>
        <StateBadge state={r.state} />
      </div>
      <p className="rf-portal-card__url">
        <code>{r.url}</code>
      </p>
      <div className="rf-portal-card__meta">
        <span>{KIND_LABELS[r.kind]}</span>
        {r.removalOrder && <span>{r.removalOrder.issuingAuthority}</span>}
        <span>Received {formatDateTime(r.receivedAt)}</span>
      </div>
      {r.kind === 'removal_order' && (
        <div className="rf-portal-card__clock">
          <Countdown deadlineAt={r.deadlineAt} remainingSeconds={r.remainingSeconds} paused={r.paused} overdue={r.overdue} answered={done} label={title} />
        </div>
      )}
    </article>
  );
}
