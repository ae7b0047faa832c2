// Wellbeing: the member's blur strength and greyscale setting (GET/PUT /me/preferences), applied
// as CSS custom properties that every <SafeMedia> reads. Until loaded, the strongest defaults hold.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './api/client';
import { useSession } from './session';

export interface Preferences {
  mediaBlurPx: number;
  greyscale: boolean;
}

const DEFAULTS: Preferences = { mediaBlurPx: 24, greyscale: false };

interface PreferencesState {
  preferences: Preferences;
  save(next: Preferences): Promise<void>;
  saving: boolean;
}

const PreferencesContext = createContext<PreferencesState>({ preferences: DEFAULTS, save: async () => {}, saving: false });

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const isMember = session?.member != null;
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['preferences'], queryFn: () => unwrap(api.GET('/me/preferences')), enabled: isMember });
  const mutation = useMutation({
    mutationFn: (next: Preferences) => unwrap(api.PUT('/me/preferences', { body: next })),
    onSuccess: (saved) => queryClient.setQueryData(['preferences'], saved),
  });
  const preferences = query.data ?? DEFAULTS;

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--media-blur', `${preferences.mediaBlurPx}px`);
    root.style.setProperty('--media-greyscale', preferences.greyscale ? '1' : '0');
  }, [preferences.mediaBlurPx, preferences.greyscale]);

  return (
    <PreferencesContext.Provider value={{ preferences, save: async (next) => void (await mutation.mutateAsync(next)), saving: mutation.isPending }}>
      {children}
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesState {
  return useContext(PreferencesContext);
}
