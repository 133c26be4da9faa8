import { useTranslation } from 'react-i18next';
import { ModerationLogList } from '@/features/moderation/components/moderation-log-list';
import { usePageTitle } from '@/lib/page-title';

export default function ModerationLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.log'));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('moderation.log')}</h1>
      <ModerationLogList />
    </>
  );
}
