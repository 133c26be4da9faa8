import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Category } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/session';
import { useFollowCategory } from '@/features/categories/api/follow-category';
import { Button } from '@/components/ui/button';

export function CategoryHeader({ category }: { category: Category }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const navigate = useNavigate();
  const follow = useFollowCategory(category.slug);
  const toggle = () => {
    if (status !== 'signed-in') return void navigate(`/signin?next=${encodeURIComponent(location.pathname)}`);
    follow.mutate(!category.viewerFollows);
  };
  return (
    <header className="mb-4 flex flex-wrap items-start gap-3">
      <span aria-hidden className="mt-2 size-4 shrink-0 rounded-full" style={{ backgroundColor: category.color }} />
      <div className="min-w-0 flex-1">
        <h1 className="text-2xl font-bold">{category.name}</h1>
        <p className="text-ink-soft">{category.description}</p>
        <p className="text-sm text-ink-soft">{t('category.products', { count: category.productCount })}</p>
      </div>
      <div>
        <Button variant={category.viewerFollows ? 'secondary' : 'primary'} aria-pressed={category.viewerFollows} onClick={toggle}>
          {category.viewerFollows ? t('profile.unfollow') : t('profile.follow')}
        </Button>
        {follow.isError && <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{follow.error.message}</p>}
      </div>
    </header>
  );
}
