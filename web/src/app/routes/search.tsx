import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSearchProducts } from '@/features/search/api/search-products';
import { ProductCard } from '@/features/products/components/product-card';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { LoadMore } from '@/components/ui/load-more';
import { isApiError } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/page-title';

export default function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const results = useSearchProducts(q);
  usePageTitle(q ? t('search.title', { q }) : t('search.label'));
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{q ? t('search.title', { q }) : t('search.label')}</h1>
      {!q ? null : results.isPending ? <Loading /> : isApiError(results.error, 404) ? (
        <EmptyState>{t('search.unavailable')}</EmptyState>
      ) : results.isError ? <ErrorState error={results.error} onRetry={() => void results.refetch()} /> : items.length === 0 ? (
        <EmptyState>{t('search.noResults', { q })}</EmptyState>
      ) : (
        <>
          <ul className="space-y-3">{items.map((p) => <li key={p.id}><ProductCard product={p} /></li>)}</ul>
          <LoadMore hasNextPage={results.hasNextPage} isFetchingNextPage={results.isFetchingNextPage} fetchNextPage={results.fetchNextPage} />
        </>
      )}
    </>
  );
}
