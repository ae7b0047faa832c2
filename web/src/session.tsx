// Who is signed in: the session read from GET /auth/session, sign-in and sign-out, and a `can`
// check against the permissions the server granted (the server enforces them again).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, ApiRequestError, onUnauthorised, setCsrfToken, unwrap, type paths } from './api/client';

export type Session = paths['/auth/session']['get']['responses'][200]['content']['application/json'];

interface SessionState {
  session: Session | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  can(permission: string): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const queryClient = useQueryClient();

  const adopt = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  useEffect(() => {
    let cancelled = false;
    unwrap(api.GET('/auth/session'))
      .then((s) => !cancelled && adopt(s))
      .catch(() => !cancelled && adopt(null))
      .finally(() => !cancelled && setLoading(false));
    const stop = onUnauthorised(() => {
      adopt(null);
      queryClient.clear();
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [adopt, queryClient]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading,
      async signIn(email, password) {
        adopt(await unwrap(api.POST('/auth/login', { body: { email, password } })));
      },
      async signOut() {
        await api.POST('/auth/logout').catch(() => undefined);
        adopt(null);
        queryClient.clear();
      },
      can: (permission) => session?.permissions.includes(permission) ?? false,
    }),
    [session, loading, adopt, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session; only for pages under the signed-in layout. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new ApiRequestError(401, undefined);
  return session;
}
