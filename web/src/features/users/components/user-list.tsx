import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FollowEntry, Page } from '@/lib/api/types';
import { Avatar } from '@/components/ui/avatar';
import { EmptyState, ErrorState, Loading } from '@/components/ui/states';
import { LoadMore } from '@/components/ui/load-more';
import { displayName } from '@/lib/format';

export function UserList({ query }: { query: UseInfiniteQueryResult<InfiniteData<Page<FollowEntry>>> }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState>{t('common.empty')}</EmptyState>;
  return (
    <>
      <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
        {items.map((u) => (
          <li key={u.id}>
            <Link to={`/u/${u.username}`} className="flex items-center gap-3 p-3 hover:bg-muted">
              <Avatar user={u} size={36} />
              <span><span className="block font-medium">{displayName(u)}</span><span className="text-sm text-ink-soft">@{u.username}</span></span>
            </Link>
          </li>
        ))}
      </ul>
      <LoadMore hasNextPage={query.hasNextPage} isFetchingNextPage={query.isFetchingNextPage} fetchNextPage={query.fetchNextPage} />
    </>
  );
}
