// A list of facts, term and description side by side (one under the other on a phone): a
// referral's details, its removal order's Annex I fields, an evidence bundle.
import type { ReactNode } from 'react';
import './facts.css';

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="fact-list">{children}</dl>;
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
