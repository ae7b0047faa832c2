// Paging through a list the API pages by id (`after` the last id of the page before, `next_after`
// or `nextAfter` null on the last page): a stack of the cursors of the pages seen, and the
// Previous page · Page n · Next page controls.
import { useState } from 'react';
import './pager.css';

export interface CursorPages {
  /** The cursor of the page shown: 0 on the first page. */
  after: number;
  /** The page number, from 1. */
  page: number;
  next(after: number): void;
  previous(): void;
  /** Back to the first page (new filters, say). */
  reset(): void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<number[]>([0]);
  return {
    after: cursors[cursors.length - 1]!,
    page: cursors.length,
    next: (after) => setCursors((c) => [...c, after]),
    previous: () => setCursors((c) => c.slice(0, -1)),
    reset: () => setCursors([0]),
  };
}

interface PagerProps {
  /** What the pages are of, for screen readers ("Entry pages"). */
  label: string;
  pages: CursorPages;
  /** The cursor of the next page; null on the last page. */
  nextAfter: number | null;
}

export function Pager({ label, pages, nextAfter }: PagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={pages.page === 1} onClick={pages.previous}>
        Previous page
      </button>
      <span>Page {pages.page}</span>
      <button type="button" disabled={nextAfter === null} onClick={() => nextAfter !== null && pages.next(nextAfter)}>
        Next page
      </button>
    </nav>
  );
}
