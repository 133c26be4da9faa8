import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/categories/api/list-categories';
import { ProductForm } from '@/features/products/components/product-form';
import { QueryState } from '@/components/ui/states';
import { RequireAuth } from '@/app/require-auth';
import { usePageTitle } from '@/lib/page-title';

export default function SubmitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useCategories();
  usePageTitle(t('form.submitTitle'));
  return (
    <RequireAuth>
      <h1 className="mb-4 text-2xl font-bold">{t('form.submitTitle')}</h1>
      <QueryState query={categories}>
        {(list) => <ProductForm categories={list} onSaved={(p) => void navigate(`/p/${p.slug}`)} />}
      </QueryState>
    </RequireAuth>
  );
}
