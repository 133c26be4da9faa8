import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page, ProductSummary } from '@/lib/api/types';
import { ProductCard } from '@/features/products/components/product-card';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { LoadMore } from '@/components/ui/load-more';

/** A keyset-paged list of product cards with loading, error, empty and "load more" states. */
export function ProductFeed({ query, empty, showStatus }: { query: UseInfiniteQueryResult<InfiniteData<Page<ProductSummary>>>; empty: ReactNode; showStatus?: boolean }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div>
      <ul className="space-y-3">
        {items.map((p) => <li key={p.id}><ProductCard product={p} showStatus={showStatus} /></li>)}
      </ul>
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} />
    </div>
  );
}
