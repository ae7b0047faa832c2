// The supervisors' approval queue: the organisation's proposed referrals that someone else proposed
// (four-eyes: the API refuses self-approval, and says so). Approving a removal order issues it
// (competent authorities, removal_orders:issue). A hold by another organisation blocks the approval
// with ITEM_HELD, shown on the referral's card in plain words.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type paths } from '../api/client';
import { Fact, Facts } from '../components/facts';
import { Field } from '../components/field';
import { formatDateTime } from '../components/format';
import { Page } from '../components/page';
import { usePlatformMap, type Platform } from '../components/platform-map';
import { GroundList, KIND_LABELS } from '../components/referral-state';
import { QueryView } from '../components/states';
import { useSession } from '../session';
import { actorText, platformName, RefusalError } from './referral-common';

type Proposed = paths['/referrals']['get']['responses'][200]['content']['application/json']['referrals'][number];

export function ApprovalsPage() {
  const { session } = useSession();
  const platforms = usePlatformMap();
  const [done, setDone] = useState<{ id: number; text: string }[]>([]);
  const query = useQuery({
    queryKey: ['referrals', 'list', { state: 'proposed' }],
    queryFn: () => unwrap(api.GET('/referrals', { params: { query: { state: 'proposed', limit: 500 } } })),
    refetchInterval: 30_000,
  });
  const me = session?.member?.id;
  const isOwn = (r: Proposed) => r.proposedBy.type === 'member' && r.proposedBy.id === me;

  return (
    <Page title="Approvals">
      <p className="rf-lead">Referrals your colleagues proposed. Nothing leaves the organisation until a supervisor other than the proposer approves it (four-eyes).</p>
      {done.length > 0 && (
        <ul className="rf-plain-list stack" aria-label="Just decided">
          {done.map((d) => (
            <li key={d.id} className="form-ok" role="status">
              {d.text} <Link to={`/referrals/${d.id}`}>Open referral #{d.id}</Link>
            </li>
          ))}
        </ul>
      )}
      <QueryView query={query} isEmpty={(d) => d.referrals.filter((r) => !isOwn(r)).length === 0} empty={<EmptyQueue own={query.data?.referrals.filter(isOwn).length ?? 0} />} loadingLabel="Loading the queue…">
        {(data) => (
          <>
            <ul className="rf-plain-list stack" aria-label="Waiting for approval">
              {data.referrals
                .filter((r) => !isOwn(r))
                .map((r) => (
                  <li key={r.id}>
                    <ApprovalCard referral={r} platforms={platforms} onDecided={(text) => setDone((d) => [{ id: r.id, text }, ...d])} />
                  </li>
                ))}
            </ul>
            {data.referrals.some(isOwn) && <p className="muted">{data.referrals.filter(isOwn).length} of your own proposals wait for another supervisor.</p>}
          </>
        )}
      </QueryView>
    </Page>
  );
}

function EmptyQueue({ own }: { own: number }) {
  return (
    <>
      Nothing waits for your approval.
      {own > 0 && ` ${own} of your own proposals wait for another supervisor.`}
    </>
  );
}

function ApprovalCard({ referral, platforms, onDecided }: { referral: Proposed; platforms: Map<number, Platform>; onDecided(text: string): void }) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const id = referral.id;
  const order = referral.kind === 'removal_order';
  const mayIssue = !order || can('removal_orders:issue');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['referrals'] });
  const body = note.trim() ? { reason: note.trim() } : {};

  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/referrals/{id}/approve', { params: { path: { id } }, body })),
    onSuccess: () => {
      onDecided(order ? `Removal order ${referral.removalOrder?.referenceNumber ?? ''} issued.` : `Referral #${id} approved; send it from its page.`);
      void refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/referrals/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: () => {
      onDecided(`Referral #${id} withdrawn.`);
      void refresh();
    },
  });
  const headingId = `approval-${id}`;
  return (
    <article className="card stack rf-approval" aria-labelledby={headingId} data-testid={`approval-${id}`}>
      <header className="row rf-approval__header">
        <h2 id={headingId}>
          <Link to={`/referrals/${id}`}>{order ? `Removal order ${referral.removalOrder?.referenceNumber ?? `#${id}`}` : `Referral #${id}`}</Link>
        </h2>
        <span className={`badge ${order ? 'badge--danger' : 'badge--muted'}`}>{KIND_LABELS[referral.kind]}</span>
      </header>
      <Facts>
        <Fact term="Item">
          <Link to={`/items/${referral.itemId}`}>Item #{referral.itemId}</Link>
        </Fact>
        <Fact term="Recipient">{referral.recipientKind === 'infrastructure_provider' ? `Infrastructure provider #${referral.infrastructureProviderId}` : platformName(platforms, referral.platformId)}</Fact>
        <Fact term="Proposed">
          {formatDateTime(referral.createdAt)} by {actorText(referral.proposedBy)}
        </Fact>
        {referral.removalOrder && (
          <>
            <Fact term="Issuing">
              {referral.removalOrder.issuingAuthority} ({referral.removalOrder.issuingMemberState.toUpperCase()}), language {referral.removalOrder.language}
            </Fact>
            <Fact term="Addressee contact">{referral.removalOrder.addresseeContact}</Fact>
            <Fact term="Grounds">
              <GroundList grounds={referral.removalOrder.reasons} />
            </Fact>
            {referral.removalOrder.additionalInformation && <Fact term="Additional information">{referral.removalOrder.additionalInformation}</Fact>}
          </>
        )}
      </Facts>
      <Field label="Note (optional, internal)" hint="Kept in the referral’s timeline; the recipient does not see it.">
        <textarea value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} className="rf-note" />
      </Field>
      <RefusalError error={approve.error ?? withdraw.error} />
      {!mayIssue && <p className="muted">Only members who may issue removal orders approve this one.</p>}
      {confirmWithdraw ? (
        <div className="row rf-confirm" role="group" aria-label={`Confirm withdrawing referral ${id}`}>
          <span>Withdraw referral #{id}? It will not be sent.</span>
          <button type="button" className="button--danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
            Yes, withdraw
          </button>
          <button type="button" onClick={() => setConfirmWithdraw(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="button--primary" disabled={!mayIssue || approve.isPending} onClick={() => approve.mutate()}>
            {order ? 'Approve and issue removal order' : 'Approve'}
          </button>
          <button type="button" className="button--quiet" onClick={() => setConfirmWithdraw(true)}>
            Withdraw…
          </button>
        </div>
      )}
    </article>
  );
}
