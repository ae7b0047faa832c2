// A table of records: in a box that scrolls sideways on a narrow screen, named by a caption that
// screen readers read (and sighted members get from the heading above), with one header row.
import type { ReactNode } from 'react';

/** A column heading: its text, or the text with `num` (right-aligned figures) or `hidden` (read by screen readers only). */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

interface DataTableProps {
  /** What the table lists, for screen readers; none when nothing names it but the heading above. */
  caption?: ReactNode;
  /** The headings, in order; `false` leaves a column out (one the member may not use). */
  columns: Array<Column | false>;
  className?: string;
  testId?: string;
  /** Another class for the scroll box (a height limit …). */
  scrollClassName?: string;
  /** The rows. */
  children: ReactNode;
}

export function DataTable({ caption, columns, className, testId, scrollClassName, children }: DataTableProps) {
  return (
    <div className={scrollClassName ? `table-scroll ${scrollClassName}` : 'table-scroll'}>
      <table className={className} data-testid={testId}>
        {caption != null && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              if (column === false) return null;
              const { label, num = false, hidden = false } = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={label} scope="col" className={num ? 'num' : undefined}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
