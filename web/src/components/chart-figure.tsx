// A chart with its text alternatives: a title, a one-sentence summary that screen readers get as
// the chart's name, and the chart's numbers as a table behind a "Data table" toggle (a native
// <details>, so it works with the keyboard and prints opened).
import { useId, type ReactNode } from 'react';
import './chart-figure.css';

export interface ChartTable {
  columns: string[];
  /** Cells in column order; numbers are right-aligned. */
  rows: Array<Array<string | number>>;
}

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in words ("Most items on video.example (12)…"). */
  summary: string;
  table: ChartTable;
  /** The chart itself; left out when there is nothing to draw (the summary says so). */
  children?: ReactNode;
  /** The chart's height in pixels (its width is the figure's); 'auto' for an SVG that sizes itself. */
  height?: number | 'auto';
  className?: string;
}

export function ChartFigure({ title, summary, table, children, height = 240, className }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className={`chart-figure card${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="chart-figure__title">
        {title}
      </h2>
      <p className="chart-figure__summary" id={`${id}-summary`}>
        {summary}
      </p>
      {children && (
        <div className="chart-figure__chart" role="img" aria-label={summary} style={{ height }}>
          {children}
        </div>
      )}
      {table.rows.length > 0 && (
        <details className="chart-figure__data">
          <summary>Data table</summary>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={c} scope="col" className={i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'num' : undefined}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className={typeof cell === 'number' ? 'num' : undefined}>
                          {typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
