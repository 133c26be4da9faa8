import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page, ProductSummary } from '@/lib/api/types';
import { ProductCard } from '@/features/products/components/product-card';
import { PagedList } from '@/components/ui/paged-list';

export function ProductFeed({ query, empty, showStatus }: { query: UseInfiniteQueryResult<InfiniteData<Page<ProductSummary>>>; empty: ReactNode; showStatus?: boolean }) {
  return (
    <PagedList query={query} empty={empty}>
      {(items) => <ul className="space-y-3">{items.map((p) => <li key={p.id}><ProductCard product={p} showStatus={showStatus} /></li>)}</ul>}
    </PagedList>
  );
}
