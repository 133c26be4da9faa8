import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Page, QueuedReport } from '@/lib/api/types';

export type ReportStatus = 'open' | 'hidden' | 'dismissed';

export const reportsQueryOptions = (status: ReportStatus) =>
  infiniteQueryOptions({
    queryKey: ['moderation', 'reports', status],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/reports', { params: { query: pageQuery({ status }, pageParam) } })) as Promise<Page<QueuedReport>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useReports = (status: ReportStatus) => useInfiniteQuery(reportsQueryOptions(status));
