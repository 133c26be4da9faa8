import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLeaderboard, type LeaderboardPeriod } from '@/features/products/api/get-leaderboard';
import { ProductCard } from '@/features/products/components/product-card';
import { EmptyState, QueryState } from '@/components/ui/states';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { usePageTitle } from '@/lib/page-title';

const periods: LeaderboardPeriod[] = ['day', 'week', 'month'];

export default function LeaderboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = (periods.includes(params.get('period') as LeaderboardPeriod) ? params.get('period') : 'day') as LeaderboardPeriod;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : undefined;
  const board = useLeaderboard(period, date);
  const go = (next: Record<string, string>) => setParams({ period, ...(date ? { date } : {}), ...next }, { replace: true });
  const day = (iso: string, delta: number) => new Date(new Date(iso).getTime() + delta * 86_400_000).toISOString().slice(0, 10);
  usePageTitle(t('leaderboard.title'));
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">{t('leaderboard.title')}</h1>
      <div role="tablist" aria-label={t('leaderboard.title')} className="mb-4 inline-flex rounded-lg border border-line bg-surface p-0.5">
        {periods.map((p) => (
          <button key={p} type="button" role="tab" aria-selected={period === p} onClick={() => go({ period: p })}
            className={`rounded-md px-3 py-1 text-sm font-medium ${period === p ? 'bg-brand-600 text-white' : 'text-ink-soft hover:text-ink'}`}>{t(`leaderboard.${p}`)}</button>
        ))}
      </div>
      <QueryState query={board}>
        {(data) => (
          <>
            <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
              <Button variant="secondary" onClick={() => go({ date: day(data.start, -1) })}>‹ {t('common.previous')}</Button>
              <span className="text-ink-soft">{formatDate(data.start)} – {formatDate(day(data.end, -1))}</span>
              {new Date(data.end).getTime() <= Date.now() && <Button variant="secondary" onClick={() => go({ date: data.end.slice(0, 10) })}>{t('common.next')} ›</Button>}
            </div>
            {data.items.length === 0 ? <EmptyState>{t('leaderboard.empty')}</EmptyState> : (
              <ol className="space-y-3">
                {data.items.map((item) => (
                  <li key={item.product.id}>
                    {item.rank === 1 && <p className="mb-1 text-sm font-semibold text-amber-800 dark:text-amber-300">🏆 {t('leaderboard.productOfThe', { period: t(`leaderboard.${period}`) })}</p>}
                    <ProductCard product={item.product} rank={item.rank} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
