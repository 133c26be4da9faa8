import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Page, ProductSummary } from '@/lib/api/types';

/** Products from the makers and categories the signed-in user follows, newest first. */
export const feedQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['products', 'feed'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/feed', { params: { query: pageQuery({}, pageParam) as never } })) as Promise<Page<ProductSummary>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
