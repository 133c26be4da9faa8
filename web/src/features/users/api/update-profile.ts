import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Profile } from '@/lib/api/types';

export type ProfileInput = Pick<Profile, 'displayName' | 'bio' | 'website' | 'location' | 'company' | 'jobTitle' | 'twitter' | 'github' | 'linkedin'>;

export const updateProfile = (input: ProfileInput) => unwrap(api.PATCH('/api/v1/users/me', { body: input })) as Promise<Profile>;

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => queryClient.setQueryData(['users', profile.username, 'profile'], profile),
  });
}
