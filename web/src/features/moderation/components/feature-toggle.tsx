import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/session';
import { useFeatureProduct } from '@/features/moderation/api/feature-product';
import { Button } from '@/components/ui/button';

/** Admins feature a published product on the home page (and take it off again). */
export function FeatureToggle({ product }: { product: { id: number; featured: boolean; status: string } }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const feature = useFeatureProduct(product.id);
  if (!user?.roles.includes('admin') || product.status !== 'published') return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 rounded-md border border-dashed border-line p-3 text-sm">
      <span className="text-ink-soft">{t('nav.moderation')}:</span>
      <Button variant="secondary" disabled={feature.isPending} aria-pressed={product.featured} onClick={() => feature.mutate(!product.featured)}>
        {product.featured ? t('moderation.unfeature') : t('moderation.feature')}
      </Button>
      {feature.isError && <span role="alert" className="text-red-700 dark:text-red-400">{feature.error.message}</span>}
    </div>
  );
}
