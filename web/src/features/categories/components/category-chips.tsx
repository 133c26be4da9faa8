import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/categories/api/list-categories';
import { formatNumber } from '@/lib/format';

/** Category chips with product counts; each is a link to the category page. */
export function CategoryChips() {
  const { t } = useTranslation();
  const categories = useCategories();
  if (categories.isError) return null;
  return (
    <nav aria-label={t('home.categories')} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
      {(categories.data ?? []).map((c) => (
        <NavLink
          key={c.slug}
          to={`/c/${c.slug}`}
          className={({ isActive }) => `flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${isActive ? 'border-brand-600 bg-brand-50 text-brand-800 dark:bg-brand-900 dark:text-brand-100' : 'border-line bg-surface hover:bg-muted'}`}
        >
          <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: c.color }} />
          {c.name}
          <span className="text-ink-soft">{formatNumber(c.productCount)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
