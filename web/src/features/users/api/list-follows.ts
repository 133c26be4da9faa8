import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { FollowEntry, Page } from '@/lib/api/types';

export const followsQueryOptions = (username: string, kind: 'followers' | 'following') =>
  infiniteQueryOptions({
    queryKey: ['users', username, kind],
    queryFn: ({ pageParam }) => {
      const init = { params: { path: { username }, query: pageQuery({}, pageParam) as never } };
      return (kind === 'followers' ? unwrap(api.GET('/api/v1/users/{username}/followers', init)) : unwrap(api.GET('/api/v1/users/{username}/following', init))) as Promise<Page<FollowEntry>>;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useFollows = (username: string, kind: 'followers' | 'following') => useInfiniteQuery(followsQueryOptions(username, kind));
