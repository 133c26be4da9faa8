import { useTranslation } from 'react-i18next';
import type { Category } from '@/lib/api/types';

export function CategoryHeader({ category }: { category: Category }) {
  const { t } = useTranslation();
  return (
    <header className="mb-4 flex items-start gap-3">
      <span aria-hidden className="mt-1 size-4 shrink-0 rounded-full" style={{ backgroundColor: category.color }} />
      <div>
        <h1 className="text-2xl font-bold">{category.name}</h1>
        <p className="text-ink-soft">{category.description}</p>
        <p className="text-sm text-ink-soft">{t('category.products', { count: category.productCount })}</p>
      </div>
    </header>
  );
}
