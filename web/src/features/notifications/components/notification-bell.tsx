import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '@/features/notifications/api/unread-count';

export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data?.count ?? 0;
  return (
    <Link to="/notifications" className="relative rounded-md p-2 hover:bg-muted">
      <span className="sr-only">{t('nav.notifications')}</span>
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" /></svg>
      {unread > 0 && <span data-testid="unread-badge" className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold text-white">{unread > 99 ? '99+' : unread}{' '}<span className="sr-only">{t('notifications.unreadSuffix')}</span></span>}
    </Link>
  );
}
