import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProduct } from '@/features/products/api/get-product';
import { ProductDetail } from '@/features/products/components/product-detail';
import { CommentSection } from '@/features/comments/components/comment-section';
import { FeatureToggle } from '@/features/moderation/components/feature-toggle';
import { ErrorState, Loading } from '@/components/ui/states';
import { isApiError } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/page-title';
import { NotFound } from '@/app/routes/not-found';

export default function ProductPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const product = useProduct(slug);
  usePageTitle(product.data?.title);
  if (product.isPending) return <Loading />;
  if (isApiError(product.error, 404)) return <NotFound message={t('product.notFound')} />;
  if (product.isError) return <ErrorState error={product.error} onRetry={() => void product.refetch()} />;
  return (
    <>
      <ProductDetail product={product.data} />
      <FeatureToggle product={product.data} />
      {product.data.status === 'published' && <CommentSection productId={product.data.id} />}
    </>
  );
}
