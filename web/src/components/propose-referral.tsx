// The form an analyst proposes a referral with: the item, voluntary referral or (competent
// authorities only) a TCO removal order with its Annex I fields, and optionally another platform
// than the item's own. Nothing leaves the organisation: a supervisor approves it (four-eyes).
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiRequestError, errorMessage, unwrap, type paths } from '../api/client';
import { useSession } from '../session';
import { Field } from './field';
import { FormError } from './form-error';
import { GROUND_LABELS, type RemovalOrderGround } from './referral-state';

type ProposeBody = paths['/referrals']['post']['requestBody']['content']['application/json'];
type Proposed = paths['/referrals']['post']['responses'][201]['content']['application/json'];

interface ProposeReferralProps {
  /** The item to refer; when given, the item field is not shown. */
  itemId?: number;
  /** The item field's starting value (e.g. from a link). */
  initialItemId?: number;
  /** Registry platforms to offer as another recipient than the item's platform. */
  platforms?: { id: number; name: string }[];
  onProposed(referral: Proposed): void;
}

const GROUNDS = Object.keys(GROUND_LABELS) as RemovalOrderGround[];

export function ProposeReferral({ itemId, initialItemId, platforms = [], onProposed }: ProposeReferralProps) {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const competent = session?.organisation.competentAuthority ?? false;
  const [item, setItem] = useState(initialItemId ? String(initialItemId) : '');
  const [kind, setKind] = useState<'voluntary_referral' | 'removal_order'>('voluntary_referral');
  const [platformId, setPlatformId] = useState('');
  const [memberState, setMemberState] = useState(session?.organisation.country ?? '');
  const [authority, setAuthority] = useState(session?.organisation.name ?? '');
  const [reference, setReference] = useState('');
  const [grounds, setGrounds] = useState<RemovalOrderGround[]>([]);
  const [language, setLanguage] = useState('en');
  const [contact, setContact] = useState('');
  const [additional, setAdditional] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  const propose = useMutation({
    mutationFn: (body: ProposeBody) => unwrap(api.POST('/referrals', { body })),
    onSuccess: (referral) => {
      void queryClient.invalidateQueries({ queryKey: ['referrals'] });
      onProposed(referral);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    const id = itemId ?? Number(item);
    if (!Number.isInteger(id) || id <= 0) return setInvalid('Give the number of an item of your organisation.');
    const body: ProposeBody = { itemId: id, kind };
    if (platformId) body.platformId = Number(platformId);
    if (kind === 'removal_order') {
      if (!/^[A-Za-z]{2}$/.test(memberState)) return setInvalid('The issuing Member State is a two-letter code, such as BE or DE.');
      if (grounds.length === 0) return setInvalid('Tick at least one Art. 2(7) ground.');
      body.removalOrder = {
        issuingMemberState: memberState.toUpperCase(),
        issuingAuthority: authority,
        referenceNumber: reference,
        reasons: grounds,
        language,
        addresseeContact: contact,
        additionalInformation: additional.trim() ? additional : null,
      };
    }
    propose.mutate(body);
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Propose a referral" noValidate>
      {itemId === undefined && (
        <Field label="Item number" hint="The item of your organisation to refer (its number is on the item page).">
          <input type="number" inputMode="numeric" min={1} required value={item} onChange={(e) => setItem(e.target.value)} />
        </Field>
      )}
      <fieldset className="fieldset">
        <legend>Kind</legend>
        <div className="field field--inline">
          <input id="kind-voluntary" type="radio" name="kind" checked={kind === 'voluntary_referral'} onChange={() => setKind('voluntary_referral')} />
          <label htmlFor="kind-voluntary">Voluntary referral (against the platform’s terms)</label>
        </div>
        <div className="field field--inline">
          <input id="kind-order" type="radio" name="kind" disabled={!competent} checked={kind === 'removal_order'} onChange={() => setKind('removal_order')} aria-describedby="kind-order-hint" />
          <label htmlFor="kind-order">TCO removal order (legally binding, one hour to act)</label>
        </div>
        <p className="field__hint" id="kind-order-hint">
          {competent ? 'A supervisor issues it when approving.' : 'Only competent authorities issue removal orders.'}
        </p>
      </fieldset>
      {platforms.length > 0 && (
        <Field label="Recipient platform" hint="Leave as is to send it to the platform the item’s URL is on.">
          <select value={platformId} onChange={(e) => setPlatformId(e.target.value)}>
            <option value="">The item’s platform</option>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === 'removal_order' && (
        <fieldset className="fieldset">
          <legend>Removal order (TCO Annex I)</legend>
          <div className="grid">
            <Field label="Issuing Member State" hint="Two-letter code, e.g. BE">
              <input value={memberState} maxLength={2} required autoComplete="off" onChange={(e) => setMemberState(e.target.value)} />
            </Field>
            <Field label="Issuing authority">
              <input value={authority} required maxLength={500} onChange={(e) => setAuthority(e.target.value)} />
            </Field>
            <Field label="Reference number" hint="Unique within your organisation">
              <input value={reference} required maxLength={200} onChange={(e) => setReference(e.target.value)} />
            </Field>
            <Field label="Language" hint="Of the order, e.g. en, fr, de">
              <input value={language} required minLength={2} maxLength={16} onChange={(e) => setLanguage(e.target.value)} />
            </Field>
          </div>
          <Field label="Addressee contact point" hint="The hosting provider’s contact point or legal representative">
            <input value={contact} required maxLength={1000} onChange={(e) => setContact(e.target.value)} />
          </Field>
          <fieldset className="fieldset fieldset--plain">
            <legend>Grounds (Art. 2(7)): the material…</legend>
            {GROUNDS.map((g) => (
              <div className="field field--inline field--check" key={g}>
                <input id={`ground-${g}`} type="checkbox" checked={grounds.includes(g)} onChange={(e) => setGrounds(e.target.checked ? [...grounds, g] : grounds.filter((x) => x !== g))} />
                <label htmlFor={`ground-${g}`}>{GROUND_LABELS[g]}</label>
              </div>
            ))}
          </fieldset>
          <Field label="Additional information (optional)">
            <textarea value={additional} maxLength={10_000} onChange={(e) => setAdditional(e.target.value)} />
          </Field>
        </fieldset>
      )}
      <FormError error={invalid ?? propose.error} describe={proposeError} />
      <button type="submit" className="button--primary" disabled={propose.isPending}>
        {propose.isPending ? 'Proposing…' : 'Propose referral'}
      </button>
    </form>
  );
}

function proposeError(error: unknown): string {
  if (error instanceof ApiRequestError && error.code === 'ITEM_HELD') {
    return 'Blocked by a hold: another organisation holds this content, so it cannot be referred now. The holder has been told. (ITEM_HELD)';
  }
  return errorMessage(error);
}
