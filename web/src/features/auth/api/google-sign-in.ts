import { queryOptions, useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';

/** Which sign-in methods the server offers; fixed for the server's lifetime. */
export const authProvidersQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'providers'],
    queryFn: () => unwrap(api.GET('/api/v1/auth/providers')),
    staleTime: Infinity,
  });

export const googleSignIn = (credential: string) =>
  unwrap(api.POST('/api/v1/auth/google', { body: { credential, tokenDelivery: 'cookie' } })) as Promise<TokenResponse>;

export const useGoogleSignIn = () => useMutation({ mutationFn: googleSignIn });
