import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { Category, ProductSummary, UserSummary } from '@/lib/api/types';

/** api.md "Search": five of each for the search box. Not in the OpenAPI document yet (being built). */
export interface SearchSuggestions {
  products: ProductSummary[];
  users: UserSummary[];
  categories: Category[];
  tags: ({ slug: string; productCount?: number } | string)[];
}

export const searchSuggestQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['search', 'suggest', q],
    queryFn: () => getJson<SearchSuggestions>('/api/v1/search', { q }),
    staleTime: 30_000,
    // A 404 means the search API is not deployed: the box then just navigates to the results page.
    retry: (count, e) => !isApiError(e, 404) && count < 1,
  });

export const useSearchSuggestions = (q: string) => useQuery({ ...searchSuggestQueryOptions(q), enabled: q.length >= 2 });
