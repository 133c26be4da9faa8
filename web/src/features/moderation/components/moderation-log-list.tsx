import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useModerationLog } from '@/features/moderation/api/moderation-log';
import { PagedList } from '@/components/ui/paged-list';
import { displayName, timeAgo } from '@/lib/format';

export function ModerationLogList() {
  const { t } = useTranslation();
  return (
    <PagedList query={useModerationLog()} empty={t('moderation.logEmpty')}>
      {(items) => (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {items.map((e, i) => (
            <li key={`${e.createdAt}-${i}`} className="p-3 text-sm" data-testid="log-entry">
              <Link to={`/u/${e.moderator.username}`} className="font-medium underline">{displayName(e.moderator)}</Link>{' '}
              <span className="font-mono">{e.action}</span> {t('moderation.target', { type: e.targetType, id: e.targetId })}
              {e.reason && <span className="text-ink-soft"> — {e.reason}</span>}
              <time dateTime={e.createdAt} className="ms-2 text-xs text-ink-soft">{timeAgo(e.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
    </PagedList>
  );
}
