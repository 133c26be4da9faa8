import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useActivity } from '@/features/users/api/list-activity';
import { PagedList } from '@/components/ui/paged-list';
import { displayName, timeAgo } from '@/lib/format';

export function ActivityList({ username }: { username: string }) {
  const { t } = useTranslation();
  return (
    <PagedList query={useActivity(username)} empty={t('common.empty')}>
      {(items) => (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {items.map((a, i) => (
            <li key={`${a.type}-${a.createdAt}-${i}`} className="p-3 text-sm">
              <span className="text-ink-soft">{t(`profile.${a.type}`)} </span>
              {a.product && <Link to={`/p/${a.product.slug}`} className="font-medium underline">{a.product.title}</Link>}
              {a.user && <Link to={`/u/${a.user.username}`} className="font-medium underline">{displayName(a.user)}</Link>}
              {a.comment && <q className="ms-1 text-ink-soft">{a.comment.excerpt}</q>}
              <time dateTime={a.createdAt} className="ms-2 text-xs text-ink-soft">{timeAgo(a.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
    </PagedList>
  );
}
