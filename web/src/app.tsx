// Every page of the UI and its address under /app/. Pages load lazily so the sign-in page stays small.
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/states';
import { Home, SignedInLayout } from './layout';
import { LoginPage } from './pages/login';
import { NotFoundPage } from './pages/not-found';

function page(load: () => Promise<Record<string, ComponentType>>, name: string) {
  const Component = lazy(async () => ({ default: (await load())[name]! }));
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<SignedInLayout />}>
        <Route index element={<Home />} />
        <Route path="operations" element={page(() => import('./pages/operations'), 'OperationsPage')} />
        <Route path="operations/:operationId" element={page(() => import('./pages/dashboard'), 'DashboardPage')} />
        <Route path="operations/:operationId/intake" element={page(() => import('./pages/intake'), 'IntakePage')} />
        <Route path="operations/:operationId/review" element={page(() => import('./pages/review'), 'ReviewPage')} />
        <Route path="operations/:operationId/report" element={page(() => import('./pages/reports'), 'OperationReportPage')} />
        <Route path="items/:itemId" element={page(() => import('./pages/item'), 'ItemPage')} />
        <Route path="clusters/:clusterId" element={page(() => import('./pages/cluster'), 'ClusterPage')} />
        <Route path="referrals" element={page(() => import('./pages/referrals'), 'ReferralsPage')} />
        <Route path="referrals/:referralId" element={page(() => import('./pages/referral'), 'ReferralPage')} />
        <Route path="approvals" element={page(() => import('./pages/approvals'), 'ApprovalsPage')} />
        <Route path="holds" element={page(() => import('./pages/holds'), 'HoldsPage')} />
        <Route path="emerging" element={page(() => import('./pages/emerging'), 'EmergingPage')} />
        <Route path="platform" element={page(() => import('./pages/platform-portal'), 'PlatformPortalPage')} />
        <Route path="platform/referrals/:referralId" element={page(() => import('./pages/platform-referral'), 'PlatformReferralPage')} />
        <Route path="platform/settings" element={page(() => import('./pages/platform-settings'), 'PlatformSettingsPage')} />
        <Route path="banks" element={page(() => import('./pages/banks'), 'BanksPage')} />
        <Route path="banks/:bankName" element={page(() => import('./pages/bank'), 'BankPage')} />
        <Route path="reports" element={page(() => import('./pages/reports'), 'ReportsPage')} />
        <Route path="reports/transparency" element={page(() => import('./pages/reports'), 'TransparencyReportPage')} />
        <Route path="admin" element={page(() => import('./pages/admin'), 'AdminPage')} />
        <Route path="audit" element={page(() => import('./pages/audit'), 'AuditPage')} />
        <Route path="notifications" element={page(() => import('./pages/notifications'), 'NotificationsPage')} />
        <Route path="settings" element={page(() => import('./pages/settings'), 'SettingsPage')} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
