// The signed-in frame: skip link, header with the organisation, navigation by permission, and the
// page. Unauthenticated visitors are sent to the sign-in page and come back where they were.
import { NavLink, Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from './components/states';
import { useSession } from './session';

interface NavEntry {
  to: string;
  label: string;
  permission: string;
  kinds?: string[];
}

const NAV: NavEntry[] = [
  { to: '/operations', label: 'Operations', permission: 'operations:read' },
  { to: '/referrals', label: 'Referrals', permission: 'referrals:read', kinds: ['authority', 'ngo'] },
  { to: '/approvals', label: 'Approvals', permission: 'referrals:approve' },
  { to: '/holds', label: 'Holds', permission: 'holds:manage' },
  { to: '/emerging', label: 'Emerging platforms', permission: 'platforms:read' },
  { to: '/platform', label: 'Platform portal', permission: 'referrals:respond' },
  { to: '/banks', label: 'Hash banks', permission: 'banks:read' },
  { to: '/reports', label: 'Reports', permission: 'reports:read' },
  { to: '/admin', label: 'Members & keys', permission: 'members:manage' },
  { to: '/audit', label: 'Audit', permission: 'audit:read' },
];

export function SignedInLayout() {
  const { session, loading, can, signOut } = useSession();
  const location = useLocation();
  if (loading) return <Loading label="Checking your session…" />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const entries = NAV.filter((e) => can(e.permission) && (!e.kinds || e.kinds.includes(session.organisation.kind)));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Vigil home">
          Vigil
        </NavLink>
        <span className="topbar__org" data-testid="organisation-name">
          {session.organisation.name}
        </span>
        <span className="topbar__spacer" />
        <NavLink to="/notifications" className="topbar__link">
          Notifications
        </NavLink>
        <NavLink to="/settings" className="topbar__link">
          Settings
        </NavLink>
        <span className="topbar__who">{session.member?.displayName ?? session.apiKey?.name}</span>
        <button type="button" className="button--quiet" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <nav className="sidebar" aria-label="Main">
        <ul>
          {entries.map((e) => (
            <li key={e.to}>
              <NavLink to={e.to}>{e.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** Where "/" leads: a platform's liaisons to their portal, everyone else to operations. */
export function Home() {
  const { session, can } = useSession();
  if (session?.organisation.kind === 'platform' && can('referrals:respond')) return <Navigate to="/platform" replace />;
  if (can('operations:read')) return <Navigate to="/operations" replace />;
  if (can('members:manage')) return <Navigate to="/admin" replace />;
  if (can('audit:read')) return <Navigate to="/audit" replace />;
  return <Navigate to="/settings" replace />;
}
