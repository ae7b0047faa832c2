// A page's frame: the document title, one h1, optional actions, and the content.
import { useEffect, type ReactNode } from 'react';

export function Page({ title, actions, children, wide = false }: { title: string; actions?: ReactNode; children: ReactNode; wide?: boolean }) {
  useEffect(() => {
    document.title = `${title} · Vigil`;
  }, [title]);
  return (
    <div className={`page${wide ? ' page--wide' : ''}`}>
      <header className="page__header">
        <h1>{title}</h1>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
