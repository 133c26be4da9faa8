import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCategory } from '@/features/categories/api/get-category';
import { CategoryHeader } from '@/features/categories/components/category-header';
import { CategoryChips } from '@/features/categories/components/category-chips';
import { useProducts } from '@/features/products/api/list-products';
import { ProductFeed } from '@/features/products/components/product-feed';
import { ErrorState, Loading } from '@/components/ui/states';
import { isApiError } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/page-title';
import { NotFound } from '@/app/routes/not-found';

export default function CategoryPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const category = useCategory(slug);
  const products = useProducts({ category: slug, sort: 'trending' });
  usePageTitle(category.data?.name);
  if (category.isPending) return <Loading />;
  if (isApiError(category.error, 404)) return <NotFound message={t('category.notFound')} />;
  if (category.isError) return <ErrorState error={category.error} onRetry={() => void category.refetch()} />;
  return (
    <>
      <div className="mb-4"><CategoryChips /></div>
      <CategoryHeader category={category.data} />
      <ProductFeed query={products} empty={t('home.empty')} />
    </>
  );
}
