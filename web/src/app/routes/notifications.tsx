import { useTranslation } from 'react-i18next';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { RequireAuth } from '@/app/require-auth';
import { usePageTitle } from '@/lib/page-title';

export default function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  return (
    <RequireAuth>
      <h1 className="mb-4 text-2xl font-bold">{t('notifications.title')}</h1>
      <NotificationList />
    </RequireAuth>
  );
}
