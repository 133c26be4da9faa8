import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProducts } from '@/features/products/api/list-products';
import { ProductFeed } from '@/features/products/components/product-feed';
import { usePageTitle } from '@/lib/page-title';

export default function TagPage() {
  const { tag = '' } = useParams();
  const { t } = useTranslation();
  const products = useProducts({ tag, sort: 'trending' });
  usePageTitle(`#${tag}`);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('tag.title', { tag })}</h1>
      <ProductFeed query={products} empty={t('home.empty')} />
    </>
  );
}
