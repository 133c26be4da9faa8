import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { Page, ProductSummary } from '@/lib/api/types';

export const searchProductsQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: ['search', 'products', q],
    queryFn: ({ pageParam }) => getJson<Page<ProductSummary>>('/api/v1/search/products', { q, cursor: pageParam, limit: 20 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: (count, e) => !isApiError(e, 404) && !isApiError(e, 400) && count < 1,
  });

export const useSearchProducts = (q: string) => useInfiniteQuery({ ...searchProductsQueryOptions(q), enabled: q.length > 0 });
