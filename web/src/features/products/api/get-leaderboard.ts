import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Leaderboard } from '@/lib/api/types';

export type LeaderboardPeriod = 'day' | 'week' | 'month';

export const leaderboardQueryOptions = (period: LeaderboardPeriod, date?: string) =>
  queryOptions({
    queryKey: ['products', 'leaderboard', period, date ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/v1/leaderboard', { params: { query: { period, date } } })) as Promise<Leaderboard>,
  });

export const useLeaderboard = (period: LeaderboardPeriod, date?: string) => useQuery(leaderboardQueryOptions(period, date));
