import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { Category } from '@/lib/api/types';

export const categoryQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['categories', slug],
    queryFn: () => unwrap(api.GET('/api/v1/categories/{slug}', { params: { path: { slug } } })) as Promise<Category>,
    retry: (count, e) => !isApiError(e, 404) && count < 2,
  });

export const useCategory = (slug: string) => useQuery(categoryQueryOptions(slug));
