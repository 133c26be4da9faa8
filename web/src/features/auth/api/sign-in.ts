import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';

export const signIn = (login: string, password: string) =>
  unwrap(api.POST('/api/v1/auth/login', { body: { login, password, tokenDelivery: 'cookie' } })) as Promise<TokenResponse>;

export const useSignIn = () => useMutation({ mutationFn: ({ login, password }: { login: string; password: string }) => signIn(login, password) });
