import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Profile } from '@/lib/api/types';

export function setFollow(username: string, on: boolean) {
  const init = { params: { path: { username } } };
  return unwrap(on ? api.PUT('/api/v1/users/{username}/follow', init) : api.DELETE('/api/v1/users/{username}/follow', init));
}

/**
 * Optimistic: the profile's button and follower count change at once and roll back if the call fails.
 * Every cached view of the profile is updated (the public one, and the moderators' one stored under it).
 */
export function useFollowUser(username: string) {
  const queryClient = useQueryClient();
  const key = ['users', username, 'profile'];
  return useMutation({
    mutationFn: (on: boolean) => setFollow(username, on),
    onMutate: async (on) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueriesData<Profile>({ queryKey: key });
      queryClient.setQueriesData<Profile>({ queryKey: key }, (p) => p && {
        ...p,
        viewerFollows: on,
        stats: { ...p.stats, followers: p.stats.followers + (on === p.viewerFollows ? 0 : on ? 1 : -1) },
      });
      return { previous };
    },
    onError: (_e, _on, context) => {
      for (const [k, data] of context?.previous ?? []) queryClient.setQueryData(k, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users', username] }),
  });
}
