import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, pageQuery, unwrap } from '@/lib/api/client';
import type { Page, ProductSummary } from '@/lib/api/types';

export type ProductSort = 'trending' | 'new' | 'top';
export type ProductPeriod = 'day' | 'week' | 'month' | 'year' | 'all';
export interface ProductFilters {
  sort?: ProductSort;
  period?: ProductPeriod;
  category?: string;
  tag?: string;
  maker?: string;
  featured?: boolean;
}

export function getProducts(filters: ProductFilters, cursor: string | null, limit = 20): Promise<Page<ProductSummary>> {
  const query = { ...filters, period: filters.sort === 'top' ? filters.period : undefined };
  return unwrap(api.GET('/api/v1/products', { params: { query: pageQuery(query, cursor, limit) } }));
}

export const productsQueryOptions = (filters: ProductFilters, limit = 20) =>
  infiniteQueryOptions({
    queryKey: ['products', 'list', filters, limit],
    queryFn: ({ pageParam }) => getProducts(filters, pageParam, limit),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useProducts = (filters: ProductFilters, limit = 20) => useInfiniteQuery(productsQueryOptions(filters, limit));
