import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { ModerationLogItem, Page } from '@/lib/api/types';

export const moderationLogQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['moderation', 'log'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/moderation-log', { params: { query: pageQuery({}, pageParam) as never } })) as Promise<Page<ModerationLogItem>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useModerationLog = () => useInfiniteQuery(moderationLogQueryOptions());
