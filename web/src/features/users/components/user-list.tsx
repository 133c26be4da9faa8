import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FollowEntry, Page } from '@/lib/api/types';
import { Avatar } from '@/components/ui/avatar';
import { PagedList } from '@/components/ui/paged-list';
import { displayName } from '@/lib/format';

export function UserList({ query }: { query: UseInfiniteQueryResult<InfiniteData<Page<FollowEntry>>> }) {
  const { t } = useTranslation();
  return (
    <PagedList query={query} empty={t('common.empty')}>
      {(items) => (
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
      )}
    </PagedList>
  );
}
