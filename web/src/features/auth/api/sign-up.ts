import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';

export interface SignUpInput {
  username: string;
  email: string;
  password: string;
  displayName: string;
}

export const signUp = (input: SignUpInput) =>
  unwrap(api.POST('/api/v1/auth/register', { body: { ...input, displayName: input.displayName || null, tokenDelivery: 'cookie' } })) as Promise<TokenResponse>;

export const useSignUp = () => useMutation({ mutationFn: signUp });
