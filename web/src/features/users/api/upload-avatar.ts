import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Profile } from '@/lib/api/types';

export const uploadAvatar = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  // openapi-fetch sends FormData as is (the browser sets the multipart boundary).
  return unwrap(api.PUT('/api/v1/users/me/avatar', { body: form as never })) as Promise<Profile>;
};

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAvatar,
    onSuccess: (profile) => {
      queryClient.setQueryData(['users', profile.username, 'profile'], profile);
      // The avatar shows in every list item and comment of this user.
      void queryClient.invalidateQueries();
    },
  });
}
