import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueuedReport } from '@/lib/api/types';
import { useReports } from '@/features/moderation/api/list-reports';
import { useResolveReport } from '@/features/moderation/api/resolve-report';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/states';
import { PagedList } from '@/components/ui/paged-list';
import { displayName, timeAgo } from '@/lib/format';

function TargetLink({ report }: { report: QueuedReport }) {
  const { t } = useTranslation();
  const label = report.target?.title ?? report.target?.excerpt ?? t('moderation.target', { type: report.targetType, id: report.targetId });
  if (report.targetType === 'user' && report.target?.user) return <Link to={`/u/${report.target.user.username}`} className="underline">{displayName(report.target.user)}</Link>;
  if (report.target?.productId) return <Link to={`/p/${report.target.productId}`} className="underline">{label}</Link>;
  return <span>{label}</span>;
}

export function ReportQueue() {
  const { t } = useTranslation();
  const resolve = useResolveReport();
  return (
    <PagedList query={useReports('open')} empty={t('moderation.empty')}>
      {(items) => (
        <>
          <ul className="space-y-3">
            {items.map((r) => (
              <li key={r.id} className="rounded-xl border border-line bg-surface p-4" data-testid="report">
                <p className="text-sm text-ink-soft">
                  {t(`moderation.reasons.${r.reason}`)} · {t('moderation.reportedBy', { name: displayName(r.reporter) })} · {timeAgo(r.createdAt)}
                </p>
                <p className="mt-1"><span className="me-2 rounded bg-muted px-1.5 text-xs uppercase">{r.targetType}</span><TargetLink report={r} /></p>
                {r.note && <p className="mt-1 text-sm">{r.note}</p>}
                <div className="mt-3 flex gap-2">
                  <Button variant="danger" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: r.id, action: 'hide', note: null })}>{t('moderation.hide')}</Button>
                  <Button variant="secondary" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: r.id, action: 'dismiss', note: null })}>{t('moderation.dismiss')}</Button>
                </div>
              </li>
            ))}
          </ul>
          {resolve.isError && <ErrorState error={resolve.error} />}
        </>
      )}
    </PagedList>
  );
}
