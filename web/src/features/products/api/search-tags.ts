import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Tag } from '@/lib/api/types';

export const tagsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['tags', q],
    queryFn: () => unwrap(api.GET('/api/v1/tags', { params: { query: { q, limit: '8' } } })) as Promise<Tag[]>,
    staleTime: 60_000,
  });

export const useTagSuggestions = (q: string) => useQuery({ ...tagsQueryOptions(q), enabled: q.length >= 1 });
