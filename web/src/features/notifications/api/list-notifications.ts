import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Notification, Page } from '@/lib/api/types';

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/notifications', { params: { query: pageQuery({}, pageParam) } })) as Promise<Page<Notification>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useNotifications = () => useInfiniteQuery(notificationsQueryOptions());
