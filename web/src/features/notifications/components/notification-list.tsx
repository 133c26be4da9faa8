import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '@/lib/api/types';
import { useNotifications } from '@/features/notifications/api/list-notifications';
import { useMarkRead } from '@/features/notifications/api/mark-read';
import { Button } from '@/components/ui/button';
import { PagedList } from '@/components/ui/paged-list';
import { displayName, timeAgo } from '@/lib/format';

function target(n: Notification) {
  if (n.product) return `/p/${n.product.slug}${n.comment ? `#comment-${n.comment.id}` : ''}`;
  if (n.actor) return `/u/${n.actor.username}`;
  return '/notifications';
}

export function NotificationList() {
  const { t } = useTranslation();
  const query = useNotifications();
  const markRead = useMarkRead();
  const anyUnread = query.data?.pages.some((p) => p.items.some((n) => !n.read)) ?? false;
  return (
    <div>
      <div className="mb-3 flex justify-end">
        <Button variant="secondary" onClick={() => markRead.mutate('all')} disabled={markRead.isPending || !anyUnread}>{t('notifications.markAll')}</Button>
      </div>
      <PagedList query={query} empty={t('notifications.empty')}>
        {(items) => (
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
            {items.map((n) => (
              <li key={n.id} className={n.read ? '' : 'bg-brand-50/60 dark:bg-brand-900/30'}>
                <Link to={target(n)} onClick={() => !n.read && markRead.mutate([n.id])} className="block p-3 hover:bg-muted" data-testid="notification">
                  <span className={n.read ? '' : 'font-semibold'}>
                    {t(`notifications.${n.type}`, { actor: n.actor ? displayName(n.actor) : t('notifications.someone'), product: n.product?.title ?? '' })}
                    {n.count > 1 ? ` (+${n.count - 1})` : ''}
                  </span>
                  {n.comment && <q className="mt-1 block text-sm text-ink-soft">{n.comment.excerpt}</q>}
                  <time dateTime={n.updatedAt} className="block text-xs text-ink-soft">{timeAgo(n.updatedAt)}</time>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}
