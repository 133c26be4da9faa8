import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { AuthProvider, useAuth } from '@/lib/auth/session';
import { isApiError } from '@/lib/api/problem';
import { router } from '@/app/router';

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (404, 403, 400) will not change by asking again.
        retry: (count, e) => !(isApiError(e) && e.status >= 400 && e.status < 500) && count < 2,
      },
    },
  });
}

/**
 * Pages wait for the first session check (one refresh call on load): their queries then go out with
 * the access token, so viewer-specific fields (viewerHasUpvoted, viewerFollows) are right at once.
 */
function SessionGate({ children }: { children: ReactNode }) {
  return useAuth().status === 'loading' ? null : <>{children}</>;
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </AuthProvider>
    </QueryClientProvider>
  );
}
