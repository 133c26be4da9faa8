import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSearchProducts } from '@/features/search/api/search-products';
import { ProductFeed } from '@/features/products/components/product-feed';
import { EmptyState } from '@/components/ui/states';
import { isApiError } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/page-title';

export default function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const results = useSearchProducts(q);
  usePageTitle(q ? t('search.title', { q }) : t('search.label'));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{q ? t('search.title', { q }) : t('search.label')}</h1>
      {!q ? null : isApiError(results.error, 404) ? <EmptyState>{t('search.unavailable')}</EmptyState> : (
        <ProductFeed query={results} empty={t('search.noResults', { q })} />
      )}
    </>
  );
}
