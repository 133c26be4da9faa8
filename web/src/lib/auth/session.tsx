import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { refreshSession, setSessionListener } from '@/lib/api/client';
import { setAccessToken } from '@/lib/api/access-token';
import type { Me, TokenResponse } from '@/lib/api/types';

type Status = 'loading' | 'anonymous' | 'signed-in';

interface Session {
  status: Status;
  user: Me | null;
  isModerator: boolean;
  /** Stores a TokenResponse from sign-in or sign-up. */
  signIn: (session: TokenResponse) => void;
  signOut: () => Promise<void>;
  updateUser: (patch: Partial<Me>) => void;
}

const SessionContext = createContext<Session | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ status: Status; user: Me | null }>({ status: 'loading', user: null });

  const apply = useCallback((session: TokenResponse | null) => {
    setState(session ? { status: 'signed-in', user: session.user } : { status: 'anonymous', user: null });
  }, []);

  useEffect(() => {
    setSessionListener(apply);
    // A reload lost the in-memory token: renew it with the refresh cookie (if there is one).
    void refreshSession();
    return () => setSessionListener(null);
  }, [apply]);

  const signIn = useCallback(
    (session: TokenResponse) => {
      setAccessToken(session.accessToken);
      apply(session);
      // Lists carry viewer-specific fields (viewerHasUpvoted, viewerFollows).
      void queryClient.invalidateQueries();
    },
    [apply, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' });
    } finally {
      setAccessToken(null);
      apply(null);
      queryClient.clear();
    }
  }, [apply, queryClient]);

  const updateUser = useCallback((patch: Partial<Me>) => {
    setState((s) => (s.user ? { ...s, user: { ...s.user, ...patch } } : s));
  }, []);

  const value = useMemo<Session>(
    () => ({
      ...state,
      isModerator: !!state.user?.roles.some((r) => r === 'moderator' || r === 'admin'),
      signIn,
      signOut,
      updateUser,
    }),
    [state, signIn, signOut, updateUser],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useAuth(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useAuth outside AuthProvider');
  return session;
}
