import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Page, ProductSummary, ProductStatus } from '@/lib/api/types';

/** A user's products (the owner also sees drafts, scheduled and archived ones) or the products they upvoted. */
export const userProductsQueryOptions = (username: string, kind: 'products' | 'upvotes', status?: ProductStatus) =>
  infiniteQueryOptions({
    queryKey: ['products', 'user', username, kind, status ?? 'any'],
    queryFn: ({ pageParam }) =>
      (kind === 'products'
        ? unwrap(api.GET('/api/v1/users/{username}/products', { params: { path: { username }, query: pageQuery({ status }, pageParam) } }))
        : unwrap(api.GET('/api/v1/users/{username}/upvotes', { params: { path: { username }, query: pageQuery({}, pageParam) as never } }))) as Promise<Page<ProductSummary>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useUserProducts = (username: string, kind: 'products' | 'upvotes', status?: ProductStatus) =>
  useInfiniteQuery(userProductsQueryOptions(username, kind, status));
