// A referral's evidence bundle (the content's URL, hashes and signals, the platform, its
// infrastructure and the history with it), fetched when the member asks for it, summarised, and
// downloadable as JSON.
import { useState } from 'react';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { paths } from '../api/client';
import { Fact, Facts } from './facts';
import { formatDateTime, formatNumber } from './format';
import { ErrorState, Loading } from './states';

export type Evidence = paths['/referrals/{id}/evidence']['get']['responses'][200]['content']['application/json'];

interface EvidenceBundleProps {
  /** Why the bundle matters to the reader, under the heading. */
  description: string;
  queryKey: QueryKey;
  load(): Promise<Evidence>;
}

export function EvidenceBundle({ description, queryKey, load }: EvidenceBundleProps) {
  const [open, setOpen] = useState(false);
  const query = useQuery({ queryKey, enabled: open, queryFn: load });
  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence bundle</h2>
      <p className="small muted">{description}</p>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Show evidence bundle
        </button>
      ) : query.isPending ? (
        <Loading label="Gathering the evidence…" />
      ) : query.isError ? (
        <ErrorState error={query.error} retry={() => void query.refetch()} />
      ) : (
        <EvidenceView evidence={query.data} />
      )}
    </section>
  );
}

/** The evidence bundle of a referral, summarised, with a download of the whole bundle as JSON. */
function EvidenceView({ evidence }: { evidence: Evidence }) {
  const download = () => {
    const blob = new Blob([JSON.stringify(evidence, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `referral-${evidence.referral.id}-evidence.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const h = evidence.platformHistory.summary;
  return (
    <div className="stack">
      <Facts>
        <Fact term="URL">
          <code>{evidence.content.url}</code>
        </Fact>
        <Fact term="Captured">{formatDateTime(evidence.content.capturedAt)}</Fact>
        <Fact term="Media">
          {evidence.content.media.length === 0
            ? 'None'
            : evidence.content.media.map((m) => (
                <div key={m.sha256}>
                  {m.contentType}, {formatNumber(m.byteSize)} bytes, SHA-256 <code>{m.sha256}</code>
                </div>
              ))}
        </Fact>
        <Fact term="Signals">{evidence.content.signals.length === 0 ? 'None' : evidence.content.signals.map((s) => s.signalType).join(', ')}</Fact>
        {evidence.platform && (
          <Fact term="Platform">
            {evidence.platform.name} ({evidence.platform.cooperationStatus}){evidence.platform.contactEmail ? `, ${evidence.platform.contactEmail}` : ''}
          </Fact>
        )}
        <Fact term="Infrastructure">{evidence.infrastructure.length === 0 ? 'None recorded' : evidence.infrastructure.map((p) => `${p.name} (${p.role})`).join(', ')}</Fact>
        <Fact term="History with the platform">
          {formatNumber(h.referrals)} referrals, {formatNumber(h.sent)} sent, {formatNumber(h.answered)} answered, {formatNumber(h.removed)} removed, {formatNumber(h.rejected)} rejected, {formatNumber(h.overdue)} overdue
        </Fact>
      </Facts>
      <button type="button" onClick={download}>
        Download as JSON
      </button>
    </div>
  );
}
