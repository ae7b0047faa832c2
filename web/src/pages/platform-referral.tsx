// One referral or removal order as the platform sees it (never the referring organisation's own
// notes, item or people): the URL, the Annex I fields, the live one-hour clock, the timeline by
// side, and the answer: acknowledge, removed, geo-blocked, rejected (a reason from the list, and
// words), clarification requested, force majeure (declared or ended), each confirmed before it is
// sent and refused moves explained.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { Countdown } from '../components/countdown';
import { EvidenceBundle } from '../components/evidence-bundle';
import { Fact, Facts } from '../components/facts';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { ANSWERED_STATES, EVENT_LABELS, GroundList, KIND_LABELS, REJECT_REASON_LABELS, STATE_LABELS, StateBadge, type ReferralState, type RejectReason } from '../components/referral-state';
import { ErrorState, QueryView } from '../components/states';
import { useSession } from '../session';
import { RefusalError } from './referral-common';

type Received = paths['/platform/referrals/{id}']['get']['responses'][200]['content']['application/json'];
type ResponseBody = paths['/platform/referrals/{id}/responses']['post']['requestBody']['content']['application/json'];
type Action = ResponseBody['action'];

/** The answers the state table allows from each state (docs/platform-side.md). */
const ACTIONS_FROM: Partial<Record<ReferralState, Action[]>> = {
  sent: ['acknowledge', 'declare_force_majeure'],
  acknowledged: ['remove', 'geo_block', 'reject', 'request_clarification', 'declare_force_majeure'],
  force_majeure: ['end_force_majeure'],
};

const ACTION_TEXT: Record<Action, { label: string; hint: string; confirm: string; reason: 'required' | 'optional' }> = {
  acknowledge: { label: 'Acknowledge receipt', hint: 'You received it and are acting on it.', confirm: 'Acknowledge receipt of this referral?', reason: 'optional' },
  remove: { label: 'Removed', hint: 'The content is taken down.', confirm: 'Report the content as removed? The referring organisation will re-check the URL.', reason: 'optional' },
  geo_block: { label: 'Geo-blocked in the EU', hint: 'Access is disabled in all Member States.', confirm: 'Report access as disabled in the Union? The referring organisation will re-check the URL.', reason: 'optional' },
  reject: { label: 'Rejected', hint: 'You will not act: choose the reason.', confirm: 'Reject this referral? This ends it.', reason: 'optional' },
  request_clarification: { label: 'Ask for clarification', hint: 'The order is unclear or incomplete; a removal order’s clock pauses until it is answered.', confirm: 'Ask the referring organisation for clarification?', reason: 'required' },
  declare_force_majeure: { label: 'Declare force majeure', hint: 'You cannot act for reasons outside your control (TCO Art. 3(7)); the clock pauses.', confirm: 'Declare force majeure for this referral?', reason: 'required' },
  end_force_majeure: { label: 'End force majeure', hint: 'You can act again; the clock resumes with the time that was left.', confirm: 'End force majeure? The clock starts running again.', reason: 'optional' },
};

const REJECT_REASONS = Object.keys(REJECT_REASON_LABELS) as RejectReason[];

export function PlatformReferralPage() {
  const { referralId } = useParams();
  const id = Number(referralId);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({
    queryKey: ['platform', 'referrals', id],
    enabled: valid,
    queryFn: () => unwrap(api.GET('/platform/referrals/{id}', { params: { path: { id } } })),
    refetchInterval: 20_000,
  });
  const title = query.data?.removalOrder ? `Removal order ${query.data.removalOrder.referenceNumber}` : `Referral #${id}`;
  return (
    <Page title={title} actions={query.data && <StateBadge state={query.data.state} />}>
      <p className="no-print">
        <Link to="/platform">← All referrals</Link>
      </p>
      {valid ? (
        <QueryView query={query} loadingLabel="Loading the referral…">
          {(r) => <ReceivedView referral={r} />}
        </QueryView>
      ) : (
        <ErrorState error={new Error('There is no referral with this number.')} />
      )}
    </Page>
  );
}

function ReceivedView({ referral: r }: { referral: Received }) {
  const { can } = useSession();
  const [copied, setCopied] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const done = ANSWERED_STATES.includes(r.state);
  const actions = can('referrals:respond') ? (ACTIONS_FROM[r.state] ?? []) : [];
  return (
    <div className="rf-referral-layout">
      <div className="stack">
        <section className="card" aria-labelledby="content-heading">
          <h2 id="content-heading">Content</h2>
          <p className="rf-url-box">
            <code data-testid="referred-url">{r.url}</code>
          </p>
          <div className="row">
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(r.url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              Copy URL
            </button>
            <span role="status" className="form-ok">
              {copied ? 'Copied.' : ''}
            </span>
          </div>
          <Facts>
            <Fact term="Kind">{KIND_LABELS[r.kind]}</Fact>
            <Fact term="State">
              <StateBadge state={r.state} />
            </Fact>
            <Fact term="Received">{formatDateTime(r.receivedAt)}</Fact>
            {r.rejectReason && <Fact term="Your reject reason">{REJECT_REASON_LABELS[r.rejectReason]}</Fact>}
          </Facts>
        </section>

        {r.removalOrder && (
          <section className="card" aria-labelledby="order-heading">
            <h2 id="order-heading">Removal order (TCO Annex I)</h2>
            <Facts>
              <Fact term="Issuing authority">
                {r.removalOrder.issuingAuthority} ({r.removalOrder.issuingMemberState.toUpperCase()})
              </Fact>
              <Fact term="Reference number">{r.removalOrder.referenceNumber}</Fact>
              <Fact term="Issued">{formatDateTime(r.removalOrder.issuedAt)}</Fact>
              <Fact term="Language">{r.removalOrder.language}</Fact>
              <Fact term="Addressee contact point">{r.removalOrder.addresseeContact}</Fact>
              <Fact term="Grounds (Art. 2(7)): the material…">
                <GroundList grounds={r.removalOrder.reasons} />
              </Fact>
              {r.removalOrder.additionalInformation && <Fact term="Additional information">{r.removalOrder.additionalInformation}</Fact>}
            </Facts>
          </section>
        )}

        {/* Addressed to an infrastructure provider the organisation operates: the evidence comes with it. */}
        {r.recipientKind === 'infrastructure_provider' && (
          <EvidenceBundle
            description="Why this reaches you as a provider: the content, its hashes, the platform it is on and the referring organisation’s history with that platform."
            queryKey={['platform', 'evidence', r.id]}
            load={() => unwrap(api.GET('/platform/referrals/{id}/evidence', { params: { path: { id: r.id } } }))}
          />
        )}

        <section className="card" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <ol className="rf-timeline" data-testid="timeline">
            {r.timeline.map((e, i) => (
              <li key={i} className={`rf-timeline__entry${e.by === 'recipient' ? ' rf-timeline__entry--recipient' : ''}`} data-event={e.event}>
                <div className="rf-timeline__when">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </div>
                <div className="rf-timeline__what">
                  <strong>{EVENT_LABELS[e.event]}</strong>{' '}
                  <span className="muted small">{e.fromState ? `${STATE_LABELS[e.fromState]} → ${STATE_LABELS[e.toState]}` : STATE_LABELS[e.toState]}</span>
                  <div className="small">
                    <span className="badge badge--muted">{e.by === 'recipient' ? 'Your platform' : 'Referring organisation'}</span>
                  </div>
                  {e.reason && <blockquote className="rf-reason">{e.reason}</blockquote>}
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <aside className="stack rf-referral-aside" aria-label="Deadline and answer">
        {r.kind === 'removal_order' && (
          <section className="card" aria-labelledby="deadline-heading">
            <h2 id="deadline-heading">One-hour deadline</h2>
            <Countdown deadlineAt={r.deadlineAt} remainingSeconds={r.remainingSeconds} paused={r.paused} overdue={r.overdue} answered={done} label="Removal order deadline" />
            {r.paused && <p className="small">{r.state === 'force_majeure' ? 'Paused under force majeure. End it when you can act again.' : 'Paused until the referring organisation answers your question.'}</p>}
          </section>
        )}
        <p role="status" className="form-ok rf-recorded">
          {recorded}
        </p>
        {actions.length > 0 ? (
          <Respond referral={r} actions={actions} onRecorded={setRecorded} />
        ) : (
          <section className="card">
            <h2>Answer</h2>
            <p className="muted">{done ? 'Answered: nothing more to do.' : r.state === 'clarification_requested' ? 'Waiting for the referring organisation to answer your question.' : 'No answer is possible in this state.'}</p>
          </section>
        )}
      </aside>
    </div>
  );
}

function Respond({ referral, actions, onRecorded }: { referral: Received; actions: Action[]; onRecorded(text: string | null): void }) {
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [rejectReason, setRejectReason] = useState<RejectReason | ''>('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const respond = useMutation({
    mutationFn: (body: ResponseBody) => unwrap(api.POST('/platform/referrals/{id}/responses', { params: { path: { id: referral.id } }, body })),
    onSuccess: (r) => {
      onRecorded(`Recorded: ${STATE_LABELS[r.state]}.`);
      setAction(null);
      setReason('');
      setRejectReason('');
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['platform', 'referrals'] });
    },
    onError: () => setConfirming(false),
  });

  function review(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    onRecorded(null);
    if (!action) return setInvalid('Choose an answer.');
    if (action === 'reject' && !rejectReason) return setInvalid('Choose why you reject it.');
    if ((ACTION_TEXT[action].reason === 'required' || (action === 'reject' && rejectReason === 'other')) && !reason.trim()) return setInvalid('Explain in a few words: the referring organisation reads it.');
    setConfirming(true);
  }

  function send() {
    if (!action) return;
    const body: ResponseBody = { action };
    if (reason.trim()) body.reason = reason.trim();
    if (action === 'reject' && rejectReason) body.rejectReason = rejectReason;
    respond.mutate(body);
  }

  return (
    <section className="card" aria-labelledby="respond-heading">
      <h2 id="respond-heading">Answer</h2>
      <form className="stack" onSubmit={review} noValidate>
        <fieldset className="fieldset fieldset--plain" disabled={confirming || respond.isPending}>
          <legend>Your answer</legend>
          {actions.map((a) => (
            <div className="field field--inline field--check" key={a}>
              <input id={`action-${a}`} type="radio" name="action" value={a} checked={action === a} onChange={() => setAction(a)} aria-describedby={`action-${a}-hint`} />
              <div>
                <label htmlFor={`action-${a}`}>{ACTION_TEXT[a].label}</label>
                <p className="field__hint" id={`action-${a}-hint`}>
                  {ACTION_TEXT[a].hint}
                </p>
              </div>
            </div>
          ))}
          {action === 'reject' && (
            <Field label="Reject reason">
              <select value={rejectReason} onChange={(e) => setRejectReason(e.target.value as RejectReason | '')}>
                <option value="">Choose…</option>
                {REJECT_REASONS.map((rr) => (
                  <option key={rr} value={rr}>
                    {REJECT_REASON_LABELS[rr]}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {action && (
            <Field label={ACTION_TEXT[action].reason === 'required' || rejectReason === 'other' ? 'Explanation' : 'Explanation (optional)'} hint="The referring organisation reads this.">
              <textarea value={reason} maxLength={5000} onChange={(e) => setReason(e.target.value)} />
            </Field>
          )}
        </fieldset>
        <FormError error={invalid} />
        <RefusalError error={respond.error} />
        {confirming && action ? (
          <div className="rf-confirm stack" role="alertdialog" aria-labelledby="confirm-text" tabIndex={-1} ref={confirmRef}>
            <p id="confirm-text">
              <strong>{ACTION_TEXT[action].confirm}</strong>
              {action === 'reject' && rejectReason && <> Reason: {REJECT_REASON_LABELS[rejectReason]}.</>}
            </p>
            <div className="row">
              <button type="button" className={action === 'reject' ? 'button--danger' : 'button--primary'} onClick={send} disabled={respond.isPending}>
                {respond.isPending ? 'Sending…' : `Confirm: ${ACTION_TEXT[action].label}`}
              </button>
              <button type="button" onClick={() => setConfirming(false)} disabled={respond.isPending}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button--primary">
            Continue
          </button>
        )}
      </form>
    </section>
  );
}
