import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { Product } from '@/lib/api/types';

export const getProduct = (idOrSlug: string) =>
  unwrap(api.GET('/api/v1/products/{idOrSlug}', { params: { path: { idOrSlug } } })) as Promise<Product>;

export const productQueryOptions = (idOrSlug: string) =>
  queryOptions({
    queryKey: ['products', 'detail', idOrSlug],
    queryFn: () => getProduct(idOrSlug),
    retry: (count, e) => !isApiError(e, 404) && count < 2,
  });

export const useProduct = (idOrSlug: string) => useQuery(productQueryOptions(idOrSlug));
