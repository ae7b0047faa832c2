// One referral as its referring organisation sees it: the details, the removal order's Annex I
// fields and live one-hour clock, the recipient's answers, the full state timeline (every move with
// its time and who made it), what the member may do next (approve, send, withdraw, answer a
// clarification, record an answer from a recipient outside Vigil), the re-checks of the URL, the
// escalations to infrastructure providers, and the evidence bundle.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, ApiRequestError, unwrap, type paths } from '../api/client';
import { Countdown } from '../components/countdown';
import { DataTable } from '../components/data-table';
import { EvidenceBundle } from '../components/evidence-bundle';
import { Fact, Facts } from '../components/facts';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { formatDateTime, formatNumber } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap } from '../components/platform-map';
import {
  ANSWERED_STATES,
  EVENT_LABELS,
  GroundList,
  KIND_LABELS,
  PAUSED_STATES,
  RECIPIENT_EVENTS,
  REJECT_REASON_LABELS,
  STATE_LABELS,
  StateBadge,
  type Referral,
  type ReferralEvent,
  type ReferralState,
} from '../components/referral-state';
import { ErrorState, QueryView } from '../components/states';
import { submitHandler } from '../components/submit-handler';
import { useSession } from '../session';
import { actorText, platformName, RefusalError } from './referral-common';

type DeliveryEvent = paths['/referrals/{id}/events']['post']['requestBody']['content']['application/json']['event'];
type Checks = paths['/referrals/{id}/checks']['get']['responses'][200]['content']['application/json'];
type Escalations = paths['/referrals/{id}/escalations']['get']['responses'][200]['content']['application/json'];

/** The recipient's answers a supervisor may record for a recipient outside Vigil, by state (docs/referrals.md). */
const RECORDABLE: Partial<Record<ReferralState, DeliveryEvent[]>> = {
  sent: ['acknowledge', 'declare_force_majeure'],
  acknowledged: ['remove', 'geo_block', 'reject', 'request_clarification', 'declare_force_majeure'],
  force_majeure: ['end_force_majeure'],
  removed: ['recheck_confirmed'],
  geo_blocked: ['recheck_confirmed'],
};

export function ReferralPage() {
  const { referralId } = useParams();
  const id = Number(referralId);
  const query = useQuery({
    queryKey: ['referrals', 'one', id],
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () => unwrap(api.GET('/referrals/{id}', { params: { path: { id } } })),
    refetchInterval: 15_000,
  });
  if (!Number.isInteger(id) || id <= 0) {
    return (
      <Page title="Referral">
        <ErrorState error={new Error('There is no referral with this number.')} />
      </Page>
    );
  }
  const title = query.data?.removalOrder ? `Removal order ${query.data.removalOrder.referenceNumber}` : `Referral #${id}`;
  return (
    <Page title={title} actions={query.data && <StateBadge state={query.data.state} />}>
      <QueryView query={query} loadingLabel="Loading the referral…">
        {(referral) => <ReferralView referral={referral} />}
      </QueryView>
    </Page>
  );
}

function ReferralView({ referral }: { referral: Referral }) {
  const platforms = usePlatformMap();
  const recipient = referral.recipientKind === 'infrastructure_provider' ? `Infrastructure provider #${referral.infrastructureProviderId}` : platformName(platforms, referral.platformId);
  const responses = referral.timeline.filter((e) => RECIPIENT_EVENTS.includes(e.event));
  return (
    <div className="rf-referral-layout">
      <div className="stack">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <Facts>
            <Fact term="Number">#{referral.id}</Fact>
            <Fact term="Kind">{KIND_LABELS[referral.kind]}</Fact>
            <Fact term="State">
              <StateBadge state={referral.state} /> <span className="muted small">{stateHint(referral.state)}</span>
            </Fact>
            <Fact term="Recipient">
              {recipient}
              {referral.recipientKind === 'infrastructure_provider' && referral.platformId !== null && <span className="muted small"> (behind {platformName(platforms, referral.platformId)})</span>}
            </Fact>
            <Fact term="Item">
              <Link to={`/items/${referral.itemId}`}>Item #{referral.itemId}</Link>
            </Fact>
            {referral.operationId !== null && (
              <Fact term="Operation">
                <Link to={`/operations/${referral.operationId}`}>Operation #{referral.operationId}</Link>
              </Fact>
            )}
            <Fact term="Proposed">
              {formatDateTime(referral.createdAt)} by {actorText(referral.proposedBy)}
            </Fact>
            {referral.approvedBy && (
              <Fact term={referral.kind === 'removal_order' ? 'Issued (approved)' : 'Approved'}>
                {formatDateTime(referral.approvedAt)} by {referral.approvedBy}
              </Fact>
            )}
            {referral.receivedAt && <Fact term="Received by the recipient">{formatDateTime(referral.receivedAt)}</Fact>}
            {referral.rejectReason && <Fact term="Reject reason">{REJECT_REASON_LABELS[referral.rejectReason]}</Fact>}
            {referral.closedAt && <Fact term="Closed">{formatDateTime(referral.closedAt)}</Fact>}
          </Facts>
        </section>

        {referral.removalOrder && (
          <section className="card" aria-labelledby="order-heading">
            <h2 id="order-heading">Removal order (TCO Annex I)</h2>
            <Facts>
              <Fact term="Issuing Member State">{referral.removalOrder.issuingMemberState.toUpperCase()}</Fact>
              <Fact term="Issuing authority">{referral.removalOrder.issuingAuthority}</Fact>
              <Fact term="Reference number">{referral.removalOrder.referenceNumber}</Fact>
              <Fact term="Language">{referral.removalOrder.language}</Fact>
              <Fact term="Addressee contact point">{referral.removalOrder.addresseeContact}</Fact>
              <Fact term="Grounds (Art. 2(7))">
                <GroundList grounds={referral.removalOrder.reasons} />
              </Fact>
              {referral.removalOrder.additionalInformation && <Fact term="Additional information">{referral.removalOrder.additionalInformation}</Fact>}
            </Facts>
          </section>
        )}

        <section className="card" aria-labelledby="responses-heading">
          <h2 id="responses-heading">Recipient’s responses</h2>
          {responses.length === 0 ? (
            <p className="muted">{referral.receivedAt ? 'No answer from the recipient yet.' : 'Not sent yet: the recipient has nothing to answer.'}</p>
          ) : (
            <ul className="rf-plain-list rf-responses">
              {responses.map((e, i) => (
                <li key={i}>
                  <strong>{EVENT_LABELS[e.event]}</strong> <span className="muted">{formatDateTime(e.at)}</span>
                  {e.event === 'reject' && referral.rejectReason && <span> · {REJECT_REASON_LABELS[referral.rejectReason]}</span>}
                  {e.reason && <blockquote className="rf-reason">{e.reason}</blockquote>}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <ol className="rf-timeline" data-testid="timeline">
            {referral.timeline.map((e, i) => (
              <li key={i} className={`rf-timeline__entry${RECIPIENT_EVENTS.includes(e.event) ? ' rf-timeline__entry--recipient' : ''}`} data-event={e.event}>
                <div className="rf-timeline__when">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </div>
                <div className="rf-timeline__what">
                  <strong>{EVENT_LABELS[e.event]}</strong>
                  <span className="muted small">
                    {' '}
                    {e.fromState ? `${STATE_LABELS[e.fromState]} → ${STATE_LABELS[e.toState]}` : STATE_LABELS[e.toState]}
                  </span>
                  <div className="small">
                    {RECIPIENT_EVENTS.includes(e.event) ? <span className="badge badge--muted">Recipient</span> : <span className="badge badge--muted">Your organisation</span>} {actorText(e.actor)}
                  </div>
                  {e.reason && <blockquote className="rf-reason">{e.reason}</blockquote>}
                </div>
              </li>
            ))}
          </ol>
        </section>

        {referral.receivedAt && <RecheckSection referral={referral} />}
        <EscalationSection referral={referral} />
        <EvidenceBundle
          description="The content’s URL, hashes and signals, the platform, its infrastructure and your organisation’s history with it, as sent with escalations."
          queryKey={['referrals', 'evidence', referral.id]}
          load={() => unwrap(api.GET('/referrals/{id}/evidence', { params: { path: { id: referral.id } } }))}
        />
      </div>

      <aside className="stack rf-referral-aside" aria-label="Deadline and actions">
        {referral.kind === 'removal_order' && (
          <section className="card" aria-labelledby="deadline-heading">
            <h2 id="deadline-heading">One-hour deadline</h2>
            {referral.deadlineAt ? (
              <>
                <Countdown deadlineAt={referral.deadlineAt} remainingSeconds={referral.remainingSeconds} overdue={referral.overdue} paused={PAUSED_STATES.includes(referral.state)} answered={ANSWERED_STATES.includes(referral.state)} label="Removal order deadline" />
                {PAUSED_STATES.includes(referral.state) && (
                  <p className="small">{referral.state === 'force_majeure' ? 'Paused: the recipient declared force majeure (TCO Art. 3(7)).' : 'Paused: the recipient asked for clarification (TCO Art. 3(8)). Answer it to restart the clock.'}</p>
                )}
              </>
            ) : (
              <p className="muted">The hour starts when the order is sent and the recipient receives it.</p>
            )}
          </section>
        )}
        <Actions referral={referral} />
      </aside>
    </div>
  );
}

function stateHint(state: ReferralState): string {
  switch (state) {
    case 'proposed':
      return 'Waiting for a supervisor’s approval (four-eyes).';
    case 'approved':
      return 'Approved; ready to send.';
    case 'sent':
      return 'Waiting for the recipient to acknowledge.';
    case 'clarification_requested':
      return 'The recipient is waiting for your answer.';
    default:
      return '';
  }
}

/** What the signed-in member may do with the referral now. */
function Actions({ referral }: { referral: Referral }) {
  const { session, can } = useSession();
  const queryClient = useQueryClient();
  const id = referral.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['referrals'] });
  const ownProposal = referral.proposedBy.type === 'member' && referral.proposedBy.id === session?.member?.id;

  const approve = useMutation({ mutationFn: () => unwrap(api.POST('/referrals/{id}/approve', { params: { path: { id } }, body: {} })), onSuccess: refresh });
  const send = useMutation({ mutationFn: () => unwrap(api.POST('/referrals/{id}/events', { params: { path: { id } }, body: { event: 'send' } })), onSuccess: refresh });

  const canApprove = referral.state === 'proposed' && can('referrals:approve') && (referral.kind !== 'removal_order' || can('removal_orders:issue'));
  const canSend = referral.state === 'approved' && can('referrals:approve');
  const canWithdraw = (referral.state === 'proposed' || referral.state === 'approved') && (can('referrals:propose') || can('referrals:approve'));
  const canAnswer = referral.state === 'clarification_requested' && can('referrals:approve');
  const recordable = can('referrals:approve') ? (RECORDABLE[referral.state] ?? []) : [];

  if (!canApprove && !canSend && !canWithdraw && !canAnswer && recordable.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {canApprove &&
        (ownProposal ? (
          <p className="muted">You proposed this referral, so another supervisor approves it (four-eyes).</p>
        ) : (
          <div className="stack">
            <button type="button" className="button--primary" disabled={approve.isPending} onClick={() => approve.mutate()}>
              {referral.kind === 'removal_order' ? 'Approve and issue removal order' : 'Approve'}
            </button>
            <RefusalError error={approve.error} />
          </div>
        ))}
      {canSend && (
        <div className="stack">
          <button type="button" className="button--primary" disabled={send.isPending} onClick={() => send.mutate()}>
            {referral.recipientKind === 'infrastructure_provider' ? 'Send to the provider' : 'Send to the platform'}
          </button>
          {referral.kind === 'removal_order' && <p className="small muted">Sending starts the one-hour clock.</p>}
          <RefusalError error={send.error} />
        </div>
      )}
      {canAnswer && <AnswerClarification id={id} onDone={refresh} />}
      {recordable.length > 0 && <RecordAnswer id={id} events={recordable} onDone={refresh} />}
      {canWithdraw && <Withdraw id={id} onDone={refresh} />}
    </section>
  );
}

function AnswerClarification({ id, onDone }: { id: number; onDone(): void }) {
  const [answer, setAnswer] = useState('');
  const mutation = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/referrals/{id}/events', { params: { path: { id } }, body: { event: 'answer_clarification', reason } })),
    onSuccess: () => {
      setAnswer('');
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (answer.trim()) mutation.mutate(answer.trim());
  }
  return (
    <form className="stack" onSubmit={submit}>
      <h3>Answer the clarification request</h3>
      <Field label="Your answer" hint="The recipient sees this answer; the clock resumes with the time that was left.">
        <textarea value={answer} required maxLength={5000} onChange={(e) => setAnswer(e.target.value)} />
      </Field>
      <RefusalError error={mutation.error} />
      <button type="submit" className="button--primary" disabled={mutation.isPending || !answer.trim()}>
        Send answer
      </button>
    </form>
  );
}

function RecordAnswer({ id, events, onDone }: { id: number; events: DeliveryEvent[]; onDone(): void }) {
  const [event, setEvent] = useState<DeliveryEvent | ''>('');
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => unwrap(api.POST('/referrals/{id}/events', { params: { path: { id } }, body: { event: event as DeliveryEvent, ...(reason.trim() ? { reason: reason.trim() } : {}) } })),
    onSuccess: () => {
      setEvent('');
      setReason('');
      onDone();
    },
  });
  return (
    <details className="rf-record-answer">
      <summary>Record an answer received outside Vigil</summary>
      <form
        className="stack"
        onSubmit={submitHandler(() => {
          if (event) mutation.mutate();
        })}
      >
        <p className="small muted">For recipients that answer by e-mail or phone: record what they said, with the time it is recorded.</p>
        <Field label="What happened">
          <select value={event} onChange={(e) => setEvent(e.target.value as DeliveryEvent | '')} required>
            <option value="">Choose…</option>
            {events.map((ev) => (
              <option key={ev} value={ev}>
                {EVENT_LABELS[ev as ReferralEvent]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Note (optional)">
          <textarea value={reason} maxLength={5000} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <RefusalError error={mutation.error} />
        <button type="submit" disabled={!event || mutation.isPending}>
          Record
        </button>
      </form>
    </details>
  );
}

function Withdraw({ id, onDone }: { id: number; onDone(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => unwrap(api.POST('/referrals/{id}/withdraw', { params: { path: { id } }, body: reason.trim() ? { reason: reason.trim() } : {} })),
    onSuccess: () => {
      setConfirming(false);
      onDone();
    },
  });
  if (!confirming) {
    return (
      <button type="button" className="button--quiet" onClick={() => setConfirming(true)}>
        Withdraw…
      </button>
    );
  }
  return (
    <form className="stack rf-confirm" onSubmit={submitHandler(() => mutation.mutate())}>
      <h3>Withdraw this referral?</h3>
      <p className="small">It will not be sent; this cannot be undone.</p>
      <Field label="Reason (optional, internal)">
        <textarea value={reason} maxLength={5000} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      <RefusalError error={mutation.error} />
      <FormActions submit="Withdraw referral" className="button--danger" busy={mutation.isPending} onCancel={() => setConfirming(false)} />
    </form>
  );
}

const VERDICT_LABELS: Record<Checks['checks'][number]['verdict'], string> = {
  gone: 'Gone',
  blocked: 'Blocked',
  live: 'Still live',
  unreachable: 'Unreachable',
  error: 'Error',
};
const VERDICT_TONES: Record<Checks['checks'][number]['verdict'], string> = { gone: 'ok', blocked: 'ok', live: 'danger', unreachable: 'warning', error: 'warning' };
const FLAG_LABELS: Record<Checks['flags'][number]['kind'], string> = {
  still_live: 'Still live after the recipient reported it removed or blocked',
  came_back: 'Back online after the referral was closed',
};

function RecheckSection({ referral }: { referral: Referral }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['referrals', 'checks', referral.id],
    queryFn: () => unwrap(api.GET('/referrals/{id}/checks', { params: { path: { id: referral.id } } })),
  });
  const checkNow = useMutation({
    mutationFn: () => unwrap(api.POST('/referrals/{id}/checks', { params: { path: { id: referral.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['referrals'] }),
  });
  // A server without re-checks (404 on the route) shows nothing rather than an error.
  if (query.error instanceof ApiRequestError && query.error.status === 404) return null;
  const openFlags = (query.data?.flags ?? []).filter((f) => !f.resolvedAt);
  return (
    <section className="card" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Re-checks of the URL</h2>
      <QueryView query={query} loadingLabel="Loading re-checks…">
        {(data) => (
          <div className="stack">
            {openFlags.map((f) => (
              <p key={f.id} className="rf-flag" role="note">
                <span className="badge badge--danger">Flag</span> {FLAG_LABELS[f.kind]} (since {formatDateTime(f.raisedAt)})
              </p>
            ))}
            {data.schedule && (
              <p className="small">
                {data.schedule.phase === 'confirming' ? 'Confirming the removal' : 'Watching for the content to come back'}; {formatNumber(data.schedule.checks)} check(s) so far; next check {formatDateTime(data.schedule.nextCheckAt)}.
              </p>
            )}
            {data.checks.length === 0 ? (
              <p className="muted">No re-checks yet.</p>
            ) : (
              <DataTable caption="Re-checks, newest first" columns={['Checked', 'Verdict', { label: 'HTTP', num: true }, 'Why', 'By']}>
                {data.checks.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDateTime(c.checkedAt)}</td>
                    <td>
                      <span className={`badge badge--${VERDICT_TONES[c.verdict]}`}>{VERDICT_LABELS[c.verdict]}</span>
                    </td>
                    <td className="num">{c.httpStatus ?? '—'}</td>
                    <td>
                      {c.reason}
                      {c.errorCode && <span className="muted small"> ({c.errorCode})</span>}
                    </td>
                    <td>{c.trigger === 'manual' ? c.requestedBy : 'Schedule'}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            {(can('referrals:propose') || can('referrals:approve')) && (
              <div className="row">
                <button type="button" onClick={() => checkNow.mutate()} disabled={checkNow.isPending}>
                  {checkNow.isPending ? 'Checking…' : 'Check the URL now'}
                </button>
                <RefusalError error={checkNow.error} />
              </div>
            )}
          </div>
        )}
      </QueryView>
    </section>
  );
}

const GROUNDS_LABELS: Record<Escalations['escalations'][number]['grounds'], string> = {
  hostile: 'the platform is hostile',
  unresponsive: 'the platform is unresponsive',
  unanswered: 'the referral went unanswered',
};

function EscalationSection({ referral }: { referral: Referral }) {
  const query = useQuery({
    queryKey: ['referrals', 'escalations', referral.id],
    queryFn: () => unwrap(api.GET('/referrals/{id}/escalations', { params: { path: { id: referral.id } } })),
  });
  if (query.isError && query.error instanceof ApiRequestError && query.error.status === 404) return null;
  if (query.data && !query.data.escalatedFrom && query.data.escalations.length === 0) return null;
  return (
    <section className="card" aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">Escalations to infrastructure providers</h2>
      <QueryView query={query} loadingLabel="Loading escalations…">
        {(data) => (
          <div className="stack">
            {data.escalatedFrom && (
              <p>
                This referral escalates <Link to={`/referrals/${data.escalatedFrom.originalReferralId}`}>referral #{data.escalatedFrom.originalReferralId}</Link> to infrastructure provider #{data.escalatedFrom.providerId}, because {GROUNDS_LABELS[data.escalatedFrom.grounds]} ({formatDateTime(data.escalatedFrom.createdAt)}, {data.escalatedFrom.createdBy}).
              </p>
            )}
            {data.escalations.length > 0 && (
              <ul className="rf-plain-list">
                {data.escalations.map((e) => (
                  <li key={e.referralId}>
                    <Link to={`/referrals/${e.referralId}`}>Referral #{e.referralId}</Link> to infrastructure provider #{e.providerId} — {GROUNDS_LABELS[e.grounds]}; <StateBadge state={e.state} /> <span className="muted small">{formatDateTime(e.createdAt)}, {e.createdBy}</span>
                    {e.reason && <blockquote className="rf-reason">{e.reason}</blockquote>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </QueryView>
    </section>
  );
}
