import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReportQueue } from '@/features/moderation/components/report-queue';
import { EmptyState } from '@/components/ui/states';
import { RequireAuth } from '@/app/require-auth';
import { useAuth } from '@/lib/auth/session';
import { usePageTitle } from '@/lib/page-title';

export default function ModerationQueuePage() {
  const { t } = useTranslation();
  const { isModerator } = useAuth();
  usePageTitle(t('moderation.queue'));
  return (
    <RequireAuth>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('moderation.queue')}</h1>
        <Link to="/moderation-log" className="text-sm underline">{t('moderation.log')}</Link>
      </div>
      {isModerator ? <ReportQueue /> : <EmptyState>{t('moderation.forbidden')}</EmptyState>}
    </RequireAuth>
  );
}
