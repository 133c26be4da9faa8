import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/categories/api/list-categories';
import { useProduct } from '@/features/products/api/get-product';
import { useDeleteProduct } from '@/features/products/api/delete-product';
import { ProductForm } from '@/features/products/components/product-form';
import { ProductImages } from '@/features/products/components/product-images';
import { Button } from '@/components/ui/button';
import { ErrorState, Loading } from '@/components/ui/states';
import { RequireAuth } from '@/app/require-auth';
import { isApiError } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/page-title';
import { NotFound } from '@/app/routes/not-found';

function EditProduct() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const product = useProduct(slug);
  const categories = useCategories();
  const remove = useDeleteProduct();
  usePageTitle(t('form.editTitle'));
  if (product.isPending || categories.isPending) return <Loading />;
  if (isApiError(product.error, 404)) return <NotFound message={t('product.notFound')} />;
  if (product.isError || categories.isError) return <ErrorState error={product.error ?? categories.error} onRetry={() => { void product.refetch(); void categories.refetch(); }} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('form.editTitle')}: {product.data.title}</h1>
      {/* Keyed by id, not updatedAt: an image change updates the product, and must not reset unsaved edits in the form. */}
      <ProductForm key={product.data.id} product={product.data} categories={categories.data} onSaved={(p) => void navigate(`/p/${p.slug}`)} />
      <div className="mt-8 border-t border-line pt-4">
        <ProductImages product={product.data} />
      </div>
      <div className="mt-8 border-t border-line pt-4">
        <Button variant="danger" disabled={remove.isPending}
          onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(product.data.id, { onSuccess: () => void navigate('/me/products') })}>
          {t('form.deleteProduct')}
        </Button>
        {remove.isError && <ErrorState error={remove.error} />}
      </div>
    </>
  );
}

export default function EditProductPage() {
  return <RequireAuth><EditProduct /></RequireAuth>;
}
