import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Comment, Page } from '@/lib/api/types';

export type CommentSort = 'best' | 'new' | 'old';

export const commentsQueryOptions = (productId: number, sort: CommentSort) =>
  infiniteQueryOptions({
    queryKey: ['comments', productId, sort],
    // The OpenAPI document does not describe this answer yet: it is a page of Comment trees.
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/products/{id}/comments', { params: { path: { id: productId }, query: pageQuery({ sort }, pageParam) } })) as unknown as Promise<Page<Comment>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useComments = (productId: number, sort: CommentSort) => useInfiniteQuery(commentsQueryOptions(productId, sort));
