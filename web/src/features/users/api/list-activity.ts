import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Activity, Page } from '@/lib/api/types';

export const activityQueryOptions = (username: string) =>
  infiniteQueryOptions({
    queryKey: ['users', username, 'activity'],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/users/{username}/activity', { params: { path: { username }, query: pageQuery({}, pageParam) as never } })) as Promise<Page<Activity>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useActivity = (username: string) => useInfiniteQuery(activityQueryOptions(username));
